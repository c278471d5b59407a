// Which way a sentence points in time, judged from the verb cue nearest to the expression.
// Used only to pick between two occurrences of an underspecified date ("Friday", "in March"). The cues are the lexicon's
// (TimeWords FUTURE, PAST, PRESENT_PARTICIPLE_FORMS).
import type { TimeWords } from './lexicon.ts';

export type Tense = -1 | 0 | 1;

function nearestDistance(pattern: RegExp, sentence: string, at: number): number {
  let best = Infinity;
  for (const m of sentence.matchAll(pattern)) {
    const d = Math.abs(m.index - at);
    if (d < best) best = d;
  }
  return best;
}

/** -1 past, 1 future, 0 unknown; `at` is the expression's offset inside the sentence. */
export function tenseAround(sentence: string, at: number, time: TimeWords): Tense {
  // "is referred to", "have been planned": passive and perfect forms do not move a date into the past.
  const future = nearestDistance(time.FUTURE, sentence, at);
  const past = nearestDistance(time.PAST, sentence.replace(time.PRESENT_PARTICIPLE_FORMS, (m) => ' '.repeat(m.length)), at);
  if (future === Infinity && past === Infinity) return 0;
  return future <= past ? 1 : -1; // ties: "scheduled", "expected" are future cues that end in -ed
}
