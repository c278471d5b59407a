import type { Element, Root as HastRoot } from 'hast';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MAX_NESTING } from '../content/body-checks.ts';
import { IngestError } from './ingest-error.ts';

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
  const tooDeep = new IngestError(`the page nests elements more than ${MAX_NESTING} levels deep, deeper than it can be converted. Flatten it, or save it as plain text and import that.`);
  let tree: HastRoot;
  try {
    tree = unified().use(rehypeParse).parse(html) as HastRoot;
  } catch (error) {
    // The HTML parser's tree builder recurses: thousands of levels overflow it before any check can run.
    if (error instanceof RangeError) throw tooDeep;
    throw error;
  }
  // Before anything walks the tree: the walkers below recurse too.
  if (nestingDepth(tree) > MAX_NESTING) throw tooDeep;
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
  const markdown = toMarkdown(toMdast(root, { handlers: PASS_THROUGH }), { bullet: '-', emphasis: '_', rule: '-' });
  return { title, markdown };
}

/** The depth of the deepest element, iteratively (the converters below recurse). */
function nestingDepth(root: HastRoot): number {
  let deepest = 0;
  const pending: Array<[HastRoot | Element, number]> = [[root, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_NESTING) break;
    for (const child of node.children) if (child.type === 'element') pending.push([child, depth + 1]);
  }
  return deepest;
}

// Structures plain markdown has no syntax for (tables, struck-out text) stay HTML in the article,
// sanitised now as the build will sanitise them again: the build renders GitHub's allow-list of HTML.
const sanitiseFragment = unified().use(rehypeSanitize).use(rehypeStringify);
const asHtml: Handle = (_state, node: Element) => {
  const tree = sanitiseFragment.runSync({ type: 'root', children: [node] } as HastRoot) as HastRoot;
  return { type: 'html', value: sanitiseFragment.stringify(tree) };
};
const PASS_THROUGH: Record<string, Handle> = { table: asHtml, del: asHtml, s: asHtml, strike: asHtml, ins: asHtml };
