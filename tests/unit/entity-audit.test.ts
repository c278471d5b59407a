// The audit an editor runs on the largest entities: forms with counts, type votes, and the four flags.
import { describe, expect, it } from 'vitest';
import { auditEntities, formatAudit } from '../../src/knowledge/entities/audit.ts';
import type { CorpusEntity, CorpusMention } from '../../src/knowledge/entities/corpus.ts';
import type { DocumentEntity, EntityType } from '../../src/knowledge/types.ts';

let offset = 0;
const mentions = (article: string, text: string, count: number): CorpusMention[] =>
  Array.from({ length: count }, () => {
    const start = (offset += 100);
    return { article, block: 1, start, end: start + text.length, text };
  });
const corpusEntity = (name: string, type: EntityType, ...lists: CorpusMention[][]): CorpusEntity =>
  ({ name, type, aliases: [], mentions: lists.flat() });
/** The article's own entity holding these mentions: its type is that article's vote. */
const docEntity = (type: EntityType, list: CorpusMention[]): DocumentEntity =>
  ({ name: list[0]!.text, type, aliases: [], mentions: list.map(({ article: _, ...m }) => m) });

describe('audit:entities', () => {
  const trentOwn = mentions('a1', 'Trent Echo', 1);
  const trentShort = mentions('a2', 'Trent', 40);
  const river = mentions('a3', 'Vale', 6);
  const riverOther = mentions('a4', 'Vale', 4);
  const union = mentions('a5', 'NPL', 30);
  const unionFull = mentions('a6', 'Northern Pilots League', 1);
  const twinA = mentions('a7', 'Kessel-Ward', 3);
  const twinB = mentions('a8', 'Kessel Ward', 2);
  const entities = [
    corpusEntity('Trent Echo', 'organization', trentOwn, trentShort),
    corpusEntity('Vale', 'place', river, riverOther),
    corpusEntity('Northern Pilots League', 'organization', union, unionFull),
    corpusEntity('Kessel-Ward', 'person', twinA),
    corpusEntity('Kessel Ward', 'organization', twinB),
  ];
  const documents = [
    { article: 'a1', entities: [docEntity('organization', trentOwn)] },
    { article: 'a2', entities: [docEntity('organization', trentShort)] },
    { article: 'a3', entities: [docEntity('place', river)] },
    { article: 'a4', entities: [docEntity('organization', riverOther)] },
    { article: 'a5', entities: [docEntity('organization', union)] },
    { article: 'a6', entities: [docEntity('organization', unionFull)] },
    { article: 'a7', entities: [docEntity('person', twinA)] },
    { article: 'a8', entities: [docEntity('organization', twinB)] },
  ];
  const audited = auditEntities(entities, documents, 4);

  it('lists the most-mentioned entities with each form and its count', () => {
    expect(audited.map((e) => [e.name, e.mentions])).toEqual([
      ['Trent Echo', 41], ['Northern Pilots League', 31], ['Vale', 10], ['Kessel-Ward', 3],
    ]);
    expect(audited[0]!.forms).toEqual([{ text: 'Trent', count: 40 }, { text: 'Trent Echo', count: 1 }]);
  });

  it('flags a rare canonical name and a short form that dominates a long name', () => {
    expect(audited[0]!.flags).toEqual([
      { kind: 'rare-name', share: 1 / 41 },
      { kind: 'short-form-dominates', form: 'Trent', count: 40, own: 1 },
    ]);
  });

  it('says when a rare name is abbreviated by the mentions', () => {
    expect(audited[1]!.flags).toEqual([{ kind: 'rare-name', share: 1 / 31, abbreviated: { forms: ['NPL'], share: 30 / 31 } }]);
  });

  it('flags a nearly split type vote, one vote per article', () => {
    expect(audited[2]!.votes).toEqual([{ type: 'organization', count: 1 }, { type: 'place', count: 1 }]);
    expect(audited[2]!.flags).toEqual([{ kind: 'split-type', votes: audited[2]!.votes }]);
  });

  it('leaves the type vote to an editor note that sets the type, and marks the entity', () => {
    const [vale] = auditEntities([entities[1]!], documents, 1, [{ name: 'Vale', type: 'place' }]);
    expect(vale).toMatchObject({ note: true, flags: [] });
    expect(formatAudit([vale!])).toContain('Vale (place) 10 mentions in 2 articles [editor note]');
  });

  it('flags two entities with the same normalised name', () => {
    expect(audited[3]!.flags).toEqual([{ kind: 'same-name', others: ['Kessel Ward (organization)'] }]);
  });

  it('prints one block per entity with its flags', () => {
    const text = formatAudit(audited);
    expect(text).toContain('  1. Trent Echo (organization) 41 mentions in 2 articles\n     forms: Trent 40 · Trent Echo 1\n');
    expect(text).toContain('     ! holds the short form "Trent" 40 times, its own name 1 times');
    expect(text).toContain('     ! canonical name used by 3.2% of mentions (under 5%); its abbreviations NPL by 96.8%');
    expect(text.endsWith('4 of 4 entities flagged')).toBe(true);
  });
});
