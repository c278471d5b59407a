import { describe, expect, it } from 'vitest';
import type { KbEvent } from '../../src/knowledge/knowledge-base.ts';
import { binLabel, countLabel, timelineChart } from '../../src/views/geometry/timeline-chart.ts';
import type { TimelineLayout } from '../../src/views/geometry/timeline-layout.ts';

/** A layout with no marks: the chart's frame alone, over one calendar year. */
function emptyYear(year: number, rowsHeight: number): TimelineLayout<KbEvent> {
  const domain: [number, number] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  return { width: 960, rowsHeight, rows: 0, domain, extent: domain, marks: [], ticks: [], before: 0, after: 0, unplaced: [] };
}

describe('timelineChart', () => {
  it('stacks label lanes, density strip, rows and axis from the top, lower on the glance', () => {
    const full = timelineChart(emptyYear(2031, 36), new Map(), { rowHeight: 18, compact: false });
    // 4 + 4 lanes × 19 + 6 = 86 to the strip; 42 strip + 6 gap = 134 to the rows; 36 rows + 6 = 176 to the axis; 28 axis.
    expect([full.lanes, full.histTop, full.histHeight, full.axisY, full.height]).toEqual([4, 86, 42, 176, 204]);
    expect(full.rowY(1)).toBe(134 + 18 + 9);
    expect(full.laneBaseline(0)).toBe(80);
    const glance = timelineChart(emptyYear(2031, 36), new Map(), { rowHeight: 14, compact: true });
    expect([glance.lanes, glance.histTop, glance.histHeight, glance.axisY, glance.height]).toEqual([3, 67, 30, 145, 173]);
  });

  it('draws a year on a phone as twelve month rows under one year heading', () => {
    const chart = timelineChart(emptyYear(2031, 36), new Map(), { rowHeight: 18, compact: false });
    expect(chart.unit).toBe('month');
    expect(chart.vRows.map((row) => row.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(chart.vRows[0]).toMatchObject({ year: '2031', head: 4, top: 26 });
    expect(chart.vRows[1]).toMatchObject({ top: 48 });
    // 4 + 22 heading + 12 rows × 22 + 6.
    expect(chart.vHeight).toBe(296);
    expect(chart.vLabels).toEqual([]);
    expect(chart.vBin(Date.UTC(2031, 0, 1))).toBe(0);
  });
});

describe('binLabel and countLabel', () => {
  it('name a bin at its own unit and count its events', () => {
    expect(binLabel(Date.UTC(2031, 2, 3), 'week')).toBe('week of 3 March 2031');
    expect(binLabel(Date.UTC(2031, 2, 1), 'month')).toBe('March 2031');
    expect(binLabel(Date.UTC(2031, 0, 1), 'year')).toBe('2031');
    expect([countLabel(1), countLabel(4)]).toEqual(['1 event', '4 events']);
  });
});
