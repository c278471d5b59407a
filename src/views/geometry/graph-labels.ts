// Which graph nodes get a visible name, and where: as many as fit, larger nodes first, each name beside
// its own node (below, above, right or left), never over another name or any node, never off the
// picture. Long names wrap at a space, never inside a word. Pure and deterministic.
import { textWidth } from './text-width.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLabel {
  id: string;
  lines: string[];
  /** Where the text is anchored: its middle for labels above or below, its start or end for the sides. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface GraphLabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** A line wider than this wraps at a space. */
  maxLineWidth: number;
  /** Room kept between two labels, and between a label and a node. */
  gap?: number;
}

/** The name on one line, or on two lines split at the space that balances them best; a word is never cut. */
export function wrapName(name: string, fontSize: number, maxLineWidth: number): string[] {
  if (textWidth(name, fontSize) <= maxLineWidth) return [name];
  const words = name.split(' ');
  if (words.length < 2) return [name];
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    if (widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  return best;
}

const overlaps = (a: Box, b: Box, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Whether a circle touches a box (the nearest point of the box is within the radius). */
const touchesCircle = (box: Box, c: { x: number; y: number; r: number }, gap: number): boolean => {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r + gap) ** 2;
};

export function placeGraphLabels(nodes: { id: string; x: number; y: number; r: number }[], nameOf: (id: string) => string, options: GraphLabelOptions): GraphLabel[] {
  const { width, height, fontSize, maxLineWidth, gap = 2 } = options;
  // Two names side by side need a visible space between them, or they read as one.
  const labelGap = Math.max(gap, fontSize * 0.5);
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;
  // The browser's box for a line of text starts about one ascent above its baseline.
  const ascent = fontSize * 0.95;
  const placed: GraphLabel[] = [];
  const order = [...nodes].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of order) {
    const lines = wrapName(nameOf(node.id), fontSize, maxLineWidth);
    const w = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    const h = lines.length * lineHeight;
    // Beside the node first (below, above, right, left), then the corners, then a little further out; the
    // largest node, which a reader looks for first, further still rather than not at all.
    const distances = node === order[0] ? [0, 3, 6, 9, 12] : [0, 3, 6];
    const spots: { box: Box; x: number; anchor: GraphLabel['anchor'] }[] = distances.flatMap((extra) => {
      const d = node.r + gap + extra;
      const diagonal = d * Math.SQRT1_2;
      return [
        { box: { x: node.x - w / 2, y: node.y + d, width: w, height: h }, x: node.x, anchor: 'middle' as const },
        { box: { x: node.x - w / 2, y: node.y - d - h, width: w, height: h }, x: node.x, anchor: 'middle' as const },
        { box: { x: node.x + d + 1, y: node.y - h / 2, width: w, height: h }, x: node.x + d + 1, anchor: 'start' as const },
        { box: { x: node.x - d - 1 - w, y: node.y - h / 2, width: w, height: h }, x: node.x - d - 1, anchor: 'end' as const },
        { box: { x: node.x + diagonal, y: node.y + diagonal, width: w, height: h }, x: node.x + diagonal, anchor: 'start' as const },
        { box: { x: node.x - diagonal - w, y: node.y + diagonal, width: w, height: h }, x: node.x - diagonal, anchor: 'end' as const },
        { box: { x: node.x + diagonal, y: node.y - diagonal - h, width: w, height: h }, x: node.x + diagonal, anchor: 'start' as const },
        { box: { x: node.x - diagonal - w, y: node.y - diagonal - h, width: w, height: h }, x: node.x - diagonal, anchor: 'end' as const },
      ];
    });
    const spot = spots.find(({ box }) =>
      box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height &&
      placed.every((other) => !overlaps(box, other.box, labelGap)) &&
      nodes.every((other) => !touchesCircle(box, other, gap)));
    if (!spot) continue;
    const round = (n: number) => Math.round(n * 10) / 10;
    placed.push({
      id: node.id,
      lines,
      x: round(spot.x),
      y: round(spot.box.y + ascent),
      anchor: spot.anchor,
      box: { x: round(spot.box.x), y: round(spot.box.y), width: round(w), height: round(h) },
    });
  }
  return placed;
}
