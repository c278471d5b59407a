import type { Element, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Find the first element with one of `tagNames`, depth first. */
function findElement(tree: HastRoot | Element, tagNames: string[]): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (found) return false;
    if (tagNames.includes(node.tagName)) {
      found = node;
      return false;
    }
    return undefined;
  });
  return found;
}

/** An HTML page as a title (from <h1> or <title>) and a markdown body (from <article>, <main> or <body>). */
export function htmlToArticle(html: string): { title: string | undefined; markdown: string } {
  const tree = unified().use(rehypeParse).parse(html) as HastRoot;
  const container = findElement(tree, ['article']) ?? findElement(tree, ['main']) ?? findElement(tree, ['body']) ?? tree;
  const heading = findElement(container, ['h1']);
  const titleElement = findElement(tree, ['title']);
  const title = (heading ? toString(heading) : titleElement ? toString(titleElement) : '').trim() || undefined;
  if (heading) {
    // The title lives in frontmatter; keep it out of the body.
    heading.tagName = 'template';
    heading.children = [];
  }
  for (const tag of ['script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'template']) {
    visit(container, 'element', (node: Element, index, parent) => {
      if (node.tagName === tag && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  }
  const root: HastRoot = container.type === 'root' ? container : { type: 'root', children: container.children };
  const markdown = toMarkdown(toMdast(root), { bullet: '-', emphasis: '_', rule: '-' });
  return { title, markdown };
}
