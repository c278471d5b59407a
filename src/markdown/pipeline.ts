import type { Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block } from '../knowledge/types.ts';
import { paragraphElements } from './paragraphs.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

// markdown → sanitised HTML tree. Raw HTML is parsed, then cut down to the GitHub allow-list,
// so <script>, on* handlers, javascript: URLs and <iframe> never reach a page.
const toSafeTree = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  // Headings get ids from their text after sanitising, so the ids are ours, not user-content- prefixed.
  .use(rehypeSlug);

/** The sanitised HTML tree of a markdown body. */
export function markdownToTree(markdown: string): HastRoot {
  return toSafeTree.runSync(toSafeTree.parse(markdown)) as HastRoot;
}

/** The paragraphs of a body as knowledge-core blocks: block N is the element that gets id p-N. */
export function blocksFromTree(tree: HastRoot): Block[] {
  return paragraphElements(tree).map(({ element, quoted }, i) => ({
    index: i + 1,
    kind: 'paragraph',
    ...(quoted ? { quoted } : {}),
    text: toString(element),
  }));
}

export interface RenderOptions {
  /** Extra rehype transforms to run after paragraph ids, such as entity links. */
  transforms?: Array<(tree: HastRoot) => void>;
}

/** Render a sanitised tree to HTML with paragraph ids and permalinks. */
export function renderTree(tree: HastRoot, options: RenderOptions = {}): string {
  const processor = unified().use(rehypeParagraphIds, { permalinks: true }).use(rehypeStringify);
  let result = processor.runSync(structuredClone(tree)) as HastRoot;
  for (const transform of options.transforms ?? []) transform(result);
  return processor.stringify(result);
}
