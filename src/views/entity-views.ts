// Derived, read-only views of the knowledge base for the entity and article pages.
// Pure functions: they regroup what the knowledge base holds and never extract anything new.
import type {
  KbArticle,
  KbEntity,
  KbEvent,
  KbFigure,
  KbMention,
  KbQuote,
  KnowledgeBase,
} from '../knowledge/knowledge-base.ts';
import { ENTITY_TYPES, type EntityType } from '../knowledge/types.ts';
import { clipAtWord } from './clip-text.ts';
import { entityLink } from './urls.ts';


export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'person', many: 'People' },
  organization: { one: 'organization', many: 'Organizations' },
  place: { one: 'place', many: 'Places' },
  product: { one: 'product', many: 'Products' },
  other: { one: 'other', many: 'Other' },
};

export interface ArticleMentionLink {
  paragraph: number;
  start: number;
  end: number;
  entity: string;
  href: string;
}

export interface KnowledgeViews {
  entityById: Map<string, KbEntity>;
  articleById: Map<string, KbArticle>;
  /** Every mention of every entity in one article, ordered by paragraph then offset. */
  mentionsByArticle: Map<string, ArticleMentionLink[]>;
  eventsByEntity: Map<string, KbEvent[]>;
  figuresByEntity: Map<string, KbFigure[]>;
  quotesBySpeaker: Map<string, KbQuote[]>;
  eventsByArticle: Map<string, KbEvent[]>;
  figuresByArticle: Map<string, KbFigure[]>;
  quotesByArticle: Map<string, KbQuote[]>;
  /** Figures and events by id, to link a claim's statements in other articles (`corroboratedBy`). */
  claimById: Map<string, KbFigure | KbEvent>;
}

const cache = new WeakMap<KnowledgeBase, KnowledgeViews>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes over the knowledge base, built once per knowledge base and shared by every page. */
export function knowledgeViews(kb: KnowledgeBase): KnowledgeViews {
  const cached = cache.get(kb);
  if (cached) return cached;
  const views: KnowledgeViews = {
    entityById: new Map(kb.entities.map((e) => [e.id, e])),
    articleById: new Map(kb.articles.map((a) => [a.id, a])),
    mentionsByArticle: new Map(),
    eventsByEntity: new Map(),
    figuresByEntity: new Map(),
    quotesBySpeaker: new Map(),
    eventsByArticle: new Map(),
    figuresByArticle: new Map(),
    quotesByArticle: new Map(),
    claimById: new Map<string, KbFigure | KbEvent>([...kb.figures.map((f) => [f.id, f] as const), ...kb.events.map((e) => [e.id, e] as const)]),
  };
  for (const entity of kb.entities) {
    const href = entityLink(entity);
    for (const m of entity.mentions) {
      push(views.mentionsByArticle, m.article, { paragraph: m.paragraph, start: m.start, end: m.end, entity: entity.id, href });
    }
  }
  for (const list of views.mentionsByArticle.values()) {
    list.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  }
  for (const event of kb.events) for (const id of event.entities) push(views.eventsByEntity, id, event);
  for (const figure of kb.figures) for (const id of figure.entities) push(views.figuresByEntity, id, figure);
  for (const quote of kb.quotes) if (quote.speaker) push(views.quotesBySpeaker, quote.speaker, quote);
  for (const event of kb.events) push(views.eventsByArticle, event.article, event);
  for (const figure of kb.figures) push(views.figuresByArticle, figure.article, figure);
  for (const quote of kb.quotes) push(views.quotesByArticle, quote.article, quote);
  cache.set(kb, views);
  return views;
}

export interface MentionGroup {
  article: KbArticle;
  mentions: KbMention[];
}

/** An entity's mentions grouped by article, in the entity's article order, each group in reading order. */
export function mentionsGroupedByArticle(entity: KbEntity, views: KnowledgeViews): MentionGroup[] {
  const groups = new Map<string, KbMention[]>();
  for (const m of entity.mentions) push(groups, m.article, m);
  const order = [...entity.articles, ...[...groups.keys()].filter((id) => !entity.articles.includes(id))];
  return order.flatMap((id) => {
    const article = views.articleById.get(id);
    const mentions = groups.get(id);
    if (!article || !mentions) return [];
    mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    return [{ article, mentions }];
  });
}

/** How many mentions the groups hold. */
export function mentionCount(groups: readonly MentionGroup[]): number {
  return groups.reduce((n, g) => n + g.mentions.length, 0);
}

/**
 * An entity page's mentions in three parts: the first `open` shown, the rest up to `limit` behind "show
 * more", and beyond that only their articles listed. Whole article groups go to the first part that still
 * has room, so no article is cut in two.
 */
export function partitionMentionGroups(groups: readonly MentionGroup[], open: number, limit: number): { shown: MentionGroup[]; more: MentionGroup[]; listed: MentionGroup[] } {
  const shown: MentionGroup[] = [];
  const more: MentionGroup[] = [];
  const listed: MentionGroup[] = [];
  let count = 0;
  for (const group of groups) {
    if (count >= limit) listed.push(group);
    else if (count >= open) more.push(group);
    else shown.push(group);
    count += group.mentions.length;
  }
  return { shown, more, listed };
}

/** The sentence split around the mention, so the page can wrap the name in <mark>. */
export function highlightParts(m: KbMention): { before: string; match: string; after: string } {
  const from = Math.max(0, Math.min(m.sentence.length, m.start - m.sentenceStart));
  const to = Math.max(from, Math.min(m.sentence.length, m.end - m.sentenceStart));
  return { before: m.sentence.slice(0, from), match: m.sentence.slice(from, to), after: m.sentence.slice(to) };
}

/** Dated events first in date order, then undated (relative) ones in article order. */
export function orderEvents(events: readonly KbEvent[]): KbEvent[] {
  return [...events].sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.article.localeCompare(b.article) || a.paragraph - b.paragraph || a.id.localeCompare(b.id);
  });
}

export interface ArticleEntityCount {
  entity: KbEntity;
  count: number;
}

/** The entities an article mentions, grouped by type, most-mentioned first. */
export function articleEntitiesByType(articleId: string, views: KnowledgeViews): Map<EntityType, ArticleEntityCount[]> {
  const counts = new Map<string, number>();
  for (const m of views.mentionsByArticle.get(articleId) ?? []) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const byType = new Map<EntityType, ArticleEntityCount[]>();
  for (const type of ENTITY_TYPES) byType.set(type, []);
  for (const [id, count] of counts) {
    const entity = views.entityById.get(id);
    if (entity) byType.get(entity.type)!.push({ entity, count });
  }
  for (const list of byType.values()) {
    list.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name, 'en'));
  }
  return byType;
}

export interface EntityPreview {
  name: string;
  type: EntityType;
  /** The editor's summary, else the first sentence that mentions it. */
  text: string;
  mentions: number;
  articles: number;
}

/** What a link's preview shows for each entity an article mentions, keyed by entity id. */
export function articlePreviews(articleId: string, views: KnowledgeViews, maxText = 220): Record<string, EntityPreview> {
  const previews: Record<string, EntityPreview> = {};
  for (const m of views.mentionsByArticle.get(articleId) ?? []) {
    if (previews[m.entity]) continue;
    const entity = views.entityById.get(m.entity);
    if (!entity) continue;
    const text = entity.summary ?? firstContext(entity) ?? '';
    previews[m.entity] = {
      name: entity.name,
      type: entity.type,
      text: clipAtWord(text, maxText),
      mentions: entity.mentions.length,
      articles: entity.articles.length,
    };
  }
  return previews;
}

/** The first context sentence of an entity, for previews of entities without an editor's summary. */
export function firstContext(entity: KbEntity): string | undefined {
  return entity.mentions[0]?.sentence;
}
