// A radial layout of one entity and its strongest relations, computed at build time for a static SVG.
// Deterministic: neighbours are ordered by strength then name, placed clockwise from the top, and
// stronger relations sit closer to the centre.
import type { KbEntity } from '../knowledge/knowledge-base.ts';
import type { EntityType } from '../knowledge/types.ts';

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  href: string;
  x: number;
  y: number;
  sentences: number;
  paragraphs: number;
}

export interface LocalGraph {
  size: number;
  center: GraphNode;
  neighbours: GraphNode[];
}

export interface LocalGraphOptions {
  size?: number;
  max?: number;
  hrefOf: (entity: KbEntity) => string;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function localGraph(entity: KbEntity, byId: ReadonlyMap<string, KbEntity>, options: LocalGraphOptions): LocalGraph {
  const size = options.size ?? 360;
  const half = size / 2;
  const related = entity.related
    .map((r) => ({ relation: r, other: byId.get(r.entity) }))
    .filter((r): r is { relation: KbEntity['related'][number]; other: KbEntity } => Boolean(r.other))
    .sort(
      (a, b) =>
        b.relation.sentences - a.relation.sentences ||
        b.relation.paragraphs - a.relation.paragraphs ||
        a.other.name.localeCompare(b.other.name, 'en'),
    )
    .slice(0, options.max ?? 10);
  const strongest = Math.max(1, ...related.map((r) => r.relation.sentences * 2 + r.relation.paragraphs));
  const neighbours = related.map(({ relation, other }, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / related.length;
    const strength = (relation.sentences * 2 + relation.paragraphs) / strongest;
    const radius = half * (0.78 - 0.3 * strength);
    return {
      id: other.id,
      name: other.name,
      type: other.type,
      href: options.hrefOf(other),
      x: round(half + radius * Math.cos(angle)),
      y: round(half + radius * Math.sin(angle)),
      sentences: relation.sentences,
      paragraphs: relation.paragraphs,
    };
  });
  const center: GraphNode = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    href: options.hrefOf(entity),
    x: half,
    y: half,
    sentences: 0,
    paragraphs: 0,
  };
  return { size, center, neighbours };
}
