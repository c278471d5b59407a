// When has the reader stopped typing? A pause is judged against their own rhythm: a little longer than
// their usual gap between keys. Searching sooner would fetch index chunks and result fragments for every
// prefix ("gre", "gree", …: other, often bigger chunks than the word needs); waiting longer delays results.

/** Gaps longer than this are pauses, not typing, and do not change the rhythm. */
const TYPING_GAP_MAX_MS = 400;
/** How much longer than the usual gap a pause must be. */
const MARGIN_MS = 25;
export const PAUSE_MIN_MS = 80;
export const PAUSE_MAX_MS = 180;
/** Rhythm assumed before the reader's own is known: a fast typist's 100 ms between keys (the pause is then 125 ms). */
export const INITIAL_RHYTHM_MS = 100;

/** The reader's rhythm after a keystroke `gap` ms after the previous one (a running average). */
export function nextRhythm(rhythm: number, gap: number): number {
  return gap > TYPING_GAP_MAX_MS ? rhythm : (rhythm + gap) / 2;
}

/** How long to wait after a keystroke before searching. */
export function typingPause(rhythm: number): number {
  return Math.min(PAUSE_MAX_MS, Math.max(PAUSE_MIN_MS, rhythm + MARGIN_MS));
}
