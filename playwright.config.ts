import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

// Which Chromium: see tests/e2e/chromium.ts. The config is loaded again in every worker: say it once.
const { executablePath, description } = await findChromium();
if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests run in ${description}`);
// Overridable so that several builds can be tested side by side (E2E_DIST=dist-x E2E_PORT=4331 …).
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_DIST = process.env.E2E_BASE_DIST ?? 'dist-base';
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 4322);
process.env.E2E_BASE_ORIGIN = `http://127.0.0.1:${BASE_PORT}`;
// The fixture corpus (tests/support/fixture-corpus.ts): 120 Wikinews articles, for the specs that judge
// the site at scale (tests/e2e/corpus-*.spec.ts).
const CORPUS_CONTENT = '.cache/e2e-corpus';
const CORPUS_DIST = process.env.E2E_CORPUS_DIST ?? 'dist-corpus';
const CORPUS_PORT = Number(process.env.E2E_CORPUS_PORT ?? 4323);
process.env.E2E_CORPUS_ORIGIN = `http://127.0.0.1:${CORPUS_PORT}`;

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
  // The tests read the site `npm run build` made, a second copy built under /briefing/, and the fixture corpus's site.
  webServer: [
    {
      command: `npm run --silent serve -- --dir ${DIST} --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `OUT_DIR=${BASE_DIST} npm run --silent build:base && npm run --silent serve -- --dir ${BASE_DIST} --base /briefing --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}/briefing/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command:
        `node tests/support/fixture-corpus.ts ${CORPUS_CONTENT} && ` +
        `BRIEFING_CONTENT=${CORPUS_CONTENT} OUT_DIR=${CORPUS_DIST} npm run --silent build && ` +
        `npm run --silent serve -- --dir ${CORPUS_DIST} --port ${CORPUS_PORT}`,
      url: `http://127.0.0.1:${CORPUS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
    },
  ],
});
