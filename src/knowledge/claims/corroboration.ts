// When two statements are the same claim, and how many articles state it.
//
// Two statements corroborate each other only when all of these hold:
// - they come from different articles;
// - they state the same key: the same value and unit for figures, the same date for events (a time of day is
//   compared on its day: "2019-03-05T10:00" and "2019-03-05" state the same date);
// - they are about the same subject: the subject of one is among the other's own entities, so "OpenAI unveiled
//   Sora" (subject OpenAI) and "Sora, unveiled in 2024" (subject Sora) match on Sora; a statement with no subject
//   corroborates nothing;
// - they say the same kind of thing (see kind.ts): figures share a word of what they measure;
//   events share an action (a verb lemma; when neither names one, half their content words; when only one does,
//   they do not match), and
//   when both name what the action was done to, they share that too ("lost the caucuses" is not "lost the
//   nomination");
// - when a sentence dates its figure ("as July came to a close"), the other statement's sentence names the same
//   date or, naming none, was published in that period: the same poll share in May and in July is two claims.
// The relation is not transitive: each statement counts the articles whose statements match it directly, so
// a chain of near matches never grows one claim out of several.

export interface Statement {
  id: string;
  article: string;
  key: string;
  subject: readonly string[];
  /** The claim's own entities (its subject included). */
  entities: readonly string[];
  kind: readonly string[];
  /** Event verb lemmas; empty for figures. */
  action: readonly string[];
  /** True for events (dates), false or absent for figures. */
  event?: boolean;
  /** Dates the statement's sentence gives it besides its key (for figures). */
  context?: readonly string[];
  /** The publication date of the statement's article, when known. */
  published?: string;
}

export interface Corroboration {
  /** Distinct articles stating the claim, the statement's own included. */
  sources: number;
  /** Ids of the matching statements in other articles, in id order. */
  others: string[];
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Whether two statements state the same claim. */
export function sameClaim(a: Statement, b: Statement): boolean {
  if (a.article === b.article || a.key !== b.key || a.subject.length === 0 || b.subject.length === 0) return false;
  if (!shares(a.subject, b.entities) && !shares(b.subject, a.entities)) return false;
  if (!datesAgree(a, b)) return false;
  return sameKind(a, b);
}

/** A day (or month) falls in a period written as a TIMEX3 prefix: "2020-07-31" in "2020-07" or "2020". */
const inPeriod = (period: string, day: string) => day === period || day.startsWith(`${period}-`);

/** Whether the dates two figures' sentences give them can be the same. */
function datesAgree(a: Statement, b: Statement): boolean {
  const [ca, cb] = [a.context ?? [], b.context ?? []];
  if (ca.length > 0 && cb.length > 0) return shares(ca, cb);
  if (ca.length > 0 && b.published) return ca.some((d) => inPeriod(d, b.published!));
  if (cb.length > 0 && a.published) return cb.some((d) => inPeriod(d, a.published!));
  return true;
}

/** Whether two statements say the same kind of thing (see kind.ts). */
export function sameKind(a: Pick<Statement, 'kind' | 'action' | 'event'>, b: Pick<Statement, 'kind' | 'action'>): boolean {
  if (a.action.length > 0 && b.action.length > 0) {
    if (!shares(a.action, b.action)) return false;
    return a.kind.length === 0 || b.kind.length === 0 || shares(a.kind, b.kind);
  }
  // One names an action and the other does not: nothing says they report the same thing.
  if (a.action.length > 0 || b.action.length > 0) return false;
  return a.event ? sharesMost(a.kind, b.kind) : shares(a.kind, b.kind);
}

/** For an event, content words are weaker evidence than a verb: at least half of the shorter list must be shared. */
function sharesMost(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((x) => b.includes(x)).length;
  return shared > 0 && shared * 2 >= Math.min(a.length, b.length);
}

/** For every statement, the articles that state the same claim. Input order does not matter. */
export function corroborate<T extends Statement>(statements: readonly T[]): Map<T, Corroboration> {
  const byKey = new Map<string, T[]>();
  for (const s of statements) if (s.subject.length > 0) (byKey.get(s.key) ?? byKey.set(s.key, []).get(s.key)!).push(s);
  const result = new Map<T, Corroboration>();
  for (const s of statements) {
    const matches = (byKey.get(s.key) ?? []).filter((other) => sameClaim(s, other));
    result.set(s, { sources: new Set(matches.map((m) => m.article)).size + 1, others: matches.map((m) => m.id).sort() });
  }
  return result;
}
