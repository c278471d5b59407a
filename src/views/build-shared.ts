// What the pages and the integrations of one build share. Astro renders the pages from its own bundle of
// src/, while integrations (the search index) run from the config's import of it: in one process, each
// module is loaded twice, and a module-level variable would be two variables. What both sides must see
// (the knowledge base of the build, and view models computed once from it) is kept on globalThis instead,
// under one registered symbol.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

interface Shared {
  /** The knowledge base this build's pages render (set by getKnowledge()). */
  knowledge: Promise<KnowledgeBase> | undefined;
  /** View models computed from a knowledge base, by name: each once per knowledge base. */
  models: Map<string, WeakMap<KnowledgeBase, unknown>>;
}

const SHARED = Symbol.for('briefing.build-shared');

function shared(): Shared {
  const holder = globalThis as typeof globalThis & { [SHARED]?: Shared };
  holder[SHARED] ??= { knowledge: undefined, models: new Map() };
  return holder[SHARED];
}

/** Record the knowledge base the pages of this build render, for what runs after them (the search index). */
export function shareKnowledge(knowledge: Promise<KnowledgeBase>): void {
  shared().knowledge = knowledge;
}

/** The knowledge base the pages of this build rendered, or undefined when none asked for it. */
export function sharedKnowledge(): Promise<KnowledgeBase> | undefined {
  return shared().knowledge;
}

/**
 * `compute(kb)`, computed once per knowledge base and model name, whichever copy of a module asks
 * (a page, or the search index after the pages).
 */
export function memoOnKnowledge<T>(name: string, kb: KnowledgeBase, compute: (kb: KnowledgeBase) => T): T {
  const { models } = shared();
  let byKnowledge = models.get(name) as WeakMap<KnowledgeBase, T> | undefined;
  if (!byKnowledge) {
    byKnowledge = new WeakMap();
    models.set(name, byKnowledge);
  }
  if (!byKnowledge.has(kb)) byKnowledge.set(kb, compute(kb));
  return byKnowledge.get(kb)!;
}
