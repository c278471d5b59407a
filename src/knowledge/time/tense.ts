// Which way a sentence points in time, judged from the verb cue nearest to the expression.
// Used only to pick between two occurrences of an underspecified date ("Friday", "in March").

const FUTURE = /\b(?:will|won['’]t|shall|going to|plans? to|scheduled|expected to|set to|is due to|are due to|intends? to|upcoming|is to|are to|next)\b|['’]ll\b/giu;
const PAST = /\b(?:was|were|had|did|said|told|ago|last|\w{3,}ed|died|burst|struck|made|took|came|went|began|won|lost|met|held|left|found|gave|saw|became|fell|rose|led|ran|sent|spent|built|brought|bought|sold|paid|kept|wrote|spoke|broke|chose|drove|flew|grew|knew|threw|fought|caught|taught|thought|hit|shot|stood|got|sank|swept|struck|withdrew|overtook|upheld|slid)\b/giu;

const PRESENT_PARTICIPLE_FORMS = /\b(?:is|are|am|be|been|being|has|have)\s+(?:(?:been|being|not|also|already)\s+)*\w+\b/giu;

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
export function tenseAround(sentence: string, at: number): Tense {
  // "is referred to", "have been planned": passive and perfect forms do not move a date into the past.
  const future = nearestDistance(FUTURE, sentence, at);
  const past = nearestDistance(PAST, sentence.replace(PRESENT_PARTICIPLE_FORMS, (m) => ' '.repeat(m.length)), at);
  if (future === Infinity && past === Infinity) return 0;
  return future <= past ? 1 : -1; // ties: "scheduled", "expected" are future cues that end in -ed
}
