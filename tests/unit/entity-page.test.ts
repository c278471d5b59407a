import { describe, expect, it } from 'vitest';
import type { KbEntity, KbMention, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { entityJsonLd, entityPaths, entitySummaryLine } from '../../src/views/entity-page.ts';

const mention = (article: string): KbMention => ({ article, paragraph: 1, start: 0, end: 4, text: 'Tolv', sentence: 'Tolv spoke.', sentenceStart: 0 });
function entity(id: string, extra: Partial<KbEntity> = {}): KbEntity {
  return { id, slug: id, name: id, type: 'place', aliases: [], url: `/entities/${id}/`, mentions: [], articles: [], related: [], ...extra };
}

describe('entitySummaryLine', () => {
  it('uses the editor’s summary, else says what the entity is and how often the articles name it', () => {
    expect(entitySummaryLine(entity('velmora', { summary: 'A port town.' }))).toBe('A port town.');
    expect(entitySummaryLine(entity('velmora', { mentions: [mention('a'), mention('b'), mention('b')], articles: ['a', 'b'] })))
      .toBe('A place mentioned 3 times in 2 articles.');
    expect(entitySummaryLine(entity('tolv', { type: 'person', mentions: [mention('a')], articles: ['a'] }))).toBe('A person mentioned 1 time in 1 article.');
  });
});

describe('entityJsonLd', () => {
  it('gives other names and the summary only when there are some', () => {
    expect(entityJsonLd(entity('tolv', { name: 'Mira Tolv', type: 'person' }), 'https://example.org/entities/tolv/'))
      .toEqual({ '@type': 'Person', name: 'Mira Tolv', url: 'https://example.org/entities/tolv/' });
    expect(entityJsonLd(entity('velmora', { name: 'Velmora', aliases: ['Velmora Port'], summary: 'A port town.' }), 'https://example.org/entities/velmora/'))
      .toEqual({ '@type': 'Place', name: 'Velmora', alternateName: ['Velmora Port'], description: 'A port town.', url: 'https://example.org/entities/velmora/' });
  });
});

describe('entityPaths', () => {
  it('gives each entity its page and each former name kept by an editor note a page leading on to it', () => {
    const velmora = entity('velmora', { redirectFrom: ['old-velmora'] });
    const kb = { articles: [], entities: [entity('tolv'), velmora], events: [], figures: [], quotes: [] } as unknown as KnowledgeBase;
    const paths = entityPaths(kb, { title: 'Briefing', description: '', body: '' });
    expect(paths.map((p) => [p.params.slug, p.props.entity.id, p.props.movedFrom])).toEqual([
      ['tolv', 'tolv', undefined],
      ['velmora', 'velmora', undefined],
      ['old-velmora', 'velmora', 'old-velmora'],
    ]);
  });
});
