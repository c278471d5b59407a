// The months, once: their names as a reader sees them, and every lower-case form the text may use
// (full names and abbreviations) with the month's number.
import months from './months.json' with { type: 'json' };

/** "January" … "December". */
export const MONTH_NAMES: readonly string[] = months.names;

/** "january" → 1, "sept" → 9. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(months.names.map((name, i) => [name.toLowerCase(), i + 1])),
  ...months.abbreviations,
};
