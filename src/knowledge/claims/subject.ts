import { isVerbForm, lemma, segmentClauses, type Segment } from './clauses.ts';
import type { ClaimWords } from './lexicon.ts';

// A claim belongs to the entities of its own clause, not to every entity of its sentence. Its subject is:
// 1. an owner right before the value ("Sora's reported 85.1": Sora), else
// 2. in a clause that names its own subject (a main or subordinate clause), the entities before its first verb
//    ("GitHub Copilot Enterprise adoption grew 220%"); after a reporting verb, those of the reported clause
//    ("NBC News reported the Iowa party had finalized …": the Iowa party); "there was a 4.2% swing against the
//    Labor Party": the entities after the value; a clause whose subject is no entity ("a total of 1,991 delegates are
//    needed") takes the entities of a topic phrase just before it ("For a candidate to win the Democratic Party's
//    nomination, …"), else
// 3. for a clause that borrows its subject (a participle, a relative clause, a prepositional phrase, a bracketed
//    aside), the subject of the clause that governs it: the nearest main clause before it ("GPT-5 Turbo …, reducing
//    latency by 40%"), or after it when only phrases lead the sentence ("By Q1 2025, OpenAI had …"), or a
//    subordinate clause before it ("While Sora required …"), else
// 4. nothing: "About 200 people died in Kenya" names no subject, only a place; such a claim corroborates nothing.
// The claim's own entities are its subject and the entities of its clause; a prepositional phrase takes in the
// clause it modifies ("In 2016, Gary Johnson, the former governor, received 3.28 percent").

export interface SentenceMention {
  id: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

export interface ClaimScope {
  /** Entity ids the claim is about, in text order. */
  subject: string[];
  /** The claim's own entities: its subject and the entities of its clause, sorted. */
  entities: string[];
  /** The stretch of the sentence that states the claim (offsets into the sentence). */
  clause: { start: number; end: number };
}

/** What may stand between an owner and its value: "Sora's reported 85.1", "Apple's annual 5% rise"; not a preposition. */
/** A clause longer than this is not widened to show its borrowed subject or the clause a phrase modifies. */
const MAX_CLAUSE = 260;

const unique = (ids: string[]) => [...new Set(ids)];
const within = (mentions: readonly SentenceMention[], s: { start: number; end: number }) => mentions.filter((m) => m.start >= s.start && m.end <= s.end);

/**
 * A clause's subject: its entities before its first verb (before its first preposition when no verb is found, and
 * never past `before`); after a reporting verb, the entities between it and the next verb.
 */
function subjectOf(segment: Segment, mentions: readonly SentenceMention[], claims: ClaimWords, before?: number): string[] {
  const inside = within(mentions, segment);
  const cut = (from: number, head: number | null | undefined) => {
    const limit = head != null && (before === undefined || head < before) ? head : before;
    return inside.filter((m) => m.start >= from && (limit === undefined || m.end <= limit));
  };
  const words = segment.words;
  const verb = words.findIndex((w) => w.start === segment.firstVerb);
  if (verb >= 0 && claims.REPORTING.has(lemma(words[verb]!.text, claims))) {
    const next = words.findIndex((w, i) => i > verb + 1 && isVerbForm(w.text, words[i + 1]?.text, words[i - 1]?.text, claims));
    const reported = next >= 0 ? cut(words[verb]!.end, words[next]!.start) : [];
    if (reported.length > 0) return unique(reported.map((m) => m.id));
  }
  return unique(cut(segment.start, segment.firstVerb ?? segment.firstPreposition).map((m) => m.id));
}

const isExistential = (segment: Segment, claims: ClaimWords) => /^there$/iu.test(segment.words[0]?.text ?? '') && claims.EXISTENTIAL_VERB.test(segment.words[1]?.text ?? '');

/** Whether a segment names nothing and does nothing ("Last week"): a phrase, whatever its first word. */
const isBarePhrase = (segment: Segment, mentions: readonly SentenceMention[]) => segment.firstVerb === null && within(mentions, segment).length === 0;

/** The segment whose subject a segment borrows, or null. */
function governing(segments: readonly Segment[], index: number, mentions: readonly SentenceMention[], claims: ClaimWords): number | null {
  const has = (j: number) => subjectOf(segments[j]!, mentions, claims).length > 0;
  for (let j = index - 1; j >= 0; j--) if (segments[j]!.role === 'main' && has(j)) return j;
  if (segments.slice(0, index).every((s) => s.role === 'adjunct' || s.role === 'aside' || isBarePhrase(s, mentions))) {
    for (let j = index + 1; j < segments.length; j++) if (segments[j]!.role === 'main' && has(j)) return j;
  }
  for (let j = index - 1; j >= 0; j--) if (segments[j]!.role === 'subordinate' && has(j)) return j;
  return null;
}

/** "Despite winning the primary, Collins …": a subordinate clause whose verb follows its first word has no subject of its own. */
const isParticipial = (segment: Segment) => segment.role === 'subordinate' && segment.firstVerb !== null && segment.firstVerb === segment.words[1]?.start;

interface Resolved { subject: string[]; borrowed: number | null }

/** The subject of segment `index` for a value starting at `before` (undefined: the segment's own subject). */
function resolveSubject(segments: readonly Segment[], index: number, mentions: readonly SentenceMention[], claims: ClaimWords, before?: number): Resolved {
  const segment = segments[index]!;
  const own = within(mentions, segment);
  if ((segment.role === 'main' || segment.role === 'subordinate') && !isParticipial(segment)) {
    let subject = subjectOf(segment, mentions, claims, before);
    if (subject.length === 0 && isExistential(segment, claims)) subject = unique(own.filter((m) => before === undefined || m.start >= before).map((m) => m.id));
    if (subject.length > 0) return { subject, borrowed: null };
    const topic = segments[index - 1];
    if (topic?.role === 'adjunct' && within(mentions, topic).length > 0) return { subject: unique(within(mentions, topic).map((m) => m.id)), borrowed: index - 1 };
    return { subject: [], borrowed: null };
  }
  if (segment.role === 'relative' && index > 0) {
    // "… the party's ticket of Gary Johnson and Bill Weld, which received 4.5 million votes": what comes right before.
    const antecedent = segments[index - 1]!;
    const after = within(mentions, antecedent).filter((m) => antecedent.firstVerb === null || m.start > antecedent.firstVerb);
    if (after.length > 0) return { subject: unique(after.map((m) => m.id)), borrowed: index - 1 };
    return { ...resolveSubject(segments, index - 1, mentions, claims), borrowed: index - 1 };
  }
  if (segment.role === 'aside') {
    // "(0.15 percent)", "(estimates suggest …)": about what the bracket annotates.
    if (index === 0) return { subject: [], borrowed: null };
    const annotated = resolveSubject(segments, index - 1, mentions, claims);
    return { subject: annotated.subject, borrowed: annotated.subject.length > 0 ? index - 1 : null };
  }
  const g = governing(segments, index, mentions, claims);
  return g === null ? { subject: [], borrowed: null } : { subject: subjectOf(segments[g]!, mentions, claims), borrowed: g };
}

/** The subject, own entities and clause of the claim whose value spans [valueStart, valueEnd) of the sentence. */
export function claimScope(
  sentence: string, valueStart: number, valueEnd: number, mentions: readonly SentenceMention[], claims: ClaimWords,
  segments: readonly Segment[] = segmentClauses(sentence, claims),
): ClaimScope {
  let index = segments.findIndex((s) => s.start < valueEnd && valueStart < s.end);
  if (index < 0) index = Math.max(0, segments.findLastIndex((s) => s.start <= valueStart));
  if (segments.length === 0) return { subject: [], entities: [], clause: { start: valueStart, end: valueEnd } };
  const segment = segments[index]!;
  const own = within(mentions, segment);

  const owner = own.filter((m) => m.end <= valueStart && claims.OWNER_GAP.test(sentence.slice(m.end, valueStart))).at(-1);
  const { subject, borrowed } = owner ? { subject: [owner.id], borrowed: null } : resolveSubject(segments, index, mentions, claims, valueStart);

  let clause = { start: Math.min(segment.start, valueStart), end: Math.max(segment.end, valueEnd) };
  const entities = new Set([...subject, ...own.map((m) => m.id)]);
  if (borrowed !== null) {
    const source = segments[borrowed]!;
    let start = Math.min(clause.start, source.start);
    let end = Math.max(clause.end, segment.role === 'adjunct' || source.start > segment.start ? source.end : clause.end);
    if (segment.role === 'adjunct' && source.start > segment.start) {
      // "In 2016, Gary Johnson, the former governor, received 3.28 percent": the phrase dates the clause up to its verb.
      for (let j = borrowed; j < segments.length - 1 && segments[j]!.firstVerb === null; j++) end = segments[j + 1]!.end;
    }
    if (end - start > MAX_CLAUSE) { start = clause.start; end = clause.end; }
    if (segment.role === 'adjunct') for (const m of within(mentions, { start, end })) entities.add(m.id);
    clause = { start, end };
  }
  return { subject, entities: [...entities].sort(), clause: closeBrackets(sentence, clause) };
}

/** A clause that opens a bracket it does not close ends after the bracket's close: "votes (3.27 percent)". */
function closeBrackets(sentence: string, clause: { start: number; end: number }): { start: number; end: number } {
  const text = sentence.slice(clause.start, clause.end);
  const open = (text.match(/[([]/gu) ?? []).length - (text.match(/[)\]]/gu) ?? []).length;
  if (open <= 0) return clause;
  const close = /^[^()[\]]*?[)\]]/u.exec(sentence.slice(clause.end));
  return close ? { start: clause.start, end: clause.end + close[0].length } : clause;
}
