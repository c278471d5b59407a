// Every word list extraction reads, as one value: made once at the edge (defaultLexicon(), or
// buildLexicon(data) from other data) and passed down, `extractArticle(article, lexicon)`. The data
// files are read here and nowhere else; each part is built by the module beside the rules that read it
// (time/lexicon.ts …), and the rules receive it as an argument, never by importing it.
import monthAbbreviations from './month-abbreviations.json' with { type: 'json' };
import monthNames from './month-names.json' with { type: 'json' };
import timeWords from './time-words.json' with { type: 'json' };
import claimWords from './claim-words.json' with { type: 'json' };
import speechVerbs from './speech-verbs.json' with { type: 'json' };
import { buildMonthNumbers, type MonthLists } from './months.ts';
import { buildSpeechVerbs, type SpeechVerbLists, type SpeechVerbs } from './speech-verbs.ts';
import { buildTimeWords, type TimeWordLists, type TimeWords } from '../time/lexicon.ts';
import { buildClaimWords, type ClaimWordLists, type ClaimWords } from '../claims/lexicon.ts';

export type { TimeWords } from '../time/lexicon.ts';
export type { ClaimWords } from '../claims/lexicon.ts';
export type { SpeechVerbs } from './speech-verbs.ts';

/** The lists a lexicon is built from, as the data files hold them. */
export interface LexiconData {
  months: MonthLists;
  time: TimeWordLists;
  claims: ClaimWordLists;
  speech: SpeechVerbLists;
}

export interface Lexicon {
  /** Months, weekdays, number and unit words, and the patterns built from them (time/). */
  time: TimeWords;
  /** How clauses open, verb forms, words that say nothing about a claim (claims/). */
  claims: ClaimWords;
  /** The verbs that report speech: speakers of quotes, and people among names. */
  speech: SpeechVerbs;
}

/** The lexicon of these lists. Pure: the lists are read, never changed. */
export function buildLexicon(data: LexiconData): Lexicon {
  const months = buildMonthNumbers(data.months);
  return {
    time: buildTimeWords(data.time, months),
    claims: buildClaimWords(data.claims),
    speech: buildSpeechVerbs(data.speech),
  };
}

/** The committed data files. */
export function committedLexiconData(): LexiconData {
  return {
    months: { names: monthNames, abbreviations: monthAbbreviations },
    time: timeWords,
    claims: claimWords,
    speech: speechVerbs,
  };
}

let committed: Lexicon | undefined;

/** The lexicon of the committed data files, built once. */
export function defaultLexicon(): Lexicon {
  return (committed ??= buildLexicon(committedLexiconData()));
}
