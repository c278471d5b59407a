// How wide a label will be, without a browser to measure it: the SVG labels are placed at build time.
// Rough advance widths, in em, of a system sans-serif font (DejaVu Sans, one of the widest, as the
// measure): generous, so a label never takes less room
// than the browser draws (the overlap test compares the boxes the browser reports).
const NARROW = /[ijlI.,:;'!|()[\]ftr ]/u;
const WIDE = /[mwMW@]/u;
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.42 : /\p{Lu}|\d/u.test(ch) ? 0.78 : 0.65;
  return Math.ceil(em * fontSize);
}

