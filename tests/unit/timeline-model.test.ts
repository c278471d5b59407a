import { describe, expect, it, vi } from 'vitest';
import type { KbArticle, KbEvent, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { timelineModel } from '../../src/views/timeline-model.ts';

const article: KbArticle = { id: 'mill', slug: 'mill', title: 'The mill reopens', url: '/articles/mill/', source: 'Valley Post', published: '2025-03-04', paragraphs: 6 };
const event = (id: string, date: string | null): KbEvent => ({
  id, date, precision: 'day', when: 'then', text: `The mill did ${id}.`, article: 'mill', paragraph: 2, entities: [], subject: [], clause: `The mill did ${id}.`, clauseStart: 0, mark: { start: 0, end: 0 }, kind: [], action: [], sources: 1, corroboratedBy: [],
});
const knowledge = (events: KbEvent[]): KnowledgeBase => ({ articles: [article], entities: [], events, figures: [], quotes: [] });

describe('the timeline model', () => {
  const kb = knowledge([event('a', '2025-03-02'), event('b', '2025-03-02'), event('c', '2025-Q1'), event('d', '2026-01'), event('e', null)]);

  it('places the dated events, groups them by year and anchors a section per year and a row per date', () => {
    const model = timelineModel(kb);
    expect(model.placed).toBe(4);
    expect(model.layout.unplaced.map((e) => e.id)).toEqual(['e']);
    expect(model.paged).toBe(false);
    expect(model.years.map((y) => [y.key, y.events])).toEqual([['2025', 3], ['2026', 1]]);
    expect([...model.anchorIds].sort()).toEqual(['when-2025-03-02', 'when-2025-Q1', 'when-2026-01', 'year-2025', 'year-2026']);
  });

  it('is worked out once per knowledge base', () => {
    expect(timelineModel(kb)).toBe(timelineModel(kb));
    // Another knowledge base with the same content is another build's: computed again, to the same result.
    const other = timelineModel({ ...kb });
    expect(other).not.toBe(timelineModel(kb));
    expect(other.anchorIds).toEqual(timelineModel(kb).anchorIds);
  });

  it('anchors nothing on /timeline/ once the table has a page per year', () => {
    // 401 events on 401 days of 2025 and 2026: more than /timeline/ lists itself.
    const days = Array.from({ length: 401 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const model = timelineModel(knowledge(days.map((day, i) => event(`x${i}`, day))));
    expect(model.placed).toBe(401);
    expect(model.paged).toBe(true);
    expect(model.years.map((y) => [y.key, y.events])).toEqual([['2025', 365], ['2026', 36]]);
    expect(model.anchorIds.size).toBe(0);
  });
});

describe('what the pages and the search index share', () => {
  it('reaches every copy of the module: Astro loads src/ once for the pages and once for the integrations', async () => {
    vi.resetModules();
    const pages = await import('../../src/views/build-shared.ts');
    vi.resetModules();
    const integration = await import('../../src/views/build-shared.ts');
    expect(integration).not.toBe(pages);

    const kb = knowledge([]);
    const shared = Promise.resolve(kb);
    pages.shareKnowledge(shared);
    expect(integration.sharedKnowledge()).toBe(shared);

    let computed = 0;
    const count = () => ++computed;
    expect(pages.memoOnKnowledge('counter', kb, count)).toBe(1);
    expect(integration.memoOnKnowledge('counter', kb, count)).toBe(1);
    expect(integration.memoOnKnowledge('counter', knowledge([]), count)).toBe(2);
    expect(computed).toBe(2);
  });
});
