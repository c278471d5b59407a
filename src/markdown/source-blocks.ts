import { splitFrontmatter, textToBlocks, type LocatedBlock } from '../knowledge/blocks.ts';

/**
 * Blank out markdown syntax with spaces of the same length, so that offsets into the result are
 * offsets into the file: "## Title" → "   Title", "> “Quote”" → "  “Quote”", "[x](https://…)" → " x             ".
 */
export function blankMarkdownSyntax(markdown: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return markdown
    .replace(/^( {0,3})(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+/gmu, blank)
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, (match, label: string) => ` ${label}${' '.repeat(match.length - label.length - 1)}`)
    .replace(/(\*\*|__|`+)/gu, blank)
    .replace(/<[^>\n]+>/gu, blank);
}

export interface SourceDocument {
  blocks: LocatedBlock[];
  frontmatter: string | null;
}

/**
 * The blocks of a file as the extract CLI sees it, with offsets into the whole file.
 * Markdown: frontmatter excluded, paragraphs separated by blank lines, syntax blanked out.
 * Plain text: every non-empty line is a block (scraped text puts one paragraph or headline per line).
 */
export function sourceDocument(text: string, kind: 'markdown' | 'text'): SourceDocument {
  if (kind === 'text') return { blocks: textToBlocks(text, 'lines'), frontmatter: null };
  const { frontmatter, body, bodyOffset } = splitFrontmatter(text);
  const blocks = textToBlocks(blankMarkdownSyntax(body), 'paragraphs').map((block) => {
    const lineStart = body.lastIndexOf('\n', block.offset - 1) + 1;
    const isHeading = /^ {0,3}#{1,6}[ \t]+$/u.test(body.slice(lineStart, block.offset));
    return { ...block, offset: block.offset + bodyOffset, kind: isHeading ? ('heading' as const) : block.kind };
  });
  return { blocks, frontmatter };
}
