// BILOU tags: each token is the Beginning, Inside or Last token of a multi-token name, a Unit
// (one-token name) or Outside. The tag set and the transitions a valid sequence may take.
import { ENTITY_TYPES, type EntityType } from '../../types.ts';

const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Tag 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((type) => PREFIXES.map((p) => `${p}-${type}`))];
export const OUTSIDE = 0;

export const prefixOf = (tag: number): 'O' | 'B' | 'I' | 'L' | 'U' => (tag === OUTSIDE ? 'O' : PREFIXES[(tag - 1) % 4]!);
export const typeOf = (tag: number): EntityType | undefined => (tag === OUTSIDE ? undefined : ENTITY_TYPES[Math.floor((tag - 1) / 4)]);
export const tagOf = (prefix: 'B' | 'I' | 'L' | 'U', type: EntityType): number => 1 + ENTITY_TYPES.indexOf(type) * 4 + PREFIXES.indexOf(prefix);

/** After B-x or I-x only I-x or L-x may follow; after anything else, O, B-* or U-*. */
export function allowedAfter(previous: number, next: number): boolean {
  const before = prefixOf(previous);
  const after = prefixOf(next);
  if (before === 'B' || before === 'I') return (after === 'I' || after === 'L') && typeOf(previous) === typeOf(next);
  return after === 'O' || after === 'B' || after === 'U';
}

/** A run of tokens [from, to) with its type. */
export interface TokenSpan { from: number; to: number; type: EntityType }

export function spansToTags(length: number, spans: readonly TokenSpan[]): number[] {
  const tags = new Array<number>(length).fill(OUTSIDE);
  for (const { from, to, type } of spans) {
    if (to - from === 1) tags[from] = tagOf('U', type);
    else {
      tags[from] = tagOf('B', type);
      for (let i = from + 1; i < to - 1; i++) tags[i] = tagOf('I', type);
      tags[to - 1] = tagOf('L', type);
    }
  }
  return tags;
}

export function tagsToSpans(tags: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  tags.forEach((tag, i) => {
    const prefix = prefixOf(tag);
    const type = typeOf(tag);
    if (prefix === 'U') spans.push({ from: i, to: i + 1, type: type! });
    else if (prefix === 'B') open = i;
    else if (prefix === 'L' && open >= 0) { spans.push({ from: open, to: i + 1, type: type! }); open = -1; }
    else if (prefix === 'O') open = -1;
  });
  return spans;
}
