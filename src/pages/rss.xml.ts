// The RSS feed of every article, newest first. Undated articles carry no pubDate rather than a made-up one.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { readBriefingIntro } from '../content/briefing.ts';
import { removeUncarriable } from '../content/markdown-file.ts';
import { articleLead } from '../views/article-body.ts';
import { getArticles, sourceLabel } from '../views/articles.ts';
import { articleUrl } from '../views/urls.ts';

/** Text as XML can carry it. The content loader removes control characters already; a feed must never depend on that. */
const xmlText = (text: string) => removeUncarriable(text).text;

export async function GET(context: APIContext) {
  const site = readBriefingIntro();
  const articles = await getArticles();
  return rss({
    title: xmlText(site.title),
    description: xmlText(site.description ?? `Articles of ${site.title}`),
    site: context.site ?? 'https://example.org',
    trailingSlash: true,
    items: articles.map((article) => ({
      title: xmlText(article.data.title),
      link: articleUrl(article.id),
      description: xmlText(article.data.summary ?? articleLead(article)),
      ...(article.data.published ? { pubDate: new Date(`${article.data.published}T00:00:00Z`) } : {}),
      ...(article.data.author ? { author: xmlText([article.data.author].flat().join(', ')) } : {}),
      categories: [sourceLabel(article), ...(article.data.tags ?? [])].filter((c): c is string => Boolean(c)).map(xmlText),
    })),
  });
}
