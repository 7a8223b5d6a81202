import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Browser tests drive a real Chromium with the built extension; one browser per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
