import type { ClaimWords } from './lexicon.ts';

// A sentence cut into clause-like segments at punctuation (commas, semicolons, colons, dashes, brackets), each
// with the role its first words give it. No parser: a few cues that hold in news prose, enough to tell which
// entities a figure or a date belongs to.

/**
 * main: opens with a noun phrase, so it names its own subject ("Hunyuan Video now leads …").
 * subordinate: "while Sora required …": its own subject, but it governs no other segment.
 * predicate: opens with a verb ("released by Tencent …", "reducing latency by 40%"): its subject is elsewhere.
 * relative: "which rose 5%": its subject is elsewhere.
 * adjunct: opens with a preposition ("by Q1 2025", "per internal telemetry"): it modifies another segment.
 * aside: inside brackets.
 */
export type SegmentRole = 'main' | 'subordinate' | 'predicate' | 'relative' | 'adjunct' | 'aside';

export interface Token { text: string; start: number; end: number }

export interface Segment {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  role: SegmentRole;
  /** Where the segment's first verb starts, if a cue finds one. */
  firstVerb: number | null;
  /** Where the first preposition after the segment's first word starts. */
  firstPreposition: number | null;
  /** The segment's words. */
  words: Token[];
}

export function tokens(text: string, offset = 0): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)].map((m) => {
    const last = m[0][m[0].length - 1];
    const word = last === '.' || last === "'" || last === '’' ? m[0].replace(/[.'’]+$/u, '') : m[0];
    return { text: word, start: offset + m.index, end: offset + m.index + word.length };
  });
}

/** A verb form by the word and the one after it: a listed verb, a participle, or an -s form before a determiner or number. */
export function isVerbForm(word: string, next: string | undefined, previous: string | undefined, claims: ClaimWords): boolean {
  const { VERB_LEMMAS, DETERMINER, NOT_PARTICIPLE } = claims;
  if (!/^\p{Ll}/u.test(word)) return false;
  const w = word.toLowerCase();
  if (w in VERB_LEMMAS) return true;
  if (NOT_PARTICIPLE.has(w)) return false;
  // After a determiner or an owner an -ing or -ed word is a noun or an adjective: "his running mate", "the reported figure".
  if (previous !== undefined && /(?:ing|ed)$/u.test(w) && (DETERMINER.has(previous.toLowerCase()) || /['’]s?$/u.test(previous))) return false;
  if (/^[\p{Ll}]{3,}(?:ing|[^e]ed|ied)$/u.test(w)) return true;
  if (/^[\p{Ll}]{2,}[^su']s$/u.test(w) && next !== undefined && (DETERMINER.has(next.toLowerCase()) || /^\p{N}/u.test(next))) return true;
  return false;
}

/** Crude lemma of a verb or noun form: listed irregular forms, else the suffix stripped. */
export function lemma(word: string, claims: ClaimWords): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  const listed = claims.VERB_LEMMAS[w];
  if (listed) return listed;
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3).replace(/(\p{Ll})\1$/u, '$1');
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2).replace(/(\p{Ll})\1$/u, '$1').replace(/([^aeiou][^aeiouy])$/u, '$1');
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/u.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** Cut points: [start, end) spans of text between separators, with bracketed stretches as their own spans. */
function pieces(sentence: string): Array<{ start: number; end: number; aside: boolean }> {
  const out: Array<{ start: number; end: number; aside: boolean }> = [];
  let start = 0;
  let depth = 0;
  const push = (end: number, aside: boolean) => {
    if (end > start) out.push({ start, end, aside });
  };
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    const prev = sentence[i - 1] ?? ' ';
    const next = sentence[i + 1] ?? ' ';
    if (ch === '(' || ch === '[') {
      if (depth === 0) { push(i, false); start = i + 1; }
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) { push(i, true); start = i + 1; }
    } else if (depth === 0) {
      const separator = ch === ';' || ch === '—' || ch === '―'
        || ((ch === ',' || ch === ':') && !(/\p{N}/u.test(prev) && /\p{N}/u.test(next)) && !(ch === ',' && /\p{N}/u.test(prev) && /^,\s\d{4}(?!\d)/u.test(sentence.slice(i, i + 7))))
        || ((ch === '–' || ch === '-') && prev === ' ' && next === ' ');
      if (separator) { push(i, false); start = i + 1; }
    }
  }
  push(sentence.length, depth > 0);
  return out;
}

function roleOf(words: Token[], aside: boolean, opensSentence: boolean, claims: ClaimWords): { role: SegmentRole; firstVerb: number | null } {
  const { VERB_LEMMAS, OPENER, SUBORDINATOR, RELATIVE, PREPOSITION, PREPOSITIONAL_SUBORDINATOR, BE_FORM } = claims;
  const verbAt = (from: number) => {
    for (let i = from; i < words.length; i++) {
      // The sentence's first word is capitalised whatever it is: "Started in 2004, CentOS …". Only a participle or a
      // listed verb counts there, so a name ("CentOS 8's") is not read as an -s verb.
      const initial = i === 0 && opensSentence && /^\p{Lu}\p{Ll}+$/u.test(words[i]!.text);
      const word = initial ? words[i]!.text.toLowerCase() : words[i]!.text;
      if (initial && !(word in VERB_LEMMAS) && !/(?:ing|ed)$/u.test(word)) continue;
      if (!isVerbForm(word, words[i + 1]?.text, words[i - 1]?.text, claims)) continue;
      // Inside a clause an -ing word is mostly a noun or an adjective ("engineering teams") unless "be" comes first.
      if (i > from && /ing$/u.test(word) && !BE_FORM.has(words[i - 1]!.text.toLowerCase())) continue;
      return i;
    }
    return -1;
  };
  let i = 0;
  while (i < words.length - 1 && OPENER.has(words[i]!.text.toLowerCase()) && !SUBORDINATOR.has(words[i]!.text.toLowerCase())) i++;
  const first = words[i];
  const verb = verbAt(i);
  const firstVerb = verb >= 0 ? words[verb]!.start : null;
  if (aside) return { role: 'aside', firstVerb };
  if (!first) return { role: 'adjunct', firstVerb };
  const w = first.text.toLowerCase();
  if (SUBORDINATOR.has(w) && (!PREPOSITIONAL_SUBORDINATOR.has(w) || verbAt(i + 1) >= 0)) return { role: 'subordinate', firstVerb: (() => { const v = verbAt(i + 1); return v >= 0 ? words[v]!.start : null; })() };
  if (RELATIVE.has(w) && (w !== 'that' || verbAt(i + 1) === i + 1)) return { role: 'relative', firstVerb };
  if (verb === i) return { role: 'predicate', firstVerb };
  if (PREPOSITION.has(w) || PREPOSITIONAL_SUBORDINATOR.has(w)) return { role: 'adjunct', firstVerb };
  return { role: 'main', firstVerb };
}

/** The sentence's segments in text order, covering every word. */
export function segmentClauses(sentence: string, claims: ClaimWords): Segment[] {
  return pieces(sentence).flatMap(({ start, end, aside }, i) => {
    const words = tokens(sentence.slice(start, end), start);
    if (words.length === 0) return [];
    const { role, firstVerb } = roleOf(words, aside, i === 0 && start === 0, claims);
    const preposition = words.slice(1).find((w) => claims.PREPOSITION.has(w.text));
    return [{ start: words[0]!.start, end: words[words.length - 1]!.end, role, firstVerb, firstPreposition: preposition?.start ?? null, words }];
  });
}
