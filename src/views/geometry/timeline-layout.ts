// Build-time timeline layout: one UTC axis, each date drawn at its precision (a day is a point, a
// month or a year is a bar), dates that name no fixed time kept apart, marks packed into rows.
import { scaleUtc } from 'd3-scale';
import { isPointInterval, timexInterval, type TimeInterval } from './timex.ts';

export interface DatedItem {
  date: string | null;
}

/** Every item with one TIMEX value shares one mark, so thousands of events stay a few hundred shapes. */
export interface TimelineMark<T> {
  value: string;
  interval: TimeInterval;
  kind: 'point' | 'span';
  items: T[];
  x: number;
  /** Right edge; equals x for points. */
  x2: number;
  row: number;
}

export interface TimelineTick {
  x: number;
  time: number;
  label: string;
}

export interface TimelineLayout<T> {
  width: number;
  /** Height of the rows area (the axis sits below it). */
  rowsHeight: number;
  rows: number;
  /** The range drawn by default, [start, end) in ms. */
  domain: [number, number];
  /** The range of every placed mark, for an "all time" view. */
  extent: [number, number];
  marks: TimelineMark<T>[];
  ticks: TimelineTick[];
  /** Marks left or right of the default range (reachable by zooming out, and in the table). */
  before: number;
  after: number;
  /** Items whose date is null or names no fixed stretch of time (PRESENT_REF, XXXX-03). */
  unplaced: T[];
}

export interface TimelineOptions {
  width: number;
  marginLeft?: number;
  marginRight?: number;
  rowHeight?: number;
  maxRows?: number;
  /** Room a point needs, in px, so two points in one row never touch. */
  pointRadius?: number;
  /** Share of marks the default range must hold before outliers are left outside it. */
  coreShare?: number;
  /**
   * The range the story itself covers (e.g. its articles' publication dates): when given, the default
   * range is this range widened to whole years, and everything else is reached by zooming out.
   */
  focus?: [number, number];
}


/**
 * The shortest range holding `share` of the marks, widened to whole years; the full extent when it is
 * not much wider. Keeps a stray "in 1945" from squeezing two busy years into a sliver. `weights` counts
 * the events of each mark (1 each when not given): a busy day weighs as its events do, so a century of
 * years mentioned once each ("in 1908", "in 1963") does not outweigh the two years the news is about.
 */
export function coreDomain(intervals: TimeInterval[], share: number, weights: readonly number[] = []): [number, number] {
  const fullStart = intervals.reduce((low, i) => Math.min(low, i.start), Infinity);
  const fullEnd = intervals.reduce((high, i) => Math.max(high, i.end), -Infinity);
  const sorted = intervals.map((interval, k) => ({ interval, weight: weights[k] ?? 1 }))
    .sort((a, b) => a.interval.start + a.interval.end - (b.interval.start + b.interval.end));
  const total = sorted.reduce((n, m) => n + m.weight, 0);
  // At least one mark, whatever the share.
  const needed = Math.max(sorted.reduce((least, m) => Math.min(least, m.weight), Infinity), total * share);
  let best: [number, number] = [fullStart, fullEnd];
  // Each window of consecutive marks, from each first one, as short as holds `needed` events.
  for (let i = 0, j = 0, held = 0; i < sorted.length; held -= sorted[i]!.weight, i += 1) {
    while (j < sorted.length && held < needed) held += sorted[j++]!.weight;
    if (held < needed) break;
    let start = Infinity;
    let end = -Infinity;
    for (let k = i; k < j; k += 1) {
      start = Math.min(start, sorted[k]!.interval.start);
      end = Math.max(end, sorted[k]!.interval.end);
    }
    if (end - start < best[1] - best[0]) best = [start, end];
  }
  if ((fullEnd - fullStart) <= 3 * (best[1] - best[0]) || best[1] - best[0] <= 0) return [fullStart, fullEnd];
  const startYear = new Date(best[0]).getUTCFullYear();
  const endYear = new Date(best[1] - 1).getUTCFullYear() + 1;
  return [Date.UTC(startYear, 0, 1), Date.UTC(endYear, 0, 1)];
}

/** The focus range widened to whole years, or the full extent when that is not much wider. */
export function focusDomain(focus: [number, number], extent: [number, number]): [number, number] {
  const start = Date.UTC(new Date(focus[0]).getUTCFullYear(), 0, 1);
  const end = Date.UTC(new Date(focus[1]).getUTCFullYear() + 1, 0, 1);
  return extent[1] - extent[0] <= 3 * (end - start) ? extent : [start, end];
}

/** Greedy row packing: each mark takes the first row whose last mark ends before it starts. */
export function assignRows(spans: { x: number; x2: number }[], maxRows: number, gap: number): number[] {
  const rowEnds: number[] = [];
  return spans.map(({ x, x2 }) => {
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row === -1) {
      if (rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
      // Full: overlap in the row that frees up first, rather than growing without bound.
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row]!, x2);
    return row;
  });
}

export function layoutTimeline<T extends DatedItem>(items: T[], options: TimelineOptions): TimelineLayout<T> {
  const { width, marginLeft = 16, marginRight = 16, rowHeight = 18, maxRows = 12, pointRadius = 5, coreShare = 0.9, focus } = options;
  const byValue = new Map<string, { interval: TimeInterval; items: T[] }>();
  const unplaced: T[] = [];
  for (const item of items) {
    const interval = item.date ? timexInterval(item.date) : null;
    if (!item.date || !interval) {
      unplaced.push(item);
      continue;
    }
    const group = byValue.get(item.date) ?? { interval, items: [] };
    group.items.push(item);
    byValue.set(item.date, group);
  }
  // Order by start, longer spans first, then by value: the result never depends on input order.
  const groups = [...byValue.entries()].sort(([va, a], [vb, b]) => a.interval.start - b.interval.start || b.interval.end - a.interval.end || (va < vb ? -1 : va > vb ? 1 : 0));
  if (groups.length === 0) {
    return { width, rowsHeight: 0, rows: 0, domain: [0, 0], extent: [0, 0], marks: [], ticks: [], before: 0, after: 0, unplaced };
  }
  const intervals = groups.map(([, g]) => g.interval);
  const extent: [number, number] = [intervals.reduce((low, i) => Math.min(low, i.start), Infinity), intervals.reduce((high, i) => Math.max(high, i.end), -Infinity)];
  const domain = focus ? focusDomain(focus, extent) : coreDomain(intervals, coreShare, groups.map(([, g]) => g.items.length));
  const scale = scaleUtc().domain(domain).range([marginLeft, width - marginRight]);
  const geometry = groups.map(([value, g]) => {
    const kind: 'point' | 'span' = isPointInterval(g.interval) ? 'point' : 'span';
    const x = kind === 'point' ? scale((g.interval.start + g.interval.end) / 2) : scale(g.interval.start);
    const x2 = kind === 'point' ? x : Math.max(scale(g.interval.end), x + 2);
    return { value, g, kind, x, x2 };
  });
  const rows = assignRows(geometry.map(({ x, x2 }) => ({ x: x - pointRadius, x2: x2 + pointRadius })), maxRows, 2);
  const marks: TimelineMark<T>[] = geometry.map(({ value, g, kind, x, x2 }, i) => ({
    value, interval: g.interval, kind, items: g.items, x: round(x), x2: round(x2), row: rows[i]!,
  }));
  const rowCount = rows.reduce((high, row) => Math.max(high, row), -1) + 1;
  const format = scale.tickFormat();
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110))).map((t) => ({ x: round(scale(t)), time: t.getTime(), label: format(t) }));
  return {
    width, rowsHeight: rowCount * rowHeight, rows: rowCount, domain, extent, marks, ticks,
    before: marks.filter((m) => m.interval.end <= domain[0]).length,
    after: marks.filter((m) => m.interval.start >= domain[1]).length,
    unplaced,
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

