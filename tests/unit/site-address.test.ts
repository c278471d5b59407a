import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/views/site-address.ts';

describe('SITE and BASE', () => {
  it('defaults to example.org at the root', () => {
    expect(siteAddress({})).toEqual({ site: 'https://example.org', base: '/' });
  });
  it('keeps a path in SITE as the base', () => {
    expect(siteAddress({ SITE: 'https://example.com/sub/' })).toEqual({ site: 'https://example.com', base: '/sub' });
    expect(siteAddress({ SITE: 'https://example.com/sub', BASE: '/sub/' })).toEqual({ site: 'https://example.com', base: '/sub' });
    expect(siteAddress({ SITE: 'https://example.com/sub/', BASE: '/sub/briefing' })).toEqual({ site: 'https://example.com', base: '/sub/briefing' });
  });
  it('takes BASE as it is when SITE has no path', () => {
    expect(siteAddress({ SITE: 'https://news.example.com', BASE: '/briefing' })).toEqual({ site: 'https://news.example.com', base: '/briefing' });
  });
  it('names SITE when it is not a web address, and shows the fix', () => {
    expect(() => siteAddress({ SITE: 'example.com' })).toThrow('SITE "example.com" is not a web address: write it in full, with https://, e.g. SITE=https://example.com');
    expect(() => siteAddress({ SITE: 'localhost:4321' })).toThrow(/^SITE "localhost:4321" is not a web address/u);
    expect(() => siteAddress({ SITE: 'ftp://example.com' })).toThrow(/^SITE "ftp:\/\/example.com" is not a web address/u);
  });
  it('refuses a SITE path and a BASE that disagree', () => {
    expect(() => siteAddress({ SITE: 'https://example.com/sub/', BASE: '/briefing' })).toThrow(
      'SITE "https://example.com/sub/" has the path /sub but BASE is /briefing: say where the site lives once, e.g. SITE=https://example.com BASE=/sub/briefing',
    );
  });
});
