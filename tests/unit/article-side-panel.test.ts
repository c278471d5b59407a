import { describe, expect, it } from 'vitest';
import type { KbEntity, KbEvent, KbMention, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { foldList, sidePanel } from '../../src/views/article-side-panel.ts';
import { clipAtWord } from '../../src/views/clip-text.ts';
import { knowledgeViews } from '../../src/views/entity-views.ts';

const mention = (article: string, start: number): KbMention => ({ article, paragraph: 1, start, end: start + 4, text: 'Orna', sentence: 'Orna spoke.', sentenceStart: 0 });
function entity(id: string, type: KbEntity['type'], mentions: KbMention[]): KbEntity {
  return { id, slug: id, name: id, type, aliases: [], url: `/entities/${id}/`, mentions, articles: [...new Set(mentions.map((m) => m.article))], related: [] };
}
const event = (id: string, article: string, date: string | null) => ({ id, article, date, paragraph: 2, entities: [] }) as unknown as KbEvent;

describe('sidePanel', () => {
  const kb = {
    articles: [],
    entities: [entity('orna', 'person', [mention('a', 0), mention('a', 10)]), entity('velmora', 'place', [mention('a', 20)]), entity('olk', 'place', [mention('b', 0)])],
    events: [event('e2', 'a', '2031-05-01'), event('e1', 'a', '2031-02-01')],
    figures: [],
    quotes: [],
  } as unknown as KnowledgeBase;

  it('lists the entities an article names by type, its events in date order, and links only the sections that have anything', () => {
    const panel = sidePanel('a', knowledgeViews(kb));
    expect([...panel.byType].map(([type, list]) => [type, list.map((e) => `${e.entity.id}×${e.count}`)])).toEqual([
      ['person', ['orna×2']], ['organization', []], ['place', ['velmora×1']], ['product', []], ['other', []],
    ]);
    expect(panel.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(panel.sections).toEqual([{ id: 'side-entities', label: 'Named', count: 2 }, { id: 'side-events', label: 'Events', count: 2 }]);
    expect(sidePanel('none', knowledgeViews(kb))).toMatchObject({ hasEntities: false, sections: [] });
  });

  it('folds a list after its first eight items', () => {
    expect(foldList([1, 2, 3]).map((part) => part.length)).toEqual([3, 0]);
    expect(foldList(Array.from({ length: 11 }, (_, i) => i)).map((part) => part.length)).toEqual([8, 3]);
  });
});

describe('clipAtWord', () => {
  it('cuts a long text at the last whole word before the limit and leaves a short one alone', () => {
    expect(clipAtWord('Harbour cranes return to Velmora', 20)).toBe('Harbour cranes…');
    expect(clipAtWord('Zinc prices', 20)).toBe('Zinc prices');
  });
});
