import type { DocumentEntity, EntityType } from '../../src/knowledge/types.ts';

let offset = 0;

/** An article's entity built by hand: its name, type and how often each form is written. */
export function documentEntity(name: string, type: EntityType, forms: Record<string, number>): DocumentEntity {
  const mentions = Object.entries(forms).flatMap(([text, count]) =>
    Array.from({ length: count }, () => {
      const start = (offset += 100);
      return { block: 1, start, end: start + text.length, text };
    }),
  );
  return { name, type, aliases: Object.keys(forms).filter((f) => f !== name).sort(), mentions };
}
