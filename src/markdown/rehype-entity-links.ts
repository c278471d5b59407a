// Link entity mentions exactly where the knowledge base located them: paragraph N, characters
// [start, end) of its plain text. Names are never searched for again at render time.
import type { Element, ElementContent, Root, Text } from 'hast';
import { paragraphElements } from './paragraphs.ts';

export interface EntityLinkRange {
  /** 1-based paragraph number, as in the id p-N. */
  paragraph: number;
  /** Offsets into the paragraph's plain text (UTF-16 code units, like JavaScript strings). */
  start: number;
  end: number;
  /** The entity id, written to data-entity. */
  entity: string;
  href: string;
}

export interface EntityLinkOptions {
  mentions: readonly EntityLinkRange[];
}

type Parent = Element;

interface LocatedText {
  node: Text;
  /** Ancestors from the paragraph (first) down to the text's parent (last). */
  path: Parent[];
  start: number;
}

function collectText(paragraph: Element): LocatedText[] {
  const found: LocatedText[] = [];
  let offset = 0;
  const walk = (parent: Parent, path: Parent[]) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        found.push({ node: child, path, start: offset });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child, [...path, child]);
      }
    }
  };
  walk(paragraph, [paragraph]);
  return found;
}

/** Split text nodes so that `at` falls on a node boundary. */
function splitAt(paragraph: Element, at: number): void {
  for (const { node, path, start } of collectText(paragraph)) {
    if (at <= start || at >= start + node.value.length) continue;
    const parent = path[path.length - 1]!;
    const index = parent.children.indexOf(node);
    const head: Text = { type: 'text', value: node.value.slice(0, at - start) };
    const tail: Text = { type: 'text', value: node.value.slice(at - start) };
    parent.children.splice(index, 1, head, tail);
    return;
  }
}

function isLink(node: Element): boolean {
  return node.tagName === 'a';
}

function textNodesOf(node: ElementContent): Text[] {
  if (node.type === 'text') return [node];
  if (node.type === 'element') return node.children.flatMap(textNodesOf);
  return [];
}

/** Wrap paragraph text [start, end) in one link per run of sibling nodes the range fully covers. */
function wrapRange(paragraph: Element, range: EntityLinkRange): boolean {
  const total = collectText(paragraph).reduce((n, t) => n + t.node.value.length, 0);
  if (range.start < 0 || range.end > total || range.start >= range.end) return false;
  const before = collectText(paragraph);
  const overlapping = before.filter((t) => t.start < range.end && t.start + t.node.value.length > range.start);
  // A range that touches an existing link (a source link, the permalink, an earlier mention) is left alone.
  if (overlapping.some((t) => t.path.slice(1).some(isLink))) return false;

  splitAt(paragraph, range.start);
  splitAt(paragraph, range.end);
  const located = collectText(paragraph);
  const covered = new Set(
    located.filter((t) => t.start >= range.start && t.start + t.node.value.length <= range.end).map((t) => t.node),
  );
  if (covered.size === 0) return false;

  // Climb from each covered text to the highest ancestor whose text is all covered, so that
  // "Bill <em>Peebles</em>" becomes one link around both rather than two links.
  const tops: Array<{ node: ElementContent; parent: Parent }> = [];
  for (const t of located) {
    if (!covered.has(t.node)) continue;
    let node: ElementContent = t.node;
    let depth = t.path.length - 1;
    while (depth > 0) {
      const ancestor = t.path[depth]!;
      const texts = textNodesOf(ancestor);
      if (texts.length === 0 || !texts.every((x) => covered.has(x))) break;
      node = ancestor;
      depth -= 1;
    }
    const parent = t.path[depth]!;
    if (!tops.some((top) => top.node === node)) tops.push({ node, parent });
  }

  // Consecutive siblings under one parent share one link.
  const runs: Array<{ parent: Parent; nodes: ElementContent[] }> = [];
  for (const top of tops) {
    const last = runs[runs.length - 1];
    const lastNode = last?.nodes[last.nodes.length - 1];
    if (last && last.parent === top.parent && last.parent.children.indexOf(lastNode!) + 1 === top.parent.children.indexOf(top.node)) {
      last.nodes.push(top.node);
    } else {
      runs.push({ parent: top.parent, nodes: [top.node] });
    }
  }
  for (const run of runs) {
    const index = run.parent.children.indexOf(run.nodes[0]!);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['entity-link'], href: range.href, dataEntity: range.entity },
      children: run.nodes,
    };
    run.parent.children.splice(index, run.nodes.length, link);
  }
  return true;
}

/** A rehype transform: link each mention's character range in its paragraph. */
export default function rehypeEntityLinks(options: EntityLinkOptions) {
  return (tree: Root) => {
    const paragraphs = paragraphElements(tree);
    const byParagraph = new Map<number, EntityLinkRange[]>();
    for (const m of options.mentions) {
      const list = byParagraph.get(m.paragraph) ?? [];
      list.push(m);
      byParagraph.set(m.paragraph, list);
    }
    for (const [n, ranges] of byParagraph) {
      const paragraph = paragraphs[n - 1]?.element;
      if (!paragraph) continue;
      // Earlier, then longer, ranges first: an overlapping later range then meets a link and is skipped.
      const ordered = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const range of ordered) wrapRange(paragraph, range);
    }
  };
}
