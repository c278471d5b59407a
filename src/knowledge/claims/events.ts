import type { ArticleInput, Precision, TimeExpression } from '../types.ts';
import { blockSentenceSpans } from '../sentences.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';

/** A sentence that says when something happened (or will). */
export interface DatedEvent {
  block: number;
  /** The sentence span. */
  start: number;
  end: number;
  /** The sentence. */
  text: string;
  /** The resolved TIMEX3 value, or null when the time could not be anchored. */
  date: string | null;
  precision: Precision;
  /** The unresolved phrase ("last month") when `date` is null. */
  relative?: string;
  time: TimeExpression;
}

/** Durations, sets and PRESENT_REF-like references say how long or how often, not when: they make no event. */
function isEventTime(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && t.precision !== 'reference';
}

/**
 * "19th Century paintings", "an 18th-Century dramatist", "a 21st Century network": a century before the word it
 * describes says what kind of thing that is, not when the sentence happens (the auction, the play, the plan).
 */
function describesAThing(t: TimeExpression, text: string, lexicon: Lexicon): boolean {
  if (t.precision !== 'century') return false;
  const next = /^[\s-]+(\p{L}[\p{L}'’]*)/u.exec(text.slice(t.end))?.[1];
  return !!next && !lexicon.entities.FUNCTION_WORDS.has(next.toLowerCase());
}

/**
 * One event per distinct date in a sentence, in text order.
 * Rule for sentences with several dates: each date makes its own event carrying the same sentence
 * ("X was founded in 1990 and sold in 2005" is two points on a timeline); a date that only restates
 * another at coarser grain ("Saturday" next to "Saturday 8 p.m.") is dropped in favour of the finer one.
 */
export function extractEvents(article: ArticleInput, times: TimeExpression[], lexicon: Lexicon = defaultLexicon()): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const block of article.blocks) {
    const inBlock = times.filter((t) => t.block === block.index && isEventTime(t) && !describesAThing(t, block.text, lexicon));
    if (inBlock.length === 0) continue;
    for (const s of blockSentenceSpans(block, lexicon.sentences)) {
      const inSentence = inBlock.filter((t) => t.start >= s.start && t.start < s.end);
      const seen = new Set<string>();
      for (const t of inSentence) {
        const key = t.relative ? `relative:${t.text.toLowerCase()}` : t.value;
        if (seen.has(key)) continue;
        const finer = inSentence.some((o) => o !== t && !o.relative && !t.relative && o.value.length > t.value.length && o.value.startsWith(t.value));
        if (finer) continue;
        seen.add(key);
        events.push({
          block: block.index, start: s.start, end: s.end, text: block.text.slice(s.start, s.end),
          date: t.relative ? null : t.value, precision: t.precision, ...(t.relative ? { relative: t.text } : {}), time: t,
        });
      }
    }
  }
  return events;
}
