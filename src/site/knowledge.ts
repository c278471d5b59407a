// Builds the knowledge base once per build, from the content collections, with a per-article cache.
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { extractorDigest } from '../build/extractor-digest.ts';
import { entityNotesDirectory, holdsMarkdown } from '../content/location.ts';
import type { ArticleRecord } from '../knowledge/assemble.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { blocksFromTree, markdownToTree } from '../markdown/pipeline.ts';
import { getArticles, sourceLabel } from './articles.ts';
import { startGraphLayouts } from './graph-layouts.ts';
import { digestOf, readCache, scopedPrefix } from './build-cache.ts';
import type { KnowledgeJob, PreparedArticle } from './knowledge-job.ts';
import { isInteractive } from './progress.ts';
import { runWorker } from './run-worker.ts';
import { url } from './urls.ts';

async function buildKnowledge(): Promise<KnowledgeBase> {
  const articles = await getArticles();
  const version = extractorDigest(join(process.cwd(), 'src', 'knowledge'), process.cwd());
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
    return { article, input, key: digestOf(version, JSON.stringify(input)) } satisfies PreparedArticle;
  });
  // Notes are optional: without any, Astro would warn that the collection is empty.
  const notes = (holdsMarkdown(entityNotesDirectory()) ? await getCollection('entities') : []).map((note) => ({
    ...note.data,
    ...(note.body?.trim() ? { description: note.body.trim() } : {}),
  }));

  // The whole knowledge base is reused when no article, note, extractor or URL changed.
  const corpusKey = digestOf(version, url(), JSON.stringify(notes), ...prepared.map((p) => p.key + JSON.stringify(p.article)));
  const cachedCorpus = readCache<KnowledgeBase>(`${scopedPrefix('corpus')}${corpusKey}`);
  if (cachedCorpus) return cachedCorpus;

  // Otherwise the articles whose text changed are extracted again and the corpus assembled, on a
  // worker thread: the gazetteers that needs leave memory with it, before the pages are rendered.
  const job: KnowledgeJob = {
    prepared,
    notes,
    corpusKey,
    articlePrefix: url('articles/'),
    entityPrefix: url('entities/'),
    interactive: isInteractive(),
  };
  return runWorker<KnowledgeBase>('site/knowledge-worker.ts', job);
}

let knowledge: Promise<KnowledgeBase> | undefined;

/** The knowledge base of this build (computed on first use, then shared by every page). */
export function getKnowledge(): Promise<KnowledgeBase> {
  // The graph layouts start as soon as the base is ready, on their own thread, so they are done by the
  // time the graph pages render.
  knowledge ??= buildKnowledge().then((kb) => {
    startGraphLayouts(kb);
    return kb;
  });
  return knowledge;
}
