import { trimSpan } from './spans.ts';
import type { Block } from './types.ts';

/** A block together with where its text starts in the source it was cut from. */
export interface LocatedBlock extends Block {
  /** Index of `text[0]` in the source string. */
  offset: number;
}

/**
 * Cut plain text into blocks with their offsets.
 * `paragraphs`: blank lines separate paragraphs (markdown-like bodies).
 * `lines`: every non-empty line is a block (scraped .txt files put one paragraph, headline or sentence per line).
 * Leading and trailing white space is trimmed from each block; offsets account for it.
 */
export function textToBlocks(text: string, mode: 'paragraphs' | 'lines' = 'paragraphs'): LocatedBlock[] {
  const separator = mode === 'lines' ? /\r?\n/g : /\r?\n[ \t]*\r?\n/g;
  const blocks: LocatedBlock[] = [];
  let cursor = 0;
  const take = (end: number) => {
    const { start, end: stop } = trimSpan(text, cursor, end);
    if (stop > start) {
      blocks.push({ index: blocks.length + 1, kind: 'paragraph', text: text.slice(start, stop), offset: start });
    }
  };
  for (const match of text.matchAll(separator)) {
    take(match.index);
    cursor = match.index + match[0].length;
  }
  take(text.length);
  return blocks;
}
