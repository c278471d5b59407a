// Which entity pages the search index holds. Every record costs every reader bytes before their first
// result (Pagefind's metadata file grows with the record count), so an entity seen in a single passage of
// a single article is left to that article, which search finds anyway, with the name in its paragraph.
import type { KbEntity } from '../knowledge/knowledge-base.ts';

/** Mentions (within one article) from which an entity earns its own search result. */
const MENTIONS_IN_ONE_ARTICLE = 3;

export function isEntitySearchable(entity: Pick<KbEntity, 'articles' | 'mentions' | 'summary' | 'description'>): boolean {
  return (
    entity.articles.length >= 2 ||
    entity.mentions.length >= MENTIONS_IN_ONE_ARTICLE ||
    Boolean(entity.summary?.trim() || entity.description?.trim())
  );
}
