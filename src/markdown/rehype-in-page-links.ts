import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { safeDecode } from '../text/safe-decode.ts';

// The sanitiser puts `user-content-` before every id in an article, so that an article cannot take
// an id the page itself uses (or clobber a global in the browser); it leaves links alone. These two
// steps keep in-page links working across that rename, as GitHub's own pages do with a script.

const PREFIX = 'user-content-';

/**
 * Before sanitising: the markdown parser already prefixes the ids it makes for footnotes, and the
 * sanitiser would prefix them again (user-content-user-content-fn-1). Take the parser's prefix off;
 * raw HTML is not parsed yet, so only the parser's own ids are touched.
 */
export function rehypeUnprefixGeneratedIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { id, href } = node.properties;
      if (typeof id === 'string' && id.startsWith(PREFIX)) node.properties.id = id.slice(PREFIX.length);
      if (typeof href === 'string' && href.startsWith(`#${PREFIX}`)) node.properties.href = `#${href.slice(PREFIX.length + 1)}`;
    });
  };
}

/** After sanitising: a fragment link or aria reference to an id that was prefixed follows the prefix. */
export function rehypeFollowPrefixedIds() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    const follow = (target: string) => (!ids.has(target) && ids.has(`${PREFIX}${target}`) ? `${PREFIX}${target}` : target);
    visit(tree, 'element', (node: Element) => {
      const { href } = node.properties;
      const ariaDescribedBy: unknown = node.properties.ariaDescribedBy;
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) {
        node.properties.href = `#${follow(safeDecode(href.slice(1)))}`;
      }
      if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((token) => follow(String(token)));
      else if (typeof ariaDescribedBy === 'string') node.properties.ariaDescribedBy = ariaDescribedBy.split(/\s+/u).map(follow);
    });
  };
}
