// The verbs that report speech, once, for the entity rules (a name before "said" is a speaker) and for
// quotes (who said a quotation). Built by the lexicon (./index.ts) from speech-verbs.json.

/** speech-verbs.json as read. */
export interface SpeechVerbLists {
  verbs: readonly string[];
  withListener: readonly string[];
}

export interface SpeechVerbs {
  /** "said", "told", "tweeted"…, in lower case. */
  SPEECH_VERBS: ReadonlySet<string>;
  /** Speech verbs followed by the one spoken to ("told reporters"). */
  LISTENER_VERBS: ReadonlySet<string>;
  /** Any speech verb as a pattern, a listener's up to four words after "told". */
  SPEECH_VERB_PATTERN: string;
}

export function buildSpeechVerbs(lists: SpeechVerbLists): SpeechVerbs {
  const SPEECH_VERBS: ReadonlySet<string> = new Set(lists.verbs);
  const LISTENER_VERBS: ReadonlySet<string> = new Set(lists.withListener);
  const SPEECH_VERB_PATTERN = `(?:${[...SPEECH_VERBS].map((verb) => (LISTENER_VERBS.has(verb) ? `${verb}(?:\\s+[\\p{L}\\p{N}.]+){0,4}` : verb)).join('|')})`;
  return { SPEECH_VERBS, LISTENER_VERBS, SPEECH_VERB_PATTERN };
}
