import { defineConfig } from 'vitest/config';

// Unit and contract tests run in Node. e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['{shared,emulator,electron,renderer,scripts}/**/*.test.{ts,tsx}', 'e2e/harness/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
