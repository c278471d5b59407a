import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

export interface ParagraphElement {
  element: Element;
  /** Inside a <blockquote>. */
  quoted: boolean;
}

/**
 * The elements that count as paragraphs, in document order: every <p>, and every <li> of a tight list
 * (one whose text is not wrapped in <p>). These carry the ids p-1, p-2, … and are the blocks the
 * knowledge base's mention offsets index into, so numbering lives in one place.
 */
export function paragraphElements(tree: Root): ParagraphElement[] {
  const found: ParagraphElement[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const isParagraph =
      node.tagName === 'p' ||
      (node.tagName === 'li' && !node.children.some((child) => child.type === 'element' && child.tagName === 'p'));
    if (isParagraph) {
      const quoted = ancestors.some((a) => a.type === 'element' && a.tagName === 'blockquote');
      found.push({ element: node, quoted });
    }
  });
  return found;
}

export function paragraphId(index: number): string {
  return `p-${index}`;
}
