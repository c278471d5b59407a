// npm run bench:search [-- --corpus DIR] [--site DIR] [--delay 100] [--queries Blair,Greenspan,iPod]
// Builds a briefing of a corpus (by default the BBC research corpus, read at run time into a temporary
// folder, never into the repository), serves it like a static host and, in Chromium, measures what search
// costs a reader: index size, bytes fetched for a first and later queries, and the time from the last
// keystroke to the first rendered result; and for the names the box suggests as you type (the name index
// under names/), the bytes they cost and the time from the last keystroke to the names shown. It prints
// figures and never fails on them.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { prepareCorpus } from '../../src/ingest/corpus-folder.ts';
import { resolveFile, serveStatic } from '../../src/cli/serve.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('../shared/corpora/bbc-news-2004-2005') },
    site: { type: 'string' },
    delay: { type: 'string', default: '100' },
    queries: { type: 'string', default: 'Blair,Greenspan,iPod,Chelsea' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

/** Timestamps the page records for one query (performance.now()): the last key, and when the results and the names showed. */
interface BenchMarks {
  lastKey: number;
  handled: number;
  rendered: number;
  /** NaN on a site without suggested names. */
  named: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const TARGETS = { firstQuery: 200 * 1024, laterQuery: 40 * 1024, latency: 150, nameFile: 10 * 1024 };

function buildSite(corpus: string, work: string): string {
  if (!existsSync(corpus)) throw new Error(`No corpus at ${corpus}: pass --corpus DIR (a folder of .md articles)`);
  const { articles } = prepareCorpus(corpus, join(work, 'content'));
  const out = join(work, 'dist');
  const log = join(work, 'build.log');
  console.log(`Building ${articles} articles from ${corpus} into ${out} (log: ${log}) …`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    env: { ...process.env, BRIEFING_CONTENT: join(work, 'content'), OUT_DIR: out, ASTRO_CACHE_DIR: join(work, '.astro') },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  writeFileSync(log, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) throw new Error(`The build failed after ${seconds} s; see ${log}`);
  console.log(`Built in ${seconds} s.`);
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function reportIndex(site: string): void {
  const files = walk(join(site, 'pagefind'));
  const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  const isUiBundle = (file: string) => /pagefind-(component-ui|modular-ui|ui|highlight)\./u.test(file);
  const index = files.filter((file) => !isUiBundle(file));
  const pages = walk(site).filter((file) => file.endsWith('.html')).length;
  console.log(`\nIndex (${pages} HTML pages built)`);
  console.log(`  pagefind/: ${files.length} files, ${kb(size(files))}`);
  console.log(`  used by our search (without Pagefind's own UI bundles): ${index.length} files, ${kb(size(index))}`);
  for (const [label, pattern] of [['fragments', /\/fragment\//u], ['index chunks', /\/index\//u], ['filters', /\/filter\//u]] as const) {
    const group = files.filter((file) => pattern.test(file));
    console.log(`    ${label}: ${group.length} files, ${kb(size(group))}`);
  }
  const names = existsSync(join(site, 'names')) ? walk(join(site, 'names')) : [];
  const largest = Math.max(0, ...names.map((file) => statSync(file).size));
  console.log(`  names/ (the name index): ${names.length} files, ${kb(size(names))}, the largest ${kb(largest)}`);
}

/** The requests of a query that went to the name index. */
function nameRequests(requests: readonly { path: string; size: number }[]): { count: number; bytes: number; largest: number } {
  const sizes = requests.filter((request) => request.path.startsWith('/names/')).map((request) => request.size);
  return { count: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0), largest: Math.max(0, ...sizes) };
}

/** Counts what the server sends, gzip-equivalent too (a typical static host compresses text). */
function meter(site: string) {
  let bytes = 0;
  let gzipped = 0;
  let requests: { path: string; size: number }[] = [];
  const root = resolve(site);
  const gzipCache = new Map<string, number>();
  return {
    /** The server sends whole files (or 404.html), so a response's size is its file's size. */
    count(pathname: string) {
      const file = resolveFile(root, '/', pathname) ?? join(root, '404.html');
      if (!existsSync(file)) return;
      const size = statSync(file).size;
      if (!gzipCache.has(file)) gzipCache.set(file, Math.min(size, gzipSync(readFileSync(file)).length));
      bytes += size;
      gzipped += gzipCache.get(file)!;
      requests.push({ path: pathname, size });
    },
    take() {
      const taken = { bytes, gzipped, requests };
      bytes = 0;
      gzipped = 0;
      requests = [];
      return taken;
    },
  };
}

/**
 * Types like a person: a key every `interval` ms by the clock. (Playwright's pressSequentially waits
 * `delay` after each key is handled, so a page busy loading its index would slow the typist down and
 * make a pause of its own, which no person at a keyboard does.)
 */
async function typeOnCadence(page: Page, text: string, interval: number): Promise<void> {
  const start = performance.now();
  for (const [i, key] of Array.from(text).entries()) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    await page.keyboard.press(key);
  }
}

async function measure(site: string, queries: string[], delay: number): Promise<void> {
  const traffic = meter(site);
  const server = serveStatic({ dir: site, port: 0 });
  server.on('request', (request, response) => {
    response.on('finish', () => traffic.count(new URL(request.url ?? '/', 'http://x').pathname));
  });
  await new Promise((done) => server.once('listening', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { executablePath } = await findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const foreign: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    const pageLoad = traffic.take();
    console.log(`\nHome page load: ${kb(pageLoad.bytes)} in ${pageLoad.requests.length} requests (gzip: ${kb(pageLoad.gzipped)})`);

    const input = page.locator('#site-search');
    const rows: string[] = [];
    for (const [i, query] of queries.entries()) {
      if (i === 0) await page.keyboard.press('/');
      else {
        await input.fill('');
        await page.waitForTimeout(300);
        traffic.take();
      }
      // Timestamps taken in the page: the last keydown, and the frame after the list first answers the query.
      await page.evaluate((expected) => {
        const box = document.querySelector<HTMLInputElement>('#site-search')!;
        const list = document.querySelector<HTMLElement>('#site-search-results')!;
        // A site built before the box suggested names has no such list: its names count as shown at once.
        const names = document.querySelector<HTMLElement>('#site-search-names');
        const bench: BenchMarks = { lastKey: 0, handled: 0, rendered: 0, named: 0 };
        (window as unknown as { bench: BenchMarks }).bench = bench;
        box.addEventListener(
          'keydown',
          (event) => {
            bench.lastKey = event.timeStamp;
            bench.handled = performance.now();
          },
          { capture: true },
        );
        const observer = new MutationObserver(() => {
          if (list.dataset.query !== expected) return;
          observer.disconnect();
          requestAnimationFrame(() => (bench.rendered = performance.now()));
        });
        observer.observe(list, { attributes: true, childList: true });
        // The names for the whole query (not for the prefixes typed on the way), on screen.
        if (!names) bench.named = Number.NaN;
        else {
          const namesObserver = new MutationObserver(() => {
            if (names.dataset.query !== expected) return;
            namesObserver.disconnect();
            requestAnimationFrame(() => (bench.named = performance.now()));
          });
          namesObserver.observe(names, { attributes: true, childList: true });
        }
      }, query);
      await typeOnCadence(page, query, delay);
      await page.waitForFunction(
        () => {
          const { rendered, named } = (window as unknown as { bench: BenchMarks }).bench;
          return rendered > 0 && (Number.isNaN(named) || named > 0);
        },
        undefined,
        { timeout: 15_000 },
      );
      const { lastKey, handled, rendered, named } = await page.evaluate(() => (window as unknown as { bench: BenchMarks }).bench);
      // The search box marks where its time goes (User Timing): typing pause, ranking, first fragment.
      const marks = await page.evaluate(() => {
        const last = (name: string) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? Number.NaN;
        return { start: last('search:start'), ranked: last('search:ranked'), firstHit: last('search:first-hit') };
      });
      const results = await page.locator('#site-search-results .search-hit:not(.search-hit-all)').count();
      const suggested = await page.locator('#site-search-names [role="option"]').count();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      const cost = traffic.take();
      if (values.verbose) {
        const ms = (from: number, to: number) => `${(to - from).toFixed(0)} ms`;
        console.log(`  “${query}”: key handled after ${ms(lastKey, handled)}, pause ${ms(handled, marks.start)}, ranking ${ms(marks.start, marks.ranked)}, first fragment ${ms(marks.ranked, marks.firstHit)}, render ${ms(marks.firstHit, rendered)}`);
        console.log(`    ${cost.requests.map((request) => `${request.path} ${kb(request.size)}`).join('\n    ')}`);
      }
      const latency = rendered - lastKey;
      const label = i === 0 ? 'first query' : 'later query';
      const target = i === 0 ? TARGETS.firstQuery : TARGETS.laterQuery;
      const nameCost = nameRequests(cost.requests);
      const namesLine = Number.isNaN(named)
        ? 'none (this site has no name index)'
        : `${kb(nameCost.bytes).padStart(9)} in ${String(nameCost.count).padStart(2)} requests ` +
          `(the largest ${kb(nameCost.largest)}; target ≤ ${kb(TARGETS.nameFile)} each), shown ${(named - lastKey).toFixed(0)} ms after the last key, ${suggested} suggested`;
      rows.push(
        `  ${label.padEnd(11)} “${query}”: ${kb(cost.bytes).padStart(9)} in ${String(cost.requests.length).padStart(2)} requests ` +
          `(gzip ${kb(cost.gzipped)}; target ≤ ${kb(target)}), first result ${latency.toFixed(0)} ms after the last key ` +
          `(target ≤ ${TARGETS.latency} ms), ${results} shown\n` +
          `  ${''.padEnd(11)} names: ${namesLine}`,
      );
    }
    // Timings depend on what else the machine is doing: say so next to them.
    const load = loadavg()[0]!.toFixed(1);
    console.log(`\nSearch from the header box, a key every ${delay} ms (${availableParallelism()} CPUs, load average ${load}):`);
    for (const row of rows) console.log(row);
    console.log(`\nRequests to other hosts: ${foreign.length}${foreign.length ? ` (${foreign.slice(0, 3).join(', ')})` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
}

const queries = values.queries.split(',').map((query) => query.trim()).filter(Boolean);
const work = values.site ? null : mkdtempSync(join(tmpdir(), 'bench-search-'));
try {
  const site = values.site ? resolve(values.site) : buildSite(resolve(values.corpus), work!);
  if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error(`${site} has no search index: build it with npm run build`);
  reportIndex(site);
  await measure(site, queries, Number(values.delay));
  if (work && values.keep) console.log(`\nKept the build in ${work} (rerun with --site ${join(work, 'dist')})`);
} finally {
  if (work && !values.keep) rmSync(work, { recursive: true, force: true });
}
