// The months, once: their names as a reader sees them, and every lower-case form the text may use
// (full names and abbreviations) with the month's number. Built by the lexicon (./index.ts) from
// month-names.json and month-abbreviations.json; two files, so that a page script can take the names
// alone (src/views/calendar-date.ts).

/** The two month files as read. */
export interface MonthLists {
  /** "January" … "December". */
  names: readonly string[];
  /** "sept" → 9. */
  abbreviations: Readonly<Record<string, number>>;
}

/** "january" → 1, "sept" → 9. */
export type MonthNumbers = Readonly<Record<string, number>>;

export function buildMonthNumbers(lists: MonthLists): MonthNumbers {
  return {
    ...Object.fromEntries(lists.names.map((name, i) => [name.toLowerCase(), i + 1])),
    ...lists.abbreviations,
  };
}
