// Resolution across articles: one entity per name however many articles use it; the type is the
// mention-weighted vote of the articles, so one article's weak guess yields to the others' evidence.
import type { DocumentEntity, EntityMention, EntityType } from '../types.ts';
import { fullerFirst, Groups } from './link.ts';

export interface CorpusMention extends EntityMention { article: string }
export interface CorpusEntity { name: string; type: EntityType; aliases: string[]; mentions: CorpusMention[] }

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'product', 'other'];

export function compareEntities(a: { name: string; type: EntityType }, b: { name: string; type: EntityType }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
}

export function compareMentions(a: CorpusMention, b: CorpusMention): number {
  return (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.block - b.block || a.start - b.start || a.end - b.end;
}

/** The type most mentions vote for; ties go to the earlier type in TYPE_ORDER. */
export function votedType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'organization';
  let value = -1;
  for (const type of TYPE_ORDER) {
    const v = votes.get(type) ?? 0;
    if (v > value) { best = type; value = v; }
  }
  return best;
}

export function resolveCorpus(docs: ReadonlyArray<{ article: string; entities: DocumentEntity[] }>): CorpusEntity[] {
  const items: Array<{ article: string; entity: DocumentEntity; id: string }> = [];
  for (const doc of [...docs].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))) {
    doc.entities.forEach((entity, i) => items.push({ article: doc.article, entity, id: `${doc.article}\u0000${i}` }));
  }
  // Same full name → same entity. A multi-word alias ("Federal Security Service" ↔ "FSB") links too;
  // a one-word name joins the one entity whose surname or acronym it is, never several.
  const groups = new Groups();
  const byName = new Map<string, string[]>();
  const byAlias = new Map<string, Set<string>>();
  for (const item of items) {
    groups.add(item.id);
    const name = item.entity.name.toLowerCase();
    (byName.get(name) ?? byName.set(name, []).get(name)!).push(item.id);
    for (const alias of item.entity.aliases) {
      const key = alias.toLowerCase();
      if (!byAlias.has(key)) byAlias.set(key, new Set());
      byAlias.get(key)!.add(name);
    }
  }
  for (const ids of byName.values()) for (const id of ids) groups.union(ids[0]!, id);
  for (const [name, ids] of byName) {
    const owners = [...(byAlias.get(name) ?? [])].filter((owner) => owner !== name && byName.has(owner));
    if (owners.length === 1) groups.union(byName.get(owners[0]!)![0]!, ids[0]!);
  }

  const members = new Map<string, typeof items>();
  for (const item of items) {
    const root = groups.find(item.id);
    (members.get(root) ?? members.set(root, []).get(root)!).push(item);
  }
  const result: CorpusEntity[] = [];
  for (const list of members.values()) {
    const names = [...new Set(list.map((x) => x.entity.name))].sort(fullerFirst);
    const votes = new Map<EntityType, number>();
    for (const x of list) votes.set(x.entity.type, (votes.get(x.entity.type) ?? 0) + x.entity.mentions.length);
    const name = names[0]!;
    const forms = new Set<string>([...names, ...list.flatMap((x) => x.entity.aliases)]);
    forms.delete(name);
    const mentions = list.flatMap((x) => x.entity.mentions.map((m) => ({ ...m, article: x.article }))).sort(compareMentions);
    result.push({ name, type: votedType(votes), aliases: [...forms].sort(), mentions });
  }
  return result.sort(compareEntities);
}
