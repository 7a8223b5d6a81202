import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests spawn the project's CLIs (scan, candidates); a shared 2-core machine can be slow.
    testTimeout: 30_000,
  },
});
