// How many distinct articles state a claim. Claims with the same key (a normalised date or value) whose entity
// lists overlap are one claim stated several times; a claim with no entities matches on its key alone.

interface Claim { article: string; key: string; entities: string[] }

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function sameClaim(a: Claim, b: Claim): boolean {
  if (a.entities.length === 0 || b.entities.length === 0) return true;
  const names = new Set(a.entities.map(normalise));
  return b.entities.some((e) => names.has(normalise(e)));
}

/** For every claim, the number of distinct articles stating it or a near-identical claim. Input order does not matter. */
export function countSources<T extends Claim>(claims: T[]): Map<T, number> {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = normalise(c.key);
    const group = byKey.get(key) ?? [];
    for (const j of group) if (sameClaim(c, claims[j]!)) parent[find(i)] = find(j);
    group.push(i);
    byKey.set(key, group);
  });
  const articles = new Map<number, Set<string>>();
  claims.forEach((c, i) => {
    const root = find(i);
    const set = articles.get(root) ?? new Set<string>();
    set.add(c.article);
    articles.set(root, set);
  });
  return new Map(claims.map((c, i) => [c, articles.get(find(i))!.size]));
}
