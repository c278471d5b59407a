// What the timeline components need about each event beyond its date: entity names and types,
// and the filter keys a browser script reads from data-* attributes. Pure lookups, no extraction.
import type { KbArticle, KbEntity, KbEvent } from '../../knowledge/knowledge-base.ts';
import type { TimelineMark } from './timeline-layout.ts';

export type EntityLookup = Map<string, KbEntity>;

/** "single source" or "stated by N sources": the articles stating the same claim (see claims/corroboration.ts). */
export function sourceCountLabel(sources: number): string {
  return sources > 1 ? `stated by ${sources} sources` : 'single source';
}

/** Space-separated keys for the filter script: the entities and entity types of every event in a mark. */
export function filterKeys(events: KbEvent[], entities: EntityLookup): { entities: string; types: string } {
  const ids = new Set(events.flatMap((e) => e.entities));
  const types = new Set([...ids].map((id) => entities.get(id)?.type).filter(Boolean));
  return { entities: [...ids].sort().join(' '), types: [...types].sort().join(' ') };
}

/** Entities named in the timeline's events, most events first, for the entity filter. */
export function timelineEntities(events: KbEvent[], entities: EntityLookup): { entity: KbEntity; events: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const id of event.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .flatMap(([id, count]) => {
      const entity = entities.get(id);
      return entity ? [{ entity, events: count }] : [];
    })
    .sort((a, b) => b.events - a.events || a.entity.name.localeCompare(b.entity.name, 'en'));
}

/** The entities worth offering in the filter: all when few, else those in two or more events, at most `max`. */
export function filterableEntities(events: KbEvent[], entities: EntityLookup, max = 400): { entity: KbEntity; events: number }[] {
  const all = timelineEntities(events, entities);
  return (all.length <= 60 ? all : all.filter((e) => e.events >= 2)).slice(0, max);
}

/** Anchor id of a year's section in the events table. */
export const yearAnchor = (key: string): string => `year-${key}`;

/** Anchor id of a date group in the events table. */
export const whenAnchor = (value: string): string => `when-${value.replace(/[^0-9A-Za-z-]/gu, '_')}`;

/** Every anchor id an events table of these groups carries: a section per year, a row per date. */
export function tableAnchorIds(groups: readonly YearGroup[]): Set<string> {
  return new Set(groups.flatMap((group) => [yearAnchor(group.key), ...group.marks.map((mark) => whenAnchor(mark.value))]));
}

export const markLabel = (mark: TimelineMark<KbEvent>, label: string): string =>
  mark.items.length === 1 ? `${label}: ${shortTitle(mark.items[0]!.clause || mark.items[0]!.text)}` : `${label}: ${mark.items.length} events`;

/** Above this many events the table moves to one page per year, so /timeline/ stays light. */
export const TABLE_INLINE_LIMIT = 400;

export interface YearGroup {
  /** URL segment and anchor-safe key: a year, or "decades" for decade and century dates. */
  key: string;
  label: string;
  marks: TimelineMark<KbEvent>[];
  events: number;
}

/** Marks grouped by the year they start in; decades and centuries together at the end. */
export function groupByYear(marks: TimelineMark<KbEvent>[]): YearGroup[] {
  const groups = new Map<string, YearGroup>();
  for (const mark of marks) {
    const broad = mark.interval.precision === 'decade' || mark.interval.precision === 'century';
    const key = broad ? 'decades' : String(new Date(mark.interval.start).getUTCFullYear());
    const group = groups.get(key) ?? { key, label: broad ? 'Decades and centuries' : key, marks: [], events: 0 };
    group.marks.push(mark);
    group.events += mark.items.length;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.key === 'decades' ? 1 : b.key === 'decades' ? -1 : Number(a.key) - Number(b.key)));
}

/** A title for a mark that stays short however long its sentence. */
export function shortTitle(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** First and last publication date of the dated articles (ms, UTC), or undefined when none is dated. */
export function publicationRange(articles: KbArticle[]): [number, number] | undefined {
  const dates = articles.flatMap((a) => (a.published ? [Date.parse(`${a.published}T00:00:00Z`)] : [])).filter(Number.isFinite);
  return dates.length > 0 ? [dates.reduce((a, b) => Math.min(a, b)), dates.reduce((a, b) => Math.max(a, b)) + 86_400_000] : undefined;
}

export interface UndatedLane {
  id: string;
  title: string;
  note: string;
  events: KbEvent[];
}

/**
 * The lanes of events the timeline cannot place, each with what it means; empty lanes left out. A null
 * date means the phrase is relative and its source undated; any other unplaceable value (PRESENT_REF,
 * XXXX-03) names no fixed stretch of time.
 */
export function undatedLanes(events: readonly KbEvent[]): UndatedLane[] {
  return [
    { id: 'lane-relative', title: 'Date relative to publication; source undated', note: 'These events are dated only relative to when their article was written (“last month”), and the article does not say when that was.', events: events.filter((e) => e.date === null) },
    { id: 'lane-vague', title: 'Undated or vague', note: 'These time expressions name no fixed period (“the past”, “March” of an unknown year).', events: events.filter((e) => e.date !== null) },
  ].filter((lane) => lane.events.length > 0);
}
