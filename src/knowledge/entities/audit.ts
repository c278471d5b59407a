// What an editor checks on the largest entities of a corpus: the forms each one gathers, how its type
// was voted, and the signs of a wrong name or a wrong merge. Pure: entities in, a report out.
import { asciiFold } from '../../text/ascii-fold.ts';
import type { DocumentEntity, EntityType } from '../types.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import type { CorpusEntity } from './corpus.ts';
import type { EditorNote } from './editor-notes.ts';
import { isClippedForm, isInitialism } from './resolution/variants.ts';

export interface AuditedForm { text: string; count: number }

export type AuditFlag =
  | { kind: 'rare-name'; share: number; abbreviated?: { forms: string[]; share: number } }
  | { kind: 'split-type'; votes: Array<{ type: EntityType; count: number }> }
  | { kind: 'same-name'; others: string[] }
  | { kind: 'short-form-dominates'; form: string; count: number; own: number };

export interface AuditedEntity {
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  forms: AuditedForm[];
  /** Articles' entities per type: each article's verdict on the entities it holds is one vote. */
  votes: Array<{ type: EntityType; count: number }>;
  flags: AuditFlag[];
  /** An editor's note names it (and has the last word on its name and type). */
  note?: boolean;
}

/** Thresholds of the flags, named so the report and README can state them. */
export const AUDIT_LIMITS = {
  /** The canonical name is suspect when fewer mentions than this share use it. */
  rareName: 0.05,
  /** A type vote is nearly split when the winner holds less than this share of the votes. */
  splitType: 0.6,
  /**
   * A short form inside a longer name (not a person's surname) dominates when it is used this many times
   * as often as the full name, and at least `shortFormMinimum` times.
   */
  shortFormRatio: 5,
  shortFormMinimum: 10,
} as const;

/** Case, diacritics, dots, apostrophes and hyphens set aside: "U.S." and "US", "Börse" and "Borse". */
export function normalisedName(name: string): string {
  return asciiFold(name).toLowerCase().replace(/[.'’]/gu, '').replace(/[\s-]+/gu, ' ').trim();
}

const byCount = <T extends { count: number }>(a: T & { key: string }, b: T & { key: string }) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function countBy<K extends string>(values: Iterable<K>): Array<{ key: K; count: number }> {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort(byCount);
}

/**
 * The `top` most-mentioned entities with their forms, type votes and flags. `documents` are the
 * articles' own extractions: the type each article gave a mention is that mention's vote.
 */
export function auditEntities(
  entities: readonly CorpusEntity[],
  documents: ReadonlyArray<{ article: string; entities: readonly DocumentEntity[] }>,
  top: number,
  notes: ReadonlyArray<EditorNote> = [],
  lexicon: Lexicon = defaultLexicon(),
): AuditedEntity[] {
  const noteFor = new Map(notes.map((note) => [note.name, note]));
  // Each article's entity votes once, with its type, for the corpus entity its mentions went to.
  const voterAt = new Map<string, { voter: string; type: EntityType }>();
  for (const doc of documents) {
    doc.entities.forEach((entity, index) => {
      for (const m of entity.mentions) {
        voterAt.set(`${doc.article}\u0000${m.block}\u0000${m.start}\u0000${m.end}`, { voter: `${doc.article}\u0000${index}`, type: entity.type });
      }
    });
  }
  const byNormalisedName = new Map<string, string[]>();
  for (const e of entities) {
    const key = normalisedName(e.name);
    byNormalisedName.set(key, [...(byNormalisedName.get(key) ?? []), `${e.name} (${e.type})`]);
  }
  const ranked = [...entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : 1),
  );
  return ranked.slice(0, top).map((entity) => {
    const total = entity.mentions.length;
    const forms = countBy(entity.mentions.map((m) => m.text.replace(/\s+/gu, ' ')));
    const voters = new Map<string, EntityType>();
    for (const m of entity.mentions) {
      const found = voterAt.get(`${m.article}\u0000${m.block}\u0000${m.start}\u0000${m.end}`);
      if (found) voters.set(found.voter, found.type);
    }
    const votes = countBy(voters.values()).map(({ key, count }) => ({ type: key, count }));
    const flags: AuditFlag[] = [];
    const name = normalisedName(entity.name);
    const own = forms.filter((f) => normalisedName(f.key) === name).reduce((n, f) => n + f.count, 0);
    if (total > 0 && own / total < AUDIT_LIMITS.rareName) {
      // "US" for "United States": the name's own acronyms and clipped forms say why it was chosen.
      const abbreviations = forms.filter((f) => isInitialism(f.key, entity.name, lexicon) || isClippedForm(f.key, entity.name, lexicon));
      const abbreviated = abbreviations.reduce((n, f) => n + f.count, 0);
      flags.push({
        kind: 'rare-name',
        share: own / total,
        ...(abbreviated ? { abbreviated: { forms: abbreviations.map((f) => f.key), share: abbreviated / total } } : {}),
      });
    }
    const voted = votes.reduce((n, v) => n + v.count, 0);
    // An editor's note that sets the type has settled the vote.
    const note = noteFor.get(entity.name);
    if (votes.length > 1 && votes[0]!.count / voted < AUDIT_LIMITS.splitType && !note?.type) flags.push({ kind: 'split-type', votes });
    const twins = (byNormalisedName.get(name) ?? []).filter((other) => other !== `${entity.name} (${entity.type})`);
    if (twins.length) flags.push({ kind: 'same-name', others: twins });
    const words = name.split(' ');
    if (words.length > 1) {
      const short = forms.find((f) => {
        const parts = normalisedName(f.key).split(' ');
        const inside = parts.length < words.length && words.some((_, i) => words.slice(i, i + parts.length).join(' ') === parts.join(' '));
        // A person's surname is the expected short form ("Blair" for Tony Blair): only other parts are suspect.
        const surname = entity.type === 'person' && words.slice(-parts.length).join(' ') === parts.join(' ');
        if (surname) return false;
        return inside && f.count >= AUDIT_LIMITS.shortFormMinimum && f.count >= AUDIT_LIMITS.shortFormRatio * Math.max(own, 1);
      });
      if (short) flags.push({ kind: 'short-form-dominates', form: short.key, count: short.count, own });
    }
    return {
      name: entity.name,
      type: entity.type,
      mentions: total,
      articles: new Set(entity.mentions.map((m) => m.article)).size,
      forms: forms.map(({ key, count }) => ({ text: key, count })),
      votes,
      flags,
      ...(note ? { note: true } : {}),
    };
  });
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function describeFlag(flag: AuditFlag): string {
  switch (flag.kind) {
    case 'rare-name':
      return `canonical name used by ${percent(flag.share)} of mentions (under ${percent(AUDIT_LIMITS.rareName)})` +
        (flag.abbreviated ? `; its abbreviations ${flag.abbreviated.forms.join(', ')} by ${percent(flag.abbreviated.share)}` : '');
    case 'split-type':
      return `type vote nearly split: ${flag.votes.map((v) => `${v.type} ${v.count}`).join(', ')}`;
    case 'same-name':
      return `same normalised name as ${flag.others.join(', ')}`;
    case 'short-form-dominates':
      return `holds the short form "${flag.form}" ${flag.count} times, its own name ${flag.own} times`;
  }
}

/** The report as text: one block per entity, forms with counts, flags marked with "!". */
export function formatAudit(audited: readonly AuditedEntity[], options: { formsShown?: number } = {}): string {
  const shown = options.formsShown ?? 8;
  const lines: string[] = [];
  audited.forEach((e, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${e.name} (${e.type}) ${e.mentions} mentions in ${e.articles} articles${e.note ? ' [editor note]' : ''}`);
    const forms = e.forms.slice(0, shown).map((f) => `${f.text} ${f.count}`);
    const more = e.forms.length - shown;
    lines.push(`     forms: ${forms.join(' · ')}${more > 0 ? ` · (${more} more)` : ''}`);
    for (const flag of e.flags) lines.push(`     ! ${describeFlag(flag)}`);
  });
  const flagged = audited.filter((e) => e.flags.length).length;
  lines.push('', `${flagged} of ${audited.length} entities flagged`);
  return lines.join('\n');
}
