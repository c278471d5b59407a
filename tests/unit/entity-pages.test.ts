import { describe, expect, it } from 'vitest';
import type { KbEntity, KbMention } from '../../src/knowledge/knowledge-base.ts';
import { entityIndexPages, groupByLetter, indexLetter } from '../../src/views/entity-index.ts';
import { highlightParts, orderEvents } from '../../src/views/entity-views.ts';
import { serializeJsonLd } from '../../src/views/json-ld.ts';
import { localGraph } from '../../src/views/local-graph.ts';
import { entityLink } from '../../src/views/urls.ts';

function entity(id: string, name: string, extra: Partial<KbEntity> = {}): KbEntity {
  return { id, slug: id, name, type: 'person', aliases: [], url: `/entities/${id}/`, mentions: [], articles: [], related: [], ...extra };
}

describe('serializeJsonLd', () => {
  it('cannot be ended by a </script> or <!-- inside a value, and parses back to the same data', () => {
    const data = { name: 'Evil </script><script>alert(1)</script> & <!-- x -->', line: 'a\u2028b' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('entityLink', () => {
  it('percent-encodes slugs in other scripts and leaves ASCII slugs alone', () => {
    expect(entityLink({ slug: 'москва' })).toBe('/entities/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0/');
    expect(entityLink({ slug: 'open-ai' })).toBe('/entities/open-ai/');
    expect(entityLink({ slug: 'zorbaʻla' })).toBe('/entities/zorba%CA%BBla/');
  });
});

describe('highlightParts', () => {
  it('cuts the sentence at the mention, using offsets relative to the paragraph', () => {
    const m: KbMention = { article: 'a', paragraph: 2, start: 57, end: 63, text: 'OpenAI', sentence: 'Later, OpenAI said so.', sentenceStart: 50 };
    expect(highlightParts(m)).toEqual({ before: 'Later, ', match: 'OpenAI', after: ' said so.' });
  });
});

describe('entity index', () => {
  it('files Latin names under their unaccented first letter, other scripts under the script, digits together', () => {
    expect(['Édith Piaf', 'zoë', 'Москва', '3M', '北京', 'Ἀθῆναι', 'मुंबई', '★ Star'].map(indexLetter)).toEqual(['E', 'Z', 'Cyrillic', '0-9', 'Han', 'Greek', 'Devanagari', 'other']);
  });
  it('never files a Cyrillic look-alike of a Latin capital among the Latin letters', () => {
    // Е, М, О, С, Т are Cyrillic letters drawn like E, M, O, C, T.
    expect(['Евро', 'Мир', 'Омск', 'Сочи', 'Тула'].map(indexLetter)).toEqual(['Cyrillic', 'Cyrillic', 'Cyrillic', 'Cyrillic', 'Cyrillic']);
  });
  it('orders Latin letters, then digits, then other scripts, then the rest, names A to Z inside', () => {
    const groups = groupByLetter([entity('b', 'beta'), entity('m', 'Москва'), entity('a2', 'Alpha'), entity('n', '3M'), entity('a1', 'aardvark'), entity('x', '北京'), entity('o', 'Омск'), entity('s', '★')]);
    expect(groups.map((g) => [g.letter, g.entities.map((e) => e.name)])).toEqual([
      ['A', ['aardvark', 'Alpha']],
      ['B', ['beta']],
      ['0-9', ['3M']],
      ['Cyrillic', ['Москва', 'Омск']],
      ['Han', ['北京']],
      ['other', ['★']],
    ]);
  });
  it('keeps a small index on one page and splits a long one per letter', () => {
    const few = [entity('a', 'Ann'), entity('b', 'Bob', { type: 'place' })];
    expect(entityIndexPages(few, 10).map((p) => p.path)).toEqual(['', 'type/person/', 'type/organization/', 'type/place/', 'type/product/', 'type/other/']);
    const many = Array.from({ length: 12 }, (_, i) => entity(`e${i}`, `${i % 2 ? 'A' : 'B'}name ${i}`));
    const pages = entityIndexPages(many, 10);
    expect(pages.filter((p) => !p.type).map((p) => [p.path, p.groups.flatMap((g) => g.entities).length])).toEqual([
      ['', 0],
      ['letter/A/', 6],
      ['letter/B/', 6],
    ]);
  });
});

describe('orderEvents', () => {
  it('puts dated events in date order before undated ones', () => {
    const base = { precision: 'day' as const, when: '', text: '', paragraph: 1, entities: [], subject: [], clause: '', clauseStart: 0, mark: { start: 0, end: 0 }, kind: [], action: [], sources: 1, corroboratedBy: [] };
    const events = [
      { ...base, id: 'u', date: null, article: 'a' },
      { ...base, id: 'late', date: '2025-03', article: 'a' },
      { ...base, id: 'early', date: '2024-02-01', article: 'a' },
    ];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['early', 'late', 'u']);
  });
});

describe('localGraph', () => {
  it('is deterministic and puts stronger relations closer to the centre', () => {
    const center = entity('c', 'Center', { related: [{ entity: 'weak', sentences: 0, paragraphs: 1 }, { entity: 'strong', sentences: 5, paragraphs: 6 }] });
    const byId = new Map([center, entity('weak', 'Weak'), entity('strong', 'Strong')].map((e) => [e.id, e]));
    const graph = localGraph(center, byId, { hrefOf: (e) => e.url, size: 200 });
    expect(localGraph(center, byId, { hrefOf: (e) => e.url, size: 200 })).toEqual(graph);
    const distance = (id: string) => {
      const n = graph.neighbours.find((x) => x.id === id)!;
      return Math.hypot(n.x - 100, n.y - 100);
    };
    expect(graph.neighbours.map((n) => n.id)).toEqual(['strong', 'weak']);
    expect(distance('strong')).toBeLessThan(distance('weak'));
  });
});
