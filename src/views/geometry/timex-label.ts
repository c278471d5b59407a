// Human labels for TIMEX3 intervals, at the precision the source gave (never finer).
import monthNames from '../../knowledge/lexicon/month-names.json' with { type: 'json' };
import type { TimeInterval } from './timex.ts';

const MONTHS = monthNames;
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

/** "3 February 2024", "February 2024", "Q1 2025", "first half of 2025", "2025", "the 2010s", "week 11 of 2024". */
export function intervalLabel(value: string, interval: TimeInterval): string {
  const start = new Date(interval.start);
  const year = start.getUTCFullYear();
  switch (interval.precision) {
    case 'instant':
    case 'day':
      return `${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]} ${year}`;
    case 'week':
      return `week ${Number(value.slice(-2))} of ${value.slice(0, 4)}`;
    case 'month':
      return `${MONTHS[start.getUTCMonth()]} ${year}`;
    case 'season':
      return `${SEASONS[value.slice(-2)] ?? 'season'} ${year}`;
    case 'quarter':
      return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${year}`;
    case 'half':
      return `${start.getUTCMonth() < 6 ? 'first' : 'second'} half of ${year}`;
    case 'year':
      return String(year);
    case 'decade':
      return `the ${year}s`;
    case 'century':
      return `${ordinal(Math.floor(year / 100) + 1)} century`;
  }
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The precision as a reader would say it ("month", "quarter"), for legends and table cells. */
export function precisionLabel(interval: TimeInterval): string {
  return interval.precision === 'instant' ? 'time of day' : interval.precision;
}
