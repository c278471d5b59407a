import { describe, expect, it } from 'vitest';
import { blocksFromTree, markdownToTree, renderTree } from '../../src/markdown/pipeline.ts';

const body = [
  'First paragraph about **OpenAI**’s plans.',
  '',
  '## A Section',
  '',
  '> “A quoted paragraph that stands alone.”',
  '',
  '- tight item one',
  '- tight item two',
  '',
  'Last paragraph.',
].join('\n');

describe('paragraph ids', () => {
  const html = renderTree(markdownToTree(body));

  it('numbers every paragraph, quoted or in a list, in document order', () => {
    const ids = [...html.matchAll(/<(p|li) id="(p-\d+)"/gu)].map((m) => `${m[1]}:${m[2]}`);
    expect(ids).toEqual(['p:p-1', 'p:p-2', 'li:p-3', 'li:p-4', 'p:p-5']);
  });
  it('adds a permalink to each paragraph', () => {
    expect(html).toContain('<a class="permalink" href="#p-2" aria-label="Link to paragraph 2">¶</a>');
  });
  it('gives headings their own ids', () => {
    expect(html).toContain('<h2 id="a-section">A Section</h2>');
  });
  it('gives the knowledge core the same paragraphs, as plain text', () => {
    const blocks = blocksFromTree(markdownToTree(body));
    expect(blocks.map((b) => [b.index, b.text, b.quoted ?? false])).toEqual([
      [1, 'First paragraph about OpenAI’s plans.', false],
      [2, '“A quoted paragraph that stands alone.”', true],
      [3, 'tight item one', false],
      [4, 'tight item two', false],
      [5, 'Last paragraph.', false],
    ]);
  });
});

describe('sanitising', () => {
  it('removes scripts, event handlers, javascript: links and frames', () => {
    const html = renderTree(
      markdownToTree(
        'Text <b onclick="alert(1)">bold</b> <a href="javascript:alert(1)">x</a> <img src="data:image/png;base64,AA" onerror="alert(1)">\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe><style>body{}</style>',
      ),
    );
    expect(html).toContain('<b>bold</b>');
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|data:image|<iframe|<style/iu);
  });
});

describe('search titles', () => {
  it('title each paragraph for the search index so a match opens #p-N', () => {
    const html = renderTree(markdownToTree('One.\n\n- two\n- three'));
    expect(html).toContain('<p id="p-1" data-pagefind-title="¶ 1">');
    expect(html).toContain('<li id="p-3" data-pagefind-title="¶ 3">');
  });
});

describe('what sanitising must keep working', () => {
  const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!);

  it('drops the text inside <style> and <template>, not only the tags', () => {
    const html = renderTree(markdownToTree('<style>.hidden-rule { color: red }</style>\n\n<template>template text</template>\n\nVisible text.'));
    expect(html).not.toContain('hidden-rule');
    expect(html).not.toContain('template text');
    expect(html).toContain('Visible text.');
  });

  it('keeps footnote links and back-references pointing at their targets', () => {
    const html = renderTree(markdownToTree('Claim.[^1] Another.[^two]\n\n[^1]: First source.\n[^two]: Second source.'));
    const ids = new Set(idsOf(html));
    const targets = [...html.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1]!).filter((target) => !/^p-\d+$/u.test(target));
    expect(targets).toEqual(['user-content-fn-1', 'user-content-fn-two', 'user-content-fnref-1', 'user-content-fnref-two']);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    const described = [...html.matchAll(/aria-describedby="([^"]+)"/gu)].map((m) => m[1]!);
    expect(described).toEqual(['user-content-footnote-label', 'user-content-footnote-label']);
    expect(ids.has('user-content-footnote-label')).toBe(true);
  });

  it('keeps an in-page link to an id written in raw HTML', () => {
    const html = renderTree(markdownToTree('<a href="#box">to the box</a>\n\n<div id="box">The box.</div>'));
    expect(html).toContain('href="#user-content-box"');
    expect(html).toContain('id="user-content-box"');
  });
});

describe('heading ids', () => {
  it('never gives a heading the id of a paragraph or of the page around the article', () => {
    const html = renderTree(markdownToTree('## p-1\n\nText.\n\n## Main\n\nMore.\n\n## p-2'));
    const ids = [...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]);
    expect(ids).toEqual(['section-p-1', 'p-1', 'section-main', 'p-2', 'section-p-2']);
  });
});

describe('a malformed fragment', () => {
  it('is kept as written, without an error', () => {
    expect(renderTree(markdownToTree('[odd](#100%zz)'))).toContain('href="#100%zz"');
  });
});
