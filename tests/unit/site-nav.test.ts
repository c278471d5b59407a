import { describe, expect, it } from 'vitest';
import { pageTitle, siteNav } from '../../src/views/site-nav.ts';

describe('the site header', () => {
  it('names the site after the page’s own title, and only once on the home page', () => {
    expect(pageTitle('Timeline', 'Velmora Briefing')).toBe('Timeline · Velmora Briefing');
    expect(pageTitle('Velmora Briefing', 'Velmora Briefing')).toBe('Velmora Briefing');
  });
  it('links every section under the site’s base', () => {
    expect(siteNav().map((link) => `${link.label} ${link.href}`)).toEqual([
      'Briefing /', 'Articles /articles/', 'Entities /entities/', 'Timeline /timeline/', 'Graph /graph/', 'Figures /figures/', 'Quotes /quotes/', 'Sources /sources/',
    ]);
  });
});
