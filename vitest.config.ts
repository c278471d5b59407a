import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests are in-process and fast; integration tests run the CLI and whole builds (npm run test:integration).
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});
