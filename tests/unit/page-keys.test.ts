// Cache keys decide which pages an incremental build renders again: a key must change with everything its
// page shows and stay put otherwise. (tests/integration/incremental-build.test.ts checks whole builds.)
import { describe, expect, it } from 'vitest';
import type { KbArticle, KbEntity, KbEvent } from '../../src/knowledge/knowledge-base.ts';
import type { KnowledgeViews } from '../../src/views/entity-views.ts';
import type { YearGroup } from '../../src/views/geometry/timeline-view.ts';
import { timelineYearPageKey } from '../../src/views/page-keys.ts';

const site = { title: 'Briefing', body: '' };
const article: KbArticle = { id: 'a1', slug: 'a1', title: 'Rates rise', url: '/articles/a1/', source: 'BBC', paragraphs: 3 };
const entity = { id: 'e1', name: 'Alan Greenspan', type: 'person', url: '/entities/alan-greenspan/' } as KbEntity;
const event: KbEvent = {
  id: 'ev1', date: '2005-02-16', precision: 'day', when: '16 February', text: 'Greenspan spoke on 16 February.',
  article: 'a1', paragraph: 1, entities: ['e1'], subject: ['e1'], clause: '', clauseStart: 0, mark: { start: 0, end: 0 }, kind: [], action: [], sources: 1, corroboratedBy: [],
};

/** The same claim stated in another article, which the year page links. */
const other: KbEvent = { ...event, id: 'ev2', article: 'a2', paragraph: 4, corroboratedBy: ['ev1'] };
const otherArticle: KbArticle = { ...article, id: 'a2', slug: 'a2', title: 'Fed chief speaks', url: '/articles/a2/' };

function views(overrides: { entity?: Partial<KbEntity>; article?: Partial<KbArticle>; other?: Partial<KbArticle> } = {}): KnowledgeViews {
  return {
    entityById: new Map([['e1', { ...entity, ...overrides.entity }]]),
    articleById: new Map([['a1', { ...article, ...overrides.article }], ['a2', { ...otherArticle, ...overrides.other }]]),
    claimById: new Map([['ev1', event], ['ev2', other]]),
  } as unknown as KnowledgeViews;
}

function year(ev: KbEvent = event): YearGroup {
  const interval = { start: Date.UTC(2005, 1, 16), end: Date.UTC(2005, 1, 17), precision: 'day' };
  return { key: '2005', label: '2005', events: 1, marks: [{ value: ev.date!, interval, kind: 'point', items: [ev], x: 1, x2: 1, row: 0 }] } as YearGroup;
}

describe('timeline year page keys', () => {
  const base = timelineYearPageKey(year(), [undefined, { key: '2006', label: '2006' }], views(), site);
  it('are stable for the same inputs', () => {
    expect(timelineYearPageKey(year(), [undefined, { key: '2006', label: '2006' }], views(), site)).toBe(base);
  });
  it('change with an event, a named entity, a source article, a neighbouring year and the site title', () => {
    const changed = [
      timelineYearPageKey(year({ ...event, text: 'Greenspan spoke again.' }), [undefined, { key: '2006', label: '2006' }], views(), site),
      timelineYearPageKey(year(), [undefined, { key: '2006', label: '2006' }], views({ entity: { name: 'A. Greenspan' } }), site),
      timelineYearPageKey(year(), [undefined, { key: '2006', label: '2006' }], views({ article: { title: 'Rates rise again' } }), site),
      timelineYearPageKey(year(), [{ key: '2004', label: '2004' }, { key: '2006', label: '2006' }], views(), site),
      timelineYearPageKey(year(), [undefined, { key: '2006', label: '2006' }], views(), { ...site, title: 'Markets' }),
    ];
    for (const key of changed) expect(key).not.toBe(base);
  });
  it('change with the title of an article that states the same claim', () => {
    const corroborated = year({ ...event, sources: 2, corroboratedBy: ['ev2'] });
    const key = timelineYearPageKey(corroborated, [undefined, undefined], views(), site);
    expect(timelineYearPageKey(corroborated, [undefined, undefined], views({ other: { title: 'Fed chief speaks again' } }), site)).not.toBe(key);
  });
});
