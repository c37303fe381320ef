// Bundles the renderer: a static page served by main's app:// handler, so asset paths are
// relative and no inline script is emitted (the CSP forbids it).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2_000,
  },
});
