import type { Root } from 'hast';
import { h } from 'hastscript';
import { paragraphElements, paragraphId } from './paragraphs.ts';

export interface ParagraphIdOptions {
  /** Add a "¶" link to each paragraph's own address (shown on hover and focus by CSS). */
  permalinks?: boolean;
  /** Title each paragraph for the search index ("¶ 3"), so Pagefind makes it a sub-result linking to #p-3. */
  searchTitles?: boolean;
}

/** Give every paragraph a stable id (p-1, p-2, …) and, optionally, a permalink to itself and a search title. */
export default function rehypeParagraphIds(options: ParagraphIdOptions = {}) {
  return (tree: Root) => {
    paragraphElements(tree).forEach(({ element }, i) => {
      const id = paragraphId(i + 1);
      element.properties = { ...element.properties, id, ...(options.searchTitles ? { dataPagefindTitle: `¶ ${i + 1}` } : {}) };
      if (options.permalinks) {
        element.children.push(
          h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: `Link to paragraph ${i + 1}` }, '¶'),
        );
      }
    });
  };
}
