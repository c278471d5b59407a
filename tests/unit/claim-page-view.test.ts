import { describe, expect, it } from 'vitest';
import type { KbArticle, KbFigure, KbQuote } from '../../src/knowledge/knowledge-base.ts';
import { claimPageHref, claimPageLabel, claimsLede } from '../../src/views/claim-page-view.ts';
import type { ClaimPage } from '../../src/views/geometry/claim-pages.ts';

const article = (id: string, title: string): KbArticle => ({ id, slug: id, title, url: `/articles/${id}/`, source: '', paragraphs: 1 });
const page = (extra: Partial<ClaimPage<string>>, titles: string[]): ClaimPage<string> => ({
  number: 1, count: 1, allDated: true, groups: titles.map((title, i) => ({ article: article(`a${i}`, title), items: ['x'] })), ...extra,
});
const figure = (articleId: string, sources: number) => ({ article: articleId, sources }) as KbFigure;
const quote = (speaker: string | null, speakerName: string | null) => ({ speaker, speakerName }) as KbQuote;

describe('claimPageLabel', () => {
  it('names a dated page by its first and last publication dates, or one date when they agree', () => {
    expect(claimPageLabel(page({ first: '2031-04-09', last: '2031-02-01' }, ['One', 'Two']))).toBe('9 April 2031 – 1 February 2031');
    expect(claimPageLabel(page({ first: '2031-04-09', last: '2031-04-09' }, ['One']))).toBe('9 April 2031');
  });
  it('names a page holding undated articles by its first and last titles, cut short', () => {
    expect(claimPageLabel(page({ allDated: false }, ['Harbour cranes return to Velmora after long strike', 'Zinc prices']))).toBe('“Harbour cranes return…” to “Zinc prices”');
    expect(claimPageLabel(page({ allDated: false }, ['Zinc prices']))).toBe('“Zinc prices”');
  });
});

describe('claimsLede and claimPageHref', () => {
  it('counts figures, their articles and the corroborated ones; quotes and the attributed ones', () => {
    const articles = [article('a', 'A'), article('b', 'B'), article('c', 'C')];
    expect(claimsLede('figures', { articles, figures: [figure('a', 1), figure('a', 2), figure('b', 1)], quotes: [] }))
      .toBe('3 figures from 2 of 3 articles; 1 stated by more than one source.');
    expect(claimsLede('quotes', { articles, figures: [], quotes: [quote('mira-tol', 'Mira Tol'), quote(null, 'a spokesman'), quote(null, null)] }))
      .toBe('3 quotes, 2 with a named speaker.');
    expect(claimsLede('figures', { articles, figures: [], quotes: [] })).toBe('The articles state no figures.');
    expect(claimsLede('quotes', { articles, figures: [], quotes: [] })).toBe('The articles quote no one.');
  });
  it('puts the first page at the list’s own address and the others under a number', () => {
    expect([claimPageHref('figures', 1), claimPageHref('quotes', 3)]).toEqual(['/figures/', '/quotes/3/']);
  });
});
