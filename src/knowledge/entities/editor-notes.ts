// Editor notes (content/entities/*.md) have the last word over extraction.
import type { EntityType } from '../types.ts';
import { compareEntities, compareMentions, votedType, type CorpusEntity } from './corpus.ts';

export interface EditorNote { name: string; type?: EntityType; aliases?: string[]; summary?: string; hidden?: boolean }

/**
 * A note matches every entity whose name or alias equals the note's name or one of its aliases
 * (case-insensitive). Matches merge into one entity named as the note says; `type` overrides the
 * vote; `hidden: true` removes the entity. Notes apply in name order, so input order never matters.
 */
export function applyEditorNotes(entities: CorpusEntity[], notes: ReadonlyArray<EditorNote>): CorpusEntity[] {
  let current = entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  const ordered = [...notes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const note of ordered) {
    const forms = new Set([note.name, ...(note.aliases ?? [])].map((f) => f.toLowerCase()));
    const matches = current.filter((e) => [e.name, ...e.aliases].some((f) => forms.has(f.toLowerCase())));
    if (matches.length === 0) continue;
    current = current.filter((e) => !matches.includes(e));
    if (note.hidden) continue;
    const votes = new Map<EntityType, number>();
    for (const e of matches) votes.set(e.type, (votes.get(e.type) ?? 0) + e.mentions.length);
    const aliases = new Set([...matches.flatMap((e) => [e.name, ...e.aliases]), ...(note.aliases ?? [])]);
    aliases.delete(note.name);
    current.push({
      name: note.name,
      type: note.type ?? votedType(votes),
      aliases: [...aliases].sort(),
      mentions: matches.flatMap((e) => e.mentions).sort(compareMentions),
    });
  }
  return current.sort(compareEntities);
}
