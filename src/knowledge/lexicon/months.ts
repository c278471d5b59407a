// The months, once: their names as a reader sees them, and every lower-case form the text may use
// (full names and abbreviations) with the month's number.
// Two files, so that a page script can take the names alone (src/views/calendar-date.ts).
import abbreviations from './month-abbreviations.json' with { type: 'json' };
import names from './month-names.json' with { type: 'json' };

/** "January" … "December". */
export const MONTH_NAMES: readonly string[] = names;

/** "january" → 1, "sept" → 9. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(names.map((name, i) => [name.toLowerCase(), i + 1])),
  ...abbreviations,
};
