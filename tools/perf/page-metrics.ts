import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { serveStatic } from '../../src/cli/serve.ts';

export interface PageMetrics {
  path: string;
  /** Bytes transferred by type, search index excluded (the server sends them uncompressed). */
  html: number;
  css: number;
  js: number;
  other: number;
  /** Main-thread task time from navigation to a settled page, as Chromium counts it. */
  mainThreadMs: number;
}

/** Load each path of a built site in Chromium and measure what it costs the reader. */
export async function measurePages(dir: string, paths: string[], port = 4399): Promise<PageMetrics[]> {
  const server = serveStatic({ dir, port });
  const { executablePath } = await findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const results: PageMetrics[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      const session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
      const sizes = { html: 0, css: 0, js: 0, other: 0 };
      const pending: Array<Promise<void>> = [];
      page.on('response', (response) => {
        if (response.url().includes('/pagefind/')) return;
        const type = response.request().resourceType();
        const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
        pending.push(
          response.body().then(
            (body) => void (sizes[kind] += body.length),
            () => undefined,
          ),
        );
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      await Promise.all(pending);
      const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
      results.push({ path, ...sizes, mainThreadMs: task * 1000 });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}
