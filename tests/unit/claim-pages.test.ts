import { describe, expect, it } from 'vitest';
import type { KbArticle, KbEntity } from '../../src/knowledge/knowledge-base.ts';
import { claimPages, entitiesByCount, pageOrder } from '../../src/views/geometry/claim-pages.ts';

const article = (id: string, published?: string): KbArticle => ({ id, slug: id, title: id, url: `/articles/${id}/`, source: '', paragraphs: 3, ...(published ? { published } : {}) });
const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('claimPages: figures and quotes split into pages of whole articles', () => {
  const articles = [article('a', '2020-12-20'), article('b', '2020-11-02'), article('c'), article('d', '2019-05-01')];
  const byArticle = new Map([['a', items('a', 3)], ['b', items('b', 4)], ['d', items('d', 2)]]);

  it('fills a page article by article and starts a new page rather than split an article that fits on one', () => {
    const pages = claimPages(articles, byArticle, 5);
    expect(pages.map((p) => p.groups.map((g) => `${g.article.id}:${g.items.join(',')}`))).toEqual([
      ['a:a1,a2,a3'],
      ['b:b1,b2,b3,b4'],
      ['d:d1,d2'],
    ]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.count)).toEqual([3, 4, 2]);
  });

  it('labels each page by the publication dates of its first and last articles', () => {
    const pages = claimPages(articles, byArticle, 7);
    expect(pages.map((p) => [p.first, p.last, p.allDated])).toEqual([['2020-12-20', '2020-11-02', true], ['2019-05-01', '2019-05-01', true]]);
  });

  it('says when a page holds an undated article, so titles can label it instead', () => {
    const pages = claimPages(articles, new Map([...byArticle, ['c', items('c', 1)]]), 20);
    expect(pages.map((p) => [p.groups.map((g) => g.article.id).join(''), p.first, p.last, p.allDated])).toEqual([['abcd', '2020-12-20', '2019-05-01', false]]);
  });

  it('splits an article with more items than a page holds', () => {
    const pages = claimPages([article('long')], new Map([['long', items('x', 7)]]), 3);
    expect(pages.map((p) => p.groups[0]!.items)).toEqual([['x1', 'x2', 'x3'], ['x4', 'x5', 'x6'], ['x7']]);
  });

  it('has no page when there is nothing to list', () => {
    expect(claimPages(articles, new Map(), 5)).toEqual([]);
  });
});

describe('entitiesByCount: the entities with the most figures or quotes', () => {
  const entity = (id: string, name: string): KbEntity => ({ id, slug: id, name, type: 'person', aliases: [], url: `/entities/${id}/`, mentions: [], articles: [], related: [] });
  const entities = new Map([['x', entity('x', 'Xena Vale')], ['y', entity('y', 'Yuri Moss')], ['z', entity('z', 'Ada Birch')]]);

  it('orders by count, then by name, and keeps the first few', () => {
    const byEntity = new Map([['x', [1, 2]], ['y', [1, 2, 3]], ['z', [1, 2]], ['gone', [1, 2, 3, 4]]]);
    expect(entitiesByCount(byEntity, entities, 2).map(({ entity, count }) => `${entity.name} ${count}`)).toEqual(['Yuri Moss 3', 'Ada Birch 2']);
  });
});

describe('pageOrder: the order figures and quotes are paged in', () => {
  it('puts newest articles first and undated ones last, by title', () => {
    const order = pageOrder([article('x-undated-b'), article('old', '2019-01-02'), article('x-undated-a'), article('new', '2020-06-01')].map((a) => ({ ...a, title: a.id.replace('x-undated-', 'Title ') })));
    expect(order.map((a) => a.id)).toEqual(['new', 'old', 'x-undated-a', 'x-undated-b']);
  });
});
