import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractTimes } from '../../src/knowledge/time/index.ts';
import { SEED_DIR, textArticle } from '../support/text-article.ts';

const values = (text: string, published?: string) =>
  extractTimes(textArticle(text, published)).map((t) => [t.text, t.value, t.type]);

describe('TIMEX3 value formats (Wikinews and seed sentences)', () => {
  it('writes days, months, quarters, halves, years, decades, centuries and weeks', () => {
    expect(values('Sora, unveiled in February 2024 with viral demos, was never released.')).toEqual([['February 2024', '2024-02', 'DATE']]);
    expect(values('By Q1 2025, OpenAI had quietly deprioritized Sora.')).toEqual([['Q1 2025', '2025-Q1', 'DATE']]);
    expect(values('Revenue fell in the first half of 2025 and in the third quarter of 2024.')).toEqual([
      ['the first half of 2025', '2025-H1', 'DATE'], ['the third quarter of 2024', '2024-Q3', 'DATE']]);
    expect(values('The study, published on Sunday, October 18, 2020, began in the 1970s.')).toEqual([
      ['Sunday, October 18, 2020', '2020-10-18', 'DATE'], ['the 1970s', '197X', 'DATE']]);
    expect(values('Rainforests matter in the 21st century, as in 2024-W11.')).toEqual([
      ['the 21st century', '20', 'DATE'], ['2024-W11', '2024-W11', 'DATE']]);
  });
  it('keeps narrowing words inside the span but not prepositions', () => {
    expect(values('Cases rose in late 2019 and again in early March.', '2020-04-16').map((v) => v[0])).toEqual(['late 2019', 'early March']);
    expect(values('The amendment was passed in 1947.')[0]![0]).toBe('1947');
  });
  it('writes durations, sets and vague references', () => {
    expect(values('He served seventeen years and, for the past 25-26 years, at least 23 hours a week.').map((v) => v[1])).toEqual(['P17Y', 'PXY', 'PT23H']);
    expect(values('Tests are done daily and every month, about an hour and a half each.').map((v) => [v[1], v[2]])).toEqual([
      ['P1D', 'SET'], ['P1M', 'SET'], ['PT1H30M', 'DURATION']]);
    expect(values('The firm is now one of the biggest; in the past it was small, and the future is open.').map((v) => v[1])).toEqual([
      'PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
    expect(values('Wrestler Jon Huber died aged 41.')).toEqual([['aged 41', 'P41Y', 'DURATION']]);
  });
  it('reads clock times with zones, and the day written beside them', () => {
    expect(values('Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m. (1200 UTC).', '2019-10-22')).toEqual([
      ['Saturday 8:00 p.m.', '2019-10-19T20:00', 'TIME'], ['1200 UTC', '2019-10-19T12:00', 'TIME']]);
  });
  it('does not take counts, names or virus codes for years', () => {
    expect(values('Nearly 2000 people followed; the 2019-nCoV risk rose; Theresa May resigned.', '2020-01-28')).toEqual([]);
  });
});

describe('resolution against the published date', () => {
  it('resolves deictic expressions from the DCT', () => {
    expect(values('Yesterday, the WHO raised the risk. Last week it met; next month it meets again.', '2020-01-28').map((v) => v[1])).toEqual([
      '2020-01-27', '2020-W04', '2020-02']);
  });
  it('uses tense to pick the weekday and month direction', () => {
    expect(values('On Thursday, Ted Cruz proposed term limits.', '2019-01-06')[0]![1]).toBe('2019-01-03');
    expect(values('The vote will be held on Thursday.', '2019-01-06')[0]![1]).toBe('2019-01-10');
    expect(values('The storm hit in December.', '2019-05-03')[0]![1]).toBe('2018-12');
    expect(values('The plan will start in December.', '2019-05-03')[0]![1]).toBe('2019-12');
  });
  it('keeps relative expressions unresolved without a published date, with what is known', () => {
    const times = extractTimes(textArticle('The project’s quiet sunset last month, a post on X last Friday, a leak in March.'));
    expect(times.map((t) => [t.text, t.value, t.precision, t.relative])).toEqual([
      ['last month', 'XXXX-XX', 'relative', true], ['last Friday', 'XXXX-WXX-5', 'relative', true], ['March', 'XXXX-03', 'relative', true]]);
  });
  it('chains anaphoric expressions to the last date mentioned, with or without a published date', () => {
    expect(values('Sales peaked in Q1 2025. Profits rose in the same quarter. A year earlier they had fallen.').map((v) => v[1])).toEqual([
      '2025-Q1', '2025-Q1', '2024']);
    expect(values('The plane crashed on June 12, 2019. The next day, rescuers arrived.', '2019-09-10').map((v) => v[1])).toEqual([
      '2019-06-12', '2019-06-13']);
    // A month and day without a year stay in the year of the narrative rather than jumping to the DCT's year.
    expect(values('The army moved on November 15, 2017. Mugabe resigned on November 21.', '2019-09-09').map((v) => v[1])).toEqual([
      '2017-11-15', '2017-11-21']);
  });
});

describe('no dependence on the clock or the time zone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => { vi.useRealTimers(); process.env.TZ = originalTz; });
  it('gives identical output under a faked system time and another TZ', () => {
    const text = 'Yesterday at 11 p.m., last Friday, in March, this week and the same quarter.';
    const before = [extractTimes(textArticle(text, '2020-03-02')), extractTimes(textArticle(text))];
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-12-31T23:30:00Z'));
    process.env.TZ = 'Pacific/Kiritimati';
    expect([extractTimes(textArticle(text, '2020-03-02')), extractTimes(textArticle(text))]).toEqual(before);
    expect(before[1]!.every((t) => t.relative)).toBe(true);
  });
});

describe('seeds', () => {
  it('finds the dated and relative expressions of both seed articles', () => {
    const found = ['000_7a7de0392025a01d.txt', '002_ba23344b395729c1.txt'].flatMap((f) =>
      extractTimes({ id: f, title: f, blocks: textToBlocks(readFileSync(join(SEED_DIR, f), 'utf8'), 'lines') }));
    const dates = found.filter((t) => t.type === 'DATE' && t.precision !== 'reference').map((t) => `${t.text}=${t.value}`);
    expect(dates).toEqual(['last month=XXXX-XX', 'February 2024=2024-02', 'Q1 2025=2025-Q1', 'last Friday=XXXX-WXX-5',
      '2025=2025', 'March=XXXX-03', 'January 2026=2026-01']);
  });
});
