// Word lists the claim passes read (data in ../lexicon/claim-words.json, read by the lexicon, ../lexicon/index.ts):
// how clauses open, which words are verbs, and which words say nothing about what a claim measures. Data, kept
// apart from the rules in clauses.ts, subject.ts and kind.ts, which receive it as ClaimWords.

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
  };
}
