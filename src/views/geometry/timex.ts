// TIMEX3 values → half-open UTC intervals [start, end), so a timeline can draw each date at its own precision.
// Pure: no clock, no locale. A value that names no fixed stretch of time (PRESENT_REF, XXXX-03, P3M) gives null.

export type IntervalPrecision = 'instant' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface TimeInterval {
  /** Inclusive start, milliseconds since the epoch (UTC). */
  start: number;
  /** Exclusive end, milliseconds since the epoch (UTC). */
  end: number;
  precision: IntervalPrecision;
}

const utc = (year: number, monthIndex = 0, day = 1): number => {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
};

/** Month index where each season starts (meteorological, northern hemisphere, as TIMEX3 conventionally reads them). */
const SEASON_START: Record<string, number> = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 };

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && new Date(utc(year, month - 1, day)).getUTCMonth() === month - 1;
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = utc(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * 86_400_000;
}

/** Parse a TIMEX3 date value into the stretch of time it covers, or null when it covers no fixed stretch. */
export function timexInterval(value: string): TimeInterval | null {
  const v = value.trim();
  let m: RegExpExecArray | null;

  // 2024-02-03 or 2024-02-03T14:30 (a time of day is drawn as a point on its day).
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/u.exec(v))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDay(year, month, day)) return null;
    const start = utc(year, month - 1, day);
    return { start, end: utc(year, month - 1, day + 1), precision: m[4] ? 'instant' : 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})$/u.exec(v))) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    if (week < 1 || week > 53) return null;
    const start = isoWeekOneMonday(year) + (week - 1) * 7 * 86_400_000;
    if (week === 53 && isoWeekOneMonday(year + 1) <= start) return null;
    return { start, end: start + 7 * 86_400_000, precision: 'week' };
  }
  if ((m = /^(\d{4})-(\d{2})$/u.exec(v))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return { start: utc(year, month - 1), end: utc(year, month), precision: 'month' };
  }
  if ((m = /^(\d{4})-Q([1-4])$/u.exec(v))) {
    const [year, quarter] = [Number(m[1]), Number(m[2])];
    return { start: utc(year, (quarter - 1) * 3), end: utc(year, quarter * 3), precision: 'quarter' };
  }
  if ((m = /^(\d{4})-H([12])$/u.exec(v))) {
    const [year, half] = [Number(m[1]), Number(m[2])];
    return { start: utc(year, (half - 1) * 6), end: utc(year, half * 6), precision: 'half' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/u.exec(v))) {
    const startMonth = SEASON_START[m[2]!]!;
    const year = Number(m[1]);
    return { start: utc(year, startMonth), end: utc(year, startMonth + 3), precision: 'season' };
  }
  if ((m = /^(\d{4})$/u.exec(v))) {
    const year = Number(m[1]);
    return { start: utc(year), end: utc(year + 1), precision: 'year' };
  }
  if ((m = /^(\d{3})X$/u.exec(v))) {
    const decade = Number(m[1]) * 10;
    return { start: utc(decade), end: utc(decade + 10), precision: 'decade' };
  }
  // TIMEX3 writes a century either as 19XX or as its first two digits, 19.
  if ((m = /^(\d{2})(?:XX)?$/u.exec(v))) {
    const century = Number(m[1]) * 100;
    return { start: utc(century), end: utc(century + 100), precision: 'century' };
  }
  return null;
}

/** True when the interval is drawn as a point rather than a span: a day or finer. */
export function isPointInterval(interval: TimeInterval): boolean {
  return interval.precision === 'day' || interval.precision === 'instant';
}
