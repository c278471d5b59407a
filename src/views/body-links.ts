// Links written in article bodies that lead nowhere on the built site: a fragment the article does not
// have (#p-9 in a five-paragraph article), or an article or entity page that does not exist. They are
// published as written (the writer may fix the target later) and named in the build log.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { safeDecode } from '../text/safe-decode.ts';

export interface BodyLinks {
  /** The article's slug. */
  article: string;
  /** The article's file, for the message. */
  file: string;
  /** Every id the article page's body has: elements' ids and the paragraph ids p-1 … p-N. */
  ids: Set<string>;
  /** Every href in the body, as written. */
  hrefs: string[];
}

/** The ids and links of one article body (the sanitised tree; `paragraphs` is its number of #p-N). */
export function bodyLinks(article: string, file: string, tree: Root, paragraphs: number): BodyLinks {
  const ids = new Set<string>(Array.from({ length: paragraphs }, (_, i) => `p-${i + 1}`));
  const hrefs: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.href === 'string') hrefs.push(node.properties.href);
  });
  return { article, file, ids, hrefs };
}

/** /entities/type/… and /entities/letter/… are the entity index's own pages, not entities. */
const ENTITY_INDEX_SECTIONS = new Set(['type', 'letter']);

// Any origin will do: it only lets relative links resolve the way a browser would.
const ORIGIN = 'https://site.invalid';

/**
 * One warning per link that leads nowhere, naming the file and the link. `base` is the site's path
 * ('/' or '/briefing/'); links into pages other than articles and entities are not judged.
 */
export function brokenLinkWarnings(articles: readonly BodyLinks[], entitySlugs: ReadonlySet<string>, base: string): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const byArticle = new Map(articles.map((a) => [a.article, a]));
  const warnings: string[] = [];
  for (const { article, file, ids, hrefs } of articles) {
    for (const href of hrefs) {
      let target: URL;
      try {
        target = new URL(href, `${ORIGIN}${root}articles/${encodeURIComponent(article)}/`);
      } catch {
        continue; // not a URL at all: the sanitiser has already kept it from being a live link
      }
      if (target.origin !== ORIGIN) continue; // another site
      const fragment = target.hash ? safeDecode(target.hash.slice(1)) : '';
      const ownPage = target.pathname === `${root}articles/${encodeURIComponent(article)}/`;
      if (ownPage) {
        if (fragment && !ids.has(fragment)) warnings.push(`${file}: the link "${href}" leads nowhere: this article has no paragraph or heading with that id`);
        continue;
      }
      if (!target.pathname.startsWith(root)) {
        warnings.push(`${file}: the link "${href}" leads nowhere: the site has no such page (it lives under ${root})`);
        continue;
      }
      const [section, slug, ...rest] = safeDecode(target.pathname.slice(root.length)).split('/');
      if (!slug || rest.some(Boolean)) continue;
      if (section === 'articles') {
        const linked = byArticle.get(slug);
        if (!linked) warnings.push(`${file}: the link "${href}" leads nowhere: the site has no such page`);
        else if (fragment && !linked.ids.has(fragment)) warnings.push(`${file}: the link "${href}" leads nowhere: that article has no paragraph or heading with that id`);
      } else if (section === 'entities' && !ENTITY_INDEX_SECTIONS.has(slug) && !entitySlugs.has(slug)) {
        warnings.push(`${file}: the link "${href}" leads nowhere: the site has no such page`);
      }
    }
  }
  return warnings;
}
