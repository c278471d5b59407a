import { isVerbForm, lemma, tokens, type Token } from './clauses.ts';
import type { ClaimWords } from './lexicon.ts';

// What kind of thing a claim says, as lemmas compared between statements (see corroboration.ts):
// - a figure: `kind` is the content words within WINDOW words of the value in its clause: the measured
//   quantity ("VBench score", "latency", "deaths") and what happened to it ("grew", "cut");
// - an event: `action` is the verbs of its clause ("died", "was elected", "unveiled"), `kind` its other content
//   words (what the action was done to: "caucuses", "nomination").
// Names (entity mentions), numbers, dates and words that say nothing about the claim (the lexicon's IGNORED) are left out.

const WINDOW = 4;

export interface Range { start: number; end: number }
export interface ClaimKind { kind: string[]; action: string[] }

const inside = (t: Range, ranges: readonly Range[]) => ranges.some((r) => t.start < r.end && r.start < t.end);
const sorted = (words: Array<{ text: string }>, claims: ClaimWords) => [...new Set(words.map((t) => lemma(t.text, claims)))].filter((w) => !claims.IGNORED.has(w)).sort();

/** The lemmas that tell what a claim is about. `mark` is the value or date; `names` the entity mentions (offsets into `clause`). */
export function claimKind(clause: string, mark: Range, names: readonly Range[], claim: 'figure' | 'event', claims: ClaimWords): ClaimKind {
  const { IGNORED } = claims;
  const words = tokens(clause).filter((t) => !inside(t, [mark]) && /^\p{L}/u.test(t.text));
  const usable = words.filter((t) => !inside(t, names) && t.text.length > 1 && !IGNORED.has(t.text.toLowerCase())
    && (/^\p{Ll}/u.test(t.text) || t.text === t.text.toUpperCase()));
  if (claim === 'event') {
    const isVerb = (t: Token) => { const i = words.indexOf(t); return isVerbForm(t.text, words[i + 1]?.text, words[i - 1]?.text, claims); };
    // "the 2016 presidential election", "his 2020 running mate": the words right after a date name the period,
    // not what happened in it, and every statement of that date shares them.
    const period = new Set<Token>();
    for (const t of words.filter((w) => w.start >= mark.end)) {
      if (inside(t, names) && /^[\s\p{L}.-]*$/u.test(clause.slice(mark.end, t.start))) continue; // "the 2016 United States presidential election"
      if (!usable.includes(t) || isVerb(t) || !/^[\s\p{L}.-]*$/u.test(clause.slice(mark.end, t.start))) break;
      period.add(t);
    }
    const rest = usable.filter((t) => !period.has(t));
    return { action: sorted(rest.filter(isVerb), claims), kind: sorted(rest.filter((t) => !isVerb(t)), claims) };
  }
  const before = usable.filter((t) => t.end <= mark.start).slice(-WINDOW);
  const after = usable.filter((t) => t.start >= mark.end).slice(0, WINDOW);
  return { action: [], kind: sorted([...before, ...after], claims) };
}
