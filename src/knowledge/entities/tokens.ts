// A small tokenizer that keeps offsets: names are built from tokens, mentions carry offsets.
import type { EntityWords } from './vocabulary.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a letter or digit. */
  word: boolean;
  /** Looks like part of a name: capitalised, an acronym, or a particle-prefixed name ("al-Muhandis"). */
  cap: boolean;
  /** Two or more letters, all upper-case ("FSB", "U.S."). */
  upper: boolean;
  hasDigit: boolean;
  lower: string;
  /** First word of a sentence, or first word after an opening quote, colon or dash. */
  initial: boolean;
}

// How text is cut (TOKEN), which particles open a name (PARTICLE_PREFIX) and which labels a credit glues to a caption (CREDIT_GLUED) are the lexicon's EntityWords, made once per lexicon.
const POSSESSIVE = /^(.+?)['’][sS]$/u;
const CONTRACTION = /^(.+?)(['’](?:ve|ll|re|d|m)|n['’]t)$/iu;
/** A lower-case ASCII word, or one mark that is no letter, digit or space. */
const PLAIN = /^(?:[a-z]+|[^\p{L}\p{N}\s])$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '«', ';']);

function makeToken(text: string, start: number, words: EntityWords): Token {
  return asciiWordToken(text, start) ?? anyToken(text, start, words);
}

/**
 * A token of ASCII letters alone ("Blair", "BBC", "iPod"), most of the tokens makeToken sees, read by its character
 * codes: the same token anyToken makes (no particle prefix is of letters alone), without its patterns. Undefined for any other.
 */
function asciiWordToken(text: string, start: number): Token | undefined {
  let upperCount = 0;
  // Where the first capital stands, and whether only small letters come before it ("iPod").
  let firstUpper = -1;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) {
      upperCount++;
      if (firstUpper < 0) firstUpper = k;
    } else if (code < 97 || code > 122) return undefined;
  }
  const upper = text.length >= 2 && upperCount === text.length;
  return { text, start, end: start + text.length, word: true, cap: firstUpper >= 0, upper, hasDigit: false, lower: upperCount ? text.toLowerCase() : text, initial: false };
}

function anyToken(text: string, start: number, { PARTICLE_PREFIX }: EntityWords): Token {
  const word = /^[\p{L}\p{N}]/u.test(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const cap = word && (/^\p{Lu}/u.test(text) || PARTICLE_PREFIX.test(text) || /^\p{Ll}+\p{Lu}/u.test(text));
  return {
    text,
    start,
    end: start + text.length,
    word,
    cap,
    upper,
    hasDigit: /\p{N}/u.test(text),
    lower: text.toLowerCase(),
    initial: false,
  };
}

/**
 * Tokens of one sentence, cut with the entity words `words`; offsets are relative to `text` plus `base`. `isWord` says
 * whether a lower-case word is English (the gazetteers' dictionary): a name's hyphenated part that is none stays whole.
 */
export function tokenize(text: string, base: number, words: EntityWords, isWord: (lower: string) => boolean = () => true): Token[] {
  const tokens: Token[] = [];
  // exec on the lexicon's own pattern, not matchAll: matchAll copies the pattern at every call, and once a garbage
  // collection has dropped V8's cache of compiled patterns, each copy of this long one was compiled afresh.
  const pattern = words.TOKEN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let raw = match[0];
    let start = match.index + base;
    // Most tokens are lower-case words or single marks, which none of the cases below concern: made directly.
    if (PLAIN.test(raw)) {
      const word = /^[a-z]/.test(raw);
      tokens.push({ text: raw, start, end: start + raw.length, word, cap: false, upper: false, hasDigit: false, lower: raw, initial: false });
      continue;
    }
    // A caption glued to its photo credit by scraping: "Jo JorgensenImage: Gage Skidmore."
    const credit = words.CREDIT_GLUED.exec(raw);
    if (credit && text[match.index + raw.length] === ':') {
      tokens.push(makeToken(credit[1]!, start, words));
      tokens.push(makeToken(credit[2]!, start + credit[1]!.length, words));
      continue;
    }
    const possessive = POSSESSIVE.exec(raw) ?? CONTRACTION.exec(raw);
    if (possessive) {
      tokens.push(makeToken(possessive[1]!, start, words));
      tokens.push(makeToken(raw.slice(possessive[1]!.length), start + possessive[1]!.length, words));
      continue;
    }
    // "Codex-powered", "Iranian-backed": the capitalised part is the name, the rest is a modifier.
    const modifier = /^(\p{Lu}[\p{L}\p{N}.]*)-(\p{Ll}[\p{Ll}-]*)$/u.exec(raw);
    // Not "Wi-fi", and not a prefix: "Co-developer", "Ex-wife"; nor a given name of two syllables ("Kim Dae-jung",
    // "Tung Chee-hwa"), whose second is no English word.
    if (modifier && (modifier[1]!.length > 2 || /^\p{Lu}+$/u.test(modifier[1]!)) && modifier[2]!.length > 2 && isWord(modifier[2]!.split('-')[0]!)) {
      tokens.push(makeToken(modifier[1]!, start, words));
      tokens.push(makeToken(raw.slice(modifier[1]!.length), start + modifier[1]!.length, words));
      continue;
    }
    // "pro-Trump", "anti-Kremlin": the name is after the hyphen.
    const prefixed = words.HYPHEN_PREFIXED.exec(raw);
    if (prefixed) {
      const cut = prefixed[1]!.length + 1;
      tokens.push(makeToken(raw.slice(0, cut), start, words));
      start += cut;
      raw = raw.slice(cut);
    }
    tokens.push(makeToken(raw, start, words));
  }
  markInitials(tokens);
  // "Co-author", "No-one", "So-called" opening a sentence or a phrase: a capitalised prefix, not a name ("Yoo Ji-chang" stays).
  tokens.forEach((t, i) => {
    if (t.cap && /^\p{Lu}\p{Ll}{0,2}-\p{Ll}/u.test(t.text) && (t.initial || !tokens[i - 1]?.cap)) t.cap = false;
  });
  return tokens;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** A short quoted stretch mid-sentence is a quoted name (“Operator”), not the start of a quotation. */
function quotesAName(tokens: Token[], i: number): boolean {
  if (i === 0 || !'"“‘\''.includes(tokens[i]!.text)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    if (CLOSERS.has(tokens[k]!.text)) return k > i + 1;
    if (/^[.!?,;:]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

function markInitials(tokens: Token[]): void {
  let expectStart = true;
  tokens.forEach((token, i) => {
    if (token.word) {
      if (expectStart) token.initial = true;
      expectStart = false;
    } else if ((OPENERS.has(token.text) && !quotesAName(tokens, i)) || (token.text === ')' && tokens[i - 1]?.text === ')')) {
      expectStart = true;
    }
  });
}
