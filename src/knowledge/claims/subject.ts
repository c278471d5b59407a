import { segmentClauses, type Segment } from './clauses.ts';

// A claim belongs to the entities of its own clause, not to every entity of its sentence. Its subject is:
// 1. an owner right before the value ("Sora's reported 85.1": Sora), else
// 2. in a clause that names its own subject, the entities before its first verb (before the value when no verb
//    is found): "GitHub Copilot Enterprise adoption grew 220%", else
// 3. for a clause that borrows its subject (a participle, a relative clause, a prepositional phrase, or a
//    clause that names no entity before the value), the subject of the clause that governs it: the nearest
//    main clause before it ("GPT-5 Turbo …, reducing latency by 40%"), or after it when it leads the sentence
//    ("By Q1 2025, OpenAI had …"), else
// 4. nothing: "About 200 people died in Kenya" names no subject, only a place, and such a claim corroborates nothing.
// The claim's own entities are its subject and the entities of its clause; a prepositional phrase takes in the
// clause it modifies.

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

/** How many words may stand between an owner and its value: "Sora's reported 85.1", "Apple's annual 5% rise". */
const OWNER_GAP = /^['’]s?(?:\s+[\p{Ll}-]+){0,2}\s+[$£€]?$/u;

const unique = (ids: string[]) => [...new Set(ids)];

/** A clause's subject: its entities before its first verb, or before its first preposition when no verb is found. */
function subjectOf(segment: Segment, mentions: readonly SentenceMention[], before?: number): string[] {
  const inside = mentions.filter((m) => m.start >= segment.start && m.end <= segment.end);
  const head = segment.firstVerb ?? segment.firstPreposition ?? undefined;
  const limit = head !== undefined && (before === undefined || head < before) ? head : before;
  const ahead = limit === undefined ? inside : inside.filter((m) => m.end <= limit);
  return unique(ahead.map((m) => m.id));
}

/** The segment whose subject a segment borrows: the nearest main clause before, else after, else a subordinate one. */
function governing(segments: readonly Segment[], index: number, mentions: readonly SentenceMention[]): number | null {
  const has = (j: number) => subjectOf(segments[j]!, mentions).length > 0;
  for (let j = index - 1; j >= 0; j--) if (segments[j]!.role === 'main' && has(j)) return j;
  for (let j = index + 1; j < segments.length; j++) if (segments[j]!.role === 'main' && has(j)) return j;
  for (let j = index - 1; j >= 0; j--) if (segments[j]!.role === 'subordinate' && has(j)) return j;
  return null;
}

/** The subject, own entities and clause of the claim whose value spans [valueStart, valueEnd) of the sentence. */
export function claimScope(sentence: string, valueStart: number, valueEnd: number, mentions: readonly SentenceMention[]): ClaimScope {
  const segments = segmentClauses(sentence);
  let index = segments.findIndex((s) => s.start < valueEnd && valueStart < s.end);
  if (index < 0) index = Math.max(0, segments.findLastIndex((s) => s.start <= valueStart));
  const segment = segments[index] ?? { start: 0, end: sentence.length, role: 'main' as const, firstVerb: null, firstPreposition: null };
  const within = (s: { start: number; end: number }) => mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const own = within(segment);

  let subject: string[] = [];
  let clause = { start: Math.min(segment.start, valueStart), end: Math.max(segment.end, valueEnd) };
  const owner = own.filter((m) => m.end <= valueStart && OWNER_GAP.test(sentence.slice(m.end, valueStart))).at(-1);
  if (owner) subject = [owner.id];
  else if (segment.role === 'main' || segment.role === 'subordinate' || segment.role === 'aside') subject = subjectOf(segment, mentions, valueStart);

  let borrowed: Segment | undefined;
  if (subject.length === 0 && segment.role !== 'aside') {
    const g = governing(segments, index, mentions);
    if (g !== null) {
      borrowed = segments[g]!;
      subject = subjectOf(borrowed, mentions);
    }
  }

  const entities = new Set([...subject, ...own.map((m) => m.id)]);
  if (borrowed && segment.role === 'adjunct') {
    // "By Q1 2025, OpenAI had quietly deprioritized Sora": the date dates the whole clause it modifies.
    for (const m of within(borrowed)) entities.add(m.id);
  }
  if (borrowed) {
    // Show the subject with the claim when it is near: "GPT-5 Turbo …, reducing inference latency by 40%".
    const start = Math.min(clause.start, borrowed.start);
    const end = Math.max(clause.end, segment.role === 'adjunct' || borrowed.start > segment.start ? borrowed.end : clause.end);
    if (end - start <= 260) clause = { start, end };
  }
  return { subject, entities: [...entities].sort(), clause };
}
