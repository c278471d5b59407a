// Builds the knowledge base once per build, from the content collections, with a per-article cache.
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../knowledge/assemble.ts';
import type { ArticleKnowledge } from '../knowledge/extract-article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { blocksFromTree, markdownToTree } from '../markdown/pipeline.ts';
import { getArticles, sourceLabel } from './articles.ts';
import { dropCached, digestOf, readCache, writeCache } from './build-cache.ts';
import { extractMany } from './extract-pool.ts';
import { articleUrl, url } from './urls.ts';

/** A digest of the extraction code itself, so a changed extractor never reads stale cache entries. */
function extractorDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(process.cwd(), 'src', 'knowledge'));
  return hash.digest('hex').slice(0, 16);
}

async function buildKnowledge(): Promise<KnowledgeBase> {
  const articles = await getArticles();
  const version = extractorDigest();
  const prepared = articles.map((entry) => {
    const blocks = blocksFromTree(markdownToTree(entry.body ?? ''));
    const input: ArticleInput = {
      id: entry.id,
      title: entry.data.title,
      ...(entry.data.published ? { published: entry.data.published } : {}),
      blocks,
    };
    const sourceUrl = entry.data.source?.url ?? entry.data.url;
    const article: ArticleRecord['article'] = {
      id: entry.id,
      slug: entry.id,
      title: entry.data.title,
      ...(entry.data.published ? { published: entry.data.published } : {}),
      source: sourceLabel(entry),
      ...(sourceUrl ? { sourceUrl } : {}),
      paragraphs: blocks.length,
    };
    return { article, input, key: digestOf(version, JSON.stringify(input)) };
  });
  const notes = (await getCollection('entities')).map((note) => ({
    ...note.data,
    ...(note.body?.trim() ? { description: note.body.trim() } : {}),
  }));

  // The whole knowledge base is reused when no article, note, extractor or URL changed.
  const corpusKey = digestOf(version, url(), JSON.stringify(notes), ...prepared.map((p) => p.key + JSON.stringify(p.article)));
  const cachedCorpus = readCache<KnowledgeBase>(`corpus-${corpusKey}`);
  if (cachedCorpus) return cachedCorpus;

  // Otherwise only the articles whose text changed are extracted again.
  const knowledge = prepared.map((p) => readCache<ArticleKnowledge>(p.key));
  const missing = prepared.filter((_, i) => knowledge[i] === undefined);
  const extracted = await extractMany(missing.map((p) => p.input));
  missing.forEach((p, i) => writeCache(p.key, extracted[i]));
  let next = 0;
  const records: ArticleRecord[] = prepared.map((p, i) => ({ article: p.article, knowledge: knowledge[i] ?? extracted[next++]! }));

  // Imported here, not above: resolving entities across the corpus needs the gazetteers (about 200 MB
  // and a second to load), which a build whose whole base is cached never needs.
  const { assembleKnowledgeBase } = await import('../knowledge/assemble.ts');
  const knowledgeBase = assembleKnowledgeBase(records, {
    notes,
    articleUrl: (slug) => articleUrl(slug),
    entityUrl: (slug) => url(`entities/${slug}/`),
  });
  // One snapshot of the whole base is enough (they run to tens of MB): drop the ones it replaces.
  dropCached('corpus-');
  writeCache(`corpus-${corpusKey}`, knowledgeBase);
  return knowledgeBase;
}

let knowledge: Promise<KnowledgeBase> | undefined;

/** The knowledge base of this build (computed on first use, then shared by every page). */
export function getKnowledge(): Promise<KnowledgeBase> {
  knowledge ??= buildKnowledge();
  return knowledge;
}
