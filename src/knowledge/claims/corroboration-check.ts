// The necessary test of corroboration: a claim that says N sources must have N distinct articles (its own
// included) that state the same value or date and share at least one entity with it. It does not prove two
// statements are the same claim; it catches counts that cannot be right. Pure: run by tests and by
// tools/eval/check-corroboration.ts on a built /knowledge.json.

export interface StatedClaim {
  id: string;
  article: string;
  /** What must be equal: the figure's value and unit, or the event's date. Null states nothing checkable. */
  key: string | null;
  entities: readonly string[];
  sources: number;
}

export interface Violation {
  id: string;
  sources: number;
  /** Distinct articles that pass the test. */
  supported: number;
}

/** The day an event's date names: a time of day ("2019-03-05T10:00") is compared on its day. */
export const eventKey = (date: string | null): string | null => (date === null ? null : date.replace(/T.*$/u, ''));
export const figureKey = (value: string, unit?: string): string => `${value}|${unit ?? ''}`;

/** Claims whose `sources` is larger than the number of distinct articles that could support it. */
export function unsupportedCorroborations(claims: readonly StatedClaim[]): Violation[] {
  const byKey = new Map<string, StatedClaim[]>();
  for (const claim of claims) {
    if (claim.key === null) continue;
    (byKey.get(claim.key) ?? byKey.set(claim.key, []).get(claim.key)!).push(claim);
  }
  const violations: Violation[] = [];
  for (const claim of claims) {
    if (claim.sources <= 1) continue;
    const own = new Set(claim.entities);
    const articles = new Set<string>([claim.article]);
    if (claim.key !== null && own.size > 0) {
      for (const other of byKey.get(claim.key) ?? []) {
        if (other.entities.some((e) => own.has(e))) articles.add(other.article);
      }
    }
    if (articles.size < claim.sources) violations.push({ id: claim.id, sources: claim.sources, supported: articles.size });
  }
  return violations;
}
