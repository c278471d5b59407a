// Builds the Pagefind search index after `astro build`, so `npm run build` alone produces a searchable site.
// Pages opt in with `data-pagefind-body`; paragraphs become sub-results; each dated event of the knowledge
// base becomes a record of its own. The index is written to <outDir>/pagefind/, under the site's base.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { elementIds, eventRecords, markParagraphAnchors, pageUrlFromFile } from './pagefind-records.ts';

/** The folder, inside the output, that holds the index; the browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** How many files are handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(root, path).startsWith(`${SEARCH_BUNDLE_DIR}/`))
    .sort();
}

function failOn(errors: readonly string[], what: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

async function readKnowledge(root: string): Promise<KnowledgeBase | null> {
  const file = join(root, 'knowledge.json');
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as KnowledgeBase) : null;
}

export interface SearchIndexSummary {
  pages: number;
  events: number;
}

/** Index the built site in `root` (the output folder) and write the bundle to `root/pagefind/`. */
export async function buildSearchIndex(root: string, base: string, logger?: AstroIntegrationLogger): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  failOn(errors, 'start');
  if (!index) throw new Error('Pagefind did not create an index');
  try {
    let pages = 0;
    const files = await htmlFiles(root);
    for (let start = 0; start < files.length; start += BATCH) {
      const added = await Promise.all(
        files.slice(start, start + BATCH).map(async (file) => {
          const html = await readFile(file, 'utf8');
          // Pages without data-pagefind-body (lists, 404, the search page itself) stay out of the index.
          if (!html.includes('data-pagefind-body')) return 0;
          const response = await index.addHTMLFile({ url: pageUrlFromFile(relative(root, file)), content: markParagraphAnchors(html) });
          failOn(response.errors, `index ${relative(root, file)}`);
          return 1;
        }),
      );
      pages += added.reduce<number>((sum, n) => sum + n, 0);
    }

    const knowledge = await readKnowledge(root);
    const timeline = join(root, 'timeline', 'index.html');
    const timelineIds = existsSync(timeline) ? elementIds(await readFile(timeline, 'utf8')) : new Set<string>();
    const records = knowledge ? eventRecords(knowledge.events, knowledge.articles, { base, timelineIds }) : [];
    for (const record of records) failOn((await index.addCustomRecord(record)).errors, `index the event at ${record.url}`);

    const written = await index.writeFiles({ outputPath: join(root, SEARCH_BUNDLE_DIR) });
    failOn(written.errors, 'write the index');
    logger?.info(`indexed ${pages} pages and ${records.length} events into ${SEARCH_BUNDLE_DIR}/`);
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
