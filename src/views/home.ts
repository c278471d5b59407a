// What the home page lists: the key entities, the most mentioned overall, grouped by type so a newcomer
// sees who, what and where.
import type { KbEntity } from '../knowledge/knowledge-base.ts';
import type { EntityType } from '../knowledge/types.ts';
import { TYPE_LABELS } from './entity-views.ts';
import { topEntities } from './geometry/graph-data.ts';

/** Newest first; the rest are one click away, so the page stays a one-minute read. */
export const HOME_ARTICLES = 12;

/** Who and what before where: the order of the key entity groups on the home page. */
const HOME_TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'product', 'place', 'other'];

export interface KeyEntityGroup {
  type: EntityType;
  label: string;
  entities: KbEntity[];
}

/** The `count` most mentioned entities, and the first `perGroup` of them of each type, empty types left out. */
export function keyEntities(entities: KbEntity[], count = 24, perGroup = 6): { key: KbEntity[]; groups: KeyEntityGroup[] } {
  const key = topEntities(entities, count);
  const groups = HOME_TYPE_ORDER.map((type) => ({ type, label: TYPE_LABELS[type].many, entities: key.filter((e) => e.type === type).slice(0, perGroup) })).filter((g) => g.entities.length > 0);
  return { key, groups };
}
