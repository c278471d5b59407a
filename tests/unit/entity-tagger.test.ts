import { describe, expect, it } from 'vitest';
import { spansToTags, tagsToSpans, TAGS } from '../../src/knowledge/entities/tagger/bilou.ts';
import { Perceptron } from '../../src/knowledge/entities/tagger/perceptron.ts';
import { tagBlocks } from '../../src/knowledge/entities/tagger/tag.ts';
import type { Block } from '../../src/knowledge/types.ts';
import { serializeWeights, train, trainAveraged } from '../../tools/train/train-entities.ts';
import { examplesOf } from '../../tools/train/entity-data.ts';
import { parseAnnotated } from '../../tools/eval/annotated-corpus.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const lexicon = defaultLexicon();

const toyCorpus = [
  '[[Arlo Venn|PER]] flew to [[Quorvia|LOC]] on Monday.',
  '[[Mira Kestel|PER]] flew to [[Daltheon|LOC]] with friends.',
  '[[Oskar Brandt|PER]] flew to [[Velmora|LOC]] last year.',
  'Later, [[Ines Halvor|PER]] flew to [[Tarnich|LOC]] again.',
  '[[Pavel Ordo|PER]] flew to [[Zentra|LOC]] for work.',
  'Yesterday [[Lena Stroud|PER]] flew to [[Corvallo|LOC]] alone.',
].map((text, i) => parseAnnotated(`toy-${i}.md`, text));

const paragraphs = (...texts: string[]): Block[] => texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text }));

describe('BILOU tags', () => {
  it('encode spans and decode them back', () => {
    const spans = [{ from: 0, to: 2, type: 'person' as const }, { from: 3, to: 4, type: 'place' as const }];
    const tags = spansToTags(5, spans);
    expect(tags.map((t) => TAGS[t])).toEqual(['B-person', 'L-person', 'O', 'U-place', 'O']);
    expect(tagsToSpans(tags)).toEqual(spans);
  });
});

describe('training the entity tagger', () => {
  it('learns a toy pattern and tags names it has never seen', () => {
    const examples = toyCorpus.flatMap((a) => examplesOf(a));
    const model = Perceptron.fromWeights(train(examples, { epochs: 5, seed: 1 }));
    const text = 'Tomas Grell flew to Ubrenka yesterday.';
    const { spans } = tagBlocks(model, paragraphs(text), lexicon);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([['Tomas Grell', 'person'], ['Ubrenka', 'place']]);
  });

  it('gives the same weights, byte for byte, from the same data and seed', () => {
    const examples = toyCorpus.flatMap((a) => examplesOf(a));
    const first = serializeWeights(train(examples, { epochs: 3, seed: 7, wordDropout: 0.3 }));
    const second = serializeWeights(train(examples, { epochs: 3, seed: 7, wordDropout: 0.3 }));
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThan(100);
  });

  it('leaves out the weights under minWeight, and no others', () => {
    const examples = toyCorpus.flatMap((a) => examplesOf(a));
    const weightsOf = (minWeight: number) => Object.values(trainAveraged(examples, { epochs: 5, seed: 1, runs: 2, minWeight }).features)
      .flatMap((pairs) => pairs.filter((_, i) => i % 2 === 1));
    const all = weightsOf(0);
    const kept = weightsOf(0.5);
    expect(all.some((w) => Math.abs(w) < 500)).toBe(true);
    expect(kept.every((w) => Math.abs(w) >= 500)).toBe(true);
    expect(kept.length).toBe(all.filter((w) => Math.abs(w) >= 500).length);
  });
});
