import type { Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { Block } from '../knowledge/types.ts';
import { paragraphElements } from './paragraphs.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import { rehypeFollowPrefixedIds, rehypeUnprefixGeneratedIds } from './rehype-in-page-links.ts';
import rehypeNoRemoteImages from './rehype-no-remote-images.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

// markdown → sanitised HTML tree. Parsing uses satteri, the native markdown parser Astro 7 itself
// ships: about 40 times faster than micromark on our articles, which matters at thousands of articles.
// Raw HTML is then parsed and cut down to the GitHub allow-list, so <script>, on* handlers,
// javascript: URLs and <iframe> never reach a page; no image loads (rehype-no-remote-images). Those two steps are most of the remaining cost
// and most articles have neither HTML nor URLs, so they run only where there is something to do.
// GitHub's allow-list, except that elements whose content is never shown (a <style>'s rules, a
// <template>) go with their content instead of leaving it behind as visible text.
const schema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'title', 'noembed', 'noframes', 'iframe'] };
const sanitise = unified()
  .use(rehypeUnprefixGeneratedIds)
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeFollowPrefixedIds)
  .use(rehypeNoRemoteImages);
const addHeadingIds = unified().use(rehypeSlug).use(rehypeHeadingIds);

function needsSanitising(tree: HastRoot): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'raw' || (node.type === 'element' && (node.tagName === 'a' || node.tagName === 'img'))) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

/** The sanitised HTML tree of a markdown body. */
export function markdownToTree(markdown: string): HastRoot {
  // No frontmatter: a body that starts with a --- rule is text, not metadata.
  let tree = markdownToHast(markdown, { position: false, features: { frontmatter: false } }) as HastRoot;
  if (needsSanitising(tree)) tree = sanitise.runSync(tree) as HastRoot;
  // Headings get ids from their text after sanitising, so the ids are ours, not user-content- prefixed.
  return addHeadingIds.runSync(tree) as HastRoot;
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
  const processor = unified().use(rehypeParagraphIds, { permalinks: true, searchTitles: true }).use(rehypeStringify);
  let result = processor.runSync(structuredClone(tree)) as HastRoot;
  for (const transform of options.transforms ?? []) transform(result);
  return processor.stringify(result);
}
