// Made-up articles for the extractors' unit tests, and the folder of seed texts some of them read.
import { join } from 'node:path';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';

/** The plain-text seed articles beside the project (/work/shared/seeds), read by the extractor tests. */
export const SEED_DIR = join(import.meta.dirname, '../../../shared/seeds');

/** An article made of `text` (paragraphs split on blank lines), published on `published` when given. */
export function textArticle(text: string, published?: string): ArticleInput {
  return { id: 'test', title: 'test', blocks: textToBlocks(text), ...(published ? { published } : {}) };
}
