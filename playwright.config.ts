import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

const executablePath = findChromium();
const PORT = 4321;
const BASE_PORT = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  // The tests read the site `npm run build` made, and a second copy built under /briefing/.
  webServer: [
    {
      command: `npm run --silent serve -- --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run --silent build:base && npm run --silent serve -- --dir dist-base --base /briefing --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}/briefing/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
