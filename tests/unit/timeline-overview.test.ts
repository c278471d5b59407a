import { describe, expect, it } from 'vitest';
import {
  axisTicks, binFloor, binUnit, densityBins, eventLabel, overviewCandidates, placeLabels, thirdPerson, verbAsWritten, verticalRows,
} from '../../src/views/geometry/timeline-overview.ts';
import { textWidth } from '../../src/views/geometry/text-width.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('how finely the overview counts events', () => {
  it('weeks for a few months, months for a few years, years beyond', () => {
    expect(binUnit([utc('2031-03-01'), utc('2031-06-01')])).toBe('week');
    expect(binUnit([utc('2031-01-01'), utc('2033-01-01')])).toBe('month');
    expect(binUnit([utc('1990-01-01'), utc('2033-01-01')])).toBe('year');
  });
  it('weeks start on Monday, months on the 1st, years on 1 January (UTC)', () => {
    // 13 March 2031 is a Thursday.
    expect(iso(binFloor(utc('2031-03-13'), 'week'))).toBe('2031-03-10');
    expect(iso(binFloor(utc('2031-03-13'), 'month'))).toBe('2031-03-01');
    expect(iso(binFloor(utc('2031-03-13'), 'year'))).toBe('2031-01-01');
  });
  it('counts an event in its bin only when its date is at least as precise as the bin', () => {
    const bins = densityBins([
      { start: utc('2031-02-03'), end: utc('2031-02-04'), count: 2 }, // a day in February, two events
      { start: utc('2031-02-01'), end: utc('2031-03-01'), count: 1 }, // February itself
      { start: utc('2031-01-01'), end: utc('2032-01-01'), count: 5 }, // the whole year: left to its bar
    ], [utc('2031-01-01'), utc('2031-04-01')], 'month');
    expect(bins.map((b) => [iso(b.start), b.count])).toEqual([['2031-01-01', 0], ['2031-02-01', 3], ['2031-03-01', 0]]);
  });
});

describe('the axis', () => {
  it('labels every year boundary, and the starting year when the axis starts mid-year', () => {
    const ticks = axisTicks([utc('2031-04-01'), utc('2034-01-01')], 900);
    expect(ticks.filter((t) => t.year).map((t) => t.label)).toEqual(['2031', '2032', '2033', '2034']);
    expect(iso(ticks[0]!.time)).toBe('2031-04-01');
  });
  it('adds months where they fit, never crowding a year label', () => {
    const ticks = axisTicks([utc('2031-01-01'), utc('2032-01-01')], 960);
    expect(ticks.map((t) => t.label)).toEqual(['2031', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '2032']);
    // Squeezed to 600 px, a month is 50 px: February and December would crowd the years.
    expect(axisTicks([utc('2031-01-01'), utc('2032-01-01')], 600).map((t) => t.label)).toEqual(['2031', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', '2032']);
  });
  it('falls back to quarters, then to every second or fifth year, when space is short', () => {
    expect(axisTicks([utc('2031-01-01'), utc('2033-01-01')], 300).map((t) => t.label)).toEqual(['2031', 'Jul', '2032', 'Jul', '2033']);
    expect(axisTicks([utc('1980-01-01'), utc('2030-01-01')], 400).filter((t) => t.year).map((t) => t.label))
      .toEqual(['1980', '1985', '1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025', '2030']);
  });
});

describe('key event labels', () => {
  const names = new Map([['e1', 'Ada Byron'], ['e2', 'Northwind Ltd']]);
  const nameOf = (id: string) => names.get(id);
  it('read the subject and the verb as the clause writes it', () => {
    expect(eventLabel({ subject: ['e2'], entities: ['e2'], action: ['acquire'], clause: 'Northwind Ltd was acquired in May 2031' }, nameOf)).toBe('Northwind Ltd acquired');
    expect(eventLabel({ subject: [], entities: ['e1'], action: ['resign'], clause: 'on Monday Ada Byron resigns' }, nameOf)).toBe('Ada Byron resigns');
  });
  it('put an irregular verb in the present tense, and name the entity alone without a verb', () => {
    expect(eventLabel({ subject: ['e1'], entities: [], action: ['go'], clause: 'Ada Byron went north' }, nameOf)).toBe('Ada Byron goes');
    expect(eventLabel({ subject: ['e1'], entities: [], action: [], clause: 'in 2031, Ada Byron' }, nameOf)).toBe('Ada Byron');
    expect(eventLabel({ subject: ['zz'], entities: [], action: ['open'], clause: 'it opened' }, nameOf)).toBeNull();
  });
  it('conjugate the third person', () => {
    expect(['hold', 'carry', 'push', 'veto', 'play', 'have'].map(thirdPerson)).toEqual(['holds', 'carries', 'pushes', 'vetoes', 'plays', 'has']);
    expect(verbAsWritten('elect', 'she was elected speaker')).toBe('elected');
  });
  it('come one per mark, most corroborated first, and a repeated entity gives way', () => {
    const event = (subject: string, action: string, sources: number) => ({ subject: [subject], entities: [subject], action: [action], clause: '', sources });
    const candidates = overviewCandidates([
      { value: '2031-01-05', kind: 'point', interval: { start: utc('2031-01-05'), end: utc('2031-01-06') }, items: [event('e1', 'sign', 1), event('e2', 'open', 3)] },
      { value: '2031-02-05', kind: 'point', interval: { start: utc('2031-02-05'), end: utc('2031-02-06') }, items: [event('e2', 'close', 3)] },
      { value: '2031-03', kind: 'span', interval: { start: utc('2031-03-01'), end: utc('2031-04-01') }, items: [event('e1', 'sign', 3)] },
    ], nameOf, new Set());
    expect(candidates.map((c) => [c.value, c.text])).toEqual([
      ['2031-01-05', 'Northwind Ltd opens'],
      ['2031-03', 'Ada Byron signs'],
      ['2031-02-05', 'Northwind Ltd closes'],
    ]);
  });
});

describe('label placement', () => {
  it('places the most important label first and drops what fits in no lane', () => {
    const placed = placeLabels([
      { id: 'minor', anchor: 105, width: 80, score: 1 },
      { id: 'major', anchor: 100, width: 80, score: 9 },
      { id: 'third', anchor: 110, width: 80, score: 5 },
    ], { left: 0, right: 400, lanes: 2, gap: 8 });
    expect(placed.map((p) => [p.id, p.lane, p.x])).toEqual([['major', 0, 98], ['third', 1, 108]]);
  });
  it('ends a label at its event when starting there would run off the right edge', () => {
    expect(placeLabels([{ id: 'edge', anchor: 390, width: 60, score: 1 }], { left: 0, right: 400, lanes: 1 })).toEqual([{ id: 'edge', x: 332, lane: 0, anchor: 390 }]);
  });
  it('never lets two labels in one lane touch', () => {
    const labels = Array.from({ length: 40 }, (_, i) => ({ id: `l${i}`, anchor: 10 + i * 17, width: 40 + (i % 5) * 9, score: (i * 7) % 11 }));
    const placed = placeLabels(labels, { left: 0, right: 700, lanes: 3, gap: 8 });
    for (const a of placed) {
      for (const b of placed) {
        if (a === b || a.lane !== b.lane) continue;
        const [wa, wb] = [labels.find((l) => l.id === a.id)!.width, labels.find((l) => l.id === b.id)!.width];
        expect(a.x + wa + 8 <= b.x || b.x + wb + 8 <= a.x, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    expect(placed.length).toBeGreaterThan(15);
  });
  it('estimates a wide name as wider than a narrow one of the same length', () => {
    expect(textWidth('MMMM', 10)).toBe(40);
    expect(textWidth('iiii', 10)).toBe(17);
  });
});

describe('the vertical overview', () => {
  it('has one row per month, each year headed once', () => {
    const rows = verticalRows([utc('2031-11-01'), utc('2032-03-01')], 'month');
    expect(rows.map((r) => [r.label, r.year ?? ''])).toEqual([['Nov', '2031'], ['Dec', ''], ['Jan', '2032'], ['Feb', '']]);
  });
  it('merges rows past the limit: months into quarters, years into round spans', () => {
    const quarters = verticalRows([utc('2031-01-01'), utc('2035-01-01')], 'month');
    expect(quarters).toHaveLength(16);
    expect(quarters.slice(0, 5).map((r) => [r.label, r.year ?? ''])).toEqual([['Jan–Mar', '2031'], ['Apr–Jun', ''], ['Jul–Sep', ''], ['Oct–Dec', ''], ['Jan–Mar', '2032']]);
    const spans = verticalRows([utc('1903-01-01'), utc('2031-01-01')], 'year');
    expect(spans.map((r) => r.label).slice(0, 3)).toEqual(['1903–1904', '1905–1909', '1910–1914']);
    expect(spans.at(-1)!.label).toBe('2030');
    expect(spans.length).toBeLessThanOrEqual(36);
  });
});
