// How an entity page lists its events, figures and quotes (EntityFacts.astro): the first few open, the
// rest behind "show more", a bounded number written out, each with the article it comes from.
import type { KnowledgeViews } from './entity-views.ts';
import { sourceCountLabel } from './geometry/timeline-view.ts';

/** Lists longer than this show the rest behind "show more", so busy entities keep light pages. */
export const FACTS_OPEN = 15;
/** At most this many are written out; a page for an entity in thousands of articles stays bounded. */
export const FACTS_LIMIT = 200;

/** The items shown open, then those behind "show more". */
export function factParts<T>(list: readonly T[]): readonly [T[], T[]] {
  return [list.slice(0, FACTS_OPEN), list.slice(FACTS_OPEN, FACTS_LIMIT)] as const;
}

/** The note under a list cut at FACTS_LIMIT; empty when nothing was left out. */
export function factsBeyond(list: readonly unknown[], what: string): string {
  return list.length > FACTS_LIMIT ? `${list.length - FACTS_LIMIT} more ${what} are not listed here; see the mentions below and the articles.` : '';
}

/** "Show 4 more figures". */
export const showMore = (n: number, what: string): string => `Show ${n} more ${what}`;

/**
 * The line under a fact: its article's title, the publisher in brackets where the article names one, and
 * for a claim stated by several sources, how many.
 */
export function factSource(article: string, views: Pick<KnowledgeViews, 'articleById'>, sources = 1): string {
  const found = views.articleById.get(article);
  const publisher = found?.source ? ` (${found.source})` : '';
  return `${found?.title ?? article}${publisher}${sources > 1 ? ` · ${sourceCountLabel(sources)}` : ''}`;
}
