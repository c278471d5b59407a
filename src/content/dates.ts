// Calendar dates as plain 'YYYY-MM-DD' strings: no Date objects, so no time zone can shift them.

// A date, optionally with a time and an offset as ISO 8601 and YAML timestamps write them
// ("2025-03-01T23:30:00-05:00", "2025-03-01 23:30:00 -5"). Only the calendar date is kept, as written.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?)?$/u;

/** The calendar date written in `value`, or null when it is not a real date ("2025-02-30", "soon"). */
export function parseCalendarDate(value: string): string | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Days in a month of the proleptic Gregorian calendar, by arithmetic: Date.UTC reads years 0–99 as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YAML turns an unquoted 2024-02-03 into a Date at UTC midnight; read it back in UTC. */
export function dateObjectToCalendarDate(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
