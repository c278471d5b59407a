// Small edits the span rules share: making a span over tokens, adding spans, and replacing the tagger's spans where a
// rule read a whole line. Spans stay in text order (sentence, then first token), which every later pass expects.
import type { EntityType } from '../types.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/** A span of `type` over tokens from..to of `sentence`, the article's sentence number `index`. */
export const spanOver = (sentence: PreparedSentence, index: number, from: number, to: number, type: EntityType): TaggedSpan =>
  ({ block: sentence.block, start: sentence.tokens[from]!.start, end: sentence.tokens[to - 1]!.end, type, sentence: index, from, to });

/** A player on a sports line (team sheet, scorers, a batting line): a person, and a lone word a surname for certain. */
export const playerSpan = (sentence: PreparedSentence, index: number, from: number, to: number): TaggedSpan =>
  (to - from === 1 ? { ...spanOver(sentence, index, from, to, 'person'), surname: true } : spanOver(sentence, index, from, to, 'person'));

const inTextOrder = (p: TaggedSpan, q: TaggedSpan) => p.sentence - q.sentence || p.from - q.from;

/** `spans` with `added` among them, in text order (a copy either way). */
export function withSpansAdded(spans: readonly TaggedSpan[], added: readonly TaggedSpan[]): TaggedSpan[] {
  return added.length ? [...spans, ...added].sort(inTextOrder) : [...spans];
}

/** The spans a rule found for some sentences (`found`, by sentence) in place of every span they overlap there. */
export function withSpansReplaced(spans: readonly TaggedSpan[], found: ReadonlyMap<number, readonly TaggedSpan[]>): TaggedSpan[] {
  if (!found.size) return [...spans];
  const kept = spans.filter((s) => !found.get(s.sentence)?.some((f) => f.from < s.to && s.from < f.to));
  return withSpansAdded(kept, [...found.values()].flat());
}

/** Whether a span of sentence `sentence` covers its token `i`. */
export const covered = (spans: readonly TaggedSpan[], sentence: number, i: number) => spans.some((s) => s.sentence === sentence && s.from <= i && s.to > i);
