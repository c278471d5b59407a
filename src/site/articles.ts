import { getCollection, type CollectionEntry } from 'astro:content';
import { formatCalendarDate } from '../content/dates.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All articles, newest first; undated ones after dated ones, then by title, so the order never depends on the file system. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => {
    const byDate = (b.data.published ?? '').localeCompare(a.data.published ?? '');
    return byDate || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);
  });
}

/** The human name of where an article comes from: its source name, else its domain, else its file. */
export function sourceLabel(article: ArticleEntry): string {
  const source = article.data.source;
  if (source?.name) return source.name;
  const link = source?.url ?? article.data.url;
  if (link) {
    try {
      return new URL(link).hostname.replace(/^www\./u, '');
    } catch {
      // not a URL: fall through to the file name
    }
  }
  return source?.file ?? 'unknown source';
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
