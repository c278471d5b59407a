import { isMap, isScalar, parseDocument } from 'yaml';
import { splitFrontmatter } from '../knowledge/blocks.ts';
import { parseCalendarDate } from './dates.ts';

// Checks on an article file as bytes and as written, for what Astro's reader would let through
// silently: bytes that are not UTF-8 (shown as �), NUL bytes, and dates YAML has already "corrected"
// (an unquoted 2025-02-30 becomes 2 March).

export interface RawProblem {
  line?: number;
  message: string;
}

const DATE_FIELDS = ['published', 'date', 'updated'];

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The first byte offset that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Find it by decoding growing prefixes would be quadratic; a linear scan of the byte patterns is enough.
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i]!;
      const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (length === 0) return i;
      for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
      i += length;
    }
    return bytes.length;
  }
}

export function checkRawArticle(bytes: Uint8Array): RawProblem[] {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const line = lineOf(new TextDecoder('latin1').decode(bytes.subarray(0, invalid)), invalid);
    return [
      {
        line,
        message:
          'the file is not valid UTF-8 (it looks like Latin-1 or CP1252). Convert it, e.g. iconv -f cp1252 -t utf-8, or import it with npm run ingest, which does that for you.',
      },
    ];
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const problems: RawProblem[] = [];
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    problems.push({
      line: lineOf(text, nul),
      message: 'the file contains a NUL byte, so it is probably binary or damaged. Remove the NUL bytes (tr -d "\\000"), or re-import the article with npm run ingest.',
    });
  }
  const { frontmatter } = splitFrontmatter(text);
  if (frontmatter === null) return problems;
  const document = parseDocument(frontmatter, { schema: 'core' });
  if (!isMap(document.contents)) return problems;
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!DATE_FIELDS.includes(key) || !isScalar(item.value)) continue;
    const value = item.value.value;
    if (typeof value !== 'string' || !/^\d{4}-\d{1,2}-\d{1,2}/u.test(value)) continue; // the schema reports the rest
    if (parseCalendarDate(value) === null) {
      problems.push({
        // +1 for the opening --- line.
        line: lineOf(frontmatter, item.value.range?.[0] ?? 0) + 1,
        message: `${key} "${value}" is not a real calendar date. Write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated.`,
      });
    }
  }
  return problems;
}
