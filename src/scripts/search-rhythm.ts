// When has the reader stopped typing? A pause is judged against their own rhythm: their usual gap
// between keys, plus a margin that grows with how much those gaps vary (as TCP judges a lost packet
// against the round-trip time and its variation). A steady typist gets results soon after their last
// key; an uneven one is not searched mid-word. Searching mid-word would fetch result fragments for
// prefixes ("gree", "green", …) the reader never asked for; waiting longer delays their results.

export interface Rhythm {
  /** Smoothed gap between keystrokes, in ms. */
  gap: number;
  /** Smoothed absolute deviation of the gaps from `gap`, in ms. */
  jitter: number;
}

/** Gaps longer than this are pauses, not typing, and do not change the rhythm. */
const TYPING_GAP_MAX_MS = 400;
/** How fast the averages follow new gaps (as in TCP's round-trip estimate). */
const SMOOTHING = 1 / 4;
/** The pause is the usual gap plus this many deviations, and at least MIN_MARGIN_MS more. */
const DEVIATIONS = 2;
const MIN_MARGIN_MS = 8;
export const PAUSE_MIN_MS = 80;
export const PAUSE_MAX_MS = 180;
/** Assumed before the reader's own rhythm is known: a fast typist, 100 ms between keys (pause 125 ms). */
export const INITIAL_RHYTHM: Rhythm = { gap: 100, jitter: 12.5 };

/** The reader's rhythm after a keystroke `gap` ms after the previous one. */
export function nextRhythm(rhythm: Rhythm, gap: number): Rhythm {
  if (!(gap <= TYPING_GAP_MAX_MS)) return rhythm;
  const error = gap - rhythm.gap;
  return {
    gap: rhythm.gap + SMOOTHING * error,
    jitter: rhythm.jitter + SMOOTHING * (Math.abs(error) - rhythm.jitter),
  };
}

/** How long to wait after a keystroke before searching. */
export function typingPause(rhythm: Rhythm): number {
  const margin = Math.max(MIN_MARGIN_MS, DEVIATIONS * rhythm.jitter);
  return Math.min(PAUSE_MAX_MS, Math.max(PAUSE_MIN_MS, rhythm.gap + margin));
}
