import { describe, expect, it } from 'vitest';
import { hostOf, publisherLabel } from '../../src/views/source-label.ts';
import { shortTitle } from '../../src/views/geometry/coverage.ts';

describe('publisherLabel: a source shown by its publisher or host, never a file name', () => {
  it('names the publisher when the source has a name', () => {
    expect(publisherLabel({ name: 'Harbour Gazette', url: 'https://news.example.net/a', file: 'a.txt' })).toBe('Harbour Gazette');
  });

  it('falls back to the host of the source address, without www.', () => {
    expect(publisherLabel({ url: 'https://www.example.org/2021/03/story', file: 'story.txt' })).toBe('example.org');
  });

  it('falls back to the article url when the source has no address', () => {
    expect(publisherLabel({ file: 'x.txt' }, 'http://daily.example.com/p/1')).toBe('daily.example.com');
  });

  it('shows nothing when only the imported file is known', () => {
    expect(publisherLabel({ file: '000_7a7de0392025a01d.txt' })).toBeUndefined();
    expect(publisherLabel(undefined)).toBeUndefined();
  });

  it('treats a blank name as no name', () => {
    expect(publisherLabel({ name: '  ', url: 'https://example.com/x' })).toBe('example.com');
  });

  it('takes no host from an address that is not http(s)', () => {
    expect(hostOf('javascript:alert(1)')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf('file:///home/me/a.txt')).toBeUndefined();
  });
});

describe('shortTitle: coverage columns named by a short title', () => {
  it('keeps a short title whole', () => {
    expect(shortTitle('Storm hits Port Wren')).toBe('Storm hits Port Wren');
  });

  it('cuts a long title at a word boundary, with an ellipsis', () => {
    expect(shortTitle('Harbour council votes to close the old ferry terminal by spring')).toBe('Harbour council votes to…');
  });

  it('drops punctuation left at the cut', () => {
    expect(shortTitle('Mayor, council, and port authority sign deal', 20)).toBe('Mayor, council, and…');
    expect(shortTitle('Ferries: a history of the harbour', 12)).toBe('Ferries: a…');
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(shortTitle('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
