import { describe, expect, it } from 'vitest';
import { assignRows, coreDomain, focusDomain, layoutTimeline } from '../../src/views/geometry/timeline-layout.ts';
import { intervalLabel } from '../../src/views/geometry/timex-label.ts';
import { timexInterval } from '../../src/views/geometry/timex.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const span = (value: string) => {
  const interval = timexInterval(value);
  return interval && [iso(interval.start), iso(interval.end), interval.precision];
};

describe('TIMEX values as UTC intervals [start, end)', () => {
  it('cover exactly the period the value names', () => {
    expect(span('2024-02-03')).toEqual(['2024-02-03', '2024-02-04', 'day']);
    expect(span('2024-02')).toEqual(['2024-02-01', '2024-03-01', 'month']);
    expect(span('2024-12')).toEqual(['2024-12-01', '2025-01-01', 'month']);
    expect(span('2025-Q1')).toEqual(['2025-01-01', '2025-04-01', 'quarter']);
    expect(span('2025-Q4')).toEqual(['2025-10-01', '2026-01-01', 'quarter']);
    expect(span('2025-H1')).toEqual(['2025-01-01', '2025-07-01', 'half']);
    expect(span('2025-H2')).toEqual(['2025-07-01', '2026-01-01', 'half']);
    expect(span('2025')).toEqual(['2025-01-01', '2026-01-01', 'year']);
    expect(span('201X')).toEqual(['2010-01-01', '2020-01-01', 'decade']);
    expect(span('19XX')).toEqual(['1900-01-01', '2000-01-01', 'century']);
    expect(span('12')).toEqual(['1200-01-01', '1300-01-01', 'century']);
    expect(span('2024-SU')).toEqual(['2024-06-01', '2024-09-01', 'season']);
  });
  it('read ISO weeks from the Monday of the week holding 4 January', () => {
    expect(span('2024-W11')).toEqual(['2024-03-11', '2024-03-18', 'week']);
    expect(span('2021-W01')).toEqual(['2021-01-04', '2021-01-11', 'week']);
    expect(span('2020-W53')).toEqual(['2020-12-28', '2021-01-04', 'week']);
    expect(span('2021-W53')).toBeNull();
  });
  it('draw a time of day on its day, and keep years before 100 as written', () => {
    expect(span('2024-02-03T14:30')).toEqual(['2024-02-03', '2024-02-04', 'instant']);
    expect(new Date(timexInterval('0079')!.start).getUTCFullYear()).toBe(79);
  });
  it('refuse values that name no fixed stretch of time, and impossible dates', () => {
    for (const value of ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'XXXX-03', 'XXXX-WXX-1', 'P3M', '2025-02-30', '2024-13', '', 'soon']) {
      expect(timexInterval(value), value).toBeNull();
    }
  });
  it('are labelled at their own precision', () => {
    const label = (v: string) => intervalLabel(v, timexInterval(v)!);
    expect([label('2024-02-03'), label('2024-02'), label('2025-Q1'), label('2025-H1'), label('2025'), label('201X'), label('2024-W11')])
      .toEqual(['3 February 2024', 'February 2024', 'Q1 2025', 'first half of 2025', '2025', 'the 2010s', 'week 11 of 2024']);
  });
  it('name centuries with their ordinal', () => {
    const label = (v: string) => intervalLabel(v, timexInterval(v)!);
    expect([label('00'), label('01'), label('02'), label('10'), label('19XX'), label('20')]).toEqual(['1st century', '2nd century', '3rd century', '11th century', '20th century', '21st century']);
  });
});

describe('timeline layout', () => {
  const events = [
    { id: 'a', date: '2024-02' },
    { id: 'b', date: '2025-Q1' },
    { id: 'c', date: null },
    { id: 'd', date: '2025' },
    { id: 'e', date: '2026-01' },
    { id: 'f', date: '2024-02-10' },
    { id: 'g', date: 'PRESENT_REF' },
    { id: 'h', date: '2024-02' },
  ];

  it('draws days as points and longer periods as spans whose width follows their length', () => {
    const layout = layoutTimeline(events, { width: 1000 });
    const mark = (value: string) => layout.marks.find((m) => m.value === value)!;
    expect(mark('2024-02-10').kind).toBe('point');
    expect(mark('2024-02-10').x2).toBe(mark('2024-02-10').x);
    for (const value of ['2024-02', '2025-Q1', '2025', '2026-01']) expect(mark(value).kind).toBe('span');
    const width = (value: string) => mark(value).x2 - mark(value).x;
    expect(width('2025')).toBeGreaterThan(width('2025-Q1') * 3.5);
    expect(width('2025-Q1')).toBeGreaterThan(width('2026-01') * 2.5);
    // Marks keep time order along the axis.
    expect(mark('2024-02').x).toBeLessThan(mark('2025-Q1').x);
    expect(mark('2025-Q1').x).toBe(mark('2025').x);
    expect(mark('2025').x2).toBeCloseTo(mark('2026-01').x, 0);
  });

  it('never places null or vague dates on the axis', () => {
    const layout = layoutTimeline(events, { width: 1000 });
    expect(layout.unplaced.map((e) => e.id)).toEqual(['c', 'g']);
    expect(layout.marks.flatMap((m) => m.items.map((e) => e.id)).sort()).toEqual(['a', 'b', 'd', 'e', 'f', 'h']);
  });

  it('gives one mark per date value and puts overlapping marks in different rows', () => {
    const layout = layoutTimeline(events, { width: 1000 });
    expect(layout.marks.find((m) => m.value === '2024-02')!.items.map((e) => e.id)).toEqual(['a', 'h']);
    const q1 = layout.marks.find((m) => m.value === '2025-Q1')!;
    const year = layout.marks.find((m) => m.value === '2025')!;
    expect(q1.row).not.toBe(year.row);
  });

  it('does not depend on input order', () => {
    const forward = layoutTimeline(events, { width: 800 });
    const backward = layoutTimeline([...events].reverse(), { width: 800 });
    const shape = (l: typeof forward) => l.marks.map((m) => [m.value, m.x, m.x2, m.row]);
    expect(shape(backward)).toEqual(shape(forward));
  });

  it('caps the number of rows and keeps a stray distant date out of the default range', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ date: `2020-${String((i % 12) + 1).padStart(2, '0')}` }))
      .concat(Array.from({ length: 30 }, () => ({ date: '2020' })), [{ date: '1945' }]);
    const layout = layoutTimeline(many, { width: 600, maxRows: 3 });
    expect(layout.rows).toBeLessThanOrEqual(3);
    expect(new Date(layout.domain[0]).getUTCFullYear()).toBe(2020);
    expect(new Date(layout.extent[0]).getUTCFullYear()).toBe(1945);
    expect(layout.before).toBe(1);
  });

  it('packs rows greedily and reuses a row once it is free', () => {
    expect(assignRows([{ x: 0, x2: 10 }, { x: 5, x2: 15 }, { x: 20, x2: 30 }], 5, 2)).toEqual([0, 1, 0]);
    expect(assignRows([{ x: 0, x2: 10 }, { x: 1, x2: 10 }, { x: 2, x2: 10 }], 2, 0)).toEqual([0, 1, 0]);
  });

  it('focuses the default range on the publication years when the events reach far beyond them', () => {
    const year = (y: number) => Date.UTC(y, 0, 1);
    expect(focusDomain([Date.UTC(2019, 0, 4), Date.UTC(2020, 11, 28)], [year(1000), year(2031)])).toEqual([year(2019), year(2021)]);
    expect(focusDomain([Date.UTC(2019, 0, 4), Date.UTC(2020, 11, 28)], [year(2018), year(2021)])).toEqual([year(2018), year(2021)]);
    const layout = layoutTimeline([{ date: '2019-05-01' }, { date: '2020-03' }, { date: '1945' }, { date: '2030' }], { width: 800, focus: [Date.UTC(2019, 0, 4), Date.UTC(2020, 11, 28)] });
    expect(layout.domain).toEqual([year(2019), year(2021)]);
    expect([layout.before, layout.after]).toEqual([1, 1]);
  });

  it('weighs each date by its events: a century of years named once each leaves the default range on the busy years', () => {
    // Archives without publication dates (no focus): 80 years of history named once each, and 2004–2005 named 900 times.
    const history = Array.from({ length: 80 }, (_, i) => ({ date: String(1900 + i) }));
    const news = Array.from({ length: 900 }, (_, i) => ({ date: `${2004 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` }));
    const layout = layoutTimeline([...history, ...news], { width: 960 });
    expect(layout.domain.map((t) => new Date(t).getUTCFullYear())).toEqual([2004, 2006]);
    expect(layout.before).toBe(80);
  });

  it('keeps the full range when nothing is an outlier', () => {
    const intervals = ['2024-02', '2025'].map((v) => timexInterval(v)!);
    expect(coreDomain(intervals, 0.9)).toEqual([intervals[0]!.start, intervals[1]!.end]);
  });
});
