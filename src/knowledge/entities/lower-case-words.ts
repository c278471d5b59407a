// The words an article writes in lower case somewhere: a capitalised use of one of them is less likely a
// name. The rule engine, the tagger's features and the recognizer's rules all ask, so each block's words
// are found once and remembered while the article's passes run (recent-memo.ts).
import type { Block } from '../types.ts';
import { RecentMemo } from '../recent-memo.ts';

const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu;

const remembered = new RecentMemo<Block, { text: string; words: readonly string[] }>();

function blockWords(block: Block): readonly string[] {
  const known = remembered.get(block);
  if (known && known.text === block.text) return known.words;
  const words = Array.from(block.text.matchAll(LOWER_WORD), (m) => m[0]);
  remembered.set(block, { text: block.text, words });
  return words;
}

// Per article, so a few: each of them holds a set of hundreds of words.
const rememberedSets = new RecentMemo<readonly Block[], { parts: ReadonlyArray<readonly string[]>; words: ReadonlySet<string> }>(8);

/** Every word the blocks write in lower case; the same blocks give the same set, built once. */
export function lowerCaseWords(blocks: readonly Block[]): ReadonlySet<string> {
  const parts = blocks.map(blockWords);
  const known = rememberedSets.get(blocks);
  if (known && known.parts.length === parts.length && known.parts.every((p, i) => p === parts[i])) return known.words;
  const words = new Set<string>();
  for (const part of parts) for (const word of part) words.add(word);
  rememberedSets.set(blocks, { parts, words });
  return words;
}
