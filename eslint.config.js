// Lint, and above all the import rules of architecture §2: a wrong import between runtimes fails
// CI instead of failing on a user's machine.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const noNode = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Node builtins do not exist here: only main, the emulator and tools may use them.' })),
    { name: 'electron', message: 'Electron is for main (and the preload); reach main through window.partnerDesk.' },
  ],
  patterns: [{ group: ['node:*'], message: 'Node builtins do not exist here.' }],
};
const noIpcOutsidePreload = {
  name: 'electron',
  importNames: ['ipcRenderer', 'contextBridge'],
  message: 'ipcRenderer and contextBridge belong in electron/preload/ only.',
};

// Browser globals that must not appear in shared/, which runs in Node too.
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'Element', 'location', 'alert', 'matchMedia'].map(
  (name) => ({ name, message: 'shared/ runs in Node and the browser: no DOM here.' }),
);
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'shared/ and the renderer run in a browser: no Node globals here.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noIpcOutsidePreload] }],
    },
  },
  {
    files: ['electron/main/**', 'emulator/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: noNode.paths, patterns: [...noNode.patterns, { group: ['**/electron/**', '**/emulator/**'], message: 'The renderer reaches main through window.partnerDesk only.' }] },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    // Renderer tests run in Node against a real emulator and main's real client.
    files: ['renderer/**/*.test*.ts', 'renderer/**/*.test*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: noNode.paths, patterns: [...noNode.patterns, { group: ['**/renderer/**', '**/electron/**', '**/emulator/**', 'react', 'react-dom', 'dexie'], message: 'shared/ imports nothing of the runtimes.' }] },
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
    },
  },
  {
    files: ['electron/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The sandboxed preload can require only 'electron'.
      'no-restricted-imports': [
        'error',
        { paths: noNode.paths.filter((path) => path.name !== 'electron'), patterns: [...noNode.patterns, { group: ['**/renderer/**', '**/electron/main/**', '**/emulator/**'], message: 'The preload imports only electron and shared/.' }] },
      ],
    },
  },
  {
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The emulator is a plain Node server.' }], patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'The emulator imports only shared/ and Node.' }] },
      ],
    },
  },
);
