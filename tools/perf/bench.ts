// npm run bench [-- --content DIR --out DIR --sizes 2225,10000 --no-baseline --no-browser]
// Builds a briefing of a corpus (default: the BBC corpus beside the project) into a temporary folder and
// prints what it costs: cold, unchanged and one-edit build times, stages, memory, output size, and what
// the big pages cost a reader. It prints figures and never fails on them: judging is left to people.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaseline } from './baseline.ts';
import { folderSize, timedRun, type BuildRun } from './build-run.ts';
import { BBC_CORPUS, articleFiles, editOneArticle, prepareCorpus } from '../../src/ingest/corpus-folder.ts';
import { measurePages, type PageMetrics } from './page-metrics.ts';
import { replacedOutputs } from '../../src/cli/replaced-output.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: BBC_CORPUS },
    out: { type: 'string' },
    sizes: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});

const source = resolve(values.content);
if (!existsSync(source)) {
  console.error(`bench: ${source} does not exist. Pass --content DIR (a content folder or a folder of articles).`);
  process.exit(2);
}
const available = articleFiles(source).length;
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [available, ...(available < 10_000 ? [10_000] : [])];
const root = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'briefing-bench-'));
mkdirSync(root, { recursive: true });

interface Column {
  articles: number;
  megabytes: number;
  cold: BuildRun;
  warm: BuildRun;
  edit: BuildRun;
  knowledge: KnowledgeBase;
  dist: { bytes: number; files: number };
  pages: PageMetrics[];
  baseline: BuildRun | null;
}

/**
 * The build deletes the output it replaces in the background. Each timed build starts once that is
 * done, so it is timed on a quiet machine rather than racing the previous build's clean-up for the disk.
 */
async function previousOutputDeleted(out: string): Promise<void> {
  const waitUntil = Date.now() + 120_000;
  while (replacedOutputs(out).length > 0 && Date.now() < waitUntil) {
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function build(content: string, out: string, caches: string): Promise<BuildRun> {
  await previousOutputDeleted(out);
  return timedRun([process.execPath, 'src/cli/build.ts'], {
    BRIEFING_CONTENT: content,
    OUT_DIR: out,
    BRIEFING_CACHE_DIR: join(caches, 'briefing'),
    ASTRO_CACHE_DIR: join(caches, 'astro'),
    CI: 'true', // plain progress lines, no redrawn bar
  });
}

const columns: Column[] = [];
for (const size of sizes) {
  const dir = join(root, String(size));
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const caches = join(dir, 'cache');
  const corpus = prepareCorpus(source, content, size);
  console.error(`bench: ${size} articles → ${dir}`);
  const cold = await build(content, out, caches);
  const warm = await build(content, out, caches);
  editOneArticle(content);
  const edit = await build(content, out, caches);
  const knowledge = JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')) as KnowledgeBase;
  const firstArticle = knowledge.articles[0]!.url;
  const pages = values['no-browser'] ? [] : await measurePages(out, ['/', '/entities/', '/graph/', firstArticle]);
  const baseline = values['no-baseline'] ? null : buildBaseline(join(content, 'articles'));
  columns.push({ articles: corpus.articles, megabytes: corpus.bytes / 1e6, cold, warm, edit, knowledge, dist: folderSize(out), pages, baseline });
}

const s = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: Array<[string, (c: Column) => string]> = [
  ['articles', (c) => `${c.articles} (${c.megabytes.toFixed(1)} MB)`],
  ['entities', (c) => String(c.knowledge.entities.length)],
  ['events', (c) => String(c.knowledge.events.length)],
  ['pages built', (c) => String(c.cold.pages ?? 'n/a')],
  ['cold build, s', (c) => s(c.cold.seconds)],
  ['  extraction, s', (c) => s(c.cold.extractionSeconds)],
  ['  bundling + page rendering, s', (c) => s(c.cold.pagesSeconds === null ? null : c.cold.pagesSeconds - (c.cold.extractionSeconds ?? 0))],
  ['  search index and checks, s', (c) => s(c.cold.afterPagesSeconds)],
  ['second build, no change, s', (c) => s(c.warm.seconds)],
  ['rebuild after one edit, s', (c) => `${s(c.edit.seconds)} (${((c.edit.seconds / c.cold.seconds) * 100).toFixed(0)}% of cold)`],
  ['peak RSS, MB', (c) => s(Math.max(c.cold.peakMb ?? 0, c.warm.peakMb ?? 0, c.edit.peakMb ?? 0), 0)],
  ['articles per second (cold)', (c) => s(c.articles / c.cold.seconds, 0)],
  ['dist size', (c) => `${(c.dist.bytes / 1e6).toFixed(1)} MB in ${c.dist.files} files`],
  ['bare Astro + Pagefind, s', (c) => (c.baseline ? `${s(c.baseline.seconds)} (ratio ${(c.cold.seconds / c.baseline.seconds).toFixed(2)}×)` : 'not run')],
  ['bare Astro peak RSS, MB', (c) => s(c.baseline?.peakMb, 0)],
];
for (const label of ['/', '/entities/', '/graph/', 'article']) {
  const pick = (c: Column) => c.pages.find((p) => p.path === label) ?? (label === 'article' ? c.pages[3] : undefined);
  rows.push([`${label} transfer (html/css/js)`, (c) => {
    const p = pick(c);
    return p ? `${kb(p.html + p.css + p.js + p.other)} (${kb(p.html)}/${kb(p.css)}/${kb(p.js)})` : 'n/a';
  }]);
  rows.push([`${label} main-thread work, ms`, (c) => s(pick(c)?.mainThreadMs, 0)]);
}

const width = Math.max(...rows.map(([label]) => label.length)) + 2;
console.log(`\n${''.padEnd(width)}${columns.map((c) => `${c.articles} articles`.padEnd(34)).join('')}`);
for (const [label, cell] of rows) console.log(`${label.padEnd(width)}${columns.map((c) => cell(c).padEnd(34)).join('')}`);
console.log('\nEach build starts once the previous one has finished deleting the output it replaced (it does so in the background).');
console.log(`Output kept in ${root}`);
