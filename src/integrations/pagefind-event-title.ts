// The title of an event's search result: its date, then the clause of its sentence that the date belongs
// to ("January 2026 — Hunyuan Video, released by Tencent under a permissive license"), so the result says
// what happened rather than which article it came from. Pure string work on the sentence the knowledge
// base gives; when the clause cannot be found, the sentence itself (shortened) stands in.
import words from './pagefind-event-title.words.json' with { type: 'json' };

const alternatives = (list: readonly string[]): string => list.map((word) => word.replace(/\s+/gu, '\\s+')).join('|');

/** Where a sentence divides into clauses and phrases: a comma, semicolon, colon or dash, or a sentence end. */
const BOUNDARY = /,["”’]?\s+|;\s+|:\s+|\s+[-–—]\s+|—|[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
/** Prepositions that only place the date ("in 2005"): dropped with it, since the title starts with the date. */
const PLACING = new RegExp(`(?:^|\\s)(?:${alternatives(words.placing)})\\s+$`, 'iu');
/** Those that open a phrase with its date ("By 1979 he was…", "Since 2001, …"). */
const OPENING = new RegExp(`^["“‘]?\\s*(?:${alternatives(words.opening)})?\\s*$`, 'iu');
/** A clause that opens with one of these is a clause of its own once the word is dropped. */
const CONJUNCTION = new RegExp(`^(?:${alternatives(words.conjunctions)})\\s+`, 'iu');
/** A phrase that opens with one of these ("Once completed in 2005") leaves the event to the clause after it. */
const SUBORDINATE = new RegExp(`^["“‘]?(?:${alternatives(words.subordinators)})\\b`, 'iu');
/** A phrase that opens with one of these ("In November", "However") is no subject to borrow. */
const ADVERBIAL = new RegExp(`^["“‘]?(?:${alternatives(words.adverbials)})\\b`, 'iu');
/** Longest clause shown; a longer one is cut at a word. */
const MAX_CLAUSE = 110;

interface Segment {
  start: number;
  end: number;
}

function segments(sentence: string): Segment[] {
  const result: Segment[] = [];
  let start = 0;
  for (const match of sentence.matchAll(BOUNDARY)) {
    // A sentence end keeps its full stop out of the segment; the other boundaries are dropped too.
    result.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  result.push({ start, end: sentence.length });
  return result.filter((s) => sentence.slice(s.start, s.end).trim());
}

const startsLower = (text: string): boolean => /^["“‘]?\p{Ll}/u.test(text);

function capitalize(text: string): string {
  return text.replace(/^(["“‘]?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}

/** The clause without a quotation mark left unmatched at either end, and without closing punctuation. */
function tidy(text: string): string {
  let clause = text.trim().replace(/[.,;:]+$/u, '').trim();
  const count = (pattern: RegExp) => (clause.match(pattern) ?? []).length;
  const straightUnmatched = count(/"/gu) % 2 === 1;
  if ((clause.startsWith('"') && straightUnmatched) || (clause.startsWith('“') && count(/“/gu) > count(/”/gu))) clause = clause.slice(1).trim();
  else if ((clause.endsWith('"') && straightUnmatched) || (clause.endsWith('”') && count(/”/gu) > count(/“/gu))) clause = clause.slice(0, -1).trim();
  return clause;
}

function shorten(text: string): string {
  if (text.length <= MAX_CLAUSE) return text;
  const cut = text.slice(0, MAX_CLAUSE + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > MAX_CLAUSE / 2 ? space : MAX_CLAUSE).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The clause of `sentence` that holds the time expression `when`, without it:
 * - the phrase (comma, semicolon, colon or dash apart) that holds the date is the clause;
 * - "in 2005", "on Monday" are dropped from it, as the title starts with the date; a date joined to another
 *   ("in 1997 and 2001") or used as a modifier ("the 1997 novel", "1983 was…") stays;
 * - a phrase that is only its date ("By Q1 2025, …"), or a subordinate one ("Once completed in 2005, …"),
 *   gives way to the main clause after it;
 * - a phrase without a subject ("…, released by Tencent in …") takes the nearest phrase before it that
 *   starts with a capital, skipping relative clauses and adverbials ("Barclays, which owns …, forecast …");
 * - a leading conjunction ("but demand fell in 2004") is dropped.
 */
export function eventClause(sentence: string, when: string): string {
  const text = sentence.trim();
  const at = when ? text.toLowerCase().indexOf(when.toLowerCase()) : -1;
  const parts = segments(text);
  const index = at < 0 ? -1 : parts.findIndex((s) => at >= s.start && at < s.end);
  if (index < 0) return shorten(tidy(text));
  const phrase = (i: number): string => text.slice(parts[i]!.start, parts[i]!.end);
  const own = parts[index]!;
  const before = text.slice(own.start, at);
  const after = text.slice(at + when.length, own.end);
  // "in 1997 and 2001", "from 2001 to 2003", "in May-June": the date is one of two, and stays.
  const joinedToAnother = /^\s*(?:and|or|to|-|–)\s*(?:\d|\p{Lu})/u.test(after);
  const finish = (clause: string): string => shorten(tidy(capitalize(clause.replace(/\s{2,}/gu, ' ').trim())));

  // The date opens its phrase as an adverbial ("In 2005, …", "By 1979 he was …"): the rest is the clause.
  const hasPreposition = before.replace(/["“‘]/gu, '').trim() !== '';
  const opensWithDate = OPENING.test(before) && !joinedToAnother && (hasPreposition || /^\s*,/u.test(after) || !after.trim());
  let clause = opensWithDate ? after.replace(/^[\s,.]+/u, '') : '';
  if (!opensWithDate) {
    const placing = PLACING.exec(before);
    clause = placing && !joinedToAnother ? `${before.slice(0, placing.index)}${after}` : phrase(index);
  }
  clause = clause.replace(/^[\s,.]+|[\s,.]+$/gu, '');
  // "…, but have failed since 1970": a clause of its own, whose subject is the earlier clause's.
  const coordinate = CONJUNCTION.test(clause);
  if (coordinate) clause = clause.replace(CONJUNCTION, '');
  // Nothing but the date, or a subordinate phrase: the main clause is the next phrase (or, last, the first).
  if (!clause || SUBORDINATE.test(clause)) {
    const main = parts[index + 1] ? phrase(index + 1) : index > 0 ? phrase(0) : '';
    return finish(main.replace(CONJUNCTION, '') || clause);
  }
  if (startsLower(clause) && !opensWithDate && !coordinate) {
    // No subject of its own: borrow the nearest earlier phrase that starts with a capital.
    for (let i = index - 1; i >= 0; i--) {
      const earlier = phrase(i);
      if (startsLower(earlier) || ADVERBIAL.test(earlier)) continue;
      clause = `${earlier}${i === index - 1 ? ', ' : ' '}${clause}`;
      break;
    }
  }
  return finish(clause);
}

/** "January 2026 — Tencent released Hunyuan Video": the date as the timeline shows it, then the clause. */
export function eventTitle(dateLabel: string, sentence: string, when: string): string {
  const clause = eventClause(sentence, when);
  return clause ? `${dateLabel} — ${clause}` : dateLabel;
}
