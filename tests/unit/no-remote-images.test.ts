import { describe, expect, it } from 'vitest';
import { markdownToTree, renderTree } from '../../src/markdown/pipeline.ts';

const render = (markdown: string) => renderTree(markdownToTree(markdown));

describe('content images never load', () => {
  it('turns an image on another host into a link named by its alt text', () => {
    const html = render('Before ![a tracking pixel](https://evil.example/pixel.png) after.');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://evil.example/pixel.png" rel="external nofollow">Image: a tracking pixel</a>');
  });

  it('keeps only the alt text of a raw image with a path, and drops its handler', () => {
    const html = render('Text <img src="x" alt="a chart" onerror="alert(1)"> more.');
    expect(html).not.toMatch(/<img|onerror/u);
    expect(html).toContain('Text a chart more.');
  });

  it('drops an image with neither a web address nor alt text', () => {
    expect(render('A <img src="data:image/png;base64,AAAA"> B')).not.toContain('<img');
  });
});
