import { describe, expect, it } from 'vitest';
import type { KbEntity, KbEvent, KbMention } from '../../src/knowledge/knowledge-base.ts';
import { undatedLanes } from '../../src/views/geometry/timeline-view.ts';
import { keyEntities } from '../../src/views/home.ts';

const mention = (): KbMention => ({ article: 'a', paragraph: 1, start: 0, end: 3, text: 'Orn', sentence: 'Orn.', sentenceStart: 0 });
function entity(id: string, type: KbEntity['type'], mentions: number): KbEntity {
  return { id, slug: id, name: id, type, aliases: [], url: `/entities/${id}/`, mentions: Array.from({ length: mentions }, mention), articles: ['a'], related: [] };
}

describe('keyEntities', () => {
  it('groups the most mentioned by type, people, organizations and products before places, empty types left out', () => {
    const entities = [entity('velmora', 'place', 9), entity('orna', 'person', 7), entity('pax', 'product', 5), entity('olk', 'place', 3), entity('tolv', 'person', 1)];
    const { key, groups } = keyEntities(entities, 4, 1);
    expect(key.map((e) => e.id)).toEqual(['velmora', 'orna', 'pax', 'olk']);
    expect(groups.map((g) => [g.label, g.entities.map((e) => e.id)])).toEqual([['People', ['orna']], ['Products', ['pax']], ['Places', ['velmora']]]);
  });
});

describe('undatedLanes', () => {
  it('puts relative dates of undated sources and vague dates in lanes of their own, and leaves out an empty lane', () => {
    const events = [{ id: 'e1', date: null }, { id: 'e2', date: 'PAST_REF' }, { id: 'e3', date: null }] as KbEvent[];
    expect(undatedLanes(events).map((lane) => [lane.id, lane.events.map((e) => e.id)])).toEqual([['lane-relative', ['e1', 'e3']], ['lane-vague', ['e2']]]);
    expect(undatedLanes(events.slice(1, 2)).map((lane) => lane.id)).toEqual(['lane-vague']);
  });
});
