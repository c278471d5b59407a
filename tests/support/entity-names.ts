import { extractEntities } from '../../src/knowledge/entities/index.ts';

/** The entities the recognizer finds in one made-up article of these paragraphs, as sorted "name/type". */
export const entities = (...texts: string[]): string[] =>
  extractEntities({ id: 't', title: 't', blocks: texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })) })
    .map((e) => `${e.name}/${e.type}`)
    .sort();
