// Documented rules that say two different strings are one name. Each is a pure test on two forms;
// none lists a name. The word lists (designators, given-name variants, small words of acronyms, in data
// files beside this module; country names, from the world-countries package) are the lexicon's
// (variant-words.ts), passed in.
import type { Lexicon, ResolutionWords } from '../../lexicon/index.ts';
import type { BodyName } from './variant-words.ts';
import { derivedOnce } from '../../lexicon/derived.ts';
import { foldKey, isAcronym, wordsOf } from './name-keys.ts';

/**
 * The capitals an acronym of `name` may spell: the first letter of each word (an all-capitals word gives
 * all its letters), with the small words left out or kept, and with a leading country code left out
 * ("US Securities and Exchange Commission" → SEC).
 */
const initialsCaches = derivedOnce((_words: ResolutionWords) => new Map<string, Set<string>>());

export function initialsOf(name: string, lexicon: Lexicon): ReadonlySet<string> {
  const initialsCache = initialsCaches(lexicon.resolution);
  let known = initialsCache.get(name);
  if (!known) {
    if (initialsCache.size > 200_000) initialsCache.clear();
    initialsCache.set(name, (known = spellInitials(name, lexicon.resolution.SKIPPED)));
  }
  return known;
}

function spellInitials(name: string, SKIPPED: ReadonlySet<string>): Set<string> {
  const words = name.split(/[\s-]+/u).filter((w) => /^[\p{L}&]/u.test(w));
  const letter = (w: string) => (w === '&' || w.toLowerCase() === 'and' ? '&' : isAcronym(w) ? w.replace(/\./gu, '') : w[0]!).toUpperCase();
  const result = new Set<string>();
  const spell = (list: string[]) => {
    if (list.length < 2) return;
    result.add(list.filter((w) => !SKIPPED.has(w.toLowerCase())).map(letter).join(''));
    result.add(list.map(letter).join(''));
  };
  spell(words);
  // Three letters at least: "SEC" of "US Securities and Exchange Commission", but no "IP" of "UK Independence Party".
  if (words[0] && /^\p{Lu}{2}$/u.test(words[0].replace(/\./gu, '')) && words.length > 3) spell(words.slice(1));
  return result;
}

/** The letters an acronym spells, with its ampersand: "U.S." → "US", "AT&T" → "AT&T". */
export const acronymLetters = (acronym: string): string => acronym.replace(/\./gu, '').toUpperCase();

/** "EU" of "European Union", "U.S." of "United States", "UKIP" of "UK Independence Party"; "S&N" only of an "S and N". */
export function isInitialism(short: string, long: string, lexicon: Lexicon): boolean {
  return isAcronym(short) && initialsOf(long, lexicon).has(acronymLetters(short));
}

/**
 * A word cut short: same first letter, its letters in order within the full word, at most 60% of its
 * length, and no everyday word itself ("News" is not a clipped "Newcastle").
 */
function clippedWord(short: string, long: string, lexicon: Lexicon): boolean {
  const stem = short.endsWith('s') && long.endsWith('s') ? short.slice(0, -1) : short;
  if (stem.length < 2 || short[0] !== long[0] || short.length > 0.6 * long.length) return false;
  const { common } = lexicon.gazetteers;
  if (common.has(short) || common.has(stem)) return false;
  let at = 0;
  for (const letter of stem) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "Lib Dems" of "Liberal Democrats", "Prog Cons" of "Progressive Conservatives": as many words, each the
 * same or cut short, at least two cut (one cut word is too often another name: "The Sims", "The
 * Simpsons"), the whole at most 70% of the full name's length.
 */
export function isClippedForm(short: string, long: string, lexicon: Lexicon): boolean {
  if (short.length > 0.7 * long.length) return false;
  const s = wordsOf(foldKey(short));
  const l = wordsOf(foldKey(long));
  if (s.length < 2 || s.length !== l.length) return false;
  let clipped = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === l[i]) continue;
    if (!clippedWord(s[i]!, l[i]!, lexicon)) return false;
    clipped++;
  }
  return clipped >= 2;
}

/** "Lib Dem" and "Lib Dems": several words, the last one with and without a plural s. */
export function isPluralVariant(a: string, b: string): boolean {
  const x = wordsOf(foldKey(a));
  const y = wordsOf(foldKey(b));
  if (x.length < 2 || x.length !== y.length || x.slice(0, -1).join(' ') !== y.slice(0, -1).join(' ')) return false;
  const [p, q] = [x[x.length - 1]!, y[y.length - 1]!];
  return p === `${q}s` || q === `${p}s`;
}

/**
 * The name without the words that only state its legal form: "Labour Party" → "labour", "Apple Inc." →
 * "apple". A leading "The" stays: "The Office" is not Office.
 */
export function withoutDesignators(name: string, lexicon: Lexicon): string {
  const { DESIGNATORS } = lexicon.resolution;
  const words = wordsOf(foldKey(name));
  while (words.length > 1 && DESIGNATORS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * The country a name is a spelling of (its ISO code), from world-countries' common and official names and
 * alternative spellings ("USA", "Great Britain", "United States of America"). A two-letter code counts
 * only in capitals, when it spells the initials of the country's common name, and when the gazetteer of
 * countries keeps it ("US", "UK"; not "IT", "DE", nor "SA", as often a company's legal form). A spelling
 * two countries claim names neither.
 */
export function countryOf(name: string, lexicon: Lexicon): string | undefined {
  const countryKeys = countryKeysOf(lexicon);
  const letters = name.replace(/\./gu, '');
  if (letters.length === 2) return /^[A-Z]{2}$/u.test(letters) ? countryKeys.get(`code:${letters}`) : undefined;
  return countryKeys.get(foldKey(name));
}

/** The party or public body a name is listed as (body-forms.json), and whether only as its nickname ("Tories"). */
export function bodyOf(name: string, lexicon: Lexicon): BodyName | undefined {
  return lexicon.resolution.BODY_NAMES.get(foldKey(name));
}

/** Each spelling's country, built once per lexicon: spellings two countries claim are left out. */
const countryKeysOf = derivedOnce((lexicon: Lexicon) => {
  const claims = new Map<string, Set<string>>();
  const claim = (key: string, code: string) => (claims.get(key) ?? claims.set(key, new Set()).get(key)!).add(code);
  for (const country of lexicon.resolution.COUNTRIES) {
    for (const form of country.forms) {
      const letters = form.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 3) claim(foldKey(form), country.code);
      else if (/^[A-Z]{2}$/u.test(form) && initialsOf(country.common, lexicon).has(form) && lexicon.gazetteers.countries.has(form.toLowerCase())) {
        claim(`code:${form}`, country.code);
      }
    }
  }
  return new Map([...claims].filter(([, codes]) => codes.size === 1).map(([key, codes]) => [key, [...codes][0]!]));
});

/** The groups of the given-name lexicon a first name belongs to ("bill" → William's). */
export function givenNameGroupsOf(given: string, lexicon: Lexicon): readonly number[] {
  return lexicon.resolution.GIVEN_NAME_GROUPS.get(foldKey(given)) ?? [];
}

/** "Mitch McConnell" and "Mitchell McConnell": the same rest of the name, given names of one group. */
export function isGivenNameVariant(a: string, b: string, lexicon: Lexicon): boolean {
  const x = wordsOf(foldKey(a));
  const y = wordsOf(foldKey(b));
  if (x.length < 2 || x.length !== y.length || x[0] === y[0] || x.slice(1).join(' ') !== y.slice(1).join(' ')) return false;
  const groups = new Set(givenNameGroupsOf(x[0]!, lexicon));
  return givenNameGroupsOf(y[0]!, lexicon).some((g) => groups.has(g));
}
