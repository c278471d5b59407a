// npm run train:entities [-- --epochs N --splits train --out FILE]
// Trains the entity tagger's averaged perceptron on the annotated Wikinews corpus and writes its
// weights. Deterministic: a fixed order, a fixed seed, sorted output; the same data gives the same bytes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TAGS } from '../../src/knowledge/entities/tagger/bilou.ts';
import { PerceptronTrainer, type PerceptronWeights } from '../../src/knowledge/entities/tagger/perceptron.ts';
import { decodeSentence } from '../../src/knowledge/entities/tagger/tag.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import { annotatedFiles, readAnnotated, readSplits, type AnnotatedArticle, type Split } from '../eval/annotated-corpus.ts';
import { businessWire, datelinedCopy, productNews, examplesOf, NEWS_AGENCIES, resultsLists, shoutedCopy, tokenisedCopy, type Example, type Misaligned } from './entity-data.ts';

/** The seed articles, annotated: always training data (product and technology news). */
export const SEED_ARTICLES = fileURLToPath(new URL('../../tests/fixtures/seed-annotated/articles/', import.meta.url));

/** Made-up news in other styles and decades (wire copy, results tables, business, local and world news), annotated to the same guideline. */
export const MADE_UP_ARTICLES = fileURLToPath(new URL('../../tests/fixtures/newswire-made-up/train/', import.meta.url));

export const WEIGHTS_FILE = fileURLToPath(new URL('../../src/knowledge/entities/tagger/weights.json', import.meta.url));

/** A small seeded generator (mulberry32): the shuffle is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface TrainOptions { epochs: number; seed: number; /** Share of the word's own features hidden per token. */ wordDropout?: number }

/** Features that spell out the word itself: a model leaning on them only remembers names it has seen. */
const OWN_WORD = /^(?:w=|suf3=|suf4=|pre3=|w-1\|w=|w\|w\+1=|t-1\|w=)/;

/** Train on examples; returns the averaged weights. Pure apart from the work it does. */
export function train(examples: readonly Example[], { epochs, seed, wordDropout = 0 }: TrainOptions): PerceptronWeights {
  const trainer = new PerceptronTrainer(TAGS.length);
  const random = seededRandom(seed);
  // Word dropout: now and then the model must tag a token from its shape and context alone, as it
  // must for every name it has never seen.
  const thin = wordDropout > 0 ? (features: string[]) => (random() < wordDropout ? features.filter((f) => !OWN_WORD.test(f)) : features) : undefined;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffle(examples, random)) {
      decodeSentence(trainer.model, example.sentence, defaultLexicon(), (features, guess, i) => {
        trainer.tick();
        trainer.update(features, example.gold[i]!, guess);
      }, thin);
    }
  }
  return { ...trainer.averaged(), tags: TAGS };
}

/**
 * The mean of models trained in different orders (seeds): one greedy perceptron's weights depend on
 * the order it saw the sentences in; the mean of a few is steadier on text none of them saw.
 * Weights smaller than `minWeight` are left out: they almost never change a tag (dev F1 is the same
 * without those under 0.25), and the 45% fewer weights make tagging about 8% faster.
 */
export function trainAveraged(examples: readonly Example[], options: TrainOptions & { runs: number; minWeight?: number }): PerceptronWeights {
  const runs = Array.from({ length: options.runs }, (_, k) => train(examples, { ...options, seed: options.seed + k }));
  const sums = new Map<string, Map<number, number>>();
  for (const run of runs) {
    for (const [feature, pairs] of Object.entries(run.features)) {
      const row = sums.get(feature) ?? sums.set(feature, new Map()).get(feature)!;
      for (let i = 0; i < pairs.length; i += 2) row.set(pairs[i]!, (row.get(pairs[i]!) ?? 0) + pairs[i + 1]!);
    }
  }
  const features: Record<string, number[]> = {};
  const smallest = Math.max(1, Math.round((options.minWeight ?? 0) / runs[0]!.scale));
  for (const feature of [...sums.keys()].sort()) {
    const pairs: number[] = [];
    for (const [tag, total] of [...sums.get(feature)!].sort((a, b) => a[0] - b[0])) {
      const mean = Math.round(total / runs.length);
      if (Math.abs(mean) >= smallest) pairs.push(tag, mean);
    }
    if (pairs.length) features[feature] = pairs;
  }
  return { tags: TAGS, scale: runs[0]!.scale, features };
}

/** Weights as JSON with one feature per line: readable diffs, stable bytes. */
export function serializeWeights(weights: PerceptronWeights): string {
  const lines = Object.keys(weights.features).sort().map((f) => `${JSON.stringify(f)}:${JSON.stringify(weights.features[f])}`);
  return `{"tags":${JSON.stringify(weights.tags)},"scale":${weights.scale},"features":{\n${lines.join(',\n')}\n}}\n`;
}

/**
 * The training articles of the given splits, the seeds and the made-up news in other styles, plus shouted copies of some of
 * their paragraphs. The made-up news cost about 0.5 F1 on the Wikinews and BBC sets the rules were tuned on (eight epochs instead
 * of six won most of it back) and gained 2.5 on the held-out made-up news (two seeds each): it is there for the archives nobody
 * tuned for.
 */
export function trainingArticles(splits: readonly Split[]): AnnotatedArticle[] {
  const splitOf = readSplits();
  const articles = [
    ...annotatedFiles().map(readAnnotated).filter((a) => splits.includes(splitOf.get(a.file) ?? 'train')),
    ...annotatedFiles(SEED_ARTICLES).map(readAnnotated),
    ...annotatedFiles(MADE_UP_ARTICLES).map(readAnnotated),
  ];
  const shouted = articles.map((a, i) => shoutedCopy(a, 6, i)).filter((a): a is AnnotatedArticle => a !== null);
  // One article in four also appears behind a wire dateline.
  const datelined = articles.filter((_, i) => i % 4 === 0)
    .map((a, i) => datelinedCopy(a, NEWS_AGENCIES[i % NEWS_AGENCIES.length]!)).filter((a): a is AnnotatedArticle => a !== null);
  const tokenised = articles.map((a, i) => tokenisedCopy(a, 6, i + 3)).filter((a): a is AnnotatedArticle => a !== null);
  return [...articles, ...shouted, ...datelined, ...tokenised, ...resultsLists(articles, 40), ...businessWire(articles, 480), ...productNews(articles, 240)];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '8' },
      seed: { type: 'string', default: '13' },
      'word-dropout': { type: 'string', default: '0.35' },
      runs: { type: 'string', default: '6' },
      'min-weight': { type: 'string', default: '0.25' },
      splits: { type: 'string', default: 'train' },
      out: { type: 'string', default: WEIGHTS_FILE },
    },
  });
  const splits = values.splits.split(',') as Split[];
  const started = performance.now();
  const misaligned: Misaligned[] = [];
  const articles = trainingArticles(splits);
  const examples = articles.flatMap((a) => examplesOf(a, undefined, misaligned));
  const weights = trainAveraged(examples, { epochs: Number(values.epochs), seed: Number(values.seed), wordDropout: Number(values['word-dropout']), runs: Number(values.runs), minWeight: Number(values['min-weight']) });
  const text = serializeWeights(weights);
  writeFileSync(values.out, text);
  const tokens = examples.reduce((n, e) => n + e.gold.length, 0);
  process.stdout.write(
    `trained on ${articles.length} articles (${splits.join('+')}, the seeds and the made-up news, with shouted, datelined and tokenised copies, results lists, business-wire and product paragraphs), ${examples.length} sentences, ${tokens} tokens, ` +
      `${values.runs} runs of ${values.epochs} epochs, averaged, weights under ${values['min-weight']} left out, in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
      `${Object.keys(weights.features).length} features, ${(text.length / 1e6).toFixed(2)} MB → ${values.out}\n`,
  );
  if (misaligned.length) {
    process.stdout.write(`${misaligned.length} gold span(s) do not fall on token edges and were not learned, e.g. ${misaligned.slice(0, 8).map((m) => JSON.stringify(m.text)).join(', ')}\n`);
  }
}

if (import.meta.main) main();
