// Builds the knowledge base once per build, from the content collections, with a per-article cache.
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleKnowledgeBase, type ArticleRecord } from '../knowledge/assemble.ts';
import { extractArticle, type ArticleKnowledge } from '../knowledge/extract-article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { blocksFromTree, markdownToTree } from '../markdown/pipeline.ts';
import { getArticles, sourceLabel } from './articles.ts';
import { articleUrl, url } from './urls.ts';

// BRIEFING_CACHE_DIR moves the per-article extraction cache (tests use it to force clean builds).
const CACHE_DIR = join(process.env.BRIEFING_CACHE_DIR ?? join(process.cwd(), '.cache'), 'knowledge');

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

function cachedExtract(input: ArticleInput, version: string): ArticleKnowledge {
  const digest = createHash('sha256').update(version).update(JSON.stringify(input)).digest('hex');
  const file = join(CACHE_DIR, `${digest}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ArticleKnowledge;
  const knowledge = extractArticle(input);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a build running alongside never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(knowledge));
  renameSync(partial, file);
  return knowledge;
}

async function buildKnowledge(): Promise<KnowledgeBase> {
  const articles = await getArticles();
  const version = extractorDigest();
  const records: ArticleRecord[] = articles.map((entry) => {
    const blocks = blocksFromTree(markdownToTree(entry.body ?? ''));
    const input: ArticleInput = {
      id: entry.id,
      title: entry.data.title,
      ...(entry.data.published ? { published: entry.data.published } : {}),
      blocks,
    };
    const sourceUrl = entry.data.source?.url ?? entry.data.url;
    return {
      article: {
        id: entry.id,
        slug: entry.id,
        title: entry.data.title,
        ...(entry.data.published ? { published: entry.data.published } : {}),
        source: sourceLabel(entry),
        ...(sourceUrl ? { sourceUrl } : {}),
        paragraphs: blocks.length,
      },
      knowledge: cachedExtract(input, version),
    };
  });
  const notes = (await getCollection('entities')).map((note) => ({
    ...note.data,
    ...(note.body?.trim() ? { description: note.body.trim() } : {}),
  }));
  return assembleKnowledgeBase(records, {
    notes,
    articleUrl: (slug) => articleUrl(slug),
    entityUrl: (slug) => url(`entities/${slug}/`),
  });
}

let knowledge: Promise<KnowledgeBase> | undefined;

/** The knowledge base of this build (computed on first use, then shared by every page). */
export function getKnowledge(): Promise<KnowledgeBase> {
  knowledge ??= buildKnowledge();
  return knowledge;
}
