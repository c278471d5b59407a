import { splitFrontmatter } from '../content/frontmatter.ts';
import { textToBlocks, type LocatedBlock } from '../knowledge/blocks.ts';

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

// Elements that end a paragraph in HTML: their tags become a paragraph break (a blank line), the rest spaces.
const BLOCK_TAG = /^<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|header|footer|main|aside|nav|table|thead|tbody|tr|td|th|br|hr|figure|figcaption|pre|form|title|body|html|head)\b/iu;

/**
 * Blank out HTML with spaces of the same length, so offsets into the result are offsets into the file:
 * comments, scripts, styles and the head hold no article text; a block element's tag becomes a blank
 * line, so paragraphs stay apart; other tags become spaces. Character references stay as written.
 */
export function blankHtml(html: string): string {
  const blank = (match: string) => match.replace(/[^\n]/gu, ' ');
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)|<(script|style|head|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/giu, blank)
    .replace(/<[^>]*>/gu, (tag) => (BLOCK_TAG.test(tag) && tag.length >= 2 ? `\n\n${' '.repeat(tag.length - 2)}` : blank(tag)));
}

export interface SourceDocument {
  blocks: LocatedBlock[];
  frontmatter: string | null;
}

/**
 * The blocks of a file as the extract CLI sees it, with offsets into the whole file.
 * Markdown: frontmatter excluded, paragraphs separated by blank lines, syntax blanked out.
 * Plain text: every non-empty line is a block (scraped text puts one paragraph or headline per line).
 * HTML: markup blanked out (blankHtml), paragraphs where block elements begin and end.
 */
export function sourceDocument(text: string, kind: 'markdown' | 'text' | 'html'): SourceDocument {
  if (kind === 'text') return { blocks: textToBlocks(text, 'lines'), frontmatter: null };
  if (kind === 'html') return { blocks: textToBlocks(blankHtml(text), 'paragraphs'), frontmatter: null };
  const { frontmatter, body, bodyOffset } = splitFrontmatter(text);
  const blocks = textToBlocks(blankMarkdownSyntax(body), 'paragraphs').map((block) => {
    const lineStart = body.lastIndexOf('\n', block.offset - 1) + 1;
    const isHeading = /^ {0,3}#{1,6}[ \t]+$/u.test(body.slice(lineStart, block.offset));
    return { ...block, offset: block.offset + bodyOffset, kind: isHeading ? ('heading' as const) : block.kind };
  });
  return { blocks, frontmatter };
}
