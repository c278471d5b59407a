import { extractEntities } from '../../src/knowledge/entities/index.ts';
import type { DocumentEntity, EntityType } from '../../src/knowledge/types.ts';

/** The recognizer's entities in one made-up article of these paragraphs, in its order. */
export const extractFrom = (...texts: string[]): DocumentEntity[] =>
  extractEntities({ id: 't', title: 't', blocks: texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })) });

/** The entities the recognizer finds in one made-up article of these paragraphs, as sorted "name/type". */
export const entities = (...texts: string[]): string[] => extractFrom(...texts).map((e) => `${e.name}/${e.type}`).sort();

/** Each entity of one made-up article of these paragraphs as [name, type, its mentions as written]. */
export const entityMentions = (...texts: string[]): Array<[string, EntityType, string[]]> =>
  extractFrom(...texts).map((e) => [e.name, e.type, e.mentions.map((m) => m.text)]);
