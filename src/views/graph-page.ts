// What a graph page (/graph/, /graph/top-500/, …) draws: the co-occurrence layout of its `size` most
// mentioned entities, a small layout for phones, the other sizes, and each entity's neighbours for the
// list beside the picture.
import { graphPageData } from './graph-layouts.ts';
import type { KbEntity, KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { layoutGraph, type GraphLayout } from './geometry/force-layout.ts';
import { selectGraph } from './geometry/graph-data.ts';
import { graphVariants } from './geometry/graph-variants.ts';

/** Entities in the small drawing for narrow screens: few nodes, names at full size. */
const PHONE_NODES = 30;

/** Each node's neighbours, as the graph's links name them. */
export function graphNeighbours(links: GraphLayout['links']): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const link of links) {
    neighbours.set(link.source, [...(neighbours.get(link.source) ?? []), link.target]);
    neighbours.set(link.target, [...(neighbours.get(link.target) ?? []), link.source]);
  }
  return neighbours;
}

/** Text 12 units high in a drawing 1,000 units wide: at least 11 px wherever it is shown (920 px and up). */
export function graphFontSize(width: number): number {
  return Math.round(12 * (width / 1000) * 10) / 10;
}

export async function graphPageView(kb: KnowledgeBase, size: number) {
  const { selection, layout } = await graphPageData(kb, size);
  // Narrower screens get a small drawing of the most mentioned entities, laid out for a phone.
  // A d3-force run over a few dozen nodes takes milliseconds.
  const phoneSelection = selectGraph(kb.entities, PHONE_NODES, 4);
  return {
    entities: new Map<string, KbEntity>(kb.entities.map((e) => [e.id, e])),
    layout,
    shown: selection.nodes.length,
    variants: graphVariants(kb.entities.length),
    neighbours: graphNeighbours(layout.links),
    fontSize: graphFontSize(layout.width),
    phoneLayout: layoutGraph(phoneSelection.nodes, phoneSelection.links, { width: 360, height: 460, ticks: 300, minRadius: 4, maxRadius: 13, padding: 16, labelRoom: 18, roomy: 8 }),
  };
}
