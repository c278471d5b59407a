// Each block's sentences, tokenised once per article: the rule engine and the learned tagger both read
// them, and tokenising is a good share of extraction time. Remembered per block object while the article's
// passes run (recent-memo.ts); the tokens are shared, so no caller may change them.
import { blockSentenceSpans } from '../sentences.ts';
import type { Block } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { tokenize, type Token } from './tokens.ts';
import { RecentMemo } from '../recent-memo.ts';

export interface SentenceTokens {
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** Offsets into the block's text too. */
  tokens: readonly Token[];
}

const remembered = new RecentMemo<Block, { text: string; lexicon: Lexicon; sentences: readonly SentenceTokens[] }>();

/** The block's sentences with their tokens, split and tokenised with the words of `lexicon`. */
export function blockSentences(block: Block, lexicon: Lexicon): readonly SentenceTokens[] {
  const known = remembered.get(block);
  if (known && known.text === block.text && known.lexicon === lexicon) return known.sentences;
  const { words } = lexicon.gazetteers;
  const isWord = (lower: string) => words.has(lower);
  const sentences = blockSentenceSpans(block, lexicon.sentences).map(({ start, end }) => ({ start, end, tokens: tokenize(block.text.slice(start, end), start, lexicon.entities, isWord) }));
  remembered.set(block, { text: block.text, lexicon, sentences });
  return sentences;
}
