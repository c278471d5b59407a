import { describe, expect, it } from 'vitest';
import type { KbArticle } from '../../src/knowledge/knowledge-base.ts';
import { factParts, factsBeyond, factSource, showMore } from '../../src/views/entity-facts.ts';

const article = (id: string, title: string, source: string): KbArticle => ({ id, slug: id, title, url: `/articles/${id}/`, source, paragraphs: 1 });
const views = { articleById: new Map([['a', article('a', 'Cranes return', 'Velmora Post')], ['b', article('b', 'Zinc prices', '')]]) };
const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('an entity page’s facts', () => {
  it('shows the first 15 open and the rest up to 200 behind “show more”, with a note for those left out', () => {
    expect(factParts(numbers(3)).map((part) => part.length)).toEqual([3, 0]);
    expect(factParts(numbers(230)).map((part) => [part.length, part[0]])).toEqual([[15, 1], [185, 16]]);
    expect(factsBeyond(numbers(200), 'events')).toBe('');
    expect(factsBeyond(numbers(230), 'events')).toBe('30 more events are not listed here; see the mentions below and the articles.');
    expect(showMore(4, 'figures')).toBe('Show 4 more figures');
  });

  it('names the article, its publisher when there is one, and how many sources state the claim', () => {
    expect(factSource('a', views)).toBe('Cranes return (Velmora Post)');
    expect(factSource('a', views, 3)).toBe('Cranes return (Velmora Post) · stated by 3 sources');
    expect(factSource('b', views, 1)).toBe('Zinc prices');
    expect(factSource('gone', views)).toBe('gone');
  });
});
