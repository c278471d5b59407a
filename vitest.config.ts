import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests are fast and pure; integration tests run the CLI and whole builds.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
  },
});
