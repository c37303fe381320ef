// `npm run build`: bundles main, the preload and the renderer into out/.
import { build } from 'vite';

const targets = ['main', 'preload', 'renderer'];
for (const target of targets) {
  await build({ configFile: `vite.${target}.config.ts`, logLevel: process.env.CI ? 'warn' : 'info', mode: 'production' });
}
console.log(`build: ${targets.join(', ')} written to out/`);
