import { describe, expect, it } from 'vitest';
import { hostOf, publisherLabel } from '../../src/site/source-label.ts';

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
