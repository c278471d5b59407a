// Sentences written in capitals ("SAUDI ARAMCO SAYS DRONES FROM YEMEN HIT TWO PLANTS"), re-cased before
// tagging: case is most of what finds a name, and a model trained on sentence case reads a guess at the
// true case far better than it reads capitals (truecasing; Lita et al. 2003). Each word takes the case the
// rest of the article writes it in; a word the article never writes otherwise takes the case the lexicon
// suggests: names capitalised, dictionary words small, short words no dictionary knows kept as acronyms.
import type { Block } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { blockSentences } from './sentence-tokens.ts';
import type { Token } from './tokens.ts';
import { closingDate } from './line-rules.ts';

/** A sentence written in capitals ("OPENAI SHUTS DOWN SORA"): case says nothing there. */
export function isShouting(tokens: readonly Token[]): boolean {
  // Two words in capitals at least, or it is no shouting: most sentences end here, before any word is looked at twice.
  let upper = 0;
  for (const t of tokens) if (t.upper) upper++;
  if (upper < 2) return false;
  const words = tokens.filter((t) => t.word && /\p{L}{2}/u.test(t.text));
  return words.length >= 2 && words.filter((t) => t.upper).length / words.length >= 0.7;
}

export interface RecasedArticle {
  /** The blocks with their capitals re-cased; the input itself when nothing was shouted. */
  blocks: readonly Block[];
  /** Per block index, the [start, end) offsets of the sentences re-cased. */
  recased: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>;
}

/**
 * How the article writes each word outside capitals: its spelling where capitalised mid-sentence, or else
 * opening a sentence ("Trump said"), and the words it writes in lower case.
 */
interface ArticleCase {
  spelling: Map<string, string>;
  openingSpelling: Map<string, string>;
  lowerCase: Set<string>;
  /** Names of two words or more as written mid-sentence ("United States District Court", "Law and Justice"), by their words in lower case. */
  names: Map<string, readonly string[]>;
}

/** Small words that may stand inside a name written in capitals ("Law and Justice", "University of Bristol"). */
const INSIDE_NAMES = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'van', 'von', 'da', 'di', 'y', 'i', '&']);
const LONGEST_NAME = 6;

/** Each run of capitalised words in a sentence, joined by small words, that is no sentence's opening. */
function addNames(tokens: readonly Token[], names: Map<string, readonly string[]>): void {
  let i = 0;
  while (i < tokens.length) {
    const named = (t: Token | undefined) => !!t && t.word && (t.cap || t.upper) && !t.initial;
    if (!named(tokens[i])) { i++; continue; }
    let j = i + 1;
    while (named(tokens[j]) || (tokens[j] && INSIDE_NAMES.has(tokens[j]!.text) && named(tokens[j + 1]))) j += named(tokens[j]) ? 1 : 2;
    if (j - i >= 2 && j - i <= LONGEST_NAME) {
      const words = tokens.slice(i, j);
      const key = words.map((t) => t.lower).join(' ');
      if (!names.has(key)) names.set(key, words.map((t) => t.text));
    }
    i = j;
  }
}

function articleCase(blocks: readonly Block[], lexicon: Lexicon): ArticleCase {
  const spelling = new Map<string, string>();
  const openingSpelling = new Map<string, string>();
  const lowerCase = new Set<string>();
  const names = new Map<string, readonly string[]>();
  for (const block of blocks) {
    for (const { tokens } of blockSentences(block, lexicon)) {
      if (isShouting(tokens)) continue;
      addNames(tokens, names);
      for (const t of tokens) {
        if (!t.word) continue;
        if (t.cap || t.upper) {
          const spellings = t.initial ? openingSpelling : spelling;
          if (!spellings.has(t.lower)) spellings.set(t.lower, t.text);
        } else if (t.text === t.lower) lowerCase.add(t.lower);
      }
    }
  }
  return { spelling, openingSpelling, lowerCase, names };
}

/** The article's own spelling of a word, if it gives one: see ArticleCase. */
function articleSpelling(lower: string, length: number, known: ArticleCase, { gazetteers: g, entities }: Lexicon): string | undefined {
  const spelled = known.spelling.get(lower);
  if (spelled?.length === length) {
    // An acronym mid-sentence ("the US", "the WHO") outweighs the same letters as a small word ("told us").
    if (!known.lowerCase.has(lower) || (spelled.length <= 3 && spelled === spelled.toUpperCase())) return spelled;
    return undefined;
  }
  // Opening a sentence, capitals say less: only a word the article never writes small, and no common word ("The", "Police").
  const opening = known.openingSpelling.get(lower);
  if (opening?.length === length && !known.lowerCase.has(lower) && !entities.FUNCTION_WORDS.has(lower) && !g.common.has(lower)) return opening;
  return undefined;
}

const capitalised = (lower: string) => lower.charAt(0).toUpperCase() + lower.slice(1);

/** Up to three words from token i that a gazetteer knows as one name ("NEW YORK", "UNITED STATES"): how many, or 0. */
function gazetteerPhrase(tokens: readonly Token[], i: number, { gazetteers: g }: Lexicon): number {
  for (let length = 3; length >= 2; length--) {
    const words = tokens.slice(i, i + length);
    if (words.length < length || !words.every((t) => t.word)) continue;
    const phrase = words.map((t) => t.lower).join(' ');
    if (g.countries.has(phrase) || g.cities.has(phrase) || g.regions.has(phrase) || g.organizations.has(phrase) || g.people.has(phrase)) return length;
  }
  return 0;
}

/**
 * One word's case where the article gives no other: as the lexicon suggests. `inName`: inside a name a gazetteer
 * knows ("NEW ZEALAND"); `afterPlacePreposition`: "IN GENEVA", where a place that is a word too is the place.
 */
function lexiconCase(lower: string, upper: string, inName: boolean, afterPlacePreposition: boolean, { gazetteers: g, entities }: Lexicon): string {
  if (inName) return INSIDE_NAMES.has(lower) ? lower : capitalised(lower);
  // "US", "UK", "UAE": a country of three letters or fewer is written as its initials.
  if (lower.length <= 3 && g.countries.has(lower)) return upper;
  if (entities.FUNCTION_WORDS.has(lower)) return lower;
  if (g.countries.has(lower) || g.regions.has(lower) || g.demonyms.has(lower)) return capitalised(lower);
  if (afterPlacePreposition && g.cities.has(lower)) return capitalised(lower);
  if (g.words.has(lower)) return lower;
  // Short or without a vowel, and no dictionary word: an acronym ("UN", "NBC", "NHL"), though a list may know it.
  if (lower.length <= 3 || !/[aeiouy]/u.test(lower)) return upper;
  return capitalised(lower);
}

/** The re-cased text of one shouted sentence's words, as edits [start, text] of the same length. */
function recaseSentence(tokens: readonly Token[], known: ArticleCase, lexicon: Lexicon): Array<[number, string]> {
  const words: Array<{ token: Token; text: string }> = [];
  let inPhrase = 0;
  let first = true;
  // A name the article writes in full elsewhere is written so here: "UNITED STATES DISTRICT COURT".
  const asNamed = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(LONGEST_NAME, tokens.length - i); length >= 2; length--) {
      const spelled = known.names.get(tokens.slice(i, i + length).map((t) => t.lower).join(' '));
      if (!spelled || spelled.some((text, k) => text.length !== tokens[i + k]!.text.length)) continue;
      spelled.forEach((text, k) => asNamed.set(i + k, text));
      i += length - 1;
      break;
    }
  }
  tokens.forEach((t, i) => {
    if (inPhrase > 0) inPhrase--;
    const phrase = gazetteerPhrase(tokens, i, lexicon);
    if (phrase > inPhrase) inPhrase = phrase;
    // "BRITAIN'S", "THURSDAY 'S GAMES": a possessive's "s", with its apostrophe or cut from it.
    if (/^['’]S$/u.test(t.text) || (t.text === 'S' && /^['’]$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.end === t.start)) {
      words.push({ token: t, text: t.text.toLowerCase() });
      return;
    }
    if (!t.word) return;
    // "YEMEN-BASED": each part of a hyphenated word on its own.
    const parts = t.text.split('-');
    const afterPlacePreposition = lexicon.entities.PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
    let text = asNamed.get(i) ?? (t.hasDigit ? t.text : undefined) ?? parts.map((part, k) => { // "COVID-19", "F-16": as written
      const lower = part.toLowerCase();
      if (!/\p{L}/u.test(part)) return part;
      if (/^['’]/u.test(part)) return lower; // "'S"
      const spelled = articleSpelling(lower, part.length, known, lexicon);
      if (spelled) return spelled;
      if (known.lowerCase.has(lower)) return lower;
      return lexiconCase(lower, part, inPhrase > 0 && k === 0, afterPlacePreposition && k === 0, lexicon);
    }).join('-');
    if (first) text = capitalised(text);
    first = false;
    words.push({ token: t, text });
  });
  // "JOE BIDEN": a given name that is a word too ("joe", "bill", "mark") goes with the name after it; "TOVE LIEN": so does
  // a surname that is a word too, after a given name.
  const { firstNames, lastNames } = lexicon.gazetteers;
  words.forEach((word, k) => {
    const next = words[k + 1];
    if (!next || next.token.start !== word.token.end + 1) return;
    if (/^\p{Ll}/u.test(word.text) && firstNames.has(word.token.lower) && /^\p{Lu}\p{Ll}/u.test(next.text)) word.text = capitalised(word.text);
    else if (/^\p{Lu}\p{Ll}/u.test(word.text) && firstNames.has(word.token.lower) && /^\p{Ll}/u.test(next.text) && lastNames.has(next.token.lower) &&
      !lexicon.entities.FUNCTION_WORDS.has(next.token.lower)) next.text = capitalised(next.text);
  });
  return words.filter(({ token, text }) => text.length === token.text.length && text !== token.text).map(({ token, text }) => [token.start, text]);
}

/** The article with every sentence written in capitals re-cased; nothing copied when there is none. */
export function recaseShouting(blocks: readonly Block[], lexicon: Lexicon): RecasedArticle {
  let known: ArticleCase | undefined;
  const recased = new Map<number, Array<readonly [number, number]>>();
  const out = blocks.map((block) => {
    let text = block.text;
    for (const { start, end, tokens } of blockSentences(block, lexicon)) {
      // A dateline ("RIO DE JANEIRO Dec 6") is read as written: its capitals say where the places are.
      if (!isShouting(tokens) || closingDate(tokens, lexicon.entities) >= 0) continue;
      known ??= articleCase(blocks, lexicon);
      for (const [at, word] of recaseSentence(tokens, known, lexicon)) text = text.slice(0, at) + word + text.slice(at + word.length);
      (recased.get(block.index) ?? recased.set(block.index, []).get(block.index)!).push([start, end]);
    }
    return text === block.text ? block : { ...block, text };
  });
  return recased.size ? { blocks: out, recased } : { blocks, recased };
}
