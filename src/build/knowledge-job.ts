// The part of the knowledge build that needs the gazetteers: read what the per-article cache holds,
// extract the rest, assemble the corpus, and keep the result for the next build. It runs on a worker
// thread (knowledge-worker.ts), so it takes plain data only and imports nothing of Astro's.
import type { ArticleRecord, EntityNoteInput } from '../knowledge/assemble.ts';
import type { ArticleKnowledge } from '../knowledge/extract-article.ts';
import type { EditorNoteReport } from '../knowledge/editor-note-report.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { dropCached, readCache, scopedPrefix, writeCache } from './build-cache.ts';
import { extractMany } from './extract-pool.ts';

export interface PreparedArticle {
  article: ArticleRecord['article'];
  input: ArticleInput;
  /** The per-article cache key: a digest of the extractor's code and the input. */
  key: string;
}

export interface KnowledgeJob {
  prepared: PreparedArticle[];
  notes: EntityNoteInput[];
  /** Cache key of the assembled base. */
  corpusKey: string;
  /** URL prefixes, e.g. '/briefing/articles/': a page's address is prefix + slug + '/'. */
  articlePrefix: string;
  entityPrefix: string;
  /** Whether the build's stderr is a terminal (a worker's own stderr never is), for the progress bar. */
  interactive: boolean;
}

/** The knowledge base and what the editor notes did not fit, as the build reports it. */
export interface KnowledgeResult {
  knowledgeBase: KnowledgeBase;
  notes: EditorNoteReport;
}

export async function buildFromPrepared(job: KnowledgeJob): Promise<KnowledgeResult> {
  const { prepared } = job;
  // Only the articles whose text changed are extracted again.
  const knowledge = prepared.map((p) => readCache<ArticleKnowledge>(p.key));
  const missing = prepared.filter((_, i) => knowledge[i] === undefined);
  const extracted = await extractMany(missing.map((p) => p.input), { interactive: job.interactive });
  missing.forEach((p, i) => writeCache(p.key, extracted[i]));
  let next = 0;
  const records: ArticleRecord[] = prepared.map((p, i) => ({ article: p.article, knowledge: knowledge[i] ?? extracted[next++]! }));

  const { assembleWithReport } = await import('../knowledge/assemble.ts');
  const { defaultLexicon } = await import('../knowledge/lexicon/index.ts');
  const result = assembleWithReport(records, {
    lexicon: defaultLexicon(),
    notes: job.notes,
    articleUrl: (slug) => `${job.articlePrefix}${slug}/`,
    entityUrl: (slug) => `${job.entityPrefix}${slug}/`,
  });
  // One snapshot of the whole base per content folder and output is enough (they run to tens of MB):
  // drop the one it replaces.
  const prefix = scopedPrefix('corpus');
  dropCached(prefix);
  writeCache(`${prefix}${job.corpusKey}`, result);
  return result;
}
