// What the timeline components need about each event beyond its date: entity names and types,
// and the filter keys a browser script reads from data-* attributes. Pure lookups, no extraction.
import type { KbEntity, KbEvent } from '../../knowledge/knowledge-base.ts';
import type { TimelineMark } from './timeline-layout.ts';

export type EntityLookup = Map<string, KbEntity>;

export const entityLookup = (entities: KbEntity[]): EntityLookup => new Map(entities.map((e) => [e.id, e]));

/** "single source" or "corroborated by N sources". */
export function sourceCountLabel(sources: number): string {
  return sources > 1 ? `corroborated by ${sources} sources` : 'single source';
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

/** Anchor id of a date group in the events table. */
export const whenAnchor = (value: string): string => `when-${value.replace(/[^0-9A-Za-z-]/gu, '_')}`;

export const markLabel = (mark: TimelineMark<KbEvent>, label: string): string =>
  mark.items.length === 1 ? `${label}: ${mark.items[0]!.text}` : `${label}: ${mark.items.length} events`;
