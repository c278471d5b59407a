// Checks on a markdown body that only its rendered tree can answer: is there anything a reader would
// see, and is it nested so deeply that rendering it would overflow the stack.
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { articleDocument } from '../markdown/article-document.ts';

/**
 * How deep elements may nest in a body (a blockquote in a blockquote, a list in a list, a <div> in a
 * <div>). Real articles stay under 20; the renderer and its clone of the tree overflow the stack
 * between 1,000 and 5,000, so a body deeper than this is refused before any of that runs.
 */
export const MAX_NESTING = 100;

// Characters that take no room on the page: format characters (zero-width space and joiners, word
// joiner, byte-order mark, bidirectional marks) and the blank "filler" letters some scripts have.
const INVISIBLE = /[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;

export interface BodyCheck {
  /** The body is empty, or holds only comments, scripts, styles, rules or invisible characters. */
  empty: boolean;
  /** Set when the body nests deeper than MAX_NESTING: how deep, and which element does most of it. */
  tooDeep?: { depth: number; element: string };
}

/** The depth of the deepest element, and the tag that occurs most often on the way down; iterative. */
function deepestNesting(tree: Root): { depth: number; element: string } {
  let deepest = { depth: 0, path: [] as string[] };
  const pending: Array<{ node: RootContent; path: string[] }> = tree.children.map((node) => ({ node, path: [] }));
  while (pending.length) {
    const { node, path } = pending.pop()!;
    if (node.type !== 'element') continue;
    const here = [...path, (node as Element).tagName];
    if (here.length > deepest.depth) deepest = { depth: here.length, path: here };
    // Past the limit the answer is known; the path is only kept for the message.
    if (here.length > MAX_NESTING * 2) continue;
    for (const child of node.children) pending.push({ node: child, path: here });
  }
  const counts = new Map<string, number>();
  for (const tag of deepest.path) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const element = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { depth: deepest.depth, element };
}

/** When the parser itself overflowed, the element that repeats most at the start of a line. */
function guessDeepElement(markdown: string): string {
  if (/^(?:\s*>){50}/mu.test(markdown)) return 'blockquote';
  if (/(?:<div\b[^>]*>\s*){50}/iu.test(markdown)) return 'div';
  return /^\s{50,}[-*+]\s/mu.test(markdown) ? 'ul' : 'element';
}

/**
 * Check a markdown body. Never throws on deep input: a parse that overflows counts as too deep. The
 * parse is the body's one parse of the build (article-document.ts): later readers reuse its tree.
 */
export function checkBody(markdown: string): BodyCheck {
  let tree: Root;
  try {
    tree = articleDocument(markdown).tree;
  } catch (error) {
    if (error instanceof RangeError) return { empty: false, tooDeep: { depth: Number.POSITIVE_INFINITY, element: guessDeepElement(markdown) } };
    throw error;
  }
  const nesting = deepestNesting(tree);
  return {
    empty: toString(tree).replace(INVISIBLE, '') === '',
    ...(nesting.depth > MAX_NESTING ? { tooDeep: nesting } : {}),
  };
}

/** The message for a body nested too deeply. */
export function tooDeepMessage({ element }: { element: string }): string {
  return `the body nests elements more than ${MAX_NESTING} levels deep (mostly <${element}> inside <${element}>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.`;
}
