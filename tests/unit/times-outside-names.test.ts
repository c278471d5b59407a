// A time word inside a longer name is no time: the article's entities say where names run.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/knowledge/extract-article.ts';
import { extractFile } from '../../src/cli/extract.ts';

const paragraph = 'Ravi Noon scored twice as Sheffield Wednesday won at noon on Saturday, the Harbour Daily reported.';

describe('time expressions inside names', () => {
  it('a time word that is part of a name (a surname, a club, a paper) names no time; the same word alone still does', () => {
    const { times, entities } = extractArticle({ id: 'a', title: 'a', published: '2025-03-05', blocks: [{ index: 1, kind: 'paragraph', text: paragraph }] });
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ravi Noon', 'Sheffield Wednesday']));
    expect(times.map((t) => t.text)).toEqual(['noon', 'Saturday']);
  });

  it('the extract command leaves them out too', () => {
    expect(extractFile('a.txt', paragraph, '2025-03-05').times.map((t) => t.text)).toEqual(['noon', 'Saturday']);
  });
});
