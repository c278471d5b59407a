// Which entities and links the graph shows: the most mentioned entities, and each one's strongest
// co-occurrence links among them (capped, so a 1,000-node picture stays a light SVG).
import type { KbEntity } from '../../knowledge/knowledge-base.ts';
import type { GraphLinkInput, GraphNodeInput } from './force-layout.ts';

export interface GraphSelection {
  entities: KbEntity[];
  nodes: GraphNodeInput[];
  links: GraphLinkInput[];
}

/** Most mentioned first; ties by id so the choice never depends on input order. */
export function topEntities(entities: KbEntity[], limit: number): KbEntity[] {
  return [...entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** Same-sentence co-occurrence counts double: it is the stronger sign of a relation. */
const linkWeight = (r: { sentences: number; paragraphs: number }): number => 2 * r.sentences + r.paragraphs;

export function selectGraph(entities: KbEntity[], limit: number, linksPerNode = 8): GraphSelection {
  const chosen = topEntities(entities, limit);
  const shown = new Set(chosen.map((e) => e.id));
  const links: GraphLinkInput[] = [];
  for (const entity of chosen) {
    const strongest = entity.related
      .filter((r) => shown.has(r.entity) && linkWeight(r) > 0)
      .sort((a, b) => linkWeight(b) - linkWeight(a) || (a.entity < b.entity ? -1 : 1))
      .slice(0, linksPerNode);
    for (const r of strongest) links.push({ source: entity.id, target: r.entity, weight: linkWeight(r) });
  }
  return { entities: chosen, nodes: chosen.map((e) => ({ id: e.id, weight: e.mentions.length })), links };
}
