// The verbs that report speech, once, for the entity rules (a name before "said" is a speaker) and for
// quotes (who said a quotation).
import lexicon from './speech-verbs.json' with { type: 'json' };

/** "said", "told", "tweeted"…, in lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(lexicon.verbs);

/** Speech verbs followed by the one spoken to ("told reporters"). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(lexicon.withListener);
