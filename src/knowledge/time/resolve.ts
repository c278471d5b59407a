import { addDays, addMonths, formatDay, formatWeek, isoWeekday, pad, type Ymd } from './calendar.ts';
import type { Unit } from './lexicon.ts';
import type { AnaphoricSpec, ClockSpec, DeicticSpec, PartialSpec, TimeSpec } from './spec.ts';
import type { Tense } from './tense.ts';
import type { Precision, TimexType } from '../types.ts';

export interface Resolved {
  value: string;
  type: TimexType;
  precision: Precision;
  relative?: boolean;
}

export interface Anchors {
  /** Document creation time: the article's published date. */
  dct: Ymd | null;
  /** The last date the text mentioned, for "the following day", "a year earlier". */
  reference: Ymd | null;
  referencePrecision: Precision | null;
  /** A day named in the same sentence, for clock times. */
  sentenceDay: Ymd | null;
  /** The last day-precision date the text mentioned. */
  lastDay: Ymd | null;
  tense: Tense;
  /** Where the sentence's earlier dates sit relative to the DCT: "from tomorrow night into Friday morning" points forward. */
  sentenceDirection: Tense;
}

const UNRESOLVED: Record<Unit, string> = {
  second: 'XXXX-XX-XXTXX:XX:XX', minute: 'XXXX-XX-XXTXX:XX', hour: 'XXXX-XX-XXTXX', day: 'XXXX-XX-XX', week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

const PRECISION: Partial<Record<Unit, Precision>> = {
  day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', half: 'half', year: 'year', decade: 'decade', century: 'century',
};

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];
const seasonOfMonth = (month: number) => SEASON_ORDER[Math.floor((month % 12) / 3)]!;

const unresolved = (value: string, type: TimexType = 'DATE'): Resolved => ({ value, type, precision: 'relative', relative: true });

/** The calendar position `offset` units away from `anchor`, at that unit's granularity. */
export function shift(anchor: Ymd, unit: Unit, offset: number): string {
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, offset));
    case 'week': return formatWeek(addDays(anchor, 7 * offset));
    case 'weekend': return `${formatWeek(addDays(anchor, 7 * offset))}-WE`;
    case 'month': { const m = addMonths(anchor.year, anchor.month, offset); return `${pad(m.year, 4)}-${pad(m.month)}`; }
    case 'quarter': { const m = addMonths(anchor.year, anchor.month, 3 * offset); return `${pad(m.year, 4)}-Q${Math.ceil(m.month / 3)}`; }
    case 'half': { const m = addMonths(anchor.year, anchor.month, 6 * offset); return `${pad(m.year, 4)}-H${m.month <= 6 ? 1 : 2}`; }
    case 'year': return pad(anchor.year + offset, 4);
    case 'decade': return `${Math.floor(anchor.year / 10) + offset}X`;
    case 'century': return pad(Math.floor(anchor.year / 100) + offset);
    default: return formatDay(anchor); // seconds to hours: the day is what we can say
  }
}

function resolveDeictic(spec: DeicticSpec, a: Anchors): Resolved {
  const precision = PRECISION[spec.unit] ?? 'day';
  if (!a.dct) return unresolved(UNRESOLVED[spec.unit] + (spec.part ? `T${spec.part}` : ''), spec.part ? 'TIME' : 'DATE');
  const value = shift(a.dct, spec.unit, spec.offset);
  return spec.part ? { value: `${value}T${spec.part}`, type: 'TIME', precision: 'hour' } : { value, type: 'DATE', precision };
}

const GRANULARITY: Precision[] = ['century', 'decade', 'year', 'half', 'quarter', 'month', 'week', 'day'];

function resolveAnaphoric(spec: AnaphoricSpec, a: Anchors): Resolved {
  const unitPrecision = PRECISION[spec.unit] ?? 'day';
  // The reference must be at least as fine as the unit ("the following day" needs a day).
  const fineEnough = a.reference && a.referencePrecision && GRANULARITY.indexOf(a.referencePrecision) >= GRANULARITY.indexOf(unitPrecision);
  const anchor = fineEnough ? a.reference : a.dct;
  if (!anchor) return unresolved(UNRESOLVED[spec.unit]);
  const value = shift(anchor, spec.unit, spec.offset);
  return spec.part ? { value: `${value}T${spec.part}`, type: 'TIME', precision: 'hour' } : { value, type: 'DATE', precision: unitPrecision };
}

/** Year for a month (and day) without one: the occurrence the modifier or the tense points at. */
function yearFor(month: number, day: number, spec: PartialSpec, a: Anchors, dct: Ymd): number {
  if (spec.yearOffset !== undefined) return dct.year + spec.yearOffset;
  const here = month * 100 + day;
  const now = dct.month * 100 + (day ? dct.day : 0);
  if (spec.year !== undefined) return spec.year;
  // Narrative continuity: "the army moved on November 15, 2017 … he resigned on November 21" stays in 2017
  // when that reading falls between the last explicit date and the DCT.
  const ref = a.reference;
  if (ref && a.tense <= 0 && (a.referencePrecision === 'day' || a.referencePrecision === 'month') && ref.year < dct.year) {
    const at = ref.year * 10000 + month * 100 + day;
    if (at >= ref.year * 10000 + ref.month * 100 + (day ? ref.day : 0) && at <= dct.year * 10000 + dct.month * 100 + dct.day) return ref.year;
  }
  const direction = spec.direction ?? (month === dct.month ? 0 : a.tense !== 0 ? a.tense : a.sentenceDirection);
  if (direction < 0) return here > now || (spec.direction === -1 && here === now) ? dct.year - 1 : dct.year;
  if (direction > 0) return here < now || (spec.direction === 1 && here === now) ? dct.year + 1 : dct.year;
  return dct.year;
}

function resolvePartial(spec: PartialSpec, a: Anchors): Resolved {
  const suffix = spec.part ? `T${spec.part}` : '';
  const type: TimexType = spec.part ? 'TIME' : 'DATE';
  const dct = a.dct;
  if (spec.weekday !== undefined && spec.month === undefined) {
    if (!dct) return unresolved(`XXXX-WXX-${spec.weekday}${suffix}`, type);
    const diff = spec.weekday - isoWeekday(dct);
    const direction = spec.direction ?? (a.tense !== 0 ? a.tense : a.sentenceDirection > 0 ? 1 : -1);
    let delta: number;
    if (direction === 0) delta = diff; // "this Friday": the one in the current week
    else if (direction > 0) delta = spec.direction === 1 ? (diff <= 0 ? diff + 7 : diff) : diff < 0 ? diff + 7 : diff;
    else delta = spec.direction === -1 ? (diff >= 0 ? diff - 7 : diff) : diff > 0 ? diff - 7 : diff;
    return { value: formatDay(addDays(dct, delta)) + suffix, type, precision: spec.part ? 'hour' : 'day' };
  }
  if (spec.month !== undefined) {
    const tail = `${pad(spec.month)}${spec.day ? `-${pad(spec.day)}` : ''}`;
    if (!dct && spec.year === undefined) return unresolved(`XXXX-${tail}${suffix}`, type);
    const year = dct ? yearFor(spec.month, spec.day ?? 0, spec, a, dct) : spec.year!;
    if (spec.nth !== undefined && spec.weekday !== undefined) return { value: formatDay(nthWeekday(year, spec.month, spec.weekday, spec.nth)), type: 'DATE', precision: 'day' };
    if (spec.week && spec.day) return { value: formatWeek({ year, month: spec.month, day: spec.day }), type: 'DATE', precision: 'week' };
    return { value: `${pad(year, 4)}-${tail}${suffix}`, type, precision: spec.part ? 'hour' : spec.day ? 'day' : 'month' };
  }
  if (spec.part !== undefined) {
    // "in the morning": the day the sentence names; in past narration, the day last mentioned or else the
    // article's own date. In present or future tense it is habitual ("clients come in the morning"): no day, but
    // in a dated article not relative to publication either. Only an undated article leaves it relative.
    const day = a.sentenceDay ?? (a.tense < 0 ? a.lastDay ?? a.dct : null);
    if (day) return { value: `${formatDay(day)}${suffix}`, type: 'TIME', precision: 'hour' };
    if (a.dct) return { value: `XXXX-XX-XX${suffix}`, type: 'TIME', precision: 'hour' };
    return unresolved(`XXXX-XX-XX${suffix}`, 'TIME');
  }
  if (spec.quarter !== undefined) {
    const anchor = a.reference && a.referencePrecision !== 'century' && a.referencePrecision !== 'decade' ? a.reference : dct;
    if (!anchor) return unresolved(`XXXX-Q${spec.quarter}`);
    let year = anchor.year;
    if (anchor === dct && a.tense < 0 && spec.quarter > Math.ceil(dct.month / 3)) year -= 1;
    return { value: `${pad(year, 4)}-Q${spec.quarter}`, type: 'DATE', precision: 'quarter' };
  }
  if (spec.season !== undefined) {
    if (!dct) return unresolved(`XXXX-${spec.season}`);
    const current = SEASON_ORDER.indexOf(seasonOfMonth(dct.month));
    const wanted = SEASON_ORDER.indexOf(spec.season);
    let year = dct.year;
    const direction = spec.direction ?? a.tense;
    if (direction < 0 && wanted >= current && spec.direction === -1) year -= 1;
    else if (direction < 0 && wanted > current) year -= 1;
    else if (direction > 0 && wanted < current) year += 1;
    return { value: `${pad(year, 4)}-${spec.season}`, type: 'DATE', precision: 'quarter' };
  }
  return unresolved('XXXX');
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): Ymd {
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1));
}

function resolveClock(spec: ClockSpec, a: Anchors): Resolved {
  const time = `${pad(spec.hour === 24 ? 0 : spec.hour)}:${pad(spec.minute ?? 0)}${spec.second !== undefined ? `:${pad(spec.second)}` : ''}`;
  const written = spec.day ? resolveSpec(spec.day, a) : null;
  const writtenDay = written && /^\d{4}-\d{2}-\d{2}/.test(written.value) ? written.value.slice(0, 10) : null;
  if (writtenDay) return { value: `${writtenDay}T${time}`, type: 'TIME', precision: 'minute' };
  const day = a.sentenceDay ?? a.lastDay ?? a.dct;
  if (!day) return unresolved(`XXXX-XX-XXT${time}`, 'TIME');
  return { value: `${formatDay(spec.hour === 24 ? addDays(day, 1) : day)}T${time}`, type: 'TIME', precision: 'minute' };
}

export function resolveSpec(spec: TimeSpec, anchors: Anchors): Resolved {
  switch (spec.kind) {
    case 'absolute': return { value: spec.value, type: spec.type, precision: spec.precision };
    case 'deictic': return resolveDeictic(spec, anchors);
    case 'anaphoric': return resolveAnaphoric(spec, anchors);
    case 'partial': return resolvePartial(spec, anchors);
    case 'clock': return resolveClock(spec, anchors);
  }
}
