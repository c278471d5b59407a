// Candidate names: maximal runs of capitalised tokens, joined by the small words that live
// inside names ("of", "de", "&"), with titles, demonyms and sentence-opening words trimmed.
// The word classes and gazetteers are the lexicon's, passed in.
import type { EntityWords, Gazetteers, Lexicon } from '../lexicon/index.ts';
import type { Token } from './tokens.ts';
import {
  campusCity, endsInHead, hasOrgHead, headedName, isTitle, ofPlace, personAfterPlace, personLike, placeName,
} from './name-parts.ts';

export interface Run {
  /** Tokens of the sentence the run sits in. */
  tokens: readonly Token[];
  /** Index of the first and one past the last token of the name. */
  from: number;
  to: number;
  block: number;
  text: string;
  start: number;
  end: number;
  /** Number written right after the name: "2.1" in "Stable Video Diffusion 2.1". */
  number?: { text: string; start: number; end: number };
  /** Title words trimmed from the front ("president"). */
  titles: string[];
  /** In a heading or an all-capitals line: only names known from the body may be found here. */
  weak: boolean;
  /** The run opens its sentence, so its capital says nothing. */
  initial: boolean;
}

const isDate = (t: Token, words: EntityWords) => words.MONTHS.has(t.lower) || words.DAY_NAMES.has(t.lower);
const isNumber = (t: Token | undefined) => !!t && /^\d+(?:\.\d+)*[a-z]?$/.test(t.text);
const isYear = (t: Token) => /^(1[89]|20)\d\d$/.test(t.text);

function nameToken(t: Token | undefined, words: EntityWords): boolean {
  if (!t || !t.cap) return false;
  const { COMMON_ACRONYMS } = words;
  if (COMMON_ACRONYMS.has(t.lower) || COMMON_ACRONYMS.has(t.lower.replace(/s$/, ''))) return false;
  if (/^\p{L}{1,3}\.?\d/u.test(t.text) && !/\p{L}\d*$/u.test(t.text)) return false; // amounts: "Rs.200", "Rs.30-Rs.40"
  return t.text !== 'I';
}

/** Whole-run gazetteer hit: "Saudi Arabia", "United States" must not lose their first word. */
function inGazetteer(lower: string, g: Gazetteers): boolean {
  return g.countries.has(lower) || g.regions.has(lower) || g.cities.has(lower) || g.organizations.has(lower);
}

function hasHead(tokens: readonly Token[], from: number, to: number, { ORG_HEADS, PLACE_HEADS, OTHER_HEADS }: EntityWords): boolean {
  const last = tokens[to - 1]!.lower;
  return ORG_HEADS.has(last) || PLACE_HEADS.has(last) || OTHER_HEADS.has(last) ||
    tokens.slice(from, to).some((t) => t.lower === 'of');
}

function spanText(tokens: readonly Token[], from: number, to: number, source: string, base: number): string {
  return source.slice(tokens[from]!.start - base, tokens[to - 1]!.end - base);
}

/**
 * "A and B" is one name when B closes it with an organisation's head ("… Reduction and Management Council",
 * "Bill and Melinda Gates Foundation") or when A is "X of Y" and B a lone word right before a bracket or comma
 * ("Institute of Volcanology and Seismology (Phivolcs)").
 */
function andJoins(tokens: readonly Token[], i: number, and: number, k: number, lexicon: Lexicon): boolean {
  const words = lexicon.entities;
  const last = tokens[k - 1]!;
  // "Emily Blunt and Nathalie Press" are two people; "Bill and Melinda Gates Foundation" is one foundation.
  const a = tokens[i]!.lower === 'the' ? i + 1 : i;
  if (personLike(tokens, and + 1, k, lexicon) || (and - a > 1 && personLike(tokens, a, and, lexicon))) return false;
  // "AP and NBC News", "Kurdish and Sunni Members": an acronym or a people's adjective on either side lists two names.
  const people = (t: Token) => lexicon.gazetteers.demonyms.has(t.lower) || words.GROUP_WORDS.has(t.lower);
  const acronym = (and - a === 1 && tokens[a]!.upper) || tokens[and + 1]!.upper || (k - and === 2 && tokens[and + 1]!.upper);
  if (acronym || (and - a === 1 && people(tokens[a]!)) || people(tokens[and + 1]!)) return false;
  // Two organisations side by side stay two: "… Union of Montana and Native American Rights Fund".
  // A name already complete before "and" (a head followed by more words, or a company suffix) is the first of two.
  const complete = tokens.slice(a, and - 1).some((t) => hasOrgHead(t, words)) || words.COMPANY_SUFFIX.test(tokens[and - 1]!.lower);
  if (words.ORG_HEADS.has(last.lower) && k - and >= 2) return !complete;
  const ofName = tokens.slice(i, and).some((t) => t.text === 'of');
  const closes = !tokens[k] || /^[(),;:.]$/.test(tokens[k]!.text);
  const rest = tokens.slice(and + 1, k);
  return ofName && rest.length <= 2 && closes && rest.every((t) => lexicon.gazetteers.words.has(t.lower));
}

/** Extend a run from `i` over name tokens and the connectors that sit between them. */
function extend(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  const words = lexicon.entities;
  const { NAME_PARTICLES, OF_HEADS, WEEKDAYS, DAY_NAMERS } = words;
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (nameToken(t, words) && !isDate(t, words)) { j++; continue; }
    // "Stability AI", "Google AI": a common acronym may end a name, never start one.
    if (t.text === 'AI' && tokens[j - 1]!.cap) { j++; continue; }
    // "Theresa May" yes, "in May 2019" no.
    if (isDate(t, words) && t.cap && !isNumber(next) && lexicon.gazetteers.firstNames.has(tokens[j - 1]!.lower)) { j++; continue; }
    if (NAME_PARTICLES.has(t.text) && nameToken(next, words)) { j += 2; continue; }
    if (t.text === '&' && nameToken(next, words)) { j += 2; continue; }
    const previous = tokens[j - 1]!.lower;
    if ((t.text === 'of' || t.text === 'for') && OF_HEADS.has(previous)) {
      if (nameToken(next, words) && !isDate(next!, words)) { j += 2; continue; }
      if (next?.text === 'the' && nameToken(tokens[j + 2], words)) { j += 3; continue; }
    }
    // "Washington, D.C.", "Cyrus R. Vance, Jr."
    if (t.text === ',' && next && /^(?:D\.C\.|DC|Jr\.?|Sr\.?)$/.test(next.text)) { j += 2; continue; }
    // "Saffir–Simpson": two names joined by a dash with no space.
    if (/^[–-]$/.test(t.text) && t.start === tokens[j - 1]!.end && next?.start === t.end && nameToken(next, words) && !next.hasDigit) { j += 2; continue; }
    // "University of California, San Diego": a university's campus city after a comma.
    if (t.text === ',' && /^(?:university|college)$/.test(tokens[i]!.lower) && tokens.slice(i, j).some((x) => x.text === 'of')) {
      const city = campusCity(tokens, j + 1, lexicon.gazetteers);
      if (city > 0) { j = city; continue; }
    }
    // "Super Tuesday", "Black Friday": a named day.
    if (WEEKDAYS.has(t.lower) && t.cap && DAY_NAMERS.has(previous)) { j++; continue; }
    // "Holy Headdress of Christ", "Scripps Institution of Oceanography": a multi-word name that is no person's goes on over "of".
    if (t.text === 'of' && j - i >= 2 && !personLike(tokens, i, j, lexicon)) {
      if (nameToken(next, words) && !isDate(next!, words) && !ofPlace(tokens, i, j, lexicon)) { j += 2; continue; }
    }
    // "Bill and Melinda Gates Foundation", "Institute of Volcanology and Seismology (Phivolcs)": "and" inside one name.
    if (t.text === 'and' && nameToken(next, words)) {
      const k = extend(tokens, j + 1, lexicon);
      if (andJoins(tokens, i, j, k, lexicon)) { j = k; continue; }
    }
    break;
  }
  return j;
}

/** Trim the front of a run: sentence-opening function words, titles, nationality adjectives. */
function trimFront(tokens: readonly Token[], from: number, to: number, titles: string[], lexicon: Lexicon): number {
  const g = lexicon.gazetteers;
  const words = lexicon.entities;
  const { MEDIA_HEADS, ORDINALS, FUNCTION_WORDS, GROUP_WORDS, SAINTS, TITLES, TITLE_MODIFIERS } = words;
  while (from < to) {
    const t = tokens[from]!;
    const rest = to - from - 1;
    const whole = tokens.slice(from, to).map((x) => x.lower).join(' ');
    if (inGazetteer(whole, g) && !(rest === 0 && g.demonyms.has(whole) && tokens[to]?.word && !tokens[to]!.cap)) break;
    const keepThe = t.lower === 'the' && rest > 0 && (!t.initial || MEDIA_HEADS.has(tokens[to - 1]!.lower));
    // "US", "WHO" in capitals are names, not "us", "who", even opening a sentence or a bracket (shouting lines are weak anyway).
    const acronym = t.upper && !t.text.includes("'") && t.text.length >= 2;
    // "the Second World War", "the Second Circuit Court of Appeals": an ordinal opens a headed name.
    const ordinal = ORDINALS.has(t.lower) && rest > 0 && !t.initial && headedName(tokens, from + 1, to, words);
    if (FUNCTION_WORDS.has(t.lower) && !keepThe && !acronym && !ordinal) { from++; continue; }
    if (GROUP_WORDS.has(t.lower) && (rest === 0 || !hasHead(tokens, from, to, words))) { from++; continue; }
    if (isDate(t, words)) { from++; continue; }
    // "Saint Francis Hospital", "St Mary's College": a saint's name opens the names of institutions and places.
    const saintNamed = SAINTS.has(t.lower) && hasHead(tokens, from + 1, to, words);
    if (rest > 0 && isTitle(t, TITLES) && !saintNamed && !(g.words.has(tokens[from + 1]!.lower) && !isTitle(tokens[from + 1]!, TITLES) && hasHead(tokens, from + 1, to, words))) {
      titles.push(t.lower);
      from++;
      continue;
    }
    if (rest === 0 && isTitle(t, TITLES) && !t.upper) { from++; continue; }
    // "Secretary of State Corey Stapleton", "Vice President of the United States Joe Biden": the role ends where a person's name begins.
    if (isTitle(t, TITLES) && tokens[from + 1]?.text === 'of') {
      const m = tokens[from + 2]?.lower === 'the' ? from + 3 : from + 2;
      if (m < to && personAfterPlace(tokens, m, to, lexicon) >= 0) { titles.push(t.lower); from = m; continue; }
    }
    if (rest > 1 && TITLE_MODIFIERS.has(t.lower) && isTitle(tokens[from + 1]!, TITLES)) { titles.push(t.lower); from++; continue; }
    const adjective = rest === 0 && tokens[to]?.word && !tokens[to]!.cap && !words.ADJECTIVE_STOPS.has(tokens[to]!.lower);
    if (g.demonyms.has(t.lower) && (adjective || (rest === 0 && !inGazetteer(t.lower, g)) || isTitle(tokens[from + 1]!, TITLES) || !headedName(tokens, from, to, words))) { from++; continue; }
    break;
  }
  return from;
}

function trimBack(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): number {
  const words = lexicon.entities;
  const { NAME_PARTICLES, WEEKDAYS, DAY_NAMERS } = words;
  while (to > from) {
    const t = tokens[to - 1]!;
    if (NAME_PARTICLES.has(t.text) || t.text === 'of' || t.text === 'for' || t.text === 'the' || t.text === '&' || t.text === ',') { to--; continue; }
    const named = to - 1 > from && (lexicon.gazetteers.firstNames.has(tokens[to - 2]!.lower) || (WEEKDAYS.has(t.lower) && DAY_NAMERS.has(tokens[to - 2]!.lower)));
    if (isDate(t, words) && !named) { to--; continue; }
    break;
  }
  return to;
}

export interface SentenceContext {
  block: number;
  /** The sentence text and where it starts in the block. */
  text: string;
  base: number;
  weak: boolean;
}

function makeRun(tokens: readonly Token[], from: number, to: number, end: number, titles: string[], ctx: SentenceContext): Run {
  const run: Run = {
    tokens,
    from,
    to,
    block: ctx.block,
    text: spanText(tokens, from, to, ctx.text, ctx.base),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    titles,
    weak: ctx.weak,
    initial: tokens[from]!.initial,
  };
  const after = tokens[to];
  if (to === end && isNumber(after) && !isYear(after!) && after!.start === run.end + 1) {
    run.number = { text: after!.text, start: after!.start, end: after!.end };
  }
  return run;
}

/** All candidate runs of one tokenised sentence. */
export function findRuns(tokens: readonly Token[], ctx: SentenceContext, lexicon: Lexicon): Run[] {
  const words = lexicon.entities;
  const { TITLES, TITLE_MODIFIERS, NAME_PARTICLES } = words;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameToken(tokens[i], words) || (isDate(tokens[i]!, words) && !tokens[i]!.initial)) { i++; continue; }
    let end = extend(tokens, i, lexicon);
    // "U.S. President Donald Trump": a title inside a run ends the name before it; so does the word that
    // makes it a compound title ("Manhattan District Attorney", "Scotland First Minister", "Montana Secretary of State").
    for (let k = i + 1; k < end - 1; k++) {
      if (isTitle(tokens[k]!, TITLES) && !isTitle(tokens[k - 1]!, TITLES) && tokens[k]!.cap && tokens[k - 1]!.lower !== 'of' &&
        (tokens[k + 1]!.cap || tokens[k + 1]!.text === 'of') && !endsInHead(tokens[end - 1]!, words)) {
        end = k;
        while (end - 1 > i && TITLE_MODIFIERS.has(tokens[end - 1]!.lower)) end--;
        break;
      }
    }
    const titles: string[] = [];
    let from = trimFront(tokens, i, end, titles, lexicon);
    const to = trimBack(tokens, from, end, lexicon);
    i = end;
    if (from >= to) continue;
    // "Foreign Secretary", "Attorney General": a role, not a name; "United States Senator": a place, then a role.
    if (isTitle(tokens[to - 1]!, TITLES) && !tokens[to - 1]!.upper && !hasHead(tokens, from, to, words)) {
      let k = to - 1;
      while (k > from && (isTitle(tokens[k - 1]!, TITLES) || TITLE_MODIFIERS.has(tokens[k - 1]!.lower))) k--;
      if (k > from && (placeName(tokens, from, k, lexicon.gazetteers) || (k - from === 1 && tokens[from]!.upper))) runs.push(makeRun(tokens, from, k, k, [], ctx));
      continue;
    }
    // "support for de Blasio": a lower-case particle opening a surname belongs to it.
    if (from === i && NAME_PARTICLES.has(tokens[from - 1]?.text ?? '') && !tokens[from - 2]?.cap && tokens[from - 1]!.end + 1 === tokens[from]!.start) {
      from--;
    }
    const person = personAfterPlace(tokens, from, to, lexicon);
    if (person < 0) { runs.push(makeRun(tokens, from, to, end, titles, ctx)); continue; }
    // "(Vice President of the) United States Joe Biden", "(Secretary of) State Corey Stapleton": two names, or one.
    if (placeName(tokens, from, person, lexicon.gazetteers)) runs.push(makeRun(tokens, from, person, person, [], ctx));
    runs.push(makeRun(tokens, person, to, end, titles, ctx));
  }
  return runs;
}
