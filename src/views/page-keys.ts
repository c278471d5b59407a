// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
// are unchanged since the last build is copied from it instead of rendered again. A key is a digest of
// everything the page shows, so it must cover what the page's components read: when a component starts
// reading something new, add it here. tests/integration/incremental-build.test.ts guards this by comparing
// an incremental rebuild with a cold build of the same content, file by file.
import { createHash } from 'node:crypto';
import type { BriefingIntro } from '../content/briefing.ts';
import type { KbArticle, KbEntity, KbEvent } from '../knowledge/knowledge-base.ts';
import { articleEntitiesByType, articlePreviews, type KnowledgeViews } from './entity-views.ts';
import type { YearGroup } from './geometry/timeline-view.ts';

/** Bump to invalidate every key, e.g. when what a key covers changes shape. */
const KEY_VERSION = 2;

function digest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** What another entity shows where it is linked from a page: its name, type and address. */
function linkTo(entity: KbEntity | undefined) {
  return entity ? [entity.id, entity.name, entity.type, entity.url] : null;
}

/** The articles a page names (title, source, date, address), in a fixed order. */
function articlesNamed(ids: Iterable<string>, views: KnowledgeViews): Array<KbArticle | null> {
  return [...new Set(ids)].sort().map((id) => views.articleById.get(id) ?? null);
}

/**
 * An entity page shows the entity itself (mentions with their sentences, relations, notes), its events,
 * figures and quotes, the entities it is related to, and the articles all of those come from.
 */
export function entityPageKey(entity: KbEntity, views: KnowledgeViews, site: BriefingIntro): string {
  const events = views.eventsByEntity.get(entity.id) ?? [];
  const figures = views.figuresByEntity.get(entity.id) ?? [];
  const quotes = views.quotesBySpeaker.get(entity.id) ?? [];
  const articles = [entity.mentions, events, figures, quotes].flatMap((list: ReadonlyArray<{ article: string }>) => list.map((item) => item.article));
  return digest([
    KEY_VERSION,
    site,
    entity,
    events,
    figures,
    quotes,
    entity.related.map((relation) => linkTo(views.entityById.get(relation.entity))),
    articlesNamed(articles, views),
  ]);
}

/** The article data a page renders from (its markdown body and frontmatter). */
export interface ArticleSource {
  id: string;
  body?: string;
  data: unknown;
}

/**
 * An article page shows its own text and frontmatter, the mentions linked in it, the previews of those
 * entities, and the side panel: the entities by type with counts, its events, figures and quotes.
 */
export function articlePageKey(article: ArticleSource, views: KnowledgeViews, site: BriefingIntro): string {
  const byType = [...articleEntitiesByType(article.id, views)].map(([type, list]) => [
    type,
    list.map(({ entity, count }) => [linkTo(entity), count]),
  ]);
  return digest([
    KEY_VERSION,
    site,
    article.id,
    article.body ?? '',
    article.data,
    views.mentionsByArticle.get(article.id) ?? [],
    articlePreviews(article.id, views),
    byType,
    views.eventsByArticle.get(article.id) ?? [],
    views.figuresByArticle.get(article.id) ?? [],
    views.quotesByArticle.get(article.id) ?? [],
  ]);
}

/**
 * A year of the timeline table shows that year's events (placed on the timeline), the entities they name
 * (for its filters and links), the articles that state them, and links to the years before and after.
 */
export function timelineYearPageKey(
  group: YearGroup,
  neighbours: ReadonlyArray<Pick<YearGroup, 'key' | 'label'> | undefined>,
  views: KnowledgeViews,
  site: BriefingIntro,
): string {
  const events: KbEvent[] = group.marks.flatMap((mark) => mark.items);
  // Each event links the same claim's statements in other articles: their paragraphs and their articles' titles.
  const others = events.flatMap((event) => event.corroboratedBy).map((id) => views.claimById.get(id)).filter((c) => c !== undefined);
  return digest([
    KEY_VERSION,
    site,
    group,
    neighbours.map((year) => (year ? [year.key, year.label] : null)),
    [...new Set(events.flatMap((event) => event.entities))].sort().map((id) => linkTo(views.entityById.get(id))),
    articlesNamed([...events, ...others].map((event) => event.article), views),
    others.map((c) => [c.id, c.article, c.paragraph]),
  ]);
}

/** A redirect from a former name shows the site's frame and the entity it leads to. */
export function redirectPageKey(from: string, entity: KbEntity, site: BriefingIntro): string {
  return digest([KEY_VERSION, site, from, linkTo(entity)]);
}
