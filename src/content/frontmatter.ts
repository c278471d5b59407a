// Where a markdown file's frontmatter ends and its body begins, by one rule for every reader: the build's
// content loader (markdown-file.ts), the extract CLI, ingest and the evaluation tools. A frontmatter opens
// with a line `---` at the top of the file and closes at the next line `---` or `...` (YAML's own ends of
// a document). Nothing is parsed here: the YAML between the lines is the caller's to read.

export interface FrontmatterSplit {
  /** The text between the opening and the closing line; null when the file has none, or it is never closed. */
  frontmatter: string | null;
  /** The text after the closing line (the whole text when there is no frontmatter). */
  body: string;
  /** Where `body` starts in the text. */
  bodyOffset: number;
  /** The first line opens a frontmatter that no later line closes (the build refuses such a file). */
  unclosed: boolean;
}

const OPENING = /^\uFEFF?---[ \t]*(?:\r?\n|$)/u;
const CLOSING = /(?<=\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gu;

/** Split a markdown file's text into its frontmatter and body; line ends may be \n or \r\n. */
export function splitFrontmatter(source: string): FrontmatterSplit {
  const opening = OPENING.exec(source);
  if (!opening) return { frontmatter: null, body: source, bodyOffset: 0, unclosed: false };
  const start = opening[0].length;
  CLOSING.lastIndex = start;
  const closing = CLOSING.exec(source);
  if (!closing) return { frontmatter: null, body: source, bodyOffset: 0, unclosed: true };
  // The frontmatter ends before the line break that precedes the closing line (there is none when it is empty).
  const end = closing.index === start ? start : closing.index - (source[closing.index - 2] === '\r' ? 2 : 1);
  const bodyOffset = closing.index + closing[0].length;
  return { frontmatter: source.slice(start, end), body: source.slice(bodyOffset), bodyOffset, unclosed: false };
}
