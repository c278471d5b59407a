import { trimSpan } from './spans.ts';
import type { Block, Sentence } from './types.ts';
import { RecentMemo } from './recent-memo.ts';

// A small rule-based splitter, written by hand because the NLP packages that split sentences
// (compromise, wink) do not report character offsets cheaply, and offsets are our contract. Its words (the
// abbreviations) are the lexicon's, data in ./lexicon/sentence-words.json, passed in as SentenceWords.

/** sentence-words.json as read. */
export interface SentenceWordLists {
  abbreviations: readonly string[];
  'sentence-openers': readonly string[];
  'closing-abbreviations': readonly string[];
}

export interface SentenceWords {
  /** Abbreviations after which a full stop does not end a sentence. Lower-case, without the final dot. */
  ABBREVIATIONS: ReadonlySet<string>;
  /** Words that open sentences far more often than they follow a person's initials ("… Washington, D.C. They said"). */
  SENTENCE_OPENERS: ReadonlySet<string>;
  /**
   * Abbreviations that often close a sentence, unlike a title before a name: a company's suffix, "Jr", a unit, a month,
   * "etc", "p.m." ("… said Acme Corp. The deal …", "… tell the FT. But Rover said"). Before a word of SENTENCE_OPENERS,
   * their full stop ends the sentence.
   */
  CLOSING_ABBREVIATIONS: ReadonlySet<string>;
}

export function buildSentenceWords(lists: SentenceWordLists): SentenceWords {
  return {
    ABBREVIATIONS: new Set(lists['abbreviations']),
    SENTENCE_OPENERS: new Set(lists['sentence-openers']),
    CLOSING_ABBREVIATIONS: new Set(lists['closing-abbreviations']),
  };
}

/** "O.J.", "H.W.", "J.R.R.": a person's initials run together (the entity rules read them too). */
export const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** The word that starts at `at`, lower-cased (letters only). */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
  return text.slice(at, end).toLowerCase();
}

const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '»']);

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{N}"'“‘(\[«—–-]/u.test(ch);
}

/** The word that ends just before `end` (letters and inner dots), lower-cased. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * Split one block of text into sentences with offsets into that text.
 * Newlines always end a sentence: scraped text often puts one sentence or headline per line.
 */
export function splitSentenceSpans(text: string, words: SentenceWords): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) spans.push(span);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Swallow runs of terminators and closing quotes/brackets: `?!”)`.
    let end = i + 1;
    while (end < text.length && (/[.!?…]/u.test(text[end]!) || CLOSERS.has(text[end]!))) end++;
    if (end < text.length && !/\s/u.test(text[end]!)) {
      i = end - 1;
      continue; // "3.5", "e.g.", "Node.js"
    }
    let next = end;
    while (next < text.length && /[ \t]/u.test(text[next]!)) next++;
    if (next < text.length && text[next] !== '\n' && !isUpperStart(text[next])) {
      i = end - 1;
      continue; // lower-case continuation: "approx. five"
    }
    if (ch === '.') {
      const word = wordBefore(text, i);
      // "Mr. Smith", "U.S. officials", single initials such as "J. Smith", and initials run together before a name
      // ("O.J. Simpson", "George H.W. Bush"), not before a word that opens sentences ("Washington, D.C. They said").
      const initials = () => JOINED_INITIALS.test(text.slice(i - word.length, i + 1)) && !words.SENTENCE_OPENERS.has(wordAt(text, next));
      const closes = words.CLOSING_ABBREVIATIONS.has(word) && words.SENTENCE_OPENERS.has(wordAt(text, next));
      if ((words.ABBREVIATIONS.has(word) && !closes) || /^\p{Lu}$/u.test(text.slice(i - 1, i)) && word.length === 1 || initials()) {
        i = end - 1;
        continue;
      }
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

const spansOfBlock = new RecentMemo<Block, { text: string; words: SentenceWords; spans: ReadonlyArray<{ start: number; end: number }> }>();

/**
 * The sentence spans of a block, split once per block however many extractors ask (entities, times,
 * events, figures, quotes all read sentences). Remembered per block object; shared, so never changed.
 */
export function blockSentenceSpans(block: Block, words: SentenceWords): ReadonlyArray<{ start: number; end: number }> {
  const known = spansOfBlock.get(block);
  if (known && known.text === block.text && known.words === words) return known.spans;
  const spans = splitSentenceSpans(block.text, words);
  spansOfBlock.set(block, { text: block.text, words, spans });
  return spans;
}

export function splitSentences(block: Block, words: SentenceWords): Sentence[] {
  return blockSentenceSpans(block, words).map(({ start, end }) => ({
    block: block.index,
    start,
    end,
    text: block.text.slice(start, end),
  }));
}
