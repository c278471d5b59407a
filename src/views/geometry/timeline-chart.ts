// The geometry of the timeline overview (TimelineChart.astro), computed at build time: the density
// strip, the labelled key events, the marks and the axis of the horizontal drawing, and the rows,
// counts and labels of the vertical one a phone shows. Pure: the component only draws what this returns.
import { scaleUtc } from 'd3-scale';
import type { KbEvent } from '../../knowledge/knowledge-base.ts';
import { plural } from '../plural.ts';
import { assignRows, type TimelineLayout, type TimelineMark } from './timeline-layout.ts';
import { axisTicks, binUnit, densityBins, overviewCandidates, placeLabels, textWidth, verticalRows, type BinUnit, type DensityBin, type OverviewCandidate } from './timeline-overview.ts';
import type { EntityLookup } from './timeline-view.ts';

export const TIMELINE_FONT = 12.5;

/** What both drawings share: the marks inside the range drawn, their density bins and the label candidates. */
interface Overview {
  layout: TimelineLayout<KbEvent>;
  inDomain: TimelineMark<KbEvent>[];
  unit: BinUnit;
  bins: DensityBin[];
  candidates: OverviewCandidate[];
}

/** "3 events", "1 event": a bin's or a row's count. */
export const countLabel = (n: number): string => plural(n, 'event');

/** A density bin's period: "2020", "March 2020" or "week of 2 March 2020". */
export function binLabel(start: number, unit: BinUnit): string {
  const d = new Date(start);
  const month = d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return unit === 'year' ? String(d.getUTCFullYear()) : unit === 'month' ? `${month} ${d.getUTCFullYear()}` : `week of ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

function overview(layout: TimelineLayout<KbEvent>, entities: EntityLookup): Overview {
  const domain = layout.domain;
  const inDomain = layout.marks.filter((m) => m.interval.end > domain[0] && m.interval.start < domain[1]);
  const unit = binUnit(domain);
  const bins = densityBins(inDomain.map((m) => ({ start: m.interval.start, end: m.interval.end, count: m.items.length })), domain, unit);
  // The briefing's key entities: the most mentioned, whose events are labelled first after corroboration.
  const keyEntities = new Set([...entities.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1)).slice(0, 12).map((e) => e.id));
  const candidates = overviewCandidates(inDomain, (id) => entities.get(id)?.name, keyEntities);
  return { layout, inDomain, unit, bins, candidates };
}

/** The horizontal drawing: label lanes, density strip, marks in rows, and an axis naming every year. */
function horizontal({ layout, bins, candidates }: Overview, rowHeight: number, compact: boolean) {
  const W = layout.width;
  const [left, right] = [16, W - 16];
  const domain = layout.domain;
  const scale = scaleUtc().domain(domain).range([left, right]);
  const lanes = compact ? 3 : 4;
  const laneHeight = 19;
  const labelsTop = 4;
  const histTop = labelsTop + lanes * laneHeight + 6;
  const histHeight = compact ? 30 : 42;
  const marksTop = histTop + histHeight + 6;
  const axisY = marksTop + layout.rowsHeight + 6;
  const sized = candidates.map((c) => ({ ...c, anchor: Math.round(scale(c.time) * 10) / 10, width: textWidth(c.text, TIMELINE_FONT) }));
  const placed = new Map(placeLabels(sized.map((c) => ({ id: c.value, anchor: c.anchor, width: c.width, score: c.score })), { left: 2, right: W - 2, lanes }).map((p) => [p.id, p]));
  const ticks = axisTicks(domain, right - left, TIMELINE_FONT)
    .map((t) => ({ ...t, x: Math.round(scale(t.time) * 10) / 10 }))
    // A year label starts at its boundary; one that would run off the right edge is left out.
    .filter((t) => (t.year ? t.x + 4 + textWidth(t.label, TIMELINE_FONT) <= W : t.x - textWidth(t.label, TIMELINE_FONT) / 2 >= 0 && t.x + textWidth(t.label, TIMELINE_FONT) / 2 <= W));
  return {
    W,
    left,
    right,
    scale,
    maxBin: Math.max(1, ...bins.map((b) => b.count)),
    lanes,
    labelsTop,
    histTop,
    histHeight,
    rowY: (row: number) => marksTop + row * rowHeight + rowHeight / 2,
    axisY,
    height: axisY + 28,
    laneBaseline: (lane: number) => histTop - 6 - lane * laneHeight,
    sized,
    placed,
    ticks,
  };
}

/** The vertical drawing: one row per bin, each year headed by its year; marks in columns beside them. */
function vertical({ layout, inDomain, unit, bins, candidates }: Overview) {
  const domain = layout.domain;
  const VW = 340;
  const rowH = 22;
  const headH = 22;
  let cursor = 4;
  const vRows = verticalRows(domain, unit).map((row) => {
    const head = row.year ? cursor : undefined;
    if (row.year) cursor += headH;
    const top = cursor;
    cursor += rowH;
    return { ...row, top, head };
  });
  const vHeight = cursor + 6;
  const timeY = (t: number) => {
    const row = vRows.find((r) => r.start <= t && t < r.end);
    if (row) return row.top + ((t - row.start) / (row.end - row.start)) * rowH;
    return t < (vRows[0]?.start ?? 0) ? (vRows[0]?.top ?? 0) : (vRows.at(-1)?.top ?? 0) + rowH;
  };
  const vMarks = inDomain.map((mark) => {
    const start = Math.max(mark.interval.start, domain[0]);
    const end = Math.min(mark.interval.end, domain[1]);
    const y = mark.kind === 'point' ? timeY((mark.interval.start + mark.interval.end) / 2) : timeY(start);
    const y2 = mark.kind === 'point' ? y : Math.max(timeY(end), y + 3);
    return { mark, y: Math.round(y * 10) / 10, y2: Math.round(y2 * 10) / 10 };
  });
  const vCols = assignRows(vMarks.map(({ y, y2 }) => ({ x: y - 5, x2: y2 + 5 })), 5, 1);
  // Columns: the row names, the marks, the counts, the labels. The first is as wide as its longest name.
  const colsLeft = Math.max(50, 10 + Math.max(0, ...vRows.map((r) => textWidth(r.label, TIMELINE_FONT))));
  const [histLeft, histWidth] = [colsLeft + 52, 50];
  const vLabelLeft = histLeft + histWidth + 6;
  const vLabelRoom = VW - vLabelLeft - 4;
  /** The best label in each row, cut at a word (never inside one) when it is too long. */
  const fitWords = (text: string) => {
    const words = text.split(' ');
    while (words.length > 1 && textWidth(words.join(' '), TIMELINE_FONT) > vLabelRoom) words.pop();
    const fitted = words.join(' ');
    return textWidth(fitted, TIMELINE_FONT) <= vLabelRoom ? fitted : null;
  };
  const vLabels = vRows.flatMap((row) => {
    const best = candidates.find((c) => row.start <= c.time && c.time < row.end);
    const text = best ? fitWords(best.text) : null;
    return best && text ? [{ value: best.value, text, y: row.top + rowH / 2 + 4.5 }] : [];
  });
  // A row may hold several bins (a quarter, a span of years): it counts them all.
  const vCounts = new Map(vRows.map((row) => [row.start, bins.filter((b) => row.start <= b.start && b.start < row.end).reduce((n, b) => n + b.count, 0)]));
  return {
    VW,
    rowH,
    headH,
    vRows,
    vHeight,
    vMarks,
    vCols,
    colsLeft,
    histLeft,
    histWidth,
    vLabelLeft,
    vLabels,
    vMax: Math.max(1, ...vCounts.values()),
    vBin: (start: number) => vCounts.get(start) ?? 0,
  };
}

export interface TimelineChartOptions {
  rowHeight: number;
  /** The home page's glance: fewer label lanes and a lower density strip. */
  compact: boolean;
}

/** Everything the timeline overview draws, for both drawings. */
export function timelineChart(layout: TimelineLayout<KbEvent>, entities: EntityLookup, { rowHeight, compact }: TimelineChartOptions) {
  const shared = overview(layout, entities);
  return {
    inDomain: shared.inDomain,
    unit: shared.unit,
    bins: shared.bins,
    ...horizontal(shared, rowHeight, compact),
    ...vertical(shared),
  };
}
