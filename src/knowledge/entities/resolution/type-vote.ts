// An entity's type from all of its evidence: each article's verdict is one vote, whatever its length.
import { ENTITY_TYPES, type EntityType } from '../../types.ts';


/** One article's verdict on one name: its type, how much it counts, and how many mentions stand behind it. */
export interface TypeBallot { type: EntityType; weight: number; mentions: number }

export interface TypeTally { type: EntityType; votes: Map<EntityType, number> }

/** The type with the most weight; ties go to the one with more mentions, then to the earlier type in ENTITY_TYPES. */
export function tallyTypes(ballots: Iterable<TypeBallot>): TypeTally {
  const votes = new Map<EntityType, number>();
  const mentions = new Map<EntityType, number>();
  for (const b of ballots) {
    votes.set(b.type, (votes.get(b.type) ?? 0) + b.weight);
    mentions.set(b.type, (mentions.get(b.type) ?? 0) + b.mentions);
  }
  let best: EntityType | undefined;
  for (const type of ENTITY_TYPES) {
    const [v, m] = [votes.get(type) ?? 0, mentions.get(type) ?? 0];
    if (v <= 0) continue;
    const [bv, bm] = best ? [votes.get(best)!, mentions.get(best) ?? 0] : [0, 0];
    if (!best || v > bv + 1e-9 || (Math.abs(v - bv) <= 1e-9 && m > bm)) best = type;
  }
  return { type: best ?? 'organization', votes };
}

/**
 * Whether two names of these types may be one thing: the same type, or an organisation and a place,
 * product or other thing (a government and its country, a company and its product line). A person is
 * only ever a person.
 */
export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  return a !== 'person' && b !== 'person' && (a === 'organization' || b === 'organization');
}

/** A type holds a real share of a vote from this fraction on. */
export const REAL_SHARE = 0.3;

/** Compatible kinds, or one vote gives a real share to the other's type ("Lib Dem" typed a person in half its articles). */
export function compatibleTallies(a: TypeTally, b: TypeTally): boolean {
  const share = (t: TypeTally, type: EntityType) => (t.votes.get(type) ?? 0) / ([...t.votes.values()].reduce((n, v) => n + v, 0) || 1);
  return compatibleTypes(a.type, b.type) || share(a, b.type) >= REAL_SHARE || share(b, a.type) >= REAL_SHARE;
}
