// An averaged perceptron over string features (Collins 2002; the greedy tagger of Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python"). Written by hand: it is small, and the
// JavaScript NLP packages we could use (wink, compromise) ship fixed models, not a trainer.

/** Weights as stored and read: feature → one weight per tag (scaled integers, zero where absent). */
export interface PerceptronWeights {
  tags: readonly string[];
  /** Weights are integers: multiply by `scale` to get the real weight. */
  scale: number;
  /** feature → [tag, weight, tag, weight, …], tags ascending. */
  features: Record<string, number[]>;
}

/** How many numbered groups addGroup remembers per slot before it starts afresh. */
const MAX_GROUPS = 100_000;
/** How many words memoryOf remembers before it starts afresh (a large corpus has fewer distinct words). */
const MAX_WORDS = 200_000;
/** How many words' sums the model's pool holds at first, and at most (then it starts afresh). */
const FIRST_POOL = 1 << 14;
const MAX_POOL = 1 << 19;

/** What a model remembers of one word: per slot, the summed weights of the word's group of features there. */
export interface WordMemory {
  /** The model's memory this one belongs to: once the model starts afresh, an older word's memory knows nothing. */
  generation: number;
  /** Per slot, where the sum starts in the model's pool of sums. */
  sums: Array<number | undefined>;
}

export class Perceptron {
  readonly tagCount: number;
  /** A model in training: one full row per feature, one weight per tag. */
  private readonly weights = new Map<string, Float64Array>();
  /**
   * A model read from stored weights keeps every feature's row in two arrays, its tags and their weights
   * (a feature weighs about 3 of the 21 tags), found by its place: `start * 32 + pairs`. Two arrays instead of
   * 60,000 small ones keep the weights together in memory; looking them up is most of tagging's time.
   */
  private readonly packed: boolean;
  private readonly rows = new Map<string, number>();
  private packedTags = new Uint8Array(0);
  private packedWeights = new Int32Array(0);
  /** addGroup's memory: per slot, a number naming a group → the summed weights of its features. */
  private readonly groups: Array<Map<number, Int32Array>> = [];
  /** addWordGroup's memory, found once per word: a word's sums are then read by slot, with no lookup by string. */
  private readonly words = new Map<string, WordMemory>();
  private generation = 0;
  /**
   * The words' sums, `tagCount` numbers each, one after another: read through their place in one array, not
   * through an array of their own each, they cost fewer trips to memory, which were most of scoring's time.
   * Integers, as the stored weights are: half the bytes of doubles, so half the trips again.
   */
  private pool = new Int32Array(0);
  private pooled = 0;

  constructor(tagCount: number, packed = false) {
    this.tagCount = tagCount;
    this.packed = packed;
  }

  static fromWeights(stored: PerceptronWeights): Perceptron {
    const model = new Perceptron(stored.tags.length, true);
    const features = Object.entries(stored.features);
    const size = features.reduce((n, [, pairs]) => n + pairs.length / 2, 0);
    model.packedTags = new Uint8Array(size);
    model.packedWeights = new Int32Array(size);
    let start = 0;
    for (const [feature, pairs] of features) {
      // Kept as the stored integers: sums of integers are exact in any order, and the best tag is the same at any scale.
      for (let i = 0; i < pairs.length; i += 2) {
        model.packedTags[start + i / 2] = pairs[i]!;
        model.packedWeights[start + i / 2] = pairs[i + 1]!;
      }
      model.rows.set(feature, start * 32 + pairs.length / 2);
      start += pairs.length / 2;
    }
    return model;
  }

  /** Add each feature's weights into `scores` (length tagCount), which is reset first. */
  score(features: readonly string[], scores: Float64Array): Float64Array {
    scores.fill(0);
    return this.addScores(features, scores);
  }

  /** Add each feature's weights into `scores`. */
  addScores<Scores extends Float64Array | Int32Array>(features: readonly string[], scores: Scores): Scores {
    if (this.packed) {
      const tags = this.packedTags;
      const weights = this.packedWeights;
      for (const feature of features) {
        const place = this.rows.get(feature);
        if (place === undefined) continue;
        const start = place >>> 5;
        const end = start + (place & 31);
        for (let k = start; k < end; k++) scores[tags[k]!]! += weights[k]!;
      }
      return scores;
    }
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let t = 0; t < this.tagCount; t++) scores[t]! += row[t]!;
    }
    return scores;
  }

  /**
   * Add the weights of a group of features that always come together, such as the cues of one token, if they are
   * remembered for this `slot` and `key`; false if not (then call addGroup). Remembering spares the lookup of each
   * feature by its string, which is most of tagging's time. Only for a model read from stored weights, which never changes.
   */
  addRememberedGroup(slot: number, key: number, scores: Float64Array): boolean {
    const sum = this.groups[slot]?.get(key);
    if (!sum) return false;
    addInto(scores, sum);
    return true;
  }

  /** Add a group's weights, summed from its features, and remember the sum for `slot` and `key`. */
  addGroup(slot: number, key: number, features: readonly string[], scores: Float64Array): void {
    this.mustBePacked('addGroup');
    const remembered = (this.groups[slot] ??= new Map());
    const sum = this.addScores(features, new Int32Array(this.tagCount));
    if (remembered.size >= MAX_GROUPS) remembered.clear();
    remembered.set(key, sum);
    addInto(scores, sum);
  }

  /**
   * What the model remembers of a word's groups (the features of one word seen from one position). Found once
   * per sentence position and read by slot: string-keyed lookups, one per group, were most of tagging's time.
   */
  memoryOf(word: string): WordMemory {
    let memory = this.words.get(word);
    if (!memory) {
      if (this.words.size >= MAX_WORDS) this.forgetWords();
      this.words.set(word, (memory = { generation: this.generation, sums: [] }));
    }
    return memory;
  }

  /** Add the weights of a word's group for `slot` if they are remembered; false if not (then call addWordGroup). */
  addRememberedWordGroup(memory: WordMemory, slot: number, scores: Float64Array): boolean {
    const at = memory.sums[slot];
    if (at === undefined || memory.generation !== this.generation) return false;
    const pool = this.pool;
    for (let t = 0; t < scores.length; t++) scores[t]! += pool[at + t]!;
    return true;
  }

  /** Add a word's group's weights, summed from its features, and remember the sum for `slot`. */
  addWordGroup(memory: WordMemory, slot: number, features: readonly string[], scores: Float64Array): void {
    this.mustBePacked('addWordGroup');
    if (this.pooled + this.tagCount > this.pool.length) this.growPool();
    if (memory.generation !== this.generation) {
      memory.generation = this.generation;
      memory.sums = [];
    }
    const at = this.pooled;
    this.pooled += this.tagCount;
    const sum = this.pool.subarray(at, at + this.tagCount).fill(0);
    this.addScores(features, sum);
    memory.sums[slot] = at;
    addInto(scores, sum);
  }

  private growPool(): void {
    if (this.pool.length >= MAX_POOL * this.tagCount) return this.forgetWords();
    const pool = new Int32Array(Math.max(FIRST_POOL * this.tagCount, this.pool.length * 2));
    pool.set(this.pool);
    this.pool = pool;
  }

  /** Start afresh: every word's memory, the ones handed out too, knows nothing. */
  private forgetWords(): void {
    this.words.clear();
    this.pooled = 0;
    this.generation++;
  }

  /** Sums are remembered as integers: only a model read from stored weights has integer weights. */
  private mustBePacked(method: string): void {
    if (!this.packed) throw new Error(`Perceptron.${method}: only a model read from stored weights remembers sums`);
  }

  /** A feature's weight for each tag (training only: a model read from stored weights has no full rows). */
  row(feature: string): Float64Array | undefined {
    if (this.packed) throw new Error('Perceptron.row: a model read from stored weights is not trained further');
    return this.weights.get(feature);
  }

  setRow(feature: string, row: Float64Array): void {
    if (this.packed) throw new Error('Perceptron.setRow: a model read from stored weights is not trained further');
    this.weights.set(feature, row);
  }
}

function addInto(scores: Float64Array, sum: Int32Array): void {
  for (let t = 0; t < scores.length; t++) scores[t]! += sum[t]!;
}

/** Training state: current weights plus the running sums that averaging needs (updated lazily). */
export class PerceptronTrainer {
  readonly model: Perceptron;
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(tagCount: number) {
    this.model = new Perceptron(tagCount);
  }

  /** Count one training instance (the clock averaging runs on). */
  tick(): void {
    this.instances++;
  }

  /** Move weight toward `truth` and away from `guess` for every feature. */
  update(features: readonly string[], truth: number, guess: number): void {
    if (truth === guess) return;
    for (const feature of features) {
      this.bump(feature, truth, 1);
      this.bump(feature, guess, -1);
    }
  }

  private bump(feature: string, tag: number, delta: number): void {
    const n = this.model.tagCount;
    let row = this.model.row(feature);
    if (!row) {
      row = new Float64Array(n);
      this.model.setRow(feature, row);
      this.totals.set(feature, new Float64Array(n));
      this.stamps.set(feature, new Float64Array(n));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[tag]! += (this.instances - stamps[tag]!) * row[tag]!;
    stamps[tag] = this.instances;
    row[tag]! += delta;
  }

  /** The averaged weights, as integers of `1/scale`, features sorted: the same training gives the same bytes. */
  averaged(scale = 1000): PerceptronWeights {
    const features: Record<string, number[]> = {};
    const names = [...this.totals.keys()].sort();
    for (const feature of names) {
      const row = this.model.row(feature)!;
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const pairs: number[] = [];
      for (let t = 0; t < row.length; t++) {
        const total = totals[t]! + (this.instances - stamps[t]!) * row[t]!;
        const value = Math.round((total / Math.max(1, this.instances)) * scale);
        if (value !== 0) pairs.push(t, value);
      }
      if (pairs.length) features[feature] = pairs;
    }
    return { tags: [], scale: 1 / scale, features };
  }
}
