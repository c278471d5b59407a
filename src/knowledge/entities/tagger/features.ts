// What the tagger sees of each token: the word, its shape and affixes, its neighbours, the gazetteers,
// and the cues the old rule engine decided by (a title before a name, a head noun such as "Inc" or
// "University" closing it, a speech verb or a role after it, a preposition of place before it).
// Here they are evidence the model weighs, never verdicts. The word lists and gazetteers are the lexicon's.
import type { EntityWords, Gazetteers, Lexicon } from '../../lexicon/index.ts';
import { derivedOnce } from '../../lexicon/derived.ts';
import type { Token } from '../tokens.ts';
import { isTitle } from '../name-parts.ts';
import type { WordCluster } from './word-clusters.ts';
import { TAGS } from './bilou.ts';

/** What the whole article says about a word: written in lower case somewhere, or capitalised mid-sentence. */
export interface DocumentContext {
  lowerCase: ReadonlySet<string>;
  capitalisedMidSentence: ReadonlySet<string>;
}

export interface SentenceInput {
  tokens: readonly Token[];
  /** The rule engine's tag of each token ("B-person", "O"). */
  ruleTags: readonly string[];
  /** A heading, or a short title-cased line: capitals say less there. */
  heading: boolean;
  /** Written in capitals: case says nothing at all. */
  shouting: boolean;
  /** Written in capitals, and re-cased (recase.ts): its case is a guess, which the rules after the tagger weigh. */
  recased?: boolean;
}

/** Written in capitals, re-cased or not: what case says there is a guess at best. */
export const caseIsGuessed = ({ shouting, recased }: Pick<SentenceInput, 'shouting' | 'recased'>): boolean => shouting || !!recased;

const shapes = new Map<string, string>();

/** "Xxxx", "XX", "X.X.", "dddd", "Xx-dd": characters mapped to classes, repeats collapsed. Remembered: words repeat. */
export function shapeOf(text: string): string {
  let shape = shapes.get(text);
  if (shape !== undefined) return shape;
  shape = '';
  let last = '';
  for (const ch of text) {
    const cls = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  if (shapes.size >= 100_000) shapes.clear(); // a bound for long runs over large archives
  shapes.set(text, shape);
  return shape;
}

/**
 * What the features keep for one lexicon: the gazetteer and word-list classes of each lower-cased word, remembered
 * (a word's classes never change), and the small words that join two name-like tokens into one run.
 */
interface LexiconTables {
  g: Gazetteers;
  words: EntityWords;
  classes: Map<string, string[]>;
  connectors: ReadonlySet<string>;
  clusters: ReadonlyMap<string, WordCluster>;
}

const tablesOf = derivedOnce((lexicon: Lexicon): LexiconTables => ({
  g: lexicon.gazetteers,
  words: lexicon.entities,
  classes: new Map(),
  connectors: new Set([...lexicon.entities.NAME_PARTICLES, ...lexicon.entities.NAME_CONNECTORS]),
  clusters: lexicon.wordClusters,
}));

function nameLike(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || t.upper || (t.hasDigit && /\p{L}/u.test(t.text)));
}

/** Maximal runs of name-like tokens, joined by connectors between two of them: [from, to) per token, or null. */
function capitalisedRuns(tokens: readonly Token[], CONNECTORS: ReadonlySet<string>): Array<[number, number] | null> {
  const runOf = new Array<[number, number] | null>(tokens.length).fill(null);
  let i = 0;
  while (i < tokens.length) {
    if (!nameLike(tokens[i])) { i++; continue; }
    let j = i + 1;
    for (;;) {
      if (nameLike(tokens[j])) { j++; continue; }
      if (tokens[j] && CONNECTORS.has(tokens[j]!.lower) && !tokens[j]!.cap && nameLike(tokens[j + 1])) { j += 2; continue; }
      break;
    }
    const run: [number, number] = [i, j];
    for (let k = i; k < j; k++) runOf[k] = run;
    i = j;
  }
  return runOf;
}

/** The gazetteer and word-list classes of a lower-cased word, remembered with the lexicon. */
function wordClasses(tables: LexiconTables, lower: string, out: string[], prefix: string): void {
  const classCache = tables.classes;
  let classes = classCache.get(lower);
  if (!classes) {
    classes = [];
    lookUpClasses(tables.g, tables.words, lower, classes);
    if (classCache.size < 500_000) classCache.set(lower, classes);
  }
  for (const c of classes) out.push(prefix + c);
}

function lookUpClasses(g: Gazetteers, words: EntityWords, lower: string, out: string[]): void {
  const { GROUP_WORDS, FUNCTION_WORDS, MONTHS, DAY_NAMES, ORG_HEADS, PLACE_HEADS, OTHER_HEADS, PLACE_OPENERS, PRODUCT_CUES, DISEASES, COMMON_ACRONYMS } = words;
  if (g.firstNames.has(lower)) out.push('fn');
  if (g.lastNames.has(lower)) out.push('ln');
  if (g.countries.has(lower)) out.push('country');
  if (g.cities.has(lower)) out.push('city');
  if (g.regions.has(lower)) out.push('region');
  if (g.organizations.has(lower)) out.push('org');
  if (g.demonyms.has(lower)) out.push('demonym');
  if (g.roles.has(lower)) out.push('role');
  if (g.words.has(lower)) out.push('word');
  if (g.common.has(lower)) out.push('common');
  if (GROUP_WORDS.has(lower)) out.push('group');
  if (FUNCTION_WORDS.has(lower)) out.push('function');
  if (MONTHS.has(lower) || DAY_NAMES.has(lower)) out.push('date');
  if (ORG_HEADS.has(lower)) out.push('orghead');
  if (PLACE_HEADS.has(lower)) out.push('placehead');
  if (OTHER_HEADS.has(lower)) out.push('otherhead');
  if (PLACE_OPENERS.has(lower)) out.push('placeopener');
  if (PRODUCT_CUES.has(lower)) out.push('productcue');
  if (DISEASES.has(lower)) out.push('disease');
  if (COMMON_ACRONYMS.has(lower)) out.push('acronym');
}

/**
 * The cluster and family of a word, as words used alike in newswire: what the model knows of a surname, town
 * or company it never saw in training, and of the words around it. A capitalised word's cluster counts apart
 * too: a capital says more in a cluster of surnames than in one of verbs.
 */
function clusterFeatures(clusters: ReadonlyMap<string, WordCluster>, token: Token, offset: number, position: string, shouting: boolean, out: string[]): void {
  const cluster = clusters.get(token.lower) ?? clusters.get(token.lower.replace(/['’]s$/u, ''));
  if (!cluster) return;
  out.push(`c${position}=${cluster.fine}`, `cc${position}=${cluster.coarse}`);
  if (offset === 0 && !shouting && (token.cap || token.upper)) out.push(`cC=${cluster.fine}`, `ccC=${cluster.coarse}`);
}

/** Gazetteer classes of a whole multi-word name. */
function phraseClasses(g: Gazetteers, lower: string, out: string[], prefix: string): void {
  if (g.countries.has(lower)) out.push(`${prefix}country`);
  if (g.cities.has(lower)) out.push(`${prefix}city`);
  if (g.regions.has(lower)) out.push(`${prefix}region`);
  if (g.organizations.has(lower)) out.push(`${prefix}org`);
  if (g.people.has(lower)) out.push(`${prefix}people`);
}

const caseClass = (t: Token) => (!t.word ? 'p' : t.upper ? 'U' : t.cap ? 'C' : t.hasDigit ? 'd' : 'l');

/**
 * Features whose values come from a small set (a case class, a rule's tag), each string built once:
 * a string built afresh is hashed afresh at every weight lookup, and tagging makes millions of them.
 */
function internedFeatures(prefix: string): (value: string) => string {
  const built = new Map<string, string>();
  return (value) => built.get(value) ?? built.set(value, `${prefix}${value}`).get(value)!;
}
const CASE_FEATURE = internedFeatures('case=');
const MODE_FEATURE = internedFeatures('mode=');
const RULE_FEATURE = internedFeatures('rule=');
const PREVIOUS_RULE_FEATURE = internedFeatures('rule-1=');
const RUN_FEATURE = internedFeatures('run=');

/**
 * The static features of one token (the tag history is added while decoding). Most of them depend only
 * on the text of the token or of one neighbour; those come in `words`, one group per position, each named
 * by a key that says all it depends on, so a scorer may remember a group's weights by its key. `rest`
 * depends on the sentence around the token.
 */
export interface TokenFeatures {
  /** The token's own word (lower case): the tag-history features pair with it. */
  lower: string;
  /**
   * The words the groups depend on, from two before the token to two after it (boundary markers beyond
   * the sentence), and the slot of each group: its position, and whether the sentence is shouted.
   */
  groupWords: readonly string[];
  groupSlots: readonly number[];
  /** The groups' features, in the same order, computed when asked for. */
  words: () => string[][];
  /** Group k's features alone: a scorer that remembers the other groups' weights needs only this one. */
  group: (k: number) => string[];
  /**
   * The cues, features whose values come from small sets: the sentence's mode, the token's case, the rules' tags
   * on it and before it, titles, what the document says of the word, its place in a run. Few combinations of them
   * ever occur, each named by `cueKey` (-1 for none), so a scorer may remember a combination's weights as it does a word's.
   */
  cues: readonly string[];
  cueKey: number;
  /** The other features that depend on the sentence around the token, but for its run's. */
  rest: readonly string[];
  /**
   * The features of the capitalised run the token is in (its gazetteer classes, heads, the words either side), the
   * same array for each of its tokens, so a scorer may sum their weights once per run. Empty outside a run.
   */
  run: readonly string[];
}

/** All of a token's static features, as training reads them. */
export const allFeatures = (f: TokenFeatures): string[] => [...f.words().flat(), ...f.cues, ...f.rest, ...f.run];

/** Where a neighbour stands, as its features name it. */
const POSITIONS = ['-2', '-1', '', '+1', '+2'] as const;
const OFFSETS = [-2, -1, 0, 1, 2] as const;
/** One slot per position, and others for shouted sentences, where a word's groups say other things. */
const SLOTS = [0, 1, 2, 3, 4] as const;
const SHOUTED_SLOTS = [5, 6, 7, 8, 9] as const;

/**
 * The static features of each token of one sentence, computed when first asked for: most tokens are
 * never scored. In a shouting sentence words are looked up in lower case and case features say "shout".
 */
export function sentenceFeatures(sentence: SentenceInput, doc: DocumentContext, lexicon: Lexicon): (i: number) => TokenFeatures {
  const tables = tablesOf(lexicon);
  const { TITLES } = tables.words;
  const { tokens, shouting, heading } = sentence;
  let runs: Array<[number, number] | null> | undefined;
  const runMemo = new Map<[number, number], string[]>();
  const shapes = new Array<string | undefined>(tokens.length);
  const lowerAt = (i: number) => tokens[i]?.lower ?? (i < 0 ? '<s>' : '</s>');
  const shapeAt = (i: number) => (tokens[i] ? (shouting ? 'SHOUT' : (shapes[i] ??= shapeOf(tokens[i]!.text))) : i < 0 ? '<s>' : '</s>');
  const textAt = (i: number) => tokens[i]?.text ?? (i < 0 ? '<s>' : '</s>');
  const modeIndex = shouting ? 0 : heading ? 1 : 2;
  const modeFeature = MODE_FEATURE(MODES[modeIndex]!);
  const memo = new Array<TokenFeatures | undefined>(tokens.length);
  return (i: number) => (memo[i] ??= tokenFeatures(i));

  /** The features of the word at i + offset, as seen from i: they depend on its text and on shouting alone. */
  function wordGroup(i: number, offset: number): string[] {
    const at = i + offset;
    const position = POSITIONS[offset + 2]!;
    const lower = lowerAt(at);
    const f = [`w${position}=${lower}`];
    if (offset === 0) {
      f.push(`shape=${shapeAt(at)}`, `suf3=${lower.slice(-3)}`, `suf4=${lower.slice(-4)}`, `pre3=${lower.slice(0, 3)}`);
      if (tokens[at]!.text.length === 1) f.push(`char=${tokens[at]!.text}`);
    } else if (offset === -1 || offset === 1) {
      f.push(`shape${position}=${shapeAt(at)}`);
    }
    if (offset >= -1 && offset <= 1 && tokens[at]) {
      wordClasses(tables, lower, f, `g${position}:`);
      // A word of the dictionary ("Bill", "Gates") is too often not the name its cluster is made of: the model reads it without.
      if (offset !== 0 || !tables.g.words.has(lower)) clusterFeatures(tables.clusters, tokens[at]!, offset, position, shouting, f);
    }
    return f;
  }

  function tokenFeatures(i: number): TokenFeatures {
    const t = tokens[i]!;
    const lower = t.lower;
    const shape = shapeAt(i);
    const groupWords = OFFSETS.map((offset) => textAt(i + offset));
    const caseValue = shouting ? 'S' : caseClass(t);
    const rule = sentence.ruleTags[i]!;
    const previousRule = sentence.ruleTags[i - 1] ?? 'O';
    const cues: string[] = ['bias', modeFeature, CASE_FEATURE(t.initial ? `${caseValue}^` : caseValue), RULE_FEATURE(rule), PREVIOUS_RULE_FEATURE(previousRule)];
    const f: string[] = [
      `w-1|w=${lowerAt(i - 1)}|${lower}`,
      `w|w+1=${lower}|${lowerAt(i + 1)}`,
      `w-1|shape=${lowerAt(i - 1)}|${shape}`,
      `rule|shape=${rule}|${shape}`,
    ];
    // Six cues that are there or not: one bit each in the key.
    let flags = 0;
    const flag = (feature: string, on: boolean) => {
      flags = flags * 2 + (on ? 1 : 0);
      if (on) cues.push(feature);
    };
    flag('label:open', i >= 2 && tokens[i - 1]!.text === '(' && tokens[i - 2]!.text === '('); // "((Zara Kay))", an interview's speaker
    flag('label:close', tokens[i + 1]?.text === ')' && tokens[i + 2]?.text === ')');
    flag('title-1', !!tokens[i - 1] && isTitle(tokens[i - 1]!, TITLES));
    flag('title', isTitle(t, TITLES));
    flag('doc:lower', t.word && !shouting && doc.lowerCase.has(lower));
    flag('doc:capmid', t.word && !shouting && doc.capitalisedMidSentence.has(lower));
    let runPlace: RunPlace | undefined;
    let runFeatures: readonly string[] = NO_FEATURES;
    if (!shouting) {
      runs ??= capitalisedRuns(tokens, tables.connectors);
      const run = runs[i];
      if (run) {
        runPlace = placeInRun(run, i);
        cues.push(RUN_FEATURE(`${runPlace.position}${runPlace.length}`));
        runFeatures = runMemo.get(run) ?? runMemo.set(run, runEdgeFeatures(tokens, run, tables)).get(run)!;
      }
    }
    return {
      lower, groupWords, groupSlots: shouting ? SHOUTED_SLOTS : SLOTS, cues, rest: f, run: runFeatures,
      cueKey: cueKey(modeIndex, caseValue, t.initial, rule, previousRule, runPlace, flags),
      words: () => OFFSETS.map((offset) => wordGroup(i, offset)),
      group: (k) => wordGroup(i, OFFSETS[k]!),
    };
  }
}

const NO_FEATURES: readonly string[] = [];

/** Where a token sits in its capitalised run (Unit, Begin, Inside, Last) and the run's length, up to 5. */
interface RunPlace { position: 'U' | 'B' | 'I' | 'L'; length: number }

function placeInRun([from, to]: [number, number], i: number): RunPlace {
  const length = to - from;
  return { position: length === 1 ? 'U' : i === from ? 'B' : i === to - 1 ? 'L' : 'I', length: Math.min(length, 5) };
}

const MODES = ['shout', 'head', 'body'] as const;
const CASE_CLASSES = ['S', 'p', 'U', 'C', 'd', 'l'];
const RUN_POSITIONS = ['U', 'B', 'I', 'L'];

/**
 * One number for each combination of a token's cues (see TokenFeatures.cues): each value in turn, as a digit in the
 * base of its set, then the six flags' bits. -1 for a rule's tag outside the tag set, which no key can name.
 */
function cueKey(mode: number, caseValue: string, initial: boolean, rule: string, previousRule: string, run: RunPlace | undefined, flags: number): number {
  const ruleIndex = TAGS.indexOf(rule);
  const previousIndex = TAGS.indexOf(previousRule);
  if (ruleIndex < 0 || previousIndex < 0) return -1;
  let key = mode;
  key = key * CASE_CLASSES.length * 2 + CASE_CLASSES.indexOf(caseValue) * 2 + (initial ? 1 : 0);
  key = key * TAGS.length + ruleIndex;
  key = key * TAGS.length + previousIndex;
  key = key * (1 + RUN_POSITIONS.length * 5) + (run ? 1 + RUN_POSITIONS.indexOf(run.position) * 5 + run.length - 1 : 0);
  return key * 2 ** 6 + flags;
}

function runEdgeFeatures(tokens: readonly Token[], [from, to]: [number, number], { g, words: lists }: LexiconTables): string[] {
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS, PLACE_OPENERS, OF_HEADS, TITLES, PLACE_PREPOSITIONS, SPEECH_VERBS, PRODUCT_CUES, APPOSITION_ARTICLES } = lists;
  const f: string[] = [];
  const length = to - from;
  const words = tokens.slice(from, to);
  const phrase = words.map((t) => t.lower).join(' ');
  phraseClasses(g, phrase, f, 'run:');
  if (length > 1) {
    phraseClasses(g, words.slice(1).map((t) => t.lower).join(' '), f, 'runtail:');
    phraseClasses(g, words.slice(0, -1).map((t) => t.lower).join(' '), f, 'runhead:');
  }
  const last = words[length - 1]!.lower;
  if (ORG_HEADS.has(last)) f.push('run:orghead');
  if (PLACE_HEADS.has(last)) f.push('run:placehead');
  if (OTHER_HEADS.has(last)) f.push('run:otherhead');
  if (PLACE_OPENERS.has(words[0]!.lower)) f.push('run:placeopener');
  const of = words.findIndex((t) => t.lower === 'of');
  if (of > 0) f.push(OF_HEADS.has(words[of - 1]!.lower) ? 'run:ofhead' : 'run:of');
  if (isTitle(words[0]!, TITLES)) f.push('run:title-first');
  if (g.firstNames.has(words[0]!.lower)) f.push('run:fn-first');
  if (length >= 2 && g.lastNames.has(last)) f.push('run:ln-last');
  const before = tokens[from - 1];
  const after = tokens[to];
  f.push(`run-1=${before?.lower ?? '<s>'}`, `run+1=${after?.lower ?? '</s>'}`);
  if (before && isTitle(before, TITLES)) f.push('run:after-title');
  if (before && PLACE_PREPOSITIONS.has(before.lower)) f.push('run:after-place-prep');
  if (before?.lower === 'the') f.push('run:after-the');
  if (after && SPEECH_VERBS.has(after.lower)) f.push('run:before-speech');
  if (after && /^['’]s?$/.test(after.text)) f.push('run:possessive');
  if (after && PRODUCT_CUES.has(after.lower)) f.push('run:before-product-cue');
  if (after?.text === ',' && tokens[to + 1] && APPOSITION_ARTICLES.has(tokens[to + 1]!.lower) && tokens[to + 2] && g.roles.has(tokens[to + 2]!.lower)) {
    f.push('run:apposition-role');
  }
  if (after && /^\d/.test(after.text)) f.push('run:before-number');
  return f;
}
