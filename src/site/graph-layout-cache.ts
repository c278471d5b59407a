// The graph pages' force layout takes seconds for a thousand entities, and its input (the most
// mentioned entities and their links) rarely changes when one article does: keep the layout between
// builds, keyed by its input and by the layout code itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutGraph, type GraphLayout, type GraphLayoutOptions, type GraphLinkInput, type GraphNodeInput } from './layout/force-layout.ts';
import { digestOf, dropCached, readCache, writeCache } from './build-cache.ts';

let layoutCode: string | undefined;

export function cachedGraphLayout(nodes: GraphNodeInput[], links: GraphLinkInput[], options: GraphLayoutOptions): GraphLayout {
  layoutCode ??= digestOf(readFileSync(join(process.cwd(), 'src', 'site', 'layout', 'force-layout.ts'), 'utf8'));
  // One layout kept per graph size: a new one replaces the last.
  const prefix = `graph-${nodes.length}-`;
  const key = `${prefix}${digestOf(layoutCode, JSON.stringify([nodes, links, options]))}`;
  const cached = readCache<GraphLayout>(key);
  if (cached) return cached;
  const layout = layoutGraph(nodes, links, options);
  dropCached(prefix);
  writeCache(key, layout);
  return layout;
}
