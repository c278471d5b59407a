import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

// Ids the pages around an article body use themselves (src/layouts/, src/components/). A heading
// "## Main" or "## p-1" would otherwise share an id with the page's <main> or with paragraph 1.
const PAGE_IDS = new Set([
  'main', 'site-search', 'site-search-keys', 'site-search-results', 'entity-preview', 'entity-preview-data',
  'side-entities', 'side-events', 'side-figures', 'side-quotes', 'most-mentioned', 'events-heading',
  'figures-heading', 'quotes-heading', 'graph-title', 'graph-caption',
]);

/** Paragraph ids (p-1, p-2, …) are given by rehype-paragraph-ids; a heading must never take one. */
const PARAGRAPH_ID = /^p-\d+$/u;

/**
 * Run after rehype-slug: a heading whose id is a paragraph's or the page's gets `section-` in front
 * (and a number after, should even that be taken), so every id on the page stays unique.
 */
export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (!/^h[1-6]$/u.test(node.tagName) || typeof id !== 'string' || !(PARAGRAPH_ID.test(id) || PAGE_IDS.has(id))) return;
      let candidate = `section-${id}`;
      for (let n = 2; taken.has(candidate); n++) candidate = `section-${id}-${n}`;
      taken.add(candidate);
      node.properties.id = candidate;
    });
  };
}
