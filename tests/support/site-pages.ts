// The pages of a build on disk, as the paths a browser asks for, and a watch over what a page does
// that a reader should never see: script dialogs, console errors (CSP violations are console errors),
// uncaught exceptions and requests to any other origin; and a served build's /knowledge.json.
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { listFiles } from './crawl.ts';

/** The /knowledge.json a served build publishes at `origin` (the test's base URL when none is given). */
export async function fetchKnowledge<T = KnowledgeBase>(request: APIRequestContext, origin = ''): Promise<T> {
  const response = await request.get(`${origin}/knowledge.json`);
  expect(response.ok(), `${origin}/knowledge.json`).toBe(true);
  return (await response.json()) as T;
}

/** Every HTML page of the build in `dir`, as a path under `base` ('/articles/x/', '/404.html'). */
export function sitePaths(dir: string, base = '/'): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${base}${file.replace(/(^|\/)index\.html$/u, '$1')}`);
}

export interface PageWatch {
  /** What went wrong since the watch began: empty for a page that behaved. */
  problems: string[];
  /**
   * Resolves once no request of the page has been in flight for `quietMs`: what Playwright's 'networkidle'
   * means, counted from the page's own request events. Playwright's own count can miss the end of a large
   * document's load and then never fire (seen with the headless Chromium of @sparticuz/chromium on the
   * 2 MB hostile article, about one load in ten on a busy machine).
   */
  settled(quietMs?: number): Promise<void>;
}

/** Starts recording dialogs, console errors, page errors and foreign requests on `page`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const inFlight = new Set<Request>();
  let lastChange = performance.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = performance.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const watch: PageWatch = {
    problems: [],
    async settled(quietMs = 500) {
      while (inFlight.size > 0 || performance.now() - lastChange < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  page.on('dialog', (dialog) => {
    watch.problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.problems.push(`request to another origin: ${url}`);
  });
  return watch;
}
