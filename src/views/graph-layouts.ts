// The graph pages' force layout takes seconds for a thousand entities. It runs on a worker thread,
// started as soon as the knowledge base is ready, so it overlaps the rendering of the other pages on
// the second core. Its result is kept between builds, keyed by its input and by the layout code: the
// most mentioned entities and their links rarely change when one article does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { digestOf, dropCached, readCache, scopedPrefix, writeCache } from '../build/build-cache.ts';
import type { GraphLayout, GraphLayoutOptions } from './geometry/force-layout.ts';
import { selectGraph, type GraphSelection } from './geometry/graph-data.ts';
import { runWorker } from '../build/run-worker.ts';
import { GRAPH_SIZES, graphVariants } from './geometry/graph-variants.ts';

export interface GraphPageData {
  selection: GraphSelection;
  layout: GraphLayout;
}

/** Each knowledge base's graph pages, by size: computed once, whoever asks first. */
const started = new WeakMap<KnowledgeBase, Map<number, Promise<GraphPageData>>>();
let layoutCode: string | undefined;

/** Start laying out every graph page of `kb` in the background. */
export function startGraphLayouts(kb: KnowledgeBase): void {
  graphVariants(kb.entities.length).forEach((_, i) => {
    // A failure is reported by the graph page that awaits it; this only starts the work.
    graphPageData(kb, GRAPH_SIZES[i]!).catch(() => {});
  });
}

/** The entities, links and layout of the graph page that shows the `size` most mentioned entities. */
export function graphPageData(kb: KnowledgeBase, size: number): Promise<GraphPageData> {
  let sizes = started.get(kb);
  if (!sizes) started.set(kb, (sizes = new Map()));
  let data = sizes.get(size);
  if (!data) sizes.set(size, (data = computeGraphPage(kb, size)));
  return data;
}

async function computeGraphPage(kb: KnowledgeBase, size: number): Promise<GraphPageData> {
  // Big variants keep each node's 4 strongest links instead of 8, so the SVG stays light.
  const selection = selectGraph(kb.entities, size, size > 400 ? 4 : 8);
  const shown = selection.nodes.length;
  // Bigger graphs get a bigger canvas, so node density (and so legibility) stays about the same.
  const options: GraphLayoutOptions = {
    width: shown > 400 ? 1400 : 1000,
    height: shown > 400 ? 1100 : shown > 60 ? 760 : 560,
    ticks: 300,
    // The most mentioned entities keep room around them for their names (see graph-labels.ts).
    labelRoom: 26,
    roomy: 12,
  };
  layoutCode ??= digestOf(readFileSync(join(process.cwd(), 'src', 'views', 'geometry', 'force-layout.ts'), 'utf8'));
  // One layout kept per graph size (and content folder and output): a new one replaces the last.
  const prefix = scopedPrefix(`graph-${shown}`);
  const key = `${prefix}${digestOf(layoutCode, JSON.stringify([selection.nodes, selection.links, options]))}`;
  const cached = readCache<GraphLayout>(key);
  if (cached) return { selection, layout: cached };
  const layout = await runWorker<GraphLayout>('views/geometry/force-layout-worker.ts', { nodes: selection.nodes, links: selection.links, options });
  dropCached(prefix);
  writeCache(key, layout);
  return { selection, layout };
}
