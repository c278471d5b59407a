import { describe, expect, it } from 'vitest';
import type { KbEntity, KbMention } from '../../src/knowledge/knowledge-base.ts';
import { entityCounts, entityIndexPages, indexPageDescription, indexPageTitle, letterHref, mostMentioned, typeFilters } from '../../src/views/entity-index.ts';
import { mentionCount, partitionMentionGroups, type MentionGroup } from '../../src/views/entity-views.ts';

const mention = (article: string): KbMention => ({ article, paragraph: 1, start: 0, end: 3, text: 'Orn', sentence: 'Orn.', sentenceStart: 0 });
function entity(name: string, type: KbEntity['type'], mentions = 1): KbEntity {
  const slug = name.toLowerCase().replace(/ /gu, '-');
  return { id: slug, slug, name, type, aliases: [], url: `/entities/${slug}/`, mentions: Array.from({ length: mentions }, () => mention('a')), articles: ['a'], related: [] };
}

describe('the entity index pages', () => {
  const entities = [entity('Orna Vell', 'person', 5), entity('Olk River', 'place', 2), entity('Pax Lumen', 'product', 9), entity('Velmora', 'place', 1)];
  const counts = entityCounts(entities);

  it('count every entity and each type, and offer a filter per type with the current one marked', () => {
    expect(counts).toEqual({ all: 4, person: 1, organization: 0, place: 2, product: 1, other: 0 });
    const [all, places] = [entityIndexPages(entities)[0]!, entityIndexPages(entities).find((p) => p.type === 'place')!];
    expect(typeFilters(places, counts).map((f) => [f.label, f.href, f.count, f.current])).toEqual([
      ['All', '/entities/', 4, false],
      ['People', '/entities/type/person/', 1, false],
      ['Organizations', '/entities/type/organization/', 0, false],
      ['Places', '/entities/type/place/', 2, true],
      ['Products', '/entities/type/product/', 1, false],
      ['Other', '/entities/type/other/', 0, false],
    ]);
    expect([indexPageTitle(all), indexPageDescription(all, counts)]).toEqual(['Entities', '4 people, organizations, places and products named in the articles, A to Z.']);
    expect([indexPageTitle(places), indexPageDescription(places, counts)]).toEqual(['Places', '2 places named in the articles, A to Z.']);
  });

  it('link letters to sections on one page, or to their own pages with the most mentioned first when split', () => {
    const whole = entityIndexPages(entities)[0]!;
    expect(letterHref(whole, 'O')).toBe('#letter-O');
    expect(mostMentioned(whole)).toEqual([]);
    const [overview, letterO] = entityIndexPages(entities, 2);
    expect(letterHref(overview!, 'O')).toBe('/entities/letter/O/');
    expect(indexPageTitle(letterO!)).toBe('Entities: O');
    expect(mostMentioned(overview!, 3).map((e) => e.name)).toEqual(['Pax Lumen', 'Orna Vell', 'Olk River']);
    expect(mostMentioned(letterO!)).toEqual([]);
  });
});

describe('partitionMentionGroups', () => {
  const group = (id: string, n: number) => ({ article: { id }, mentions: Array.from({ length: n }, () => mention(id)) }) as unknown as MentionGroup;
  it('keeps whole articles together: shown until `open` mentions, then behind "more" until `limit`, then only listed', () => {
    const groups = [group('a', 3), group('b', 3), group('c', 2), group('d', 4), group('e', 1)];
    const { shown, more, listed } = partitionMentionGroups(groups, 4, 8);
    expect([shown, more, listed].map((part) => part.map((g) => g.article.id))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect([mentionCount(shown), mentionCount(more), mentionCount(listed)]).toEqual([6, 2, 5]);
  });
});
