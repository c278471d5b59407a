// A time expression inside a longer name names no time: "Noon" in "Jamie Noon", "Wednesday" in "Sheffield
// Wednesday", "Daily" in "China Daily", "20th Century" in "20th Century Fox". The entity recognizer has read
// the name whole, so its mentions say where a time word is only part of one.
import type { DocumentEntity, TimeExpression } from '../types.ts';

/** The time expressions that no entity mention holds with more words around them, in their order. */
export function timesOutsideNames(times: readonly TimeExpression[], entities: readonly DocumentEntity[]): TimeExpression[] {
  const mentionsByBlock = new Map<number, Array<{ start: number; end: number }>>();
  for (const entity of entities) {
    for (const m of entity.mentions) (mentionsByBlock.get(m.block) ?? mentionsByBlock.set(m.block, []).get(m.block)!).push(m);
  }
  const insideName = (t: TimeExpression) =>
    (mentionsByBlock.get(t.block) ?? []).some((m) => m.start <= t.start && m.end >= t.end && m.end - m.start > t.end - t.start);
  return times.filter((t) => !insideName(t));
}
