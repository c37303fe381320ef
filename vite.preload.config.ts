// Bundles the sandboxed preload into one CommonJS file whose only run-time import is `electron`:
// a sandboxed preload cannot load other modules.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'electron/preload/index.ts',
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: 'inline',
    minify: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true, external: ['electron'], target: 'webworker' },
});
