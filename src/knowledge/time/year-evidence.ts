import { WEAK_YEAR_SPAN, type TimeWords } from './lexicon.ts';
import { TIME_ZONE } from './rules-clock.ts';

// A bare four-digit number is a year only when the text treats it as one. Strong evidence: a preposition of
// time ("in 1995", "since 2003", "the end of 2019"), a possessive ("1995's"), an era ("1200 AD"), a bracketed
// editorial year ("[2018]"), or a year just before ("from 2008 to 2016", "2015 and 2016"). Weak evidence: a
// determiner before it ("the 2003 season", "its 2019 report") or parentheses ("(1995)"); a weakly evidenced
// year is kept only near the article's own year, since "the 1000 megawatt cable" is a quantity.

export type YearEvidence = 'strong' | 'weak' | 'none';

const YEAR_BEFORE = /(?:^|[^\p{N}])(?:1\d|20)\d\d\s*(?:,?\s*and|or|to|through|until|-|–|—|\/)\s*$/u;
/** A time zone after the number, or after the range it opens: "from 1130 to 1215 GMT" is a 24-hour clock. */
const ZONE_AFTER = new RegExp(`^\\s*(?:(?:-|–|to|until|and)\\s*\\d{4}\\s*)?(?:${TIME_ZONE})(?![\\p{L}&])`, 'u');
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/u;

/** How strongly the words around `text.slice(start, end)` (four digits) say it is a year; the patterns of the lists are the lexicon's. */
export function yearEvidence(text: string, start: number, end: number, time: TimeWords): YearEvidence {
  const { YEAR_PREPOSITION: PREPOSITION, OF_YEAR_NOUN: OF_NOUN, YEAR_DETERMINER: DETERMINER, QUANTITY_WORD: QUANTITY } = time;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  if (/^\s*(?:%|[.,]\d)/u.test(after) || QUANTITY.test(after) || /[§#№]\s*$/u.test(before)) return 'none';
  if (CLOCK.test(text.slice(start, end)) && ZONE_AFTER.test(after)) return 'none';
  if (/^['’]s(?![\p{L}])/u.test(after) || /^\s*(?:AD|BC|BCE|CE)\b/u.test(after)) return 'strong';
  if (/\[\s*$/u.test(before) && /^\s*\]/u.test(after)) return 'strong';
  if (PREPOSITION.test(before) || OF_NOUN.test(before) || YEAR_BEFORE.test(before)) return 'strong';
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return 'weak';
  // A determiner with at most one word between ("the total 2020 population"), and the number not counting a plural noun.
  if (DETERMINER.test(before) && !/^\s+\p{Ll}[\p{Ll}-]*[^s's]s\b/u.test(after)) return 'weak';
  return 'none';
}

/** Whether a year with this evidence stands in an article published in `publishedYear` (undefined: undated). */
export function acceptsYear(year: number, evidence: YearEvidence, publishedYear: number | undefined): boolean {
  if (evidence === 'strong') return true;
  if (evidence === 'none' || publishedYear === undefined) return false;
  return Math.abs(year - publishedYear) <= WEAK_YEAR_SPAN;
}
