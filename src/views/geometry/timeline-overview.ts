// The timeline overview's parts that need judgement: how finely to count events over time, which axis
// labels fit, what a key event's label says, and which labels fit without overlapping. Pure functions,
// used at build time (the server-rendered SVG) and in the browser (labels placed again after a zoom).
import verbForms from './verb-forms.json' with { type: 'json' };
import { textWidth } from './text-width.ts';

export { textWidth };

export type BinUnit = 'week' | 'month' | 'year';

const DAY = 86_400_000;

/** Weeks for a story of a few months, months up to a few years, years beyond. */
export function binUnit(domain: [number, number]): BinUnit {
  const days = (domain[1] - domain[0]) / DAY;
  if (days <= 150) return 'week';
  if (days <= 6 * 366) return 'month';
  return 'year';
}

/** The start of the bin holding `time`: a Monday (UTC) for weeks, the 1st for months, 1 January for years. */
export function binFloor(time: number, unit: BinUnit): number {
  const d = new Date(time);
  if (unit === 'year') return Date.UTC(d.getUTCFullYear(), 0, 1);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return day - ((d.getUTCDay() + 6) % 7) * DAY;
}

export function binNext(start: number, unit: BinUnit): number {
  const d = new Date(start);
  if (unit === 'year') return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return start + 7 * DAY;
}

export interface DensityBin {
  start: number;
  end: number;
  /** Events dated inside this bin, at its precision or finer. */
  count: number;
}

/**
 * Events per bin across `domain`. An event counts in the bin it falls in only when its date is at least as
 * precise as the bin (a day in a month bin; not a whole year in a month bin): coarser dates keep their bars.
 */
export function densityBins(dated: { start: number; end: number; count: number }[], domain: [number, number], unit: BinUnit): DensityBin[] {
  const bins: DensityBin[] = [];
  for (let start = binFloor(domain[0], unit); start < domain[1]; start = binNext(start, unit)) bins.push({ start, end: binNext(start, unit), count: 0 });
  for (const item of dated) {
    const bin = bins.find((b) => b.start <= item.start && item.end <= b.end);
    if (bin) bin.count += item.count;
  }
  return bins;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface AxisTick {
  time: number;
  label: string;
  /** A year boundary (or the year the axis starts in), drawn bold. */
  year: boolean;
}

/**
 * Axis ticks for `domain` drawn over `width` px: every year boundary labelled with its year (and the
 * starting year when the axis does not start on 1 January), then months or quarters where they fit.
 * When years alone are too dense, every second, fifth or tenth year is labelled.
 */
export function axisTicks(domain: [number, number], width: number, fontSize = 12): AxisTick[] {
  const span = domain[1] - domain[0];
  if (!(span > 0) || !(width > 0)) return [];
  const pxPerMs = width / span;
  const yearPx = 365.25 * DAY * pxPerMs;
  const room = fontSize * 3.2;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * yearPx >= room) ?? 100;
  const ticks: AxisTick[] = [];
  const first = new Date(domain[0]).getUTCFullYear();
  const last = new Date(domain[1]).getUTCFullYear();
  if (Date.UTC(first, 0, 1) < domain[0]) ticks.push({ time: domain[0], label: String(first), year: true });
  for (let year = first; year <= last; year += 1) {
    const time = Date.UTC(year, 0, 1);
    if (time < domain[0] || time > domain[1] || year % step !== 0) continue;
    // The start-of-axis year label would collide with this year's: keep the real boundary.
    if (ticks.length === 1 && ticks[0]!.time !== time && (time - ticks[0]!.time) * pxPerMs < room) ticks.pop();
    ticks.push({ time, label: String(year), year: true });
  }
  const monthPx = yearPx / 12;
  const months = monthPx >= fontSize * 2.6 ? 1 : monthPx * 3 >= fontSize * 2.6 ? 3 : 0;
  if (months > 0) {
    for (let t = binFloor(domain[0], 'month'); t <= domain[1]; t = binNext(t, 'month')) {
      const month = new Date(t).getUTCMonth();
      if (t < domain[0] || month === 0 || month % months !== 0) continue;
      // Never crowd a year label (it starts at its boundary and runs right).
      if (ticks.some((tick) => tick.year && Math.abs(tick.time - t) * pxPerMs < fontSize * 4.4)) continue;
      ticks.push({ time: t, label: MONTHS_SHORT[month]!, year: false });
    }
  }
  return ticks.sort((a, b) => a.time - b.time);
}

const VERB_FORMS = verbForms as Record<string, string>;

/** "hold" → "holds", "carry" → "carries", "push" → "pushes"; irregular forms from verb-forms.json. */
export function thirdPerson(lemma: string): string {
  const irregular = VERB_FORMS[lemma];
  if (irregular) return irregular;
  if (/(s|sh|ch|x|z|o)$/u.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** The verb as the clause writes it ("held", "elected", "announces"), else the lemma in the present tense. */
export function verbAsWritten(lemma: string, clause: string): string {
  const stem = lemma.replace(/e$|y$/u, '');
  const words = clause.match(/\p{L}+/gu) ?? [];
  const written = words.find((w) => w.toLowerCase().startsWith(stem.toLowerCase()) && w.length <= lemma.length + 3 && /^\p{Ll}/u.test(w));
  return written ?? thirdPerson(lemma);
}

/** A key event's label: its subject (or first entity) and its verb, "Iowa held"; null when it names no entity. */
export function eventLabel(event: { subject: string[]; entities: string[]; action: string[]; clause: string }, nameOf: (id: string) => string | undefined): string | null {
  const who = [...event.subject, ...event.entities].map(nameOf).find((name) => name !== undefined);
  if (!who) return null;
  const lemma = event.action[0];
  return lemma ? `${who} ${verbAsWritten(lemma, event.clause)}` : who;
}

export interface LabelCandidate {
  id: string;
  /** Where the event sits on the axis, in px. */
  anchor: number;
  width: number;
  /** Higher is placed first. */
  score: number;
}

export interface PlacedLabel {
  id: string;
  /** Left edge, in px. */
  x: number;
  lane: number;
  anchor: number;
}

/**
 * Greedy placement, most important first: each label starts at its event (or ends there when it would
 * run past the right edge) and takes the first lane, nearest the axis first, where it touches no label
 * already placed. A label that fits in no lane is dropped.
 */
export function placeLabels(candidates: LabelCandidate[], bounds: { left: number; right: number; lanes: number; gap?: number }): PlacedLabel[] {
  const { left, right, lanes, gap = 8 } = bounds;
  const taken: { x: number; x2: number }[][] = Array.from({ length: lanes }, () => []);
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.score - a.score || a.anchor - b.anchor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const label of order) {
    if (label.anchor < left || label.anchor > right || label.width > right - left) continue;
    let x = label.anchor - 2;
    if (x + label.width > right) x = label.anchor + 2 - label.width;
    x = Math.max(left, Math.min(x, right - label.width));
    const x2 = x + label.width;
    const lane = taken.findIndex((row) => row.every((other) => x2 + gap <= other.x || other.x2 + gap <= x));
    if (lane === -1) continue;
    taken[lane]!.push({ x, x2 });
    placed.push({ id: label.id, x, lane, anchor: label.anchor });
  }
  return placed;
}

export interface OverviewCandidate {
  /** The mark's TIMEX value, which the label stands for. */
  value: string;
  text: string;
  score: number;
  /** Where the label points, in ms: a point's middle, a span's start. */
  time: number;
  /** The entity the label names. */
  who: string;
}

/**
 * One label candidate per mark, from its most important event: the most corroborated first, then those
 * about the briefing's key entities, then marks holding many events. At most `limit`, best first.
 */
export function overviewCandidates<E extends { subject: string[]; entities: string[]; action: string[]; clause: string; sources: number }>(
  marks: { value: string; kind: 'point' | 'span'; interval: { start: number; end: number }; items: E[] }[],
  nameOf: (id: string) => string | undefined,
  keyEntities: Set<string>,
  limit = 160,
): OverviewCandidate[] {
  const weight = (e: E) => e.sources * 10 + (e.action.length > 0 ? 4 : 0) + (e.subject.some((id) => keyEntities.has(id)) ? 6 : e.entities.some((id) => keyEntities.has(id)) ? 3 : 0);
  const candidates: OverviewCandidate[] = [];
  for (const mark of marks) {
    const labelled = mark.items.flatMap((e) => {
      const text = eventLabel(e, nameOf);
      const who = [...e.subject, ...e.entities].map(nameOf).find((name) => name !== undefined);
      return text && who ? [{ e, text, who }] : [];
    });
    if (labelled.length === 0) continue;
    const best = labelled.reduce((a, b) => (weight(b.e) > weight(a.e) || (weight(b.e) === weight(a.e) && b.text < a.text) ? b : a));
    const score = weight(best.e) + Math.log2(mark.items.length);
    const time = mark.kind === 'point' ? (mark.interval.start + mark.interval.end) / 2 : mark.interval.start;
    candidates.push({ value: mark.value, text: best.text, score: Math.round(score * 100) / 100, time, who: best.who });
  }
  candidates.sort((a, b) => b.score - a.score || a.time - b.time || (a.value < b.value ? -1 : 1));
  // The same label again says less each time: "Donald Trump appointed" after three other Donald Trump labels
  // gives way to another entity's event. A label without a verb gives way too.
  const seen = new Map<string, number>();
  for (const candidate of candidates) {
    const who = candidate.who;
    const times = seen.get(who) ?? 0;
    seen.set(who, times + 1);
    candidate.score = Math.round((candidate.score - 4 * times - (candidate.text === who ? 8 : 0)) * 100) / 100;
  }
  return candidates.sort((a, b) => b.score - a.score || a.time - b.time || (a.value < b.value ? -1 : 1)).slice(0, limit);
}

export interface VerticalRow {
  start: number;
  end: number;
  /** "Mar", "3 Mar" or "2024". */
  label: string;
  /** Set on the first row and on each row that starts a year: the year to head it with. */
  year?: string;
}

/**
 * The rows of the vertical overview: one per bin, each year's first row headed by the year. Past
 * `maxRows` bins, rows merge so a phone never scrolls through a century: months into quarters, years into
 * spans of 2, 5, 10 or more years ("1990–1994").
 */
export function verticalRows(domain: [number, number], unit: BinUnit, maxRows = 36): VerticalRow[] {
  const bins: { start: number; end: number }[] = [];
  for (let start = binFloor(domain[0], unit); start < domain[1]; start = binNext(start, unit)) bins.push({ start, end: binNext(start, unit) });
  const years = (t: number) => new Date(t).getUTCFullYear();
  let group = 1;
  if (bins.length > maxRows) {
    if (unit === 'month') group = 3;
    else if (unit === 'year') group = [2, 5, 10, 20, 50, 100].find((n) => Math.ceil(bins.length / n) <= maxRows) ?? 100;
  }
  const rows: VerticalRow[] = [];
  let lastYear = '';
  for (let i = 0; i < bins.length; ) {
    // Groups of years start on a round year (1990, 1995), quarters on January, April, July, October.
    const first = bins[i]!;
    let j = i + 1;
    const boundary = (b: { start: number }) => (unit === 'year' ? years(b.start) % group === 0 : unit === 'month' ? new Date(b.start).getUTCMonth() % group === 0 : true);
    while (j < bins.length && j - i < group && !boundary(bins[j]!)) j += 1;
    const last = bins[j - 1]!;
    const d = new Date(Math.max(first.start, domain[0]));
    const year = String(d.getUTCFullYear());
    const label = unit === 'year'
      ? (j - i > 1 ? `${years(first.start)}–${years(last.start)}` : year)
      : unit === 'month'
        ? (j - i > 1 ? `${MONTHS_SHORT[d.getUTCMonth()]}–${MONTHS_SHORT[new Date(last.start).getUTCMonth()]}` : MONTHS_SHORT[d.getUTCMonth()]!)
        : `${d.getUTCDate()} ${MONTHS_SHORT[d.getUTCMonth()]}`;
    rows.push({ start: first.start, end: last.end, label, ...(year !== lastYear && unit !== 'year' ? { year } : {}) });
    lastYear = year;
    i = j;
  }
  return rows;
}
