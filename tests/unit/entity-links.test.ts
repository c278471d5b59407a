import { describe, expect, it } from 'vitest';
import rehypeEntityLinks, { type EntityLinkRange } from '../../src/markdown/rehype-entity-links.ts';
import { blocksFromTree, markdownToTree, renderTree } from '../../src/markdown/pipeline.ts';

/** Render markdown with links for the first occurrence of each `[paragraph, text, entity]` (offsets found here, as the knowledge base would give them). */
function render(markdown: string, mentions: Array<[number, string, string, number?]>): string {
  const tree = markdownToTree(markdown);
  const blocks = blocksFromTree(tree);
  const ranges: EntityLinkRange[] = mentions.map(([paragraph, text, entity, from]) => {
    const start = blocks[paragraph - 1]!.text.indexOf(text, from ?? 0);
    if (start < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}`);
    return { paragraph, start, end: start + text.length, entity, href: `/entities/${entity}/` };
  });
  return renderTree(tree, { transforms: [rehypeEntityLinks({ mentions: ranges })] });
}

const link = (entity: string, inner: string) =>
  `<a class="entity-link" href="/entities/${entity}/" data-entity="${entity}">${inner}</a>`;

describe('rehype-entity-links', () => {
  it('wraps exactly the given range of plain text', () => {
    const html = render('Bill Peebles left OpenAI.', [[1, 'OpenAI', 'openai']]);
    expect(html).toContain(`Bill Peebles left ${link('openai', 'OpenAI')}.`);
  });

  it('links the paragraph the range names, not the first place the name appears', () => {
    const html = render('Sora first.\n\nThen Sora again.', [[2, 'Sora', 'sora']]);
    expect(html).toMatch(/<p id="p-1"[^>]*>Sora first\./u);
    expect(html).toContain(`Then ${link('sora', 'Sora')} again.`);
  });

  it('links a range inside <strong> without breaking the strong element', () => {
    const html = render('A note about **the OpenAI board** today.', [[1, 'OpenAI', 'openai']]);
    expect(html).toContain(`<strong>the ${link('openai', 'OpenAI')} board</strong>`);
  });

  it('puts one link around a range that covers a whole <strong> and text beside it', () => {
    const html = render('Said Bill **Peebles** yesterday.', [[1, 'Bill Peebles', 'bill-peebles']]);
    expect(html).toContain(`Said ${link('bill-peebles', 'Bill <strong>Peebles</strong>')} yesterday.`);
  });

  it('splits a range that starts inside markup into one link per piece', () => {
    const html = render('**Stable Video** Diffusion is open.', [[1, 'Video Diffusion', 'svd']]);
    expect(html).toContain(`<strong>Stable ${link('svd', 'Video')}</strong>${link('svd', ' Diffusion')} is open.`);
  });

  it('links adjacent mentions separately', () => {
    const html = render('OpenAISora and OpenAI Sora.', [
      [1, 'OpenAI', 'openai'],
      [1, 'Sora', 'sora'],
      [1, 'OpenAI', 'openai', 5],
      [1, 'Sora', 'sora', 12],
    ]);
    expect(html).toContain(`${link('openai', 'OpenAI')}${link('sora', 'Sora')} and ${link('openai', 'OpenAI')} ${link('sora', 'Sora')}.`);
  });

  it('uses JavaScript string offsets, so accents, other scripts and emoji line up', () => {
    const html = render('🎬 Café Müller met 北京 officials.', [
      [1, 'Café Müller', 'cafe-muller'],
      [1, '北京', '北京'],
    ]);
    expect(html).toContain(`🎬 ${link('cafe-muller', 'Café Müller')} met ${link('北京', '北京')} officials.`);
  });

  it('skips a range that would cross an existing link', () => {
    const html = render('Read [the OpenAI post](https://example.org/) now.', [[1, 'OpenAI post', 'openai']]);
    expect(html).not.toContain('entity-link');
    expect(html).toContain('<a href="https://example.org/">the OpenAI post</a>');
  });

  it('skips the later of two overlapping ranges', () => {
    const html = render('Stable Video Diffusion won.', [
      [1, 'Stable Video Diffusion', 'svd'],
      [1, 'Video', 'video'],
    ]);
    expect(html).toContain(`${link('svd', 'Stable Video Diffusion')} won.`);
    expect(html).not.toContain('data-entity="video"');
  });

  it('ignores ranges outside the paragraph and unknown paragraphs', () => {
    const tree = markdownToTree('Short.');
    const html = renderTree(tree, {
      transforms: [
        rehypeEntityLinks({
          mentions: [
            { paragraph: 1, start: 3, end: 40, entity: 'x', href: '/x/' },
            { paragraph: 9, start: 0, end: 2, entity: 'y', href: '/y/' },
          ],
        }),
      ],
    });
    expect(html).not.toContain('entity-link');
  });

  it('keeps the paragraph permalink and the paragraph text unchanged', () => {
    const html = render('OpenAI shut Sora down.', [[1, 'Sora', 'sora']]);
    expect(html).toContain('<a class="permalink" href="#p-1" aria-label="Link to paragraph 1">¶</a>');
    expect(html.replace(/<[^>]+>/gu, '')).toContain('OpenAI shut Sora down.');
  });
});
