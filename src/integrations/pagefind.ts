// Builds the Pagefind search index after `astro build`, so `npm run build` alone produces a searchable site.
// Pages opt in with `data-pagefind-body`; paragraphs become sub-results; each dated event of the knowledge
// base becomes a record of its own. The index is written to <outDir>/pagefind/, under the site's base.
// The knowledge base is the one the pages rendered (handed over by getKnowledge(), see
// src/views/build-shared.ts), never read back from the files the build wrote.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { toString as hastToString } from 'hast-util-to-string';
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { markdownToTree } from '../markdown/pipeline.ts';
import { sharedKnowledge } from '../views/build-shared.ts';
import { isEntitySearchable } from '../views/search-index.ts';
import { timelineModel } from '../views/timeline-model.ts';
import { writeNameIndex } from './name-index.ts';
import { digestOf, readCache, writeCache } from '../build/build-cache.ts';
import {
  entitySearchPages,
  eventRecords,
  isReadForIndex,
  pagesToIndexGlob,
  type SearchPage,
  type SearchRecord,
  type TopLevelEntry,
  withoutBase,
} from './pagefind-records.ts';

/** The folder, inside the output, that holds the index; the browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Page furniture inside the indexed part of a page, which no excerpt should show: the ¶ permalink after
 * each paragraph, and the line of source, date and author under an article's title (source and date are
 * filters and metadata of their own).
 */
export const EXCLUDED_FROM_INDEX = ['.permalink', '[data-pagefind-body] > .meta'];

function failOn(errors: readonly string[], what: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

/**
 * Pagefind ships its loader (pagefind.js, 46 KB) with readable names and whitespace, and every reader's
 * first query downloads it. Minified, the same module is 32 KB: a third of it saved on the first query.
 */
async function minifyLoader(bundle: string): Promise<void> {
  const file = join(bundle, 'pagefind.js');
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'js', format: 'esm', minify: true });
  await writeFile(file, code);
}

/** The top-level files and folders of the output that Pagefind reads (all of them without a knowledge base). */
function topLevelToRead(root: string, knowledge: KnowledgeBase | null): TopLevelEntry[] {
  return readdirSync(root, { withFileTypes: true })
    .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
    .filter((entry) => isReadForIndex(entry, SEARCH_BUNDLE_DIR, knowledge !== null));
}

/** The HTML files under the given top-level entries, as paths relative to `root`, in a stable order. */
function htmlFiles(root: string, entries: readonly TopLevelEntry[]): string[] {
  return entries
    .flatMap(({ name, isDirectory }) =>
      isDirectory
        ? readdirSync(join(root, name), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(name, file))
        : [name],
    )
    .sort();
}

/** The editor's markdown description as the plain text a search page holds. */
function markdownText(markdown: string): string {
  return hastToString(markdownToTree(markdown)).replace(/\s+/gu, ' ').trim();
}

/**
 * What else decides the bundle besides the pages (read when a digest is taken, not at start-up): this module's code, the records' code (with the event snippet it uses) and Pagefind's
 * version (its package.json, found from its entry module since the package exports nothing else).
 */
function indexCode(): string[] {
  return [
    import.meta.filename,
    join(import.meta.dirname, 'pagefind-records.ts'),
    join(import.meta.dirname, '..', 'views', 'claim-snippet.ts'),
    join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'),
  ].map((file) => readFileSync(file, 'utf8'));
}

export interface SearchIndexSummary {
  /** Pages indexed: the HTML files Pagefind read (it indexes those marked data-pagefind-body) and the entity search pages. */
  pages: number;
  events: number;
}

/** What the cache remembers of the last index written: which inputs made it, and the folder it ended up in. */
interface LastIndex extends SearchIndexSummary {
  inputs: string;
  output: string;
}

export interface SearchIndexOptions {
  /**
   * The knowledge base the site was built from: entities and events are indexed from it. Without one,
   * Pagefind reads the entity pages as it reads the others, and there are no event records.
   */
  knowledge?: KnowledgeBase | null | undefined;
  logger?: AstroIntegrationLogger | undefined;
  /**
   * The folder this output will be moved to once the build succeeds (`npm run build` builds beside it).
   * When that folder holds the bundle of the last build and nothing the index reads has changed since,
   * the bundle is linked from there instead of being built again.
   */
  finalOutput?: string | undefined;
}

/** A digest of everything the index is built from; page by page, so no page is held longer than it is read. */
function indexInputsDigest(root: string, files: readonly string[], base: string, entityPages: readonly SearchPage[], records: readonly SearchRecord[]): string {
  const hash = createHash('sha256');
  for (const part of [...indexCode(), base, JSON.stringify(entityPages), JSON.stringify(records)]) hash.update(part).update('\0');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** A fragment begins with its page's URL: this much of its compressed file always holds it. */
const FRAGMENT_HEAD = 2048;

/**
 * The result id of every page in a written bundle, by the page's URL (without the base). Pagefind names a
 * page's fragment file by the result id its search returns; the URL is the first field of the fragment, so
 * only the head of each file is decompressed. (Grouped fragments, which Pagefind writes only past its
 * maxFragments, are keyed by id and read whole.)
 */
export function resultIdsByUrl(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = join(bundle, 'fragment');
  if (!existsSync(folder)) return ids;
  for (const file of readdirSync(folder).sort()) {
    const compressed = readFileSync(join(folder, file));
    const head = gunzipSync(compressed.subarray(0, FRAGMENT_HEAD), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
    const url = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")/u.exec(head)?.[1];
    if (url) {
      ids.set(JSON.parse(url) as string, file.replace(/\.pf_fragment$/u, ''));
      continue;
    }
    const text = gunzipSync(compressed).toString('utf8').replace(/^pagefind_dcd/u, '');
    for (const [id, fragment] of Object.entries(JSON.parse(text) as Record<string, { url?: string }>)) if (fragment.url) ids.set(fragment.url, id);
  }
  return ids;
}

/** Link every file of `from` into `to` (same disk): the old output is deleted later, its files live on here. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, entry.parentPath));
    mkdirSync(target, { recursive: true });
    linkSync(join(entry.parentPath, entry.name), join(target, entry.name));
  }
}

/** Index the built site in `root` (the output folder) and write the bundle to `root/pagefind/`. */
export async function buildSearchIndex(root: string, base: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const { logger } = options;
  const knowledge = options.knowledge ?? null;
  const started = performance.now();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const bundle = join(root, SEARCH_BUNDLE_DIR);
  /**
   * The name index, written on every build once the full-text bundle is in place: it records which
   * full-text result is each entity's page.
   */
  const writeNames = (): void => {
    if (!knowledge) return;
    const writing = performance.now();
    const ids = resultIdsByUrl(bundle);
    const names = writeNameIndex(root, knowledge.entities, (entity) => ids.get(withoutBase(entity.url, base)));
    logger?.info(`name index: ${names.entities} entities in ${names.files} files (${(names.bytes / 1024).toFixed(0)} KB, ${seconds(writing)} s)`);
  };
  const read = topLevelToRead(root, knowledge);
  const files = htmlFiles(root, read);
  const entityPages = knowledge ? entitySearchPages(knowledge.entities.filter(isEntitySearchable), { base, descriptionText: markdownText }) : [];
  const records = knowledge ? eventRecords(knowledge.events, knowledge.articles, { base, timelineIds: timelineModel(knowledge).anchorIds }) : [];

  // The index is computed over the whole corpus: built again only when something it reads changed.
  const inputs = indexInputsDigest(root, files, base, entityPages, records);
  // One record per output folder, so builds into different folders (the tests' /briefing copy) keep theirs.
  const cacheKey = options.finalOutput ? `search-index-${digestOf(options.finalOutput).slice(0, 16)}` : null;
  const last = cacheKey ? readCache<LastIndex>(cacheKey) : undefined;
  const lastBundle = last?.inputs === inputs ? join(last.output, SEARCH_BUNDLE_DIR) : null;
  if (last && lastBundle && existsSync(join(lastBundle, 'pagefind-entry.json'))) {
    linkTree(lastBundle, bundle);
    logger?.info(`nothing the index reads changed: ${SEARCH_BUNDLE_DIR}/ linked from the last build (${seconds(started)} s)`);
    writeNames();
    return { pages: last.pages, events: last.events };
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDED_FROM_INDEX });
  failOn(errors, 'start');
  if (!index) throw new Error('Pagefind did not create an index');
  try {
    // Pagefind reads the pages itself (in parallel, in Rust): far faster than handing it each page's HTML
    // through Node. It indexes only pages marked data-pagefind-body; paragraphs carry their own
    // data-pagefind-title (from the markdown pipeline), which makes each one a sub-result.
    const reading = performance.now();
    const glob = pagesToIndexGlob(read);
    const added = glob === null ? { errors: [], page_count: 0 } : await index.addDirectory({ path: root, glob });
    failOn(added.errors, `index ${root}`);
    const readSeconds = seconds(reading);

    // Entity pages and events come from the knowledge base. All at once: each is a round trip to
    // Pagefind's process, and one at a time they cost seconds.
    const entityResults = await Promise.all(entityPages.map((page) => index.addHTMLFile(page)));
    entityResults.forEach((result, i) => failOn(result.errors, `index the entity page ${entityPages[i]!.url}`));
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    results.forEach((result, i) => failOn(result.errors, `index the event at ${records[i]!.url}`));

    const writing = performance.now();
    const written = await index.writeFiles({ outputPath: bundle });
    failOn(written.errors, 'write the index');
    await minifyLoader(bundle);
    writeNames();
    logger?.info(
      `read ${added.page_count ?? 0} pages (${readSeconds} s), indexed ${entityPages.length} entities and ${records.length} events into ${SEARCH_BUNDLE_DIR}/ (written in ${seconds(writing)} s; ${seconds(started)} s in all)`,
    );
    const summary = { pages: (added.page_count ?? 0) + entityPages.length, events: records.length };
    if (cacheKey) writeCache(cacheKey, { ...summary, inputs, output: options.finalOutput! } satisfies LastIndex);
    return summary;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: add it to `integrations` in astro.config.mjs. */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefing-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Every build renders /knowledge.json, so its pages asked for the knowledge base.
        const knowledge = sharedKnowledge();
        if (!knowledge) throw new Error('The search index found no knowledge base: no page of this build called getKnowledge() (src/views/knowledge.ts). This is a bug in the generator.');
        // BRIEFING_OUTPUT: where the build wrapper (src/cli/build.ts) moves this output when the build succeeds.
        await buildSearchIndex(fileURLToPath(dir), base, { knowledge: await knowledge, logger, finalOutput: process.env.BRIEFING_OUTPUT });
      },
    },
  };
}
