// Editor notes (content/entities/*.md) have the last word over extraction and resolution.
import type { EntityType } from '../types.ts';
import { compareEntities, compareMentions, type CorpusEntity, type CorpusMention } from './corpus.ts';
import { foldKey } from './resolution/name-keys.ts';
import { tallyTypes } from './resolution/type-vote.ts';

export interface EditorNote {
  name: string;
  type?: EntityType;
  aliases?: string[];
  summary?: string;
  hidden?: boolean;
  /** Take only the mentions written as the note's name or aliases, out of whatever entities hold them. */
  split?: boolean;
  /** With `split`: only in these articles (ids, the article file names without .md). */
  articles?: string[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Notes apply in name order, so input order never matters; each works on what the notes before it left.
 *
 * - Merge and rename: every entity whose name or alias is the note's name or one of its aliases (case,
 *   diacritics and dots aside) becomes one entity under the note's name.
 * - Split (`split: true`): only the mentions written as the note's name or aliases move to the note's
 *   entity (in `articles`, when given); what else their entities hold stays where it was.
 * - `type` overrides the vote; `hidden: true` removes what the note took.
 */
export function applyEditorNotes(entities: readonly CorpusEntity[], notes: ReadonlyArray<EditorNote>): CorpusEntity[] {
  let current = entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  for (const note of [...notes].sort((a, b) => byString(a.name, b.name))) {
    const forms = new Set([note.name, ...(note.aliases ?? [])].map(foldKey));
    const taken: CorpusMention[] = [];
    const votes: Array<{ type: EntityType; weight: number; mentions: number }> = [];
    const aliases = new Set<string>(note.aliases ?? []);
    const next: CorpusEntity[] = [];
    for (const entity of current) {
      if (note.split) {
        const articles = note.articles ? new Set(note.articles) : undefined;
        const moves = (m: CorpusMention) => forms.has(foldKey(m.text)) && (!articles || articles.has(m.article));
        const moved = entity.mentions.filter(moves);
        if (moved.length === 0) {
          next.push(entity);
          continue;
        }
        taken.push(...moved);
        votes.push({ type: entity.type, weight: moved.length, mentions: moved.length });
        for (const m of moved) aliases.add(m.text.replace(/\s+/gu, ' ').trim());
        const kept = entity.mentions.filter((m) => !moves(m));
        if (kept.length) next.push({ ...entity, mentions: kept });
        continue;
      }
      if (![entity.name, ...entity.aliases].some((f) => forms.has(foldKey(f)))) {
        next.push(entity);
        continue;
      }
      taken.push(...entity.mentions);
      votes.push({ type: entity.type, weight: entity.mentions.length, mentions: entity.mentions.length });
      for (const alias of [entity.name, ...entity.aliases]) aliases.add(alias);
    }
    if (taken.length === 0) continue;
    current = next;
    if (note.hidden) continue;
    aliases.delete(note.name);
    current.push({
      name: note.name,
      type: note.type ?? tallyTypes(votes).type,
      aliases: [...aliases].sort(byString),
      mentions: taken.sort(compareMentions),
    });
  }
  return current.sort(compareEntities);
}

/**
 * The names an entity was known by that its note keeps for old links: the note's aliases. A page renamed
 * by resolution keeps its old address when an editor lists the old name as an alias (see README).
 */
export function formerNames(note: EditorNote | undefined): string[] {
  return [...new Set(note?.aliases ?? [])].sort(byString);
}
