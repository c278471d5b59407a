// Resolution across articles lives in ./resolution/; this module keeps the names the rest of the code imports.
import type { EntityType } from '../types.ts';
import { tallyTypes } from './resolution/type-vote.ts';

export { compareEntities, compareMentions, resolveCorpus, type CorpusEntity, type CorpusMention } from './resolution/resolve.ts';

/** The type most votes go to; ties go to the earlier type in person, organization, place, product, other. */
export function votedType(votes: Map<EntityType, number>): EntityType {
  return tallyTypes([...votes].map(([type, weight]) => ({ type, weight, mentions: 0 }))).type;
}
