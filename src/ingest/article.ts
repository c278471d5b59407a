import { createHash } from 'node:crypto';
import { readMarkdownFile, removeUncarriable } from '../content/markdown-file.ts';
import { htmlToArticle } from './html.ts';
import { IngestError } from './ingest-error.ts';
import { binaryReason } from '../content/binary.ts';
import { blocksToMarkdown } from './markdown.ts';
import { repairMojibake } from './mojibake.ts';
import { inferTitle, looksLikeHeading, structurePlainText } from './plaintext.ts';
import { slugify } from './slug.ts';

export interface PreparedArticle {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
  titleInferred: boolean;
  headings: number;
  quotes: number;
  repairs: string[];
  warnings: string[];
}

/** Decode bytes as UTF-16 when they start with its byte-order mark, else UTF-8; fall back to Windows-1252 (a superset of Latin-1) and say so. */
export function decodeText(bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: 'not valid UTF-8: decoded as Windows-1252/Latin-1; check accented letters',
    };
  }
}

/** Whitespace-insensitive digest of a body, to spot the same article imported twice. */
export function bodyDigest(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/gu, ' ').trim()).digest('hex');
}

function fileStem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
}

/**
 * Turn one raw file (.txt, .md or .html) into an article: frontmatter plus markdown body.
 * Pure: the caller reads and writes files.
 */
export function prepareArticle(fileName: string, bytes: Uint8Array): PreparedArticle {
  const extension = /\.([^.]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? 'txt';
  const warnings: string[] = [];
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const binary = utf16 ? null : binaryReason(bytes);
  if (binary) throw new IngestError(`this looks like a binary file (${binary}), not text. Convert it to text first.`);
  const decoded = decodeText(bytes);
  if (decoded.warning) warnings.push(decoded.warning);
  const carriable = removeUncarriable(decoded.text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').replace(/\0/gu, ''));
  const { text: cleanText, repairs: mojibake } = repairMojibake(carriable.text);
  const repairs = mojibake.map((r) => `repaired "${r.found}" → "${r.repaired}" (${r.codePage})`);
  if (carriable.removed.length) repairs.push(`removed control characters (${carriable.removed.join(', ')})`);

  let frontmatter: Record<string, unknown> = {};
  let title: string | undefined;
  let body: string;
  let headings = 0;
  let quotes = 0;

  if (extension === 'html' || extension === 'htm') {
    const article = htmlToArticle(cleanText);
    title = article.title;
    body = article.markdown;
  } else if (extension === 'md' || extension === 'markdown') {
    // Read as the build reads it, so a frontmatter the build would refuse is refused here, with its line.
    const file = readMarkdownFile(new TextEncoder().encode(cleanText));
    const problem = file.problems[0];
    if (problem) throw new IngestError(problem.message, problem.line);
    frontmatter = { ...file.data };
    body = file.body.trim() + '\n';
    title = typeof frontmatter.title === 'string' ? frontmatter.title : /^#\s+(.+)$/mu.exec(body)?.[1]?.trim();
  } else {
    const structure = structurePlainText(cleanText);
    for (const drop of structure.dropped) repairs.push(`dropped line ${drop.line} "${drop.text}": ${drop.reason}`);
    const blocks = structure.blocks;
    // A short first line followed by a paragraph is the article's own headline.
    if (blocks.length > 1 && looksLikeHeading(blocks[0]!.text) && blocks[1]!.kind !== 'heading') {
      title = blocks.shift()!.text;
    }
    headings = blocks.filter((b) => b.kind === 'heading').length;
    quotes = blocks.filter((b) => b.kind === 'quote').length;
    body = blocksToMarkdown(blocks);
  }

  if (extension !== 'txt') {
    headings = (body.match(/^#{1,6}\s/gmu) ?? []).length;
    quotes = (body.match(/^>\s/gmu) ?? []).length;
  }
  if (!body.trim()) warnings.push('the body is empty');

  const titleInferred = !title;
  if (!title) {
    const firstParagraph = body.split(/\n\s*\n/u).find((p) => p.trim() && !p.startsWith('#')) ?? fileStem(fileName);
    title = inferTitle(firstParagraph.replace(/^>\s*/u, '').replace(/\\/gu, ''));
    warnings.push(`no title given: inferred "${title}"; edit title in the frontmatter`);
  }

  const slug = slugify(title) || slugify(fileStem(fileName)) || `article-${bodyDigest(body).slice(0, 8)}`;
  const source = frontmatter.source;
  frontmatter = {
    ...frontmatter,
    title,
    source: typeof source === 'object' && source !== null ? source : { ...(typeof source === 'string' ? { name: source } : {}), file: fileName.replace(/^.*[\\/]/u, '') },
  };
  return { slug, frontmatter, body, titleInferred, headings, quotes, repairs, warnings };
}

export { IngestError };
