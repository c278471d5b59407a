import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/scripts/search-box.ts';
import { bestParagraph, excerptRuns, toHit, type PagefindFragment, type PagefindSubResult } from '../../src/scripts/search-hits.ts';
import { hitDetails } from '../../src/scripts/search-render.ts';
import { INITIAL_RHYTHM, PAUSE_MAX_MS, PAUSE_MIN_MS, nextRhythm, typingPause } from '../../src/scripts/search-rhythm.ts';
import { pagefindFilters, parseSearchState, searchStateToParams } from '../../src/scripts/search-state.ts';

const sub = (id: string | null, score: number, excerpt = `in ${id}`): PagefindSubResult => ({
  title: id ? `¶ ${id.slice(2)}` : 'Top',
  url: id ? `/articles/a/#${id}` : '/articles/a/',
  excerpt,
  ...(id ? { anchor: { element: 'p', id, title: `¶ ${id.slice(2)}`, location: 1 } } : {}),
  weighted_locations: score ? [{ weight: 1, balanced_score: score, location: 2 }] : [],
  locations: score ? [2] : [],
});

const fragment = (kind: string, subs: PagefindSubResult[]): PagefindFragment => ({
  url: '/articles/a/',
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: 'A title', date: '2005-02-01' },
  filters: { kind: [kind], source: ['BBC'] },
  sub_results: subs,
});

describe('excerptRuns', () => {
  it('reads only <mark> as markup, so an excerpt cannot inject HTML', () => {
    expect(excerptRuns('a <mark>Sora</mark> &amp; <img src=x onerror=alert(1)> b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'Sora', marked: true },
      { text: ' & <img src=x onerror=alert(1)> b', marked: false },
    ]);
  });
  it('joins neighbouring marked words into one run', () => {
    expect(excerptRuns('<mark>Bill</mark><mark> Peebles</mark> left')).toEqual([
      { text: 'Bill Peebles', marked: true },
      { text: ' left', marked: false },
    ]);
  });
});

describe('toHit', () => {
  it('opens an article at the paragraph that matches best, with its excerpt', () => {
    const hit = toHit(fragment('article', [sub(null, 5), sub('p-2', 1), sub('p-7', 9, 'best <mark>match</mark>')]));
    expect(bestParagraph(fragment('article', [sub('p-2', 1), sub('p-7', 9)]))?.anchor?.id).toBe('p-7');
    expect(hit).toMatchObject({ url: '/articles/a/#p-7', paragraph: 'p-7', kind: 'article', source: 'BBC', date: '2005-02-01' });
    expect(hit.excerpt).toEqual([{ text: 'best ', marked: false }, { text: 'match', marked: true }]);
  });
  it('opens an entity page at its top, with the page excerpt', () => {
    const hit = toHit({ ...fragment('entity', [sub('p-3', 4)]), meta: { title: 'Bill Peebles' }, filters: { kind: ['entity'], type: ['person'] } });
    expect(hit).toMatchObject({ url: '/articles/a/', kind: 'entity', type: 'person', title: 'Bill Peebles' });
    expect(hit.paragraph).toBeUndefined();
  });
  it("shows an entity's summary and aliases from its metadata, not an excerpt of its name", () => {
    const hit = toHit({
      ...fragment('entity', []),
      excerpt: 'Bill <mark>Peebles.</mark> <mark>Peebles.</mark>',
      meta: { title: 'Bill Peebles', aliases: 'Peebles', about: 'Led the <video> team.' },
      filters: { kind: ['entity'], type: ['person'] },
    });
    expect(hit.excerpt).toEqual([{ text: 'Led the <video> team.', marked: false }]);
    expect(hitDetails(hit)).toEqual(['also Peebles']);
    expect(toHit({ ...fragment('entity', []), meta: { title: 'Tencent' } }).excerpt).toEqual([]);
  });
  it('says which paragraph an article result opens in words, and leaves an event\'s date to its title', () => {
    const article = toHit(fragment('article', [sub('p-7', 9)]));
    expect(hitDetails(article)).toEqual(['BBC', '1 February 2005', 'paragraph 7']);
    expect(hitDetails(toHit(fragment('event', [])))).toEqual(['BBC']);
  });
  it('falls back to the page when no paragraph matched, and calls pages without a kind "page"', () => {
    const hit = toHit({ ...fragment('', [sub('p-1', 0)]), meta: { title: 'Home' }, filters: {} });
    expect(hit).toMatchObject({ url: '/articles/a/', kind: 'page' });
  });
});

describe('the header box status', () => {
  it('counts names and results, and says when there is nothing', () => {
    expect(statusText('peeb', 1, null)).toBe('1 name suggested');
    expect(statusText('peeb', 2, 14)).toBe('2 names suggested · 14 results');
    expect(statusText('sora', 0, 1)).toBe('1 result');
    expect(statusText('qzx', 0, 0)).toBe('No results for “qzx”. Check the spelling, or browse the A–Z entity index.');
    expect(statusText('qzx', 0, null)).toBe('');
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters in a stable order', () => {
    const state = parseSearchState(new URLSearchParams('type=person&q=+peebles+&kind=entity&type=place&type=person&bogus=1'));
    expect(state).toEqual({ query: 'peebles', filters: { type: ['person', 'place'], kind: ['entity'] } });
    expect(searchStateToParams(state).toString()).toBe('q=peebles&kind=entity&type=person&type=place');
  });
  it('passes only chosen filters to Pagefind, any value matching', () => {
    expect(pagefindFilters({ kind: ['entity'], type: [], year: ['2005', '2004'] })).toEqual({
      kind: { any: ['entity'] },
      year: { any: ['2005', '2004'] },
    });
  });
});

describe('typing rhythm', () => {
  const typed = (gaps: number[]) => gaps.reduce(nextRhythm, INITIAL_RHYTHM);
  it('waits a little longer than the reader\'s usual gap between keys', () => {
    const slow = typed([130, 130, 130, 130, 130, 130, 130, 130]);
    expect(slow.gap).toBeGreaterThan(125);
    expect(typingPause(slow)).toBeGreaterThan(130);
  });
  it('waits less for a steady typist than for an uneven one with the same average', () => {
    const steady = typed([100, 100, 100, 100, 100, 100]);
    const uneven = typed([60, 140, 60, 140, 60, 140]);
    expect(typingPause(steady)).toBeLessThan(115);
    expect(typingPause(uneven)).toBeGreaterThan(typingPause(steady) + 30);
  });
  it('stays within bounds', () => {
    expect(typingPause({ gap: 20, jitter: 0 })).toBe(PAUSE_MIN_MS);
    expect(typingPause({ gap: 1000, jitter: 0 })).toBe(PAUSE_MAX_MS);
    expect(typingPause({ gap: 150, jitter: 200 })).toBe(PAUSE_MAX_MS);
  });
  it('does not count a long pause as typing', () => {
    expect(nextRhythm(INITIAL_RHYTHM, 5000)).toBe(INITIAL_RHYTHM);
    expect(nextRhythm(INITIAL_RHYTHM, Number.POSITIVE_INFINITY)).toBe(INITIAL_RHYTHM);
  });
});
