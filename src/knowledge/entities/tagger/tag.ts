// Greedy left-to-right BILOU decoding with the averaged perceptron: each token's tag is chosen from
// its static features plus the tags already chosen before it, among the tags that may follow them.
// The word lists and gazetteers are the lexicon's, taken once per sentence.
import type { Block, EntityType } from '../../types.ts';
import type { EntityWords, Gazetteers, Lexicon } from '../../lexicon/index.ts';
import { blockSentences } from '../sentence-tokens.ts';
import { lowerCaseWords } from '../lower-case-words.ts';
import type { Token } from '../tokens.ts';
import { looksLikeHeading } from '../collect.ts';
import { isShouting, recaseShouting } from '../recase.ts';
import { extractTypedEntities } from '../document.ts';
import { allowedAfter, OUTSIDE, prefixOf, tagOf, TAGS, tagsToSpans, typeOf } from './bilou.ts';
import { allFeatures, sentenceFeatures, type DocumentContext, type SentenceInput, type TokenFeatures } from './features.ts';
import type { Perceptron, WordMemory } from './perceptron.ts';

/** One sentence ready for tagging: its block, its tokens (offsets into the block's text) and features. */
export interface PreparedSentence extends SentenceInput {
  block: number;
  /** The static features of token i. */
  features: (i: number) => TokenFeatures;
  /** The rule engine's tag of each token ("B-person", "O"). */
  ruleTags: string[];
  /** 1 where the rule engine's type is only its guess (see extractTypedEntities). */
  ruleGuessed?: Uint8Array;
}

/** What the whole article says about each word's case. */
export function documentContext(blocks: readonly Block[], sentences: ReadonlyArray<{ tokens: readonly Token[]; shouting: boolean; heading: boolean }>): DocumentContext {
  const lowerCase = lowerCaseWords(blocks);
  const capitalisedMidSentence = new Set<string>();
  for (const s of sentences) {
    if (s.shouting || s.heading) continue;
    for (const t of s.tokens) if (t.cap && !t.initial) capitalisedMidSentence.add(t.lower);
  }
  return { lowerCase, capitalisedMidSentence };
}

/**
 * The rule engine's verdict on each token of each sentence, as "B-person", "U-place"… or "O".
 * The model reads it as one more feature and learns how far to trust it.
 */
function ruleVerdicts(blocks: readonly Block[], sentences: ReadonlyArray<{ block: number; tokens: readonly Token[] }>, lexicon: Lexicon): { tags: string[][]; guessed: Uint8Array[] } {
  const tags = sentences.map((s) => s.tokens.map(() => 'O'));
  const tagged = sentences.map((s) => new Uint8Array(s.tokens.length));
  const guessed = sentences.map((s) => new Uint8Array(s.tokens.length));
  // Each block's sentences in text order (their tokens are in text order too).
  const sentencesOf = new Map<number, number[]>();
  sentences.forEach((s, sentence) => (sentencesOf.get(s.block) ?? sentencesOf.set(s.block, []).get(s.block)!).push(sentence));
  const typed = extractTypedEntities({ id: '', title: '', blocks: blocks as Block[] }, lexicon);
  for (const entity of typed.entities) {
    const wasGuessed = typed.guessed.has(entity) ? 1 : 0;
    for (const m of entity.mentions) {
      // The tokens inside the mention, [sentence, token], in text order: in each sentence, from the first that starts at or after it (binary search).
      const inside: Array<[number, number]> = [];
      for (const sentence of sentencesOf.get(m.block) ?? []) {
        const tokens = sentences[sentence]!.tokens;
        let low = 0;
        let high = tokens.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (tokens[middle]!.start < m.start) low = middle + 1;
          else high = middle;
        }
        for (let k = low; k < tokens.length && tokens[k]!.start < m.end; k++) if (tokens[k]!.end <= m.end) inside.push([sentence, k]);
      }
      inside.forEach(([sentence, index], k) => {
        const prefix = inside.length === 1 ? 'U' : k === 0 ? 'B' : k === inside.length - 1 ? 'L' : 'I';
        // A nested maker ("GitHub" in "GitHub Copilot") never overrides the outer name.
        if (!tagged[sentence]![index] || prefix !== 'U') {
          tagged[sentence]![index] = 1;
          tags[sentence]![index] = TAGS[tagOf(prefix, entity.type)]!;
          guessed[sentence]![index] = wasGuessed;
        }
      });
    }
  }
  return { tags, guessed };
}

/**
 * Cut an article's blocks into tokenised sentences with their features. Sentences in capitals are re-cased
 * first (recase.ts): the tokens, the rules' verdicts and the features all read the re-cased text, which
 * `recased` returns; offsets are the same as in `blocks`. Training reads capitals as written (`recase: false`):
 * its shouted copies teach the model words without their case, which helps on every text; trained on re-cased
 * copies instead, the model fell from 89.6 to 88.6 F1 on dev, and on dev with capital leads from 80.2 to 77.6.
 */
export function prepareArticle(blocks: readonly Block[], lexicon: Lexicon, { recase = true } = {}): { sentences: PreparedSentence[]; recased: readonly Block[] } {
  const cased = recase ? recaseShouting(blocks, lexicon) : { blocks, recased: new Map<number, never>() };
  const raw: Array<Omit<PreparedSentence, 'features' | 'ruleTags'>> = [];
  blocks.forEach((original, k) => {
    const block = cased.blocks[k]!;
    // A line with figures ("1. Jesper Lindqvist (Sweden) 25.76") is a list or a results table, not a heading.
    const heading = block.kind === 'heading' || (looksLikeHeading(original) && !/\d/u.test(block.text));
    const ranges = cased.recased.get(block.index) ?? [];
    for (const { tokens, start } of blockSentences(block, lexicon)) {
      if (!tokens.length) continue;
      const recased = ranges.some(([from, to]) => start >= from && start < to);
      raw.push({ block: block.index, tokens, heading, shouting: isShouting(tokens), ...(recased ? { recased } : {}) });
    }
  });
  const doc = documentContext(cased.blocks, raw);
  const verdicts = ruleVerdicts(cased.blocks, raw, lexicon);
  const sentences = raw.map((s, k) => {
    const sentence = { ...s, ruleTags: verdicts.tags[k]!, ruleGuessed: verdicts.guessed[k]! };
    return { ...sentence, features: sentenceFeatures(sentence, doc, lexicon) };
  });
  return { sentences, recased: cased.blocks };
}

/** Cut an article's blocks into tokenised sentences with their features (see prepareArticle). */
export function prepareSentences(blocks: readonly Block[], lexicon: Lexicon): PreparedSentence[] {
  return prepareArticle(blocks, lexicon).sentences;
}

/** A token the model must look at: anything name-shaped, or anything inside a name already begun. */
function needsScoring(sentence: SentenceInput, i: number, previous: number, words: EntityWords, g: Gazetteers): boolean {
  const p = prefixOf(previous);
  if (p === 'B' || p === 'I') return true;
  const t = sentence.tokens[i]!;
  if (!t.word) return false;
  if (openingFunctionWord(sentence, i, words, g)) return false;
  return sentence.shouting || t.cap || t.upper || (t.hasDigit && /\p{L}/u.test(t.text));
}

/**
 * "He said", "The rate rose": a function word capitalised only because it opens the sentence, with nothing
 * after it that a name could go on with, can only be outside a name. Words that are names too ("May",
 * "Will") are still scored.
 */
function openingFunctionWord(sentence: SentenceInput, i: number, words: EntityWords, g: Gazetteers): boolean {
  const t = sentence.tokens[i]!;
  if (!t.initial || t.upper || sentence.shouting || !words.FUNCTION_WORDS.has(t.lower) || mayContinue(sentence, i + 1, words)) return false;
  return !g.firstNames.has(t.lower) && !g.lastNames.has(t.lower);
}

// A score ("2-1") or a bowler's figures ("18-4-40-1"): never inside a name.
const SCORE = /^\d+(?:[-–:]\d+)+$/u;
const DASHES = new Set(['-', '–', '—']);

/** Token i may sit inside or close a name: name-shaped, a number ("Fortune 500"), or a small joining word. */
function mayContinue(sentence: SentenceInput, i: number, { HONORIFICS, CONTINUERS }: EntityWords): boolean {
  const t = sentence.tokens[i];
  if (!t) return false;
  if (SCORE.test(t.text) || HONORIFICS.has(t.lower)) return false; // "Ajax 2-1", "Blair and Mr Brown": never inside a name
  // "Frodo Baggins - I want": a dash with a space each side is a break in the sentence, not a hyphen in a name.
  const before = sentence.tokens[i - 1];
  const after = sentence.tokens[i + 1];
  if (DASHES.has(t.text) && before && after && before.end < t.start && t.end < after.start) return false;
  if (sentence.shouting || t.cap || t.upper || t.hasDigit) return t.word || CONTINUERS.has(t.text);
  return CONTINUERS.has(t.lower);
}

function nameShaped(sentence: SentenceInput, i: number, words: EntityWords): boolean {
  const t = sentence.tokens[i]!;
  return t.word && !words.HONORIFICS.has(t.lower) && (sentence.shouting || t.cap || t.upper || t.hasDigit);
}

/** Retag the name left open at the end of `tags` so that it ends at its last name-shaped token, or drop it. */
function closeOpenName(sentence: SentenceInput, tags: number[], words: EntityWords): void {
  for (let k = tags.length - 1; k >= 0; k--) {
    const prefix = prefixOf(tags[k]!);
    if (prefix !== 'B' && prefix !== 'I') return;
    const type = typeOf(tags[k]!)!;
    if (nameShaped(sentence, k, words)) {
      tags[k] = tagOf(prefix === 'B' ? 'U' : 'L', type);
      return;
    }
    tags[k] = OUTSIDE;
    if (prefix === 'B') return;
  }
}

/** The features that depend on the tags chosen before token i. */
// The history features that name tags alone, written once: a string built afresh must be hashed afresh at every lookup.
const AFTER_TAG = TAGS.map((tag) => `t-1=${tag}`);
const AFTER_TAGS = TAGS.flatMap((before) => TAGS.map((tag) => `t-2|t-1=${before}|${tag}`));

export function historyFeatures(lower: string, previous: number, beforePrevious: number): string[] {
  return [...tagHistoryFeatures(previous, beforePrevious), wordAfterTagFeature(lower, previous)];
}

const tagHistoryFeatures = (previous: number, beforePrevious: number): string[] => [AFTER_TAG[previous]!, AFTER_TAGS[beforePrevious * TAGS.length + previous]!];
const wordAfterTagFeature = (lower: string, previous: number): string => `t-1|w=${lower}=${TAGS[previous]}`;

/**
 * The best-scoring tag token i may take after `previous`, or -1 if none may: BILOU order, and a name opens, goes on
 * and ends only where its tokens allow. The first of equal scores wins.
 */
function bestCandidate(sentence: SentenceInput, i: number, previous: number, scores: Float64Array, words: EntityWords): number {
  // A name only opens or goes on where the next token can go on with it, and ends on a name-shaped token.
  const goesOn = mayContinue(sentence, i + 1, words);
  const ends = nameShaped(sentence, i, words);
  let best = -1;
  for (let t = 0; t < scores.length; t++) {
    if (!allowedAfter(previous, t)) continue;
    const prefix = prefixOf(t);
    if ((prefix === 'B' || prefix === 'I') && !goesOn) continue;
    if ((prefix === 'L' || prefix === 'U') && !ends) continue;
    if (best < 0 || scores[t]! > scores[best]!) best = t;
  }
  return best;
}

/**
 * The model's slots past the word groups' ten (features.ts): a token's cues, named by their key, and the two tags before
 * it, named by their pair (see Perceptron.addRememberedGroup); and its word after each tag, one slot per tag (see
 * Perceptron.addRememberedWordGroup).
 */
const CUES_SLOT = 10;
const TAG_HISTORY_SLOT = 11;
const WORD_AFTER_TAG_SLOT = 12;

/**
 * Token i's static scores: the weights of its word groups and of its cues (remembered by the model), of its run (summed
 * once per run in `runSums`) and of the rest. `memories[i + k]` is what the model remembers of the word of group k (two
 * before token i to two after it), found once per sentence position.
 */
function staticScores(model: Perceptron, features: TokenFeatures, i: number, memories: Array<WordMemory | undefined>, runSums: Map<readonly string[], Float64Array>, scores: Float64Array): Float64Array {
  scores.fill(0);
  for (let k = 0; k < features.groupWords.length; k++) {
    const slot = features.groupSlots[k]!;
    const memory = (memories[i + k] ??= model.memoryOf(features.groupWords[k]!));
    if (!model.addRememberedWordGroup(memory, slot, scores)) model.addWordGroup(memory, slot, features.group(k), scores);
  }
  if (features.cueKey < 0) model.addScores(features.cues, scores);
  else if (!model.addRememberedGroup(CUES_SLOT, features.cueKey, scores)) model.addGroup(CUES_SLOT, features.cueKey, features.cues, scores);
  if (features.run.length) {
    let sum = runSums.get(features.run);
    if (!sum) runSums.set(features.run, (sum = model.score(features.run, new Float64Array(model.tagCount))));
    for (let t = 0; t < scores.length; t++) scores[t]! += sum[t]!;
  }
  return model.addScores(features.rest, scores);
}

/** The weights of historyFeatures, the tags' pair and the word after the tag remembered by the model as the word groups are. */
function historyScores(model: Perceptron, lower: string, previous: number, beforePrevious: number, scores: Float64Array): void {
  const pair = beforePrevious * TAGS.length + previous;
  if (!model.addRememberedGroup(TAG_HISTORY_SLOT, pair, scores)) model.addGroup(TAG_HISTORY_SLOT, pair, tagHistoryFeatures(previous, beforePrevious), scores);
  const slot = WORD_AFTER_TAG_SLOT + previous;
  const memory = model.memoryOf(lower);
  if (!model.addRememberedWordGroup(memory, slot, scores)) model.addWordGroup(memory, slot, [wordAfterTagFeature(lower, previous)], scores);
}

/**
 * Tag one sentence. `learn`, when given, is called at each scored token with its features and the
 * guess, so training reuses exactly this decoder.
 */
export function decodeSentence(
  model: Perceptron,
  sentence: PreparedSentence,
  lexicon: Lexicon,
  learn?: (features: string[], guess: number, i: number) => void,
  /** Training only: drop some features before scoring (see train-entities.ts). */
  thin?: (features: string[]) => string[],
): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(model.tagCount);
  const words = lexicon.entities;
  const g = lexicon.gazetteers;
  const memories = new Array<WordMemory | undefined>(sentence.tokens.length + 4);
  // Each capitalised run's features' summed weights, the same for each of its tokens.
  const runSums = new Map<readonly string[], Float64Array>();
  for (let i = 0; i < sentence.tokens.length; i++) {
    const previous = tags[i - 1] ?? OUTSIDE;
    if (!needsScoring(sentence, i, previous, words, g)) {
      tags.push(OUTSIDE);
      continue;
    }
    const static_ = sentence.features(i);
    const beforePrevious = tags[i - 2] ?? OUTSIDE;
    let features: string[] | undefined;
    if (learn) {
      features = [...allFeatures(static_), ...historyFeatures(static_.lower, previous, beforePrevious)];
      if (thin) features = thin(features);
      model.score(features, scores);
    } else {
      staticScores(model, static_, i, memories, runSums, scores);
      historyScores(model, static_.lower, previous, beforePrevious, scores);
    }
    const best = bestCandidate(sentence, i, previous, scores, words);
    // A dead end (-1): the open name cannot go on here. Close it at its last token that can end a name.
    if (best < 0) closeOpenName(sentence, tags, words);
    const tag = best < 0 ? OUTSIDE : best;
    if (learn) learn(features!, tag, i);
    tags.push(tag);
  }
  return tags;
}

export interface TaggedSpan {
  block: number;
  start: number;
  end: number;
  type: EntityType;
  /** Index of the sentence among the article's prepared sentences. */
  sentence: number;
  from: number;
  to: number;
  /** A person's surname for certain, as a rule found it (a team sheet's players): see recognize.ts's Mention. */
  surname?: true;
  /** The article states the type in words a rule read ("the comedy Sideways"): see DocumentEntity's typeStated. */
  typeStated?: true;
}

/** Every entity span the model finds in an article, in text order. */
export function tagBlocks(model: Perceptron, blocks: readonly Block[], lexicon: Lexicon): { sentences: PreparedSentence[]; spans: TaggedSpan[]; recased: readonly Block[] } {
  const { sentences, recased } = prepareArticle(blocks, lexicon);
  const spans: TaggedSpan[] = [];
  sentences.forEach((sentence, index) => {
    for (const span of tagsToSpans(decodeSentence(model, sentence, lexicon))) {
      const first = sentence.tokens[span.from]!;
      const last = sentence.tokens[span.to - 1]!;
      spans.push({ block: sentence.block, start: first.start, end: last.end, type: span.type, sentence: index, from: span.from, to: span.to });
    }
  });
  return { sentences, spans, recased };
}
