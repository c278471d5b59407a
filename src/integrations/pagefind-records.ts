// Pure helpers for the search index: which URL a built file answers, which elements Pagefind should
// treat as sub-result anchors, one search page per searchable entity and one search record per dated
// event of the knowledge base.
import { snippetText } from '../views/claim-snippet.ts';
import type { KbArticle, KbEntity, KbEvent } from '../knowledge/knowledge-base.ts';
import { eventDateLabel } from '../views/event-label.ts';
import { eventTitle } from './pagefind-event-title.ts';

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
  /**
   * The element ids /timeline/ carries (timelineModel's anchorIds): an event whose id is among them opens
   * the timeline. The table anchors years and dates, not single events, so today every event opens its paragraph.
   */
  timelineIds: ReadonlySet<string>;
  language?: string;
}

/** A URL from the knowledge base without the site's base path, as Pagefind wants it. */
export function withoutBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url;
}

/**
 * One record per dated event: its sentence is the text, its year and source are filters. Its title is its
 * date and its own clause ("January 2026 — Hunyuan Video, released by Tencent …"), never its article's
 * headline: Pagefind searches titles too, and a headline would make every event of an article match
 * whatever the article is about. It opens the event on the timeline when the timeline shows it with its
 * id, otherwise the paragraph that states it. Undated events ("last week" in an undated article) get no
 * record: the timeline cannot place them either, and their sentence is found through its article's paragraph.
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
    // Kind and source are filters only: Pagefind searches metadata, and results read them from the filters.
    const meta: Record<string, string> = {
      title: eventTitle(eventDateLabel(event).label, event.text, event.when),
      ...(event.date ? { date: event.date } : {}),
    };
    const filters: Record<string, string[]> = {
      kind: ['event'],
      ...(article.source ? { source: [article.source] } : {}),
      ...(year ? { year: [year] } : {}),
    };
    // The clause that states the event, not its whole sentence: a sentence with several dates is several events.
    return [{ url, content: snippetText(event), language: options.language ?? 'en', meta, filters }];
  });
}

/** An HTML file for Pagefind: it indexes the element marked data-pagefind-body, under `url`. */
export interface SearchPage {
  url: string;
  content: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The longest summary a result shows, in characters. */
const ABOUT_LENGTH = 200;

/** `text` cut at a word to at most `length` characters, with an ellipsis when cut. */
export function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > length / 2 ? space : length).replace(/[\s,;:.]+$/u, '')}…`;
}

/**
 * One search page per searchable entity, built from the knowledge base rather than read from its built page.
 * The index holds only the part of an entity page readers search for: its name and aliases (weighted
 * highest), summary and the editor's description. Its events, figures, quotes and mentions repeat article
 * sentences that search finds in the articles; indexed again, they would bury the name in other words and
 * cost readers bytes on every query. And at scale, reading thousands of full entity pages cost Pagefind
 * more than reading the articles. Its kind and type are filters; its aliases and summary are metadata
 * too, kept apart from the indexed text so they never show as an excerpt. Pagefind searches metadata, so
 * it holds no words of its own ("3 mentions" would match every entity for "mentions"). `descriptionText`
 * turns the editor's markdown into text.
 */
export function entitySearchPages(
  entities: readonly KbEntity[],
  options: { base: string; descriptionText: (markdown: string) => string },
): SearchPage[] {
  return entities.map((entity) => {
    const description = entity.description ? options.descriptionText(entity.description) : '';
    const about = clip(entity.summary?.trim() || description, ABOUT_LENGTH);
    const meta = (name: string, value: string) => (value ? `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>` : '');
    const parts = [
      '<div hidden data-pagefind-ignore>',
      '<span data-pagefind-filter="kind">entity</span>',
      `<span data-pagefind-filter="type">${entity.type}</span>`,
      meta('aliases', entity.aliases.join(', ')),
      meta('about', about),
      '</div>',
      `<h1 data-pagefind-weight="10">${escapeHtml(entity.name)}</h1>`,
      entity.aliases.length ? `<p data-pagefind-weight="10">${entity.aliases.map(escapeHtml).join(', ')}</p>` : '',
      entity.summary ? `<p>${escapeHtml(entity.summary)}</p>` : '',
      description ? `<p>${escapeHtml(description)}</p>` : '',
    ];
    return {
      url: withoutBase(entity.url, options.base),
      content: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(entity.name)}</title></head><body><article data-pagefind-body>${parts.join('')}</article></body></html>`,
    };
  });
}

/** A name at the top level of the output. */
export interface TopLevelEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * Whether Pagefind reads this top-level file or folder: every page but the entity pages, which the index
 * gets as search pages built from the knowledge base (entitySearchPages), and the entity index pages,
 * which it does not index. Without a knowledge base (`entitiesFromKnowledge` false) it reads the entity
 * pages too. The search bundle is never read.
 */
export function isReadForIndex({ name, isDirectory }: TopLevelEntry, bundleDir: string, entitiesFromKnowledge = true): boolean {
  if (name === bundleDir) return false;
  return isDirectory ? !(entitiesFromKnowledge && name === 'entities') : name.endsWith('.html');
}

/** The glob of the HTML files Pagefind reads, from the top-level entries it reads; null when there are none. */
export function pagesToIndexGlob(read: readonly TopLevelEntry[]): string | null {
  const parts = read.map(({ name, isDirectory }) => (isDirectory ? `${name}/**/*.html` : name));
  return parts.length ? `{${parts.join(',')}}` : null;
}
