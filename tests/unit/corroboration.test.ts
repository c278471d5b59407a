import { describe, expect, it } from 'vitest';
import { countSources } from '../../src/knowledge/claims/index.ts';

const claim = (article: string, key: string, entities: string[]) => ({ article, key, entities });

describe('countSources', () => {
  it('counts distinct articles stating the same value about overlapping entities', () => {
    const a = claim('bbc-1', '2024-02', ['Sora', 'OpenAI']);
    const b = claim('wiki-2', '2024-02', ['openai']);
    const c = claim('bbc-1', '2024-02', ['Sora']); // same article again: still one source
    const d = claim('wiki-3', '2024-02', ['Tencent']); // same date, other entity: another claim
    const counts = countSources([a, b, c, d]);
    expect([a, b, c, d].map((x) => counts.get(x))).toEqual([2, 2, 2, 1]);
  });
  it('joins claims through a chain of overlaps and ignores input order', () => {
    const a = claim('x', '40 %', ['Codex']);
    const b = claim('y', '40 %', ['Codex', 'GitHub']);
    const c = claim('z', '40 %', ['GitHub']);
    const forward = countSources([a, b, c]);
    const backward = countSources([c, b, a]);
    expect([a, b, c].map((x) => forward.get(x))).toEqual([3, 3, 3]);
    expect([a, b, c].map((x) => backward.get(x))).toEqual([3, 3, 3]);
  });
  it('does not merge different values', () => {
    const counts = countSources([claim('x', '85.1', ['Sora']), claim('y', '89.3', ['Sora'])]);
    expect([...counts.values()]).toEqual([1, 1]);
  });
});
