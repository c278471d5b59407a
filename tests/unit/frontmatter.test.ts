import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the fields from the body and says where the body starts', () => {
    const text = '---\ntitle: Harbour reopens\n---\nShips returned on Monday.\n';
    expect(splitFrontmatter(text)).toEqual({ frontmatter: 'title: Harbour reopens', body: 'Ships returned on Monday.\n', bodyOffset: 31, unclosed: false });
  });

  it('reads Windows line ends and a byte-order mark, with offsets into the text as written', () => {
    const text = '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n';
    expect(splitFrontmatter(text)).toEqual({ frontmatter: 'title: A', body: 'Body\r\n', bodyOffset: 21, unclosed: false });
  });

  it('closes at a line of three dots, as YAML ends a document', () => {
    expect(splitFrontmatter('---\ntitle: B\n...\nText')).toMatchObject({ frontmatter: 'title: B', body: 'Text' });
  });

  it('keeps an empty frontmatter empty instead of reading on to a rule in the body', () => {
    expect(splitFrontmatter('---\n---\nFirst part\n\n---\n\nSecond part')).toMatchObject({ frontmatter: '', body: 'First part\n\n---\n\nSecond part', bodyOffset: 8 });
  });

  it('treats a file that does not open with --- as all body', () => {
    expect(splitFrontmatter('Text first\n---\ntitle: C\n---\n')).toEqual({ frontmatter: null, body: 'Text first\n---\ntitle: C\n---\n', bodyOffset: 0, unclosed: false });
  });

  it('says when the frontmatter is never closed', () => {
    expect(splitFrontmatter('---\ntitle: D\nNo closing line')).toEqual({ frontmatter: null, body: '---\ntitle: D\nNo closing line', bodyOffset: 0, unclosed: true });
  });

  it('does not take a line that only starts with --- for the closing line', () => {
    expect(splitFrontmatter('---\ntitle: E\n--- not a rule\n---\nBody')).toMatchObject({ frontmatter: 'title: E\n--- not a rule', body: 'Body' });
  });
});
