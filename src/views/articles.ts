import { getCollection, type CollectionEntry } from 'astro:content';
import { formatCalendarDate } from './calendar-date.ts';
import { publisherLabel } from './source-label.ts';

export { SOURCE_NOT_STATED } from './source-label.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All articles, newest first; undated ones after dated ones, then by title, so the order never depends on the file system. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => {
    const byDate = (b.data.published ?? '').localeCompare(a.data.published ?? '');
    return byDate || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);
  });
}

/**
 * Who published an article: its source name, else the host of its address, else nothing (see
 * source-label.ts). Never the file it was imported from.
 */
export function sourceLabel(article: ArticleEntry): string | undefined {
  return publisherLabel(article.data.source, article.data.url);
}

/**
 * The article's original address when it is safe to link: http or https only, so a `javascript:` or
 * `data:` URL written in the frontmatter never becomes a link a reader can click.
 */
export function sourceLink(article: ArticleEntry): string | undefined {
  const link = article.data.source?.url ?? article.data.url;
  if (!link) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol) ? link : undefined;
  } catch {
    return undefined;
  }
}

export function publishedLabel(article: ArticleEntry): string {
  return article.data.published ? formatCalendarDate(article.data.published) : 'date not stated';
}
