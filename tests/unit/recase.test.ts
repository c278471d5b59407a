// Sentences in capitals re-cased before tagging (recase.ts), on made-up articles.
import { describe, expect, it } from 'vitest';
import { recaseShouting } from '../../src/knowledge/entities/recase.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import type { Block } from '../../src/knowledge/types.ts';

const lexicon = defaultLexicon();
const paragraphs = (...texts: string[]): Block[] => texts.map((text, i) => ({ index: i + 1, kind: 'paragraph', text }));

describe('re-casing sentences in capitals', () => {
  it('takes each word’s case from the body: its spelling mid-sentence, a full name, a word written small', () => {
    const { blocks, recased } = recaseShouting(paragraphs('OPENAI AND THE WHO SIGN DEAL WITH BRIGHTWATER HOLDINGS', 'OpenAI and Brightwater Holdings told the WHO the deal was signed.'), lexicon);
    expect(blocks[0]!.text).toBe('OpenAI and the WHO sign deal with Brightwater Holdings');
    expect(blocks[1]!.text).toBe('OpenAI and Brightwater Holdings told the WHO the deal was signed.');
    expect(recased.get(1)).toEqual([[0, blocks[0]!.text.length]]);
    expect(recased.has(2)).toBe(false);
  });

  it('without the body, takes the lexicon’s case: names capitalised, dictionary words small, a short unknown word an acronym', () => {
    const { blocks } = recaseShouting(paragraphs('FLOODS HIT NEW ZEALAND AS JOE TARANUI CALLS NZDF', 'THE USA AND THE UK SEND AID TO THE REGION'), lexicon);
    expect(blocks[0]!.text).toBe('Floods hit New Zealand as Joe Taranui calls NZDF');
    expect(blocks[1]!.text).toBe('The USA and the UK send aid to the region');
    // A given name or a surname that is a word too goes with the name beside it.
    expect(recaseShouting(paragraphs('KAREN BROWN AND BILL TARANUI MET'), lexicon).blocks[0]!.text).toBe('Karen Brown and Bill Taranui met');
    // A possessive's "s", attached or cut from its apostrophe; an acronym without a vowel that a list knows.
    expect(recaseShouting(paragraphs("NHL STANDINGS AFTER THURSDAY 'S GAMES IN BRITAIN'S CAPITAL"), lexicon).blocks[0]!.text).toBe("NHL standings after Thursday 's games in Britain's capital");
  });

  it('re-cases each part of a hyphenated word, and keeps words with figures as written', () => {
    const { blocks } = recaseShouting(paragraphs('YEMEN-BASED GROUP BLAMES COVID-19 FOR DELAY'), lexicon);
    expect(blocks[0]!.text).toBe('Yemen-based group blames COVID-19 for delay');
  });

  it('leaves an article without capitals as it is, the same blocks', () => {
    const input = paragraphs('The WHO met in Geneva.', 'NATO did not.');
    expect(recaseShouting(input, lexicon).blocks).toBe(input);
  });
});
