import { describe, expect, it } from 'vitest';
import type { KbEvent } from '../../src/knowledge/knowledge-base.ts';
import type { TimelineMark } from '../../src/views/geometry/timeline-layout.ts';
import type { YearGroup } from '../../src/views/geometry/timeline-view.ts';
import { timelineLinks, yearRangeLabel, yearTimeline } from '../../src/views/timeline-page.ts';

const mark = (value: string) => ({ value }) as TimelineMark<KbEvent>;
const year = (key: string, values: string[]): YearGroup => ({ key, label: key, marks: values.map(mark), events: values.length });

describe('the timeline pages', () => {
  const years = [year('2031', ['2031-03-04', '2031-Q2']), year('2032', ['2032'])];

  it('link a mark with several events to its date in the table, on its year’s page when the table is paged', () => {
    expect(timelineLinks({ years, paged: true }).groupHref!('2031-Q2')).toBe('/timeline/2031/#when-2031-Q2');
    expect(timelineLinks({ years, paged: false }).groupHref).toBeUndefined();
  });

  it('link a year on the axis to its page or its section, and a year without events to the table', () => {
    expect(['2032', '2040'].map(timelineLinks({ years, paged: true }).yearHref)).toEqual(['/timeline/2032/', '#events-table']);
    expect(['2032', '2040'].map(timelineLinks({ years, paged: false }).yearHref)).toEqual(['#year-2032', '#events-table']);
  });

  it('name the range drawn by its years, its end exclusive', () => {
    expect(yearRangeLabel([Date.UTC(2031, 0, 1), Date.UTC(2033, 0, 1)])).toBe('2031–2032');
    expect(yearRangeLabel([Date.UTC(2031, 0, 1), Date.UTC(2032, 0, 1)])).toBe('2031');
  });

  it('draw no overview for the decades and centuries page', () => {
    expect(yearTimeline(year('decades', []))).toBeUndefined();
  });
});
