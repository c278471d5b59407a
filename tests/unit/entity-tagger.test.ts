import { describe, expect, it } from 'vitest';
import { spansToTags, tagsToSpans, TAGS } from '../../src/knowledge/entities/tagger/bilou.ts';
import { Perceptron } from '../../src/knowledge/entities/tagger/perceptron.ts';
import { tagBlocks } from '../../src/knowledge/entities/tagger/tag.ts';
import type { Block } from '../../src/knowledge/types.ts';
import { serializeWeights, train, trainAveraged } from '../../tools/train/train-entities.ts';
import { examplesOf } from '../../tools/train/entity-data.ts';
import { fileURLToPath } from 'node:url';
import { annotatedFiles, parseAnnotated, readAnnotated } from '../../tools/eval/annotated-corpus.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import { allFeatures } from '../../src/knowledge/entities/tagger/features.ts';
import { clusterIndex } from '../../src/knowledge/entities/tagger/word-clusters.ts';
import { wordClusters } from '../../tools/train/word-clusters.ts';

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

describe('word clusters', () => {
  // Two families of made-up two-dimensional vectors: words near (1, 0) and words near (0, 1).
  const embeddings = {
    dimensions: 2,
    words: ['kestrel', 'falcon', 'harrier', 'spoon', 'ladle', 'whisk', '2004', 'merlin'],
    vectors: { kestrel: [1, 0.1], falcon: [0.9, 0.05], harrier: [1, 0], merlin: [0.95, 0.1], spoon: [0.1, 1], ladle: [0, 0.9], whisk: [0.05, 1], '2004': [0.5, 0.5] } as Record<string, number[]>,
  };

  it('put words used alike together, the same way every time, and leave out words without letters', () => {
    const clusters = wordClusters(embeddings, { words: 10, fine: 2, coarse: 1, rounds: 5, seed: 3 });
    const groups = clusters.clusters.map((words) => [...words].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(groups).toEqual([['falcon', 'harrier', 'kestrel', 'merlin'], ['ladle', 'spoon', 'whisk']]);
    expect(wordClusters(embeddings, { words: 10, fine: 2, coarse: 1, rounds: 5, seed: 3 })).toEqual(clusters);
    expect(clusters.coarse).toEqual([0, 0]);
  });

  it('are read into a word index, and a file whose families do not match its clusters is refused by name', () => {
    const index = clusterIndex({ source: 'toy', coarse: [0, 1], clusters: [['kestrel'], ['spoon']] }, 'toy.json');
    expect(index.get('spoon')).toEqual({ fine: 1, coarse: 1 });
    expect(() => clusterIndex({ source: 'toy', coarse: [0], clusters: [['kestrel'], ['spoon']] }, 'toy.json')).toThrow(/toy\.json.*train:clusters/u);
  });

  it('are features of a word and of its neighbours, but not of a dictionary word itself', () => {
    const blocks = paragraphs('Shares in Drogba fell.');
    const { sentences } = tagBlocks(Perceptron.fromWeights({ tags: TAGS, scale: 1, features: {} }), blocks, lexicon);
    const features = (i: number) => allFeatures(sentences[0]!.features(i));
    const drogba = lexicon.wordClusters.get('drogba')!;
    expect(features(2)).toEqual(expect.arrayContaining([`c=${drogba.fine}`, `cc=${drogba.coarse}`, `cC=${drogba.fine}`]));
    expect(features(1)).toContain(`c+1=${drogba.fine}`);
    // "shares" is in the dictionary: no cluster of its own, though its neighbours' count.
    expect(features(0).some((f) => /^cc?C?=/u.test(f))).toBe(false);
    expect(features(0)).toContain(`c+1=${lexicon.wordClusters.get('in')!.fine}`);
  });
});

describe('the made-up news (tests/fixtures/newswire-made-up)', () => {
  it('parses, every file made up and licensed as its README says, training, held-out and development files apart, with names of every type', () => {
    const read = (folder: string) => annotatedFiles(fileURLToPath(new URL(`../fixtures/newswire-made-up/${folder}/`, import.meta.url))).map(readAnnotated);
    const [train, heldOut, dev, second] = [read('train'), read('heldout'), read('dev'), read('agreement')];
    expect([train.length, heldOut.length, dev.length, second.length]).toEqual([350, 120, 120, 12]);
    // The second annotation of the agreement sample marks the same text as the training file it was made from.
    const trainBodies = new Map(train.map((a) => [a.file, a.body]));
    for (const a of second) expect(a.body, a.file).toBe(trainBodies.get(a.file));
    const names = new Set(train.map((a) => a.file));
    expect([...heldOut, ...dev].filter((a) => names.has(a.file))).toEqual([]);
    for (const a of [...train, ...heldOut, ...dev]) expect(a.source, a.file).toMatch(/^---\n[\s\S]*source: "Made-up newswire, written for this project"\nlicense: "CC BY 2\.5"\n---\n/);
    expect(new Set(heldOut.flatMap((a) => a.spans.map((s) => s.type)))).toEqual(new Set(['person', 'organization', 'place', 'product', 'other']));
  });
});
