// Union-find (disjoint sets) over ids 0…n−1, with path halving.
export class UnionFind {
  private readonly parent: number[] = [];

  constructor(size = 0) {
    for (let i = 0; i < size; i++) this.parent.push(i);
  }

  /** A new id in a group of its own. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }

  /** Merge the groups of a and b; the smaller root stays the root, so roots never depend on the order of unions. */
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** b's group joins a's, and a's root stays the root. */
  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/**
 * Union-find over string keys. `union(a, b)` keeps a's root: callers put the name whose group it is
 * first ("Federal Reserve", then "Fed"), and read that group's type by its root.
 */
export class KeyGroups {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly sets = new UnionFind();

  add(key: string): void {
    if (this.ids.has(key)) return;
    this.ids.set(key, this.sets.add());
    this.names.push(key);
  }

  find(key: string): string {
    const id = this.ids.get(key);
    return id === undefined ? key : this.names[this.sets.find(id)]!;
  }

  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    this.sets.join(this.ids.get(a)!, this.ids.get(b)!);
  }

  /** Every key, in the order added. */
  keys(): string[] {
    return [...this.names];
  }
}
