// Capitalised words that are used as ordinary words: adjectives before a noun ("Democratic mayor"),
// acronyms the text spells out as a common noun ("ART [Anti-retroviral treatment]"), words in capitals
// for emphasis ("it ABSTAINS"). Such a run may still mention a name found elsewhere, never found one.
import type { Gazetteers, Lexicon } from '../lexicon/index.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';

const ADJECTIVE_ENDING = /(?:ic|ical|an|ian|ish|ese|ist|ern|ive|al|ed)$/;
const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

function known(lower: string, g: Gazetteers): boolean {
  return g.firstNames.has(lower) || g.lastNames.has(lower) || g.countries.has(lower) || g.regions.has(lower) ||
    g.cities.has(lower) || g.organizations.has(lower);
}

/**
 * "Democratic mayor", "Abrahamic religion", "Native American voters": an adjective-shaped word (or a people's
 * adjective closing two words) right before a noun.
 */
export function adjectiveBeforeNoun(run: Run, lexicon: Lexicon): boolean {
  const g = lexicon.gazetteers;
  const { FUNCTION_WORDS, SPEECH_VERBS } = lexicon.entities;
  const size = run.to - run.from;
  const word = run.tokens[run.to - 1]!;
  if (size === 2) {
    const whole = run.text.toLowerCase();
    if (!g.demonyms.has(word.lower) || known(whole, g) || g.demonyms.has(whole)) return false;
  } else if (size !== 1) return false;
  const next = run.tokens[run.to];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !next?.word || next.cap || next.hasDigit) return false; // not "McLeish"
  if (FUNCTION_WORDS.has(next.lower) || SPEECH_VERBS.has(next.lower) || /ed$|ly$/.test(next.lower)) return false;
  if (size === 2) return g.words.has(next.lower);
  if (!ADJECTIVE_ENDING.test(word.lower) || known(word.lower, g)) return false;
  return g.words.has(next.lower) && (g.words.has(word.lower) || /(?:ic|ist|ish|ern)$/.test(word.lower));
}

/** Names of attitudes and creeds ("Islamophobia", "Zionists"): common nouns, however capitalised. */
export function creedWord(run: Run, lexicon: Lexicon): boolean {
  if (run.to - run.from !== 1) return false;
  const word = run.tokens[run.from]!;
  return /^\p{Lu}\p{Ll}{3,}(?:ism|isms|phobia|phobias|phobe|phobes|ists?)$/u.test(word.text) && !known(word.lower, lexicon.gazetteers);
}

/** Peoples: "Native Americans", "Montanans" (a place's name + "ns"); groups of people, not named entities. */
export function peoplesWord(run: Run, lexicon: Lexicon): boolean {
  const size = run.to - run.from;
  const last = run.tokens[run.to - 1]!;
  const g = lexicon.gazetteers;
  if (size > 2 || !/s$/.test(last.lower) || known(run.text.toLowerCase(), g)) return false;
  if (g.demonyms.has(last.lower)) return size === 2 && !known(last.lower, g);
  if (size !== 1) return false;
  const stem = last.lower.replace(/(?:ians|ans|ns)$/, '');
  return stem !== last.lower && [stem, `${stem}a`, `${stem}ia`].some((s) => g.regions.has(s) || g.countries.has(s));
}

/** Capitals for emphasis inside ordinary prose: an everyday word ("ZERO") or a long dictionary word ("DISMISSES"). */
export function shoutedWord(run: Run, lexicon: Lexicon): boolean {
  if (run.to - run.from !== 1) return false;
  const word = run.tokens[run.from]!;
  const g = lexicon.gazetteers;
  const everyday = (word.lower.length >= 4 && g.common.has(word.lower)) || (word.lower.length >= 6 && g.words.has(word.lower));
  return word.upper && everyday && /^\p{L}+$/u.test(word.text) && !lexicon.entities.DISEASES.has(word.lower) && !known(word.lower, g);
}

/** The words between a bracket after token i and its closing bracket, or null. */
function bracketed(tokens: readonly Token[], i: number): Token[] | null {
  if (!OPEN.has(tokens[i]?.text ?? '')) return null;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    if (CLOSE.has(tokens[k]!.text)) return k > i + 1 ? tokens.slice(i + 1, k) : null;
  }
  return null;
}

/**
 * Acronyms the text spells out in everyday lower-case words ("BPL card [below poverty line]", "ART [Anti-retroviral
 * treatment]"): common nouns, with their spelled-out forms, wherever they occur in the article.
 */
export function spelledOutCommonNouns(runs: Run[], lexicon: Lexicon): Set<string> {
  const g = lexicon.gazetteers;
  const { DISEASES, ORG_HEADS, PLACE_HEADS, OTHER_HEADS, FUNCTION_WORDS } = lexicon.entities;
  const found = new Set<string>();
  for (const run of runs) {
    if (run.to - run.from !== 1 || !run.tokens[run.from]!.upper) continue;
    let i = run.to;
    while (run.tokens[i]?.word && !run.tokens[i]!.cap && i < run.to + 2) i++; // "BPL card [...]"
    const inside = bracketed(run.tokens, i);
    if (!inside) continue;
    // Spelled out in lower case after the first word: a Title-Cased expansion may well be a name ("Women and Child Development").
    if (DISEASES.has(run.text.toLowerCase()) || inside.slice(1).some((t) => t.cap)) continue;
    const words = inside.filter((t) => t.word).flatMap((t) => t.lower.split('-'));
    if (words.length < 2 || words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w))) continue;
    if (!words.every((w) => g.words.has(w) || FUNCTION_WORDS.has(w) || w.length <= 2)) continue;
    found.add(run.text.toLowerCase());
    found.add(inside.map((t) => t.text).join(' ').replace(/ - /g, '-').toLowerCase());
  }
  return found;
}
