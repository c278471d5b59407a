import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractQuotes } from '../../src/knowledge/claims/index.ts';
import type { Block } from '../../src/knowledge/types.ts';
import { SEED_DIR, textArticle } from '../support/text-article.ts';

const quotes = (text: string) => extractQuotes(textArticle(text)).map((q) => [q.text, q.speaker]);

describe('quotes', () => {
  it('finds curly and straight inline quotes with their speakers', () => {
    expect(quotes('Cruz, in remarks to ABC, said, "It is long past time for Congress to hold itself accountable."')).toEqual([
      ['It is long past time for Congress to hold itself accountable.', 'Cruz']]);
    expect(quotes('“Walter was the most brilliant scientist I have ever known,” said University of California, San Diego’s chancellor, Pradeep Khosla.')).toEqual([
      ['Walter was the most brilliant scientist I have ever known,', 'Pradeep Khosla']]);
    expect(quotes('"The pledged assets are with Rosneft, so it will have to pay real money," Mallory said.')).toEqual([
      ['The pledged assets are with Rosneft, so it will have to pay real money,', 'Mallory']]);
    expect(quotes('The fund grew, according to Mallory, who said "prices will keep rising for the rest of the year and beyond."')[0]![1]).toBe(null);
  });
  it('leaves the speaker null when nobody is named', () => {
    expect(quotes('“The opportunity cost of sustaining large-scale video generation research is now too high.”')).toEqual([
      ['The opportunity cost of sustaining large-scale video generation research is now too high.', null]]);
  });
  it('ignores quotes under eight words and apostrophes', () => {
    expect(quotes('Sora was deemed a “side quest” in OpenAI’s recent mission, she said "not now".')).toEqual([]);
  });
  it('follows a quotation over paragraphs that reopen with a quote mark', () => {
    const found = extractQuotes(textArticle('He said: “The first paragraph of the statement goes on without a close\n\n“and the second paragraph finishes the whole statement here.” Then he left.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ block: 1, endBlock: 2, speaker: null });
    expect(found[0]!.text).toBe('The first paragraph of the statement goes on without a close and the second paragraph finishes the whole statement here.');
  });
  it('reads blockquotes without marks and with an attribution line', () => {
    const blocks: Block[] = [{ index: 1, kind: 'paragraph', quoted: true, text: 'The real winner here is the open-source ecosystem that can iterate fast. — Jane Doe' }];
    expect(extractQuotes({ id: 'b', title: 'b', blocks })).toEqual([
      { block: 1, start: 0, end: 72, text: 'The real winner here is the open-source ecosystem that can iterate fast.', speaker: 'Jane Doe' }]);
  });
  it('finds the two blockquoted seed quotes and nothing else', () => {
    const found = ['000_7a7de0392025a01d.txt', '002_ba23344b395729c1.txt'].flatMap((f) =>
      extractQuotes({ id: f, title: f, blocks: textToBlocks(readFileSync(join(SEED_DIR, f), 'utf8'), 'lines') }));
    expect(found.map((q) => [q.text.slice(0, 40), q.speaker])).toEqual([
      ['The opportunity cost of sustaining large', null], ['When OpenAI steps back from a modality, ', null]]);
  });
});
