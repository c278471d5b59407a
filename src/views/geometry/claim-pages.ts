// Figures and quotes at scale: split into numbered pages (/figures/, /figures/2/, …) of whole articles,
// each page labelled by the dates of its articles, and the entities with the most of them for a reader
// who looks for one entity's figures. Pure functions over the knowledge base.
import type { KbArticle, KbEntity } from '../../knowledge/knowledge-base.ts';

/** Items per page: about 80 figures or quotes keep a page well under 20,000 px at 1280 px wide. */
export const CLAIMS_PER_PAGE = 80;

export interface ClaimPage<T> {
  /** 1 for the entry page (/figures/), then 2, 3, … */
  number: number;
  /** The page's items, by article in the articles' order. */
  groups: { article: KbArticle; items: T[] }[];
  count: number;
  /** Publication dates of the page's first and last articles that have one (newest and oldest when the articles run newest first). */
  first?: string;
  last?: string;
  /** Whether every article of the page has a publication date: otherwise its titles label it better than dates. */
  allDated: boolean;
}

/**
 * The order pages follow: newest articles first, undated ones last in title order, so a page of undated
 * articles is labelled by a range of titles a reader can find a headline in, as in a dictionary.
 */
export function pageOrder(articles: readonly KbArticle[]): KbArticle[] {
  return [...articles].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Pages of at most `perPage` items, filled article by article in the order of `articles`: an article's
 * items stay on one page unless they alone exceed a page. Every page but the first starts with a new article
 * or the rest of a long one.
 */
export function claimPages<T>(articles: readonly KbArticle[], byArticle: ReadonlyMap<string, readonly T[]>, perPage = CLAIMS_PER_PAGE): ClaimPage<T>[] {
  const pages: ClaimPage<T>[] = [];
  let current: ClaimPage<T> | undefined;
  const open = () => {
    current = { number: pages.length + 1, groups: [], count: 0, allDated: true };
    pages.push(current);
    return current;
  };
  for (const article of articles) {
    const items = byArticle.get(article.id) ?? [];
    for (let offset = 0; offset < items.length; ) {
      let page = current ?? open();
      const room = perPage - page.count;
      // Start a new page rather than split an article that would fit whole on one.
      if (room < items.length - offset && page.count > 0 && items.length - offset <= perPage) page = open();
      const take = Math.min(perPage - page.count, items.length - offset);
      page.groups.push({ article, items: items.slice(offset, offset + take) });
      page.count += take;
      offset += take;
      if (page.count >= perPage) current = undefined;
    }
  }
  for (const page of pages) {
    const dates = page.groups.map((g) => g.article.published).filter((d): d is string => Boolean(d));
    page.allDated = dates.length === page.groups.length;
    if (dates.length > 0) {
      page.first = dates[0]!;
      page.last = dates.at(-1)!;
    }
  }
  return pages;
}

/** The entities with the most items (figures about them, quotes they said), most first, then by name. */
export function entitiesByCount<T>(byEntity: ReadonlyMap<string, readonly T[]>, entities: ReadonlyMap<string, KbEntity>, limit: number): { entity: KbEntity; count: number }[] {
  return [...byEntity]
    .flatMap(([id, items]) => {
      const entity = entities.get(id);
      return entity ? [{ entity, count: items.length }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name, 'en') || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, limit);
}
