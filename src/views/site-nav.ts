// The site's header: the sections every page links to, and how a page's title names the site.
import { url } from './urls.ts';

export interface NavLink {
  href: string;
  label: string;
}

/** The sections in the header, in reading order. */
export function siteNav(): NavLink[] {
  return [
    { href: url(), label: 'Briefing' },
    { href: url('articles/'), label: 'Articles' },
    { href: url('entities/'), label: 'Entities' },
    { href: url('timeline/'), label: 'Timeline' },
    { href: url('graph/'), label: 'Graph' },
    { href: url('figures/'), label: 'Figures' },
    { href: url('quotes/'), label: 'Quotes' },
    { href: url('sources/'), label: 'Sources' },
  ];
}

/** "Velmora · Briefing": the page's own title, then the site's; the home page is the site's title alone. */
export function pageTitle(title: string, siteTitle: string): string {
  return title === siteTitle ? title : `${title} · ${siteTitle}`;
}
