import { textToBlocks } from '../../src/knowledge/blocks.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';

/** An article from paragraphs separated by blank lines, optionally with a published date. */
export function article(text: string, published?: string): ArticleInput {
  return { id: 'test', title: 'test', blocks: textToBlocks(text), ...(published ? { published } : {}) };
}
