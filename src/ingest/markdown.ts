import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PlainBlock } from './plaintext.ts';

/** Serialise structured blocks as markdown; the serializer escapes what markdown would misread. */
export function blocksToMarkdown(blocks: PlainBlock[]): string {
  const children: RootContent[] = blocks.map((block) => {
    const text = { type: 'text' as const, value: block.text };
    if (block.kind === 'heading') return { type: 'heading', depth: 2, children: [text] };
    if (block.kind === 'quote') return { type: 'blockquote', children: [{ type: 'paragraph', children: [text] }] };
    return { type: 'paragraph', children: [text] };
  });
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { bullet: '-', emphasis: '_', rule: '-' });
}
