// Every internal link goes through here, so the site works under any `base` (e.g. /briefing/).

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** An absolute path under the site's base: url('articles/x/') → '/briefing/articles/x/'. */
export function url(path = ''): string {
  return `${base}${path.replace(/^\/+/u, '')}`;
}

export function articleUrl(slug: string, paragraph?: number): string {
  return url(`articles/${slug}/`) + (paragraph ? `#p-${paragraph}` : '');
}

/**
 * An entity's page, the one way every page and script links to it. Percent-encoded, so slugs in other
 * scripts ("москва") give ASCII hrefs.
 */
export function entityLink(entity: { slug: string }): string {
  return encodeURI(url(`entities/${entity.slug}/`));
}
