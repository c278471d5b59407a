// Word lists the claim passes read (data in ../lexicon/claim-words.json): how clauses open, which words are verbs, and which words say nothing about
// what a claim measures. Data, kept apart from the rules in clauses.ts, subject.ts and kind.ts.
import words from '../lexicon/claim-words.json' with { type: 'json' };

/** Words that open a subordinate clause: it has its own subject and governs nothing outside itself. */
export const SUBORDINATORS = words['subordinators'];
/** Words that open a relative clause: its subject is the noun phrase before it. */
export const RELATIVES = words['relatives'];
/** Words a clause may open with before its real first word. */
export const OPENERS = words['openers'];
/** Prepositions that open an adjunct phrase ("by Q1 2025", "per internal telemetry"): no subject of its own. */
export const PREPOSITIONS = words['prepositions'];
/** Determiners: the word after one starts a noun phrase. */
export const DETERMINERS = words['determiners'];
/** Common verbs whose forms the suffix rules miss (irregular pasts, auxiliaries, base forms), with their lemma. */
export const VERB_LEMMAS: Record<string, string> = words['verb-lemmas'];
/** Words that say nothing about what a claim measures or what happened: never a claim's kind. */
export const GENERIC_WORDS = words['generic-words'];
/** Words that carry no content at all. */
export const STOP_WORDS = words['stop-words'];
/** Verbs that report what someone else says: "NBC News reported the party had finalized …" is about the party. */
export const REPORTING_VERBS = words['reporting-verbs'];
