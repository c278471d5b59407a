import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

/** The entities of every sentence, keyed by article, paragraph and sentence text. */
export function entityMentionsBySentence(kb: KnowledgeBase): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entity of kb.entities) {
    for (const m of entity.mentions) {
      const key = `${m.article}\u0000${m.paragraph}\u0000${m.sentence}`;
      (out.get(key) ?? out.set(key, new Set()).get(key)!).add(entity.id);
    }
  }
  return out;
}
