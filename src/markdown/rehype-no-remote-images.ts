import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Content images never load. Articles cannot ship image files, so an image in an article is either on
 * another host (a request the site promises never to make, and a tracking pixel in the worst case) or
 * a path that leads nowhere. An image on the web becomes a link to it, named by its alt text; any other
 * image becomes its alt text, or nothing.
 */
export default function rehypeNoRemoteImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      let replacement: ElementContent[] = alt ? [{ type: 'text', value: alt }] : [];
      if (/^https?:\/\//iu.test(src)) {
        replacement = [{ type: 'element', tagName: 'a', properties: { href: src, rel: ['external', 'nofollow'] }, children: [{ type: 'text', value: alt ? `Image: ${alt}` : 'Image' }] }];
      }
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
