// Gives structure to a plain-text article as scraped from the web: one paragraph per line,
// section headings as bare short lines, pull quotes as paragraphs in quotation marks.

export type PlainBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string };

export interface PlainStructure {
  blocks: PlainBlock[];
  /** Lines dropped as scraping artifacts, with the reason. */
  dropped: Array<{ line: number; text: string; reason: string }>;
}

const CLOSING_PUNCTUATION = /[.!?:;,…"”'’)\]]$/u;
const OPENING_QUOTE = /^["“‘«„]/u;
const MAX_HEADING_WORDS = 15;
const MAX_HEADING_LENGTH = 120;

/** "🕒 Published:" or "Updated:" with nothing after it: a page-template label whose value the scraper lost. */
const EMPTY_LABEL = /^[^\p{L}\p{N}]*(published|updated|posted|last updated|date|by)\s*(on)?\s*:?\s*$/iu;

export function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/u).filter(Boolean);
  return (
    line.length <= MAX_HEADING_LENGTH &&
    words.length > 0 &&
    words.length <= MAX_HEADING_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !CLOSING_PUNCTUATION.test(line) &&
    !OPENING_QUOTE.test(line)
  );
}

export function isQuoteParagraph(line: string): boolean {
  return OPENING_QUOTE.test(line);
}

/** Split plain text into headings, paragraphs and quotes. Blank lines and single newlines both end a paragraph. */
export function structurePlainText(text: string): PlainStructure {
  const dropped: PlainStructure['dropped'] = [];
  const lines: Array<{ line: number; text: string }> = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    if (EMPTY_LABEL.test(trimmed)) {
      dropped.push({ line: i + 1, text: trimmed, reason: 'label with no value (scraping artifact)' });
      return;
    }
    lines.push({ line: i + 1, text: trimmed });
  });

  const blocks: PlainBlock[] = lines.map(({ text: line }, i) => {
    // A heading sits between paragraphs: never the last line, never right before another heading-like line.
    const next = lines[i + 1]?.text;
    if (i > 0 && next !== undefined && looksLikeHeading(line) && !looksLikeHeading(next)) {
      return { kind: 'heading', text: line };
    }
    if (isQuoteParagraph(line)) return { kind: 'quote', text: line };
    return { kind: 'paragraph', text: line };
  });
  return { blocks, dropped };
}

/** The first sentence, cut at a word boundary, as a stand-in title an editor should replace. */
export function inferTitle(firstParagraph: string, maxWords = 12): string {
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(firstParagraph)?.[0] ?? firstParagraph;
  const words = sentence.replace(/[.!?]$/u, '').split(/\s+/u).filter(Boolean);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:—–-]+$/u, '')}…`;
}
