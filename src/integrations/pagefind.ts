// Builds the Pagefind search index after `astro build`, so `npm run build` alone produces a searchable site.
// Pages opt in with `data-pagefind-body`; paragraphs become sub-results; each dated event of the knowledge
// base becomes a record of its own. The index is written to <outDir>/pagefind/, under the site's base.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { toString as hastToString } from 'hast-util-to-string';
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { markdownToTree } from '../markdown/pipeline.ts';
import { isEntitySearchable } from '../site/search-index.ts';
import { elementIds, entitySearchPages, eventRecords, pagesToIndexGlob } from './pagefind-records.ts';

/** The folder, inside the output, that holds the index; the browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

function failOn(errors: readonly string[], what: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

async function readKnowledge(root: string): Promise<KnowledgeBase | null> {
  const file = join(root, 'knowledge.json');
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as KnowledgeBase) : null;
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

/** The glob of pages Pagefind reads: all but the entity pages, which it gets from the knowledge base. */
function pagesToIndex(root: string): string | null {
  const topLevel = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.name !== SEARCH_BUNDLE_DIR)
    .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  return pagesToIndexGlob(topLevel);
}

/** The editor's markdown description as the plain text a search page holds. */
function markdownText(markdown: string): string {
  return hastToString(markdownToTree(markdown)).replace(/\s+/gu, ' ').trim();
}

export interface SearchIndexSummary {
  /** Pages indexed: the HTML files Pagefind read (it indexes those marked data-pagefind-body) and the entity search pages. */
  pages: number;
  events: number;
}

/** Index the built site in `root` (the output folder) and write the bundle to `root/pagefind/`. */
export async function buildSearchIndex(root: string, base: string, logger?: AstroIntegrationLogger): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  failOn(errors, 'start');
  if (!index) throw new Error('Pagefind did not create an index');
  const started = performance.now();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  try {
    // Pagefind reads the pages itself (in parallel, in Rust): far faster than handing it each page's HTML
    // through Node. It indexes only pages marked data-pagefind-body; paragraphs carry their own
    // data-pagefind-title (from the markdown pipeline), which makes each one a sub-result.
    const knowledge = await readKnowledge(root);
    const glob = knowledge ? pagesToIndex(root) : undefined;
    const added = glob === null ? { errors: [], page_count: 0 } : await index.addDirectory({ path: root, ...(glob ? { glob } : {}) });
    failOn(added.errors, `index ${root}`);
    const read = seconds(started);

    // Entity pages: only what readers search for, built from the knowledge base. All at once: each is a
    // round trip to Pagefind's process, and one at a time they cost seconds.
    const entityPages = knowledge
      ? entitySearchPages(knowledge.entities.filter(isEntitySearchable), { base, descriptionText: markdownText })
      : [];
    const entityResults = await Promise.all(entityPages.map((page) => index.addHTMLFile(page)));
    entityResults.forEach((result, i) => failOn(result.errors, `index the entity page ${entityPages[i]!.url}`));
    const pages = (added.page_count ?? 0) + entityPages.length;

    const timeline = join(root, 'timeline', 'index.html');
    const timelineIds = existsSync(timeline) ? elementIds(await readFile(timeline, 'utf8')) : new Set<string>();
    const records = knowledge ? eventRecords(knowledge.events, knowledge.articles, { base, timelineIds }) : [];
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    results.forEach((result, i) => failOn(result.errors, `index the event at ${records[i]!.url}`));

    const bundle = join(root, SEARCH_BUNDLE_DIR);
    const writing = performance.now();
    const written = await index.writeFiles({ outputPath: bundle });
    failOn(written.errors, 'write the index');
    await minifyLoader(bundle);
    logger?.info(
      `read ${added.page_count ?? 0} pages (${read} s), indexed ${entityPages.length} entities and ${records.length} events into ${SEARCH_BUNDLE_DIR}/ (written in ${seconds(writing)} s; ${seconds(started)} s in all)`,
    );
    return { pages, events: records.length };
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
        await buildSearchIndex(fileURLToPath(dir), base, logger);
      },
    },
  };
}
