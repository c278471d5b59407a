import { describe, expect, it } from 'vitest';
import { layoutGraph, seededRandom, type GraphLinkInput, type GraphNodeInput } from '../../src/views/geometry/force-layout.ts';

/** A small fixed graph: two clusters joined by one bridge, plus an isolated node. */
function sampleGraph(): { nodes: GraphNodeInput[]; links: GraphLinkInput[] } {
  const nodes: GraphNodeInput[] = [];
  const links: GraphLinkInput[] = [];
  for (let i = 0; i < 30; i += 1) nodes.push({ id: `n${i}`, weight: (i * 7) % 13 + 1 });
  for (let i = 1; i < 15; i += 1) links.push({ source: 'n0', target: `n${i}`, weight: i % 3 + 1 });
  for (let i = 16; i < 29; i += 1) links.push({ source: 'n15', target: `n${i}`, weight: 2 });
  links.push({ source: 'n3', target: 'n20', weight: 1 });
  return { nodes, links };
}

/** A fixed permutation (no Math.random in tests either). */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const positions = (layout: ReturnType<typeof layoutGraph>) =>
  Object.fromEntries(layout.nodes.map((n) => [n.id, [n.x, n.y, n.r]]));

describe('deterministic graph layout', () => {
  const options = { width: 800, height: 600, ticks: 200 };

  it('gives identical output for the same input twice', () => {
    const { nodes, links } = sampleGraph();
    expect(layoutGraph(nodes, links, options)).toEqual(layoutGraph(nodes, links, options));
  });

  it('gives identical positions when nodes and links come in another order or direction', () => {
    const { nodes, links } = sampleGraph();
    const reversedLinks = shuffled(links, 7).map((l) => ({ ...l, source: l.target, target: l.source }));
    const first = layoutGraph(nodes, links, options);
    const second = layoutGraph(shuffled(nodes, 3), reversedLinks, options);
    expect(positions(second)).toEqual(positions(first));
    expect(second.links).toEqual(first.links);
  });

  it('keeps every node inside the picture, sized by weight', () => {
    const { nodes, links } = sampleGraph();
    const layout = layoutGraph(nodes, links, options);
    expect(layout.nodes).toHaveLength(30);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(800);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(600);
    }
    const radius = (id: string) => layout.nodes.find((n) => n.id === id)!.r;
    expect(radius('n11')).toBeGreaterThan(radius('n0')); // weight 13 vs 1
  });

  it('draws linked nodes closer than unlinked clusters', () => {
    const { nodes, links } = sampleGraph();
    const layout = layoutGraph(nodes, links, options);
    const at = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('n0', 'n1')).toBeLessThan(distance('n1', 'n16'));
  });

  it('drops self links, links to unknown nodes and duplicate links', () => {
    const layout = layoutGraph([{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }], [
      { source: 'a', target: 'a', weight: 1 }, { source: 'a', target: 'zz', weight: 1 },
      { source: 'a', target: 'b', weight: 1 }, { source: 'b', target: 'a', weight: 3 },
    ], options);
    expect(layout.links).toEqual([{ source: 'a', target: 'b', weight: 3 }]);
  });
});

describe('room for the largest node’s name', () => {
  it('a hub ringed by its neighbours still gets its name on a phone-sized drawing', async () => {
    const { placeGraphLabels } = await import('../../src/views/geometry/graph-labels.ts');
    const { readFileSync } = await import('node:fs');
    const ring = JSON.parse(readFileSync(new URL('../fixtures/graph-phone-ring.json', import.meta.url), 'utf8')) as {
      nodes: GraphNodeInput[]; links: GraphLinkInput[]; names: Record<string, string>;
    };
    const layout = layoutGraph(ring.nodes, ring.links, { width: 360, height: 460, ticks: 300, minRadius: 4, maxRadius: 13, padding: 16, labelRoom: 18, roomy: 8 });
    const names = placeGraphLabels(layout.nodes, (id) => ring.names[id]!, { width: 360, height: 460, fontSize: 12.5, maxLineWidth: 137.5 });
    expect(names.map((n) => n.id)).toContain(layout.nodes[0]!.id);
  });
});
