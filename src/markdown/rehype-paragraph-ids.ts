import type { Root } from 'hast';
import { h } from 'hastscript';
import { paragraphElements, paragraphId } from './paragraphs.ts';

export interface ParagraphIdOptions {
  /** Add a "¶" link to each paragraph's own address (shown on hover and focus by CSS). */
  permalinks?: boolean;
}

/** Give every paragraph a stable id (p-1, p-2, …) and, optionally, a permalink to itself. */
export default function rehypeParagraphIds(options: ParagraphIdOptions = {}) {
  return (tree: Root) => {
    paragraphElements(tree).forEach(({ element }, i) => {
      const id = paragraphId(i + 1);
      element.properties = { ...element.properties, id };
      if (options.permalinks) {
        element.children.push(
          h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: `Link to paragraph ${i + 1}` }, '¶'),
        );
      }
    });
  };
}
