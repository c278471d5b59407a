// A calendar date as a reader sees it, with the month names of the one months lexicon
// (src/knowledge/lexicon/). Dates stay 'YYYY-MM-DD' strings: no Date object, no locale, no time zone
// can shift them (src/content/dates.ts reads them).
// The names' data file rather than months.ts: the search scripts format dates in the browser, which
// needs the names only, not the table of lower-case forms the extractor builds from them.
import monthNames from '../knowledge/lexicon/month-names.json' with { type: 'json' };

/** "3 February 2024" from "2024-02-03". */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${monthNames[month! - 1]} ${year}`;
}
