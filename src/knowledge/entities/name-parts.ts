// What the words of a run say about its shape: titles and roles, heads, people's names after a place,
// campus cities. Shared by the run finder (runs.ts) when it decides where a name starts and stops.
// The words and gazetteers are the lexicon's, passed in.
import type { EntityWords, Gazetteers, Lexicon } from '../lexicon/index.ts';
import type { Token } from './tokens.ts';

/** A title or role, from the lexicon's TITLES; "Secretary-General", "Attorney-General": titles joined by a hyphen are one. */
export const isTitle = (t: Token, TITLES: ReadonlySet<string>) => TITLES.has(t.lower) || TITLES.has(t.lower.replace(/\.$/, '')) ||
  (t.lower.length > 4 && TITLES.has(t.lower.replace(/s$/, ''))) || // "Senators Marco Rubio"
  (t.lower.includes('-') && t.lower.split('-').every((part) => TITLES.has(part) || TITLES.has(part.replace(/s$/, ''))));

/** A product's model named in capitals or digits after its maker ("DS" of "Nintendo DS", "PSP", "GX2"). */
export const MODEL_IN_CAPITALS = /^\p{Lu}[\p{Lu}\d]{1,4}$/u;

/** A party's own name ("Labour", "Green"), not an adjective ("Republican", "Democratic"), which the guideline leaves unmarked. */
export const partyNoun = (form: string, { PARTY_MEMBERS }: EntityWords) => !PARTY_MEMBERS.has(form) && !/(?:ic|ive|al|ist)$/u.test(form);

/** A head word ends the name or comes right before its "of": "British Airways", "American Civil Liberties Union of Montana". */
export function headedName(tokens: readonly Token[], from: number, to: number, words: EntityWords): boolean {
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS, OF_HEADS } = words;
  const isHead = (t: Token | undefined) => !!t && (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || OTHER_HEADS.has(t.lower));
  if (isHead(tokens[to - 1])) return true;
  const of = tokens.slice(from, to).findIndex((t) => t.text === 'of');
  return of > 0 && (isHead(tokens[from + of - 1]) || OF_HEADS.has(tokens[from + of - 1]!.lower));
}

/** End of a city's name starting at i that closes the phrase ("…, San Diego." / "…, Los Angeles's"), or -1. */
export function campusCity(tokens: readonly Token[], i: number, g: Gazetteers): number {
  for (const size of [3, 2, 1]) {
    const words = tokens.slice(i, i + size);
    if (words.length < size || !words.every((t) => t.cap)) continue;
    const next = tokens[i + size];
    if (next?.cap) continue;
    if (g.cities.has(words.map((t) => t.lower).join(' '))) return i + size;
  }
  return -1;
}

/** Tokens i..j look like a person's name: a given name first, or a title. */
export function personLike(tokens: readonly Token[], i: number, j: number, lexicon: Lexicon): boolean {
  const g = lexicon.gazetteers;
  const { TITLES, FUNCTION_WORDS, ORG_HEADS, PLACE_HEADS, OTHER_HEADS } = lexicon.entities;
  const first = tokens[i]!;
  const last = tokens[j - 1]!;
  if (isTitle(first, TITLES) || isTitle(last, TITLES) || (FUNCTION_WORDS.has(first.lower) && !first.upper)) return true;
  if (tokens.slice(i, j).some((t) => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || OTHER_HEADS.has(t.lower))) return false;
  return g.firstNames.has(first.lower) || (j - i <= 3 && g.lastNames.has(last.lower));
}

/** "X of Y" where X is no "of"-taking head and Y a country or city: two names ("South Western Railway of India"). */
export function ofPlace(tokens: readonly Token[], i: number, of: number, lexicon: Lexicon): boolean {
  const g = lexicon.gazetteers;
  const next = tokens[of + 1]!.lower;
  if (!(g.countries.has(next) || g.cities.has(next) || g.regions.has(next))) return false;
  return !tokens.slice(i, of).some((t) => lexicon.entities.OF_HEADS.has(t.lower));
}

export const hasOrgHead = (t: Token, words: EntityWords) => words.ORG_HEADS.has(t.lower);
export const endsInHead = (t: Token, { ORG_HEADS, PLACE_HEADS, OTHER_HEADS }: EntityWords) => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || OTHER_HEADS.has(t.lower);

/** A known given name, or a double one whose first part is known ("Jean-Louis", "Anna-Lena"). */
export const knownGivenName = (lower: string, g: Gazetteers) => g.firstNames.has(lower) || g.firstNames.has(lower.split('-')[0]!);

/** Tokens from..to in lower case, joined by spaces: the form the gazetteers list names in. */
export const lowerPhrase = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.lower).join(' ');

/** A country, region or city the gazetteers know by this lower-case name. */
export const knownPlace = (lower: string, g: Gazetteers) => g.cities.has(lower) || g.countries.has(lower) || g.regions.has(lower);

export const placeName = (tokens: readonly Token[], from: number, to: number, g: Gazetteers) => knownPlace(lowerPhrase(tokens, from, to), g);

/** "Manchester United" and "united": a club named for its town (two words, in lower case), and its last word. */
export const clubByItsTown = (words: readonly string[], last: string, { entities, gazetteers }: Lexicon) =>
  words.length === 2 && words[1] === last && entities.CLUB_SUFFIXES.has(last) && knownPlace(words[0]!, gazetteers);

/**
 * Where a person's name starts after a place or a lone everyday word in one run ("United States Joe Biden",
 * "Vermont Bernie Sanders", "State Corey Stapleton"); -1 when the run is one name.
 */
export function personAfterPlace(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): number {
  const g = lexicon.gazetteers;
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS, PLACE_OPENERS, FUNCTION_WORDS } = lexicon.entities;
  for (const size of [2, 3]) {
    const p = to - size;
    if (p <= from) continue;
    const name = tokens.slice(p, to);
    if (!g.firstNames.has(name[0]!.lower) || !name.every((t) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(t.text))) continue;
    // The tail must be a person's: no head word ("Louis University"), a surname or no dictionary word at its end ("Bay Buccaneers").
    const last = name[name.length - 1]!.lower;
    if (name.some((t) => ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || OTHER_HEADS.has(t.lower))) continue;
    if (g.common.has(last) && !g.lastNames.has(last)) continue;
    const lone = tokens[from]!;
    if (p - from === 1 && g.firstNames.has(lone.lower) && !g.countries.has(lone.lower)) continue; // "Nancy Louise Thirian"
    if (placeName(tokens, from, p, g)) return p;
    if (p - from === 1 && g.common.has(lone.lower) && !g.lastNames.has(lone.lower) && !PLACE_OPENERS.has(lone.lower) &&
      !FUNCTION_WORDS.has(lone.lower) &&
      !ORG_HEADS.has(lone.lower) && !OTHER_HEADS.has(lone.lower)) return p;
  }
  return -1;
}

/** A word (in lower case) that closes a company's name: a legal suffix ("co", "plc") or an industry ("microsystems", "airlines"). */
export function companyWord(lower: string, { COMPANY_SUFFIX, INDUSTRY_HEADS }: EntityWords): boolean {
  return COMPANY_SUFFIX.test(lower) || INDUSTRY_HEADS.has(lower);
}

/** A company's name ends so: in a capitalised legal suffix or industry (companyWord). */
export const companyName = (last: Token, words: EntityWords): boolean => last.cap && companyWord(last.lower, words);
