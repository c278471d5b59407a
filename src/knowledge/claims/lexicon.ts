// Word lists the claim passes read (data in ../lexicon/claim-words.json, read by the lexicon, ../lexicon/index.ts):
// how clauses open, which words are verbs, and which words say nothing about what a claim measures. Data, kept
// apart from the rules in clauses.ts, subject.ts, kind.ts, figures.ts and quotes.ts, which receive it as ClaimWords.
import { alternation, escapeWord } from '../lexicon/patterns.ts';

/** claim-words.json as read. */
export interface ClaimWordLists {
  subordinators: readonly string[];
  relatives: readonly string[];
  openers: readonly string[];
  prepositions: readonly string[];
  determiners: readonly string[];
  'verb-lemmas': Readonly<Record<string, string>>;
  'generic-words': readonly string[];
  'stop-words': readonly string[];
  'reporting-verbs': readonly string[];
  'unit-stop-words': readonly string[];
  'count-scales': readonly string[];
  'growth-words': readonly string[];
  'unit-head-nouns': readonly string[];
  'speaker-non-names': readonly string[];
  'speaker-titles': readonly string[];
  'prepositional-subordinators': readonly string[];
  'not-participles': readonly string[];
  'be-forms': readonly string[];
  'figure-hedges': readonly string[];
  'not-units': readonly string[];
  'figure-lead-words': readonly string[];
  'speaker-name-particles': readonly string[];
  'speaker-clause-openers': readonly string[];
  'speaker-place-words': readonly string[];
  'figure-scales': Readonly<Record<string, number>>;
  'percent-words': readonly string[];
  'owner-gap-non-words': readonly string[];
  'existential-verbs': readonly string[];
}

export interface ClaimWords {
  /** Words that open a subordinate clause: it has its own subject and governs nothing outside itself. */
  SUBORDINATOR: ReadonlySet<string>;
  /** Words that open a relative clause: its subject is the noun phrase before it. */
  RELATIVE: ReadonlySet<string>;
  /** Words a clause may open with before its real first word. */
  OPENER: ReadonlySet<string>;
  /** Prepositions that open an adjunct phrase ("by Q1 2025", "per internal telemetry"): no subject of its own. */
  PREPOSITION: ReadonlySet<string>;
  /** Determiners: the word after one starts a noun phrase. */
  DETERMINER: ReadonlySet<string>;
  /** Common verbs whose forms the suffix rules miss (irregular pasts, auxiliaries, base forms), with their lemma. */
  VERB_LEMMAS: Readonly<Record<string, string>>;
  /** Words that carry no content at all, and words that say nothing about what a claim measures or what happened: never a claim's kind. */
  IGNORED: ReadonlySet<string>;
  /** Verbs that report what someone else says: "NBC News reported the party had finalized …" is about the party. */
  REPORTING: ReadonlySet<string>;
  /** Words that end a figure's unit phrase: a unit is a short noun phrase, not the rest of the sentence. */
  UNIT_STOP: ReadonlySet<string>;
  /** Scale words that multiply a count as well as money ("1 billion toilets"); "m" and "k" only follow currencies. */
  COUNT_SCALE: RegExp;
  /** Words right after a figure that make it a change ("5% growth", "10% year-on-year"); a hyphen also stands for a space. */
  GROWTH: RegExp;
  /** Head nouns that end a unit phrase ("people living"), besides any plural: irregular plurals and unit symbols. */
  UNIT_HEAD_NOUN: RegExp;
  /** Capitalised words that open a sentence but never a quote's speaker's name ("He said"). */
  SPEAKER_NON_NAME: RegExp;
  /** Titles before a speaker's name, dropped from it; a final dot is optional ("Dr", "Dr."). */
  SPEAKER_TITLE: RegExp;
  /** Subordinators that are prepositions too ("after the attack"): a clause only when a verb follows. */
  PREPOSITIONAL_SUBORDINATOR: ReadonlySet<string>;
  /** Words ending in -ing or -ed that are no verb form ("morning", "hundred"). */
  NOT_PARTICIPLE: ReadonlySet<string>;
  /** Forms of "be": inside a clause an -ing word after one is a verb. */
  BE_FORM: ReadonlySet<string>;
  /** Hedges a figure's span takes in ("nearly 300", "just over $5m"), as a pattern's alternatives: spaces as written. */
  FIGURE_HEDGE_RE: string;
  /** Words that are never a figure's unit on their own: "5 years" is a duration, a time expression's. */
  NOT_UNIT: ReadonlySet<string>;
  /** Capitalised words before a number that leave it a figure ("The 500 workers"), not part of a name ("Fortune 500"). */
  FIGURE_LEAD_WORD: RegExp;
  /** Lower-case particles inside a speaker's name ("Ursula von der Leyen"), as a pattern's alternatives. */
  SPEAKER_PARTICLE_RE: string;
  /** A relative clause after the speaker's verb ("…, who …"): the speaker comes before it. */
  SPEAKER_CLAUSE_CUT: RegExp;
  /** Words before a capitalised run that make it a place or a thing, not the speaker ("a professor at Leeds University"). */
  SPEAKER_PLACED: RegExp;
  /** Scale words after a figure ("bn", "million") as a pattern's alternatives, in the list's order; their multipliers in FIGURE_SCALES. */
  FIGURE_SCALE_RE: string;
  FIGURE_SCALES: Readonly<Record<string, number>>;
  /** Ways to write "per cent" after a figure, as a pattern's alternatives: a space may be any run of spaces. */
  PERCENT_RE: string;
  /** What may stand between an owner and its figure ("Apple's annual $"): up to two lower-case words, none of these. */
  OWNER_GAP: RegExp;
  /** Verbs after a clause-initial "there" that make it existential ("there were 300 …"). */
  EXISTENTIAL_VERB: RegExp;
}

export function buildClaimWords(lists: ClaimWordLists): ClaimWords {
  const set = (words: readonly string[]) => new Set(words);
  return {
    SUBORDINATOR: set(lists['subordinators']),
    RELATIVE: set(lists['relatives']),
    OPENER: set(lists['openers']),
    PREPOSITION: set(lists['prepositions']),
    DETERMINER: set(lists['determiners']),
    VERB_LEMMAS: lists['verb-lemmas'],
    IGNORED: new Set([...lists['stop-words'], ...lists['generic-words']]),
    REPORTING: set(lists['reporting-verbs']),
    UNIT_STOP: set(lists['unit-stop-words']),
    COUNT_SCALE: new RegExp(`^(?:${alternation(lists['count-scales'])})$`, 'i'),
    GROWTH: new RegExp(`^\\s*(${lists['growth-words'].map((w) => escapeWord(w).replace(/-/g, '[- ]')).join('|')})\\b`, 'iu'),
    UNIT_HEAD_NOUN: new RegExp(`^(?:[\\p{L}-]*[^s]s|${alternation(lists['unit-head-nouns'])})$`, 'u'),
    SPEAKER_NON_NAME: new RegExp(`^(?:${alternation(lists['speaker-non-names'])})$`),
    SPEAKER_TITLE: new RegExp(`^(?:${lists['speaker-titles'].map((t) => (t.endsWith('.') ? `${escapeWord(t.slice(0, -1))}\\.?` : escapeWord(t))).join('|')})\\s+`, 'u'),
    PREPOSITIONAL_SUBORDINATOR: set(lists['prepositional-subordinators']),
    NOT_PARTICIPLE: set(lists['not-participles']),
    BE_FORM: set(lists['be-forms']),
    FIGURE_HEDGE_RE: alternation(lists['figure-hedges']),
    NOT_UNIT: set(lists['not-units']),
    FIGURE_LEAD_WORD: new RegExp(`(?:^|\\s)(?:${alternation(lists['figure-lead-words'])})\\s+$`),
    SPEAKER_PARTICLE_RE: alternation(lists['speaker-name-particles']),
    SPEAKER_CLAUSE_CUT: new RegExp(`,\\s+(?:${alternation(lists['speaker-clause-openers'])})\\b`, 'u'),
    SPEAKER_PLACED: new RegExp(`\\b(?:${alternation(lists['speaker-place-words'])})\\s+$`, 'u'),
    FIGURE_SCALE_RE: alternation(Object.keys(lists['figure-scales'])),
    FIGURE_SCALES: lists['figure-scales'],
    PERCENT_RE: lists['percent-words'].map((w) => escapeWord(w).replace(/ /g, '\\s+')).join('|'),
    OWNER_GAP: new RegExp(`^['’]s?(?:\\s+(?!(?:${alternation(lists['owner-gap-non-words'])})\\b)[\\p{Ll}-]+){0,2}\\s+[$£€]?$`, 'u'),
    EXISTENTIAL_VERB: new RegExp(`^(?:${alternation(lists['existential-verbs'])})$`, 'iu'),
  };
}
