// What /figures/ and /quotes/ and their numbered pages show (ClaimPages.astro): the page's title and lede,
// the entities with the most items on the entry page, the list of pages and this page's items.
import { formatCalendarDate } from './calendar-date.ts';
import type { KbArticle, KbEntity, KbEvent, KbFigure, KbQuote, KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { knowledgeViews } from './entity-views.ts';
import { claimPages, entitiesByCount, pageOrder, type ClaimPage } from './geometry/claim-pages.ts';
import { shortTitle } from './geometry/coverage.ts';
import { plural } from './plural.ts';
import { url } from './urls.ts';

export type ClaimKind = 'figures' | 'quotes';

/** Entities listed on the entry page of a paged list: enough to find the busy ones at a glance. */
const ENTITY_LIMIT = 48;

/** The address of page `n` of a list: /figures/ for the first, /figures/2/ after. */
export function claimPageHref(kind: ClaimKind, n: number): string {
  return url(n === 1 ? `${kind}/` : `${kind}/${n}/`);
}

/** A page's label: the dates of its articles, or where some are undated (archives often are), its first and last titles. */
export function claimPageLabel(page: ClaimPage<unknown>): string {
  if (page.allDated && page.first && page.last) {
    return page.first === page.last ? formatCalendarDate(page.first) : `${formatCalendarDate(page.first)} – ${formatCalendarDate(page.last)}`;
  }
  const [first, last] = [page.groups[0]!.article.title, page.groups.at(-1)!.article.title].map((title) => `“${shortTitle(title, 24)}”`);
  return first === last ? first! : `${first} to ${last}`;
}

/** The entry page's first line: how many items, from how many articles, how many corroborated or attributed. */
export function claimsLede(kind: ClaimKind, kb: Pick<KnowledgeBase, 'articles' | 'figures' | 'quotes'>): string {
  if (kind === 'figures') {
    if (kb.figures.length === 0) return 'The articles state no figures.';
    const corroborated = kb.figures.filter((f) => f.sources > 1).length;
    return `${plural(kb.figures.length, 'figure')} from ${new Set(kb.figures.map((f) => f.article)).size} of ${kb.articles.length} articles; ${corroborated} stated by more than one source.`;
  }
  if (kb.quotes.length === 0) return 'The articles quote no one.';
  const attributed = kb.quotes.filter((q) => q.speaker !== null || q.speakerName !== null).length;
  return `${plural(kb.quotes.length, 'quote')}, ${attributed} with a named speaker.`;
}

export interface ClaimPageView {
  isFigures: boolean;
  noun: 'figure' | 'quote';
  title: string;
  description: string;
  lede: string;
  /** The entity pages' section the entity list links to. */
  anchor: string;
  pages: ClaimPage<KbFigure | KbQuote>[];
  /** This page; undefined on an entry page with nothing to list. */
  page: ClaimPage<KbFigure | KbQuote> | undefined;
  /** The entities with the most items, on the entry page of a list of several pages. */
  top: { entity: KbEntity; count: number }[];
  /** How many entities have any item. */
  withItems: number;
  entities: Map<string, KbEntity>;
  articles: Map<string, KbArticle>;
  claims: Map<string, KbFigure | KbEvent>;
}

/** Page `number` (1 for the entry page) of the figures or the quotes. */
export function claimPageView(kb: KnowledgeBase, kind: ClaimKind, number: number): ClaimPageView {
  const views = knowledgeViews(kb);
  const isFigures = kind === 'figures';
  const byArticle: ReadonlyMap<string, readonly (KbFigure | KbQuote)[]> = isFigures ? views.figuresByArticle : views.quotesByArticle;
  const byEntity: ReadonlyMap<string, readonly (KbFigure | KbQuote)[]> = isFigures ? views.figuresByEntity : views.quotesBySpeaker;
  const pages = claimPages(pageOrder(kb.articles), byArticle);
  const heading = isFigures ? 'Figures' : 'Quotes';
  return {
    isFigures,
    noun: isFigures ? 'figure' : 'quote',
    title: number === 1 ? heading : `${heading}, page ${number} of ${pages.length}`,
    description: isFigures ? 'Every number the articles state, in the clause that states it.' : 'Every quotation in the articles, with who said it and where.',
    lede: claimsLede(kind, kb),
    anchor: isFigures ? 'figures-heading' : 'quotes-heading',
    pages,
    page: pages[number - 1],
    top: number === 1 && pages.length > 1 ? entitiesByCount(byEntity, views.entityById, ENTITY_LIMIT) : [],
    withItems: byEntity.size,
    entities: views.entityById,
    articles: views.articleById,
    claims: views.claimById,
  };
}
