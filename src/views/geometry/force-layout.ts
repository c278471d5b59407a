// Deterministic build-time force layout: same graph in, same coordinates out, whatever the input order.
// d3-force is deterministic once the start positions and its random source are fixed, so we fix both.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface GraphNodeInput {
  id: string;
  /** Drives the radius (mentions, for entities). */
  weight: number;
}

export interface GraphLinkInput {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink {
  source: string;
  target: string;
  weight: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
}

export interface GraphLayoutOptions {
  width: number;
  height: number;
  ticks?: number;
  minRadius?: number;
  maxRadius?: number;
  padding?: number;
  /** Extra room kept clear around the `roomy` heaviest nodes, so their names fit beside them. */
  labelRoom?: number;
  roomy?: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  room: number;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A linear congruential generator with a fixed seed, for the rare jiggle d3-force needs. */
export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Phyllotaxis: the heaviest node in the middle, the rest on a sunflower spiral, evenly spread. */
function phyllotaxis(index: number, spacing: number): [number, number] {
  const radius = spacing * Math.sqrt(0.5 + index);
  const angle = index * Math.PI * (3 - Math.sqrt(5));
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/** Canonical order: heaviest first, ties by id; links undirected, deduplicated, sorted. */
function canonical(nodes: GraphNodeInput[], links: GraphLinkInput[]): { nodes: GraphNodeInput[]; links: PlacedLink[] } {
  const sortedNodes = [...nodes].sort((a, b) => b.weight - a.weight || byId(a.id, b.id));
  const known = new Set(sortedNodes.map((n) => n.id));
  const merged = new Map<string, PlacedLink>();
  for (const link of links) {
    if (link.source === link.target || !known.has(link.source) || !known.has(link.target)) continue;
    const [source, target] = [link.source, link.target].sort(byId) as [string, string];
    const key = `${source}\u0000${target}`;
    const weight = Math.max(merged.get(key)?.weight ?? 0, link.weight);
    merged.set(key, { source, target, weight });
  }
  const sortedLinks = [...merged.values()].sort((a, b) => byId(a.source, b.source) || byId(a.target, b.target));
  return { nodes: sortedNodes, links: sortedLinks };
}

export function layoutGraph(nodes: GraphNodeInput[], links: GraphLinkInput[], options: GraphLayoutOptions): GraphLayout {
  const { width, height, ticks = 300, minRadius = 3, maxRadius = 16, padding = 24, labelRoom = 0, roomy = 0 } = options;
  const graph = canonical(nodes, links);
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const simNodes: SimNode[] = graph.nodes.map((n, i) => {
    const [x, y] = phyllotaxis(i, 12);
    // The largest node, which a reader looks for first and which gathers the most neighbours round it, keeps half
    // as much room again: otherwise its ring of neighbours can leave its name nowhere to go.
    const room = i === 0 && roomy > 0 ? labelRoom * 1.5 : i < roomy ? labelRoom : 0;
    return { id: n.id, r: minRadius + (maxRadius - minRadius) * Math.sqrt(n.weight / maxWeight), room, x, y };
  });
  const maxLink = Math.max(1, ...graph.links.map((l) => l.weight));
  const simLinks: SimulationLinkDatum<SimNode>[] = graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(seededRandom(1))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks).id((n) => n.id).distance(40)
      .strength((l) => 0.1 + 0.6 * ((l as unknown as PlacedLink).weight / maxLink)))
    .force('charge', forceManyBody<SimNode>().strength((n) => -20 - n.r * 4).distanceMax(400))
    .force('collide', forceCollide<SimNode>((n) => n.r + 2 + n.room))
    // Pull gently toward the middle so unlinked nodes stay near the picture instead of drifting away.
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06 * (width / height)))
    .stop();
  simulation.tick(ticks);
  return { width, height, nodes: fit(simNodes, width, height, padding), links: graph.links };
}

/** Scale and centre the simulated positions into the picture, keeping the aspect ratio. */
function fit(nodes: SimNode[], width: number, height: number, padding: number): PlacedNode[] {
  if (nodes.length === 0) return [];
  const minX = Math.min(...nodes.map((n) => n.x! - n.r));
  const maxX = Math.max(...nodes.map((n) => n.x! + n.r));
  const minY = Math.min(...nodes.map((n) => n.y! - n.r));
  const maxY = Math.max(...nodes.map((n) => n.y! + n.r));
  const scale = Math.min(3, (width - 2 * padding) / Math.max(1, maxX - minX), (height - 2 * padding) / Math.max(1, maxY - minY));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return nodes.map((n) => ({
    id: n.id,
    x: round(offsetX + (n.x! - minX) * scale),
    y: round(offsetY + (n.y! - minY) * scale),
    r: round(n.r),
  }));
}
