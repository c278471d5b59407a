import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/content/body-checks.ts';
import { articleDocument } from '../../src/markdown/article-document.ts';
import { articleBodyHtml, articleLead } from '../../src/views/article-body.ts';

describe('articleDocument', () => {
  it('gives every reader of one body the same parsed document', () => {
    const body = '## Floods\n\nThe river rose two metres overnight.\n\nSchools stayed shut.\n';
    checkBody(body);
    const first = articleDocument(body);
    expect(articleDocument(body)).toBe(first);
    expect(first.blocks).toEqual([
      { index: 1, kind: 'paragraph', text: 'The river rose two metres overnight.' },
      { index: 2, kind: 'paragraph', text: 'Schools stayed shut.' },
    ]);
  });

  it('parses an edited body afresh', () => {
    const before = articleDocument('The council met on Tuesday.\n');
    const after = articleDocument('The council met on Wednesday.\n');
    expect(after).not.toBe(before);
    expect(after.blocks.map((block) => block.text)).toEqual(['The council met on Wednesday.']);
  });

  it('is not changed by rendering a page from it', () => {
    const body = 'Maria Ortega opened the bridge.\n';
    const html = articleBodyHtml({ body }, [{ paragraph: 1, start: 0, end: 12, entity: 'maria-ortega', href: '/entities/maria-ortega/' }]);
    const permalink = '<a class="permalink" href="#p-1" aria-label="Link to paragraph 1">¶</a>';
    expect(html).toBe(
      `<p id="p-1" data-pagefind-title="¶ 1"><a class="entity-link" href="/entities/maria-ortega/" data-entity="maria-ortega">Maria Ortega</a> opened the bridge.${permalink}</p>`,
    );
    // The link went into a copy: the next page rendered from the document has none.
    expect(articleBodyHtml({ body }, [])).toBe(`<p id="p-1" data-pagefind-title="¶ 1">Maria Ortega opened the bridge.${permalink}</p>`);
  });
});

describe('articleLead', () => {
  it('is the first paragraph, cut at a word before the limit', () => {
    expect(articleLead({ body: '# Title\n\nThe ferry left at dawn with forty passengers.\n\nIt arrived late.' }, 30)).toBe('The ferry left at dawn with…');
    expect(articleLead({ body: 'Short lead.\n\nSecond.' })).toBe('Short lead.');
  });
});
