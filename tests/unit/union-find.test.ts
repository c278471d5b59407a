import { describe, expect, it } from 'vitest';
import { KeyGroups, UnionFind } from '../../src/knowledge/union-find.ts';

describe('union-find', () => {
  it('keeps the smaller id as the root, whatever the order of unions', () => {
    const sets = new UnionFind(5);
    sets.union(4, 3);
    sets.union(3, 1);
    expect([0, 1, 2, 3, 4].map((i) => sets.find(i))).toEqual([0, 1, 2, 1, 1]);
  });

  it('joins by key under the first key’s root, and lists keys in the order added', () => {
    const groups = new KeyGroups();
    for (const key of ['Fed', 'Bank of Lindmoor', 'Federal Reserve']) groups.add(key);
    groups.union('Federal Reserve', 'Fed');
    expect(groups.find('Fed')).toBe('Federal Reserve');
    expect(groups.find('Bank of Lindmoor')).toBe('Bank of Lindmoor');
    expect(groups.keys()).toEqual(['Fed', 'Bank of Lindmoor', 'Federal Reserve']);
  });
});
