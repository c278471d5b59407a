// Names an article always writes with a word the rules would cut from them, such as a number ("50 Cent"). Only the
// whole article shows it, so this runs last. Pure; span-rules.ts runs it.
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/**
 * "50 Cent", "6 Music": a number that stands before every mention of a one-word name, twice or more in the article, is
 * part of the name, not a quantity of it (the rules cut quantities that open a name: "60GB iPod"). Not a year ("2019
 * Atlantic hurricane season").
 */
export function withNumbersThatOpenThem(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const numberBefore = (s: TaggedSpan) => {
    const tokens = sentences[s.sentence]!.tokens;
    const number = tokens[s.from - 1];
    return s.to - s.from === 1 && number && /^\d{1,3}$/u.test(number.text) && number.end < tokens[s.from]!.start ? number.text : undefined;
  };
  const wordOf = (s: TaggedSpan) => (s.to - s.from === 1 ? sentences[s.sentence]!.tokens[s.from]!.lower : undefined);
  const numbers = new Map<string, Set<string | undefined>>();
  const counts = new Map<string, number>();
  for (const s of spans) {
    const word = wordOf(s);
    if (!word) continue;
    (numbers.get(word) ?? numbers.set(word, new Set()).get(word)!).add(numberBefore(s));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return spans.map((s) => {
    const word = wordOf(s);
    const number = numberBefore(s);
    if (!word || !number || (counts.get(word) ?? 0) < 2 || numbers.get(word)!.size !== 1) return s;
    const tokens = sentences[s.sentence]!.tokens;
    return { ...s, from: s.from - 1, start: tokens[s.from - 1]!.start };
  });
}
