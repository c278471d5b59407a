// Builds the knowledge base once per build, from the content collections, with a per-article cache.
import { getCollection } from 'astro:content';
import { join, resolve } from 'node:path';
import { extractorDigest } from '../build/extractor-digest.ts';
import { entityNotesDirectory, holdsMarkdown } from '../content/location.ts';
import type { ArticleRecord } from '../knowledge/assemble.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { contentError } from '../content/content-error.ts';
import { articleDocument } from '../markdown/article-document.ts';
import { getArticles, sourceLabel, sourceLink } from './articles.ts';
import { bodyLinks, brokenLinkWarnings, type BodyLinks } from './body-links.ts';
import { startGraphLayouts } from './graph-layouts.ts';
import { digestOf, readCache, scopedPrefix } from '../build/build-cache.ts';
import type { KnowledgeJob, KnowledgeResult, PreparedArticle } from '../build/knowledge-job.ts';
import { isInteractive } from '../build/progress.ts';
import { runWorker } from '../build/run-worker.ts';
import { shareKnowledge } from './build-shared.ts';
import { url } from './urls.ts';

async function buildKnowledge(): Promise<KnowledgeResult & { links: BodyLinks[] }> {
  const articles = await getArticles();
  // Extraction reads the knowledge core and the text helpers it imports.
  const version = extractorDigest(['knowledge', 'text'].map((dir) => join(process.cwd(), 'src', dir)), process.cwd());
  const links: BodyLinks[] = [];
  const prepared = articles.map((entry) => {
    // The document the content loader parsed when it checked the body: read, not parsed again.
    const { tree, blocks } = articleDocument(entry.body ?? '');
    links.push(bodyLinks(entry.id, entry.filePath ? resolve(process.cwd(), entry.filePath) : entry.id, tree, blocks.length));
    const input: ArticleInput = {
      id: entry.id,
      title: entry.data.title,
      ...(entry.data.published ? { published: entry.data.published } : {}),
      blocks,
    };
    // Only a web address is published: a javascript: or data: URL in the frontmatter goes no further.
    const sourceUrl = sourceLink(entry);
    const article: ArticleRecord['article'] = {
      id: entry.id,
      slug: entry.id,
      title: entry.data.title,
      ...(entry.data.published ? { published: entry.data.published } : {}),
      source: sourceLabel(entry) ?? '',
      ...(sourceUrl ? { sourceUrl } : {}),
      paragraphs: blocks.length,
    };
    return { article, input, key: digestOf(version, JSON.stringify(input)) } satisfies PreparedArticle;
  });
  // Notes are optional: without any, Astro would warn that the collection is empty.
  const notes = (holdsMarkdown(entityNotesDirectory()) ? await getCollection('entities') : []).map((note) => ({
    ...note.data,
    ...(note.body?.trim() ? { description: note.body.trim() } : {}),
    ...(note.filePath ? { file: resolve(process.cwd(), note.filePath) } : {}),
  }));

  // The whole knowledge base is reused when no article, note, extractor or URL changed.
  const corpusKey = digestOf(version, url(), JSON.stringify(notes), ...prepared.map((p) => p.key + JSON.stringify(p.article)));
  const cachedCorpus = readCache<KnowledgeResult>(`${scopedPrefix('corpus')}${corpusKey}`);
  if (cachedCorpus) return { ...cachedCorpus, links };

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
  return { ...(await runWorker<KnowledgeResult>('build/knowledge-worker.ts', job)), links };
}

let knowledge: Promise<KnowledgeBase> | undefined;

/**
 * The knowledge base of this build (computed on first use, then shared by every page, and after the
 * pages by the search index: see build-shared.ts).
 */
export function getKnowledge(): Promise<KnowledgeBase> {
  if (knowledge) return knowledge;
  // The graph layouts start as soon as the base is ready, on their own thread, so they are done by the
  // time the graph pages render.
  knowledge = buildKnowledge().then(({ knowledgeBase, notes, links }) => {
    // Notes that would merge two entities stop the build; the message names both files.
    if (notes.errors.length) throw contentError(notes.errors.join('\n'));
    for (const warning of notes.warnings) console.warn(`warning: ${warning}`);
    startGraphLayouts(knowledgeBase);
    // Once per build, whatever the cache held: links in article bodies that lead nowhere.
    for (const warning of brokenLinkWarnings(links, new Set(knowledgeBase.entities.map((e) => e.slug)), url())) console.warn(`warning: ${warning}`);
    return knowledgeBase;
  });
  shareKnowledge(knowledge);
  return knowledge;
}
