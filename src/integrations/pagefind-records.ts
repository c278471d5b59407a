// Pure helpers for the search index: which URL a built file answers, which elements Pagefind should
// treat as sub-result anchors, and one search record per dated event of the knowledge base.
import type { KbArticle, KbEvent } from '../knowledge/knowledge-base.ts';

/** The calendar year of a TIMEX3 value ('2019-03-14' → '2019', '2019-Q2' → '2019'), or null ('201X', 'PAST_REF'). */
export function timexYear(value: string | null): string | null {
  const year = value ? /^(\d{4})(?!\d)/u.exec(value) : null;
  return year ? year[1]! : null;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface EventRecordOptions {
  /** The site's base path ('/', '/briefing/'): knowledge-base URLs carry it, index URLs must not. */
  base: string;
  /** Event ids that the built timeline page carries as element ids: those results open the timeline. */
  timelineIds: ReadonlySet<string>;
  language?: string;
}

/** A URL from the knowledge base without the site's base path, as Pagefind wants it. */
export function withoutBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url;
}

/**
 * One record per dated event: its sentence is the text, its year and source are filters. It opens the event
 * on the timeline when the timeline shows it with its id, otherwise the paragraph that states it. Undated
 * events ("last week" in an undated article) get no record: the timeline cannot place them either, and
 * their sentence is found through its article's paragraph.
 */
export function eventRecords(
  events: readonly KbEvent[],
  articles: readonly KbArticle[],
  options: EventRecordOptions,
): SearchRecord[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return events.flatMap((event) => {
    const article = byId.get(event.article);
    if (!article || !event.date || !event.text.trim()) return [];
    const year = timexYear(event.date);
    const page = withoutBase(article.url, options.base);
    const url = options.timelineIds.has(event.id) ? `/timeline/#${event.id}` : `${page}#p-${event.paragraph}`;
    const meta: Record<string, string> = {
      title: `${event.when}: ${article.title}`,
      kind: 'event',
      source: article.source,
      ...(event.date ? { date: event.date } : {}),
    };
    const filters: Record<string, string[]> = {
      kind: ['event'],
      source: [article.source],
      ...(year ? { year: [year] } : {}),
    };
    return [{ url, content: event.text, language: options.language ?? 'en', meta, filters }];
  });
}

/** Element ids in an HTML document (used to learn which events the timeline page anchors). */
export function elementIds(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sid=(?:"([^"]+)"|'([^']+)')/gu), (match) => (match[1] ?? match[2])!));
}

/** Characters a glob would read as syntax: a slug with one (there should be none) means reading every entity page. */
const GLOB_SYNTAX = /[{}[\]*?,!\\()<>:]/u;

/**
 * Which HTML files Pagefind should read: every page, except the entity pages left out of the index
 * (src/site/search-index.ts). At scale those are most of the site's pages, and reading them only to find
 * they are not indexed costs Pagefind seconds. `topLevel` lists the names at the output's top level.
 */
export function pagesToIndexGlob(topLevel: readonly { name: string; isDirectory: boolean }[], searchableEntitySlugs: readonly string[]): string {
  const parts = topLevel.flatMap(({ name, isDirectory }) => {
    if (!isDirectory) return name.endsWith('.html') ? [name] : [];
    if (name === 'entities') return [];
    return [`${name}/**/*.html`];
  });
  // Entity index pages (A–Z, types) are not entity pages: they stay in, as every other page does.
  parts.push('entities/*.html', 'entities/{letter,type}/**/*.html');
  if (searchableEntitySlugs.some((slug) => GLOB_SYNTAX.test(slug))) parts.push('entities/**/*.html');
  else if (searchableEntitySlugs.length) parts.push(`entities/{${searchableEntitySlugs.join(',')}}/index.html`);
  return `{${parts.join(',')}}`;
}
