// One markdown file as bytes → its frontmatter fields and body, with every problem located by line.
// Our own reader instead of Astro's: YAML is read with the core schema, so a date stays the text that
// was written (an unquoted 2025-03-01T23:30:00-05:00 is not turned into a UTC instant on 2 March), and
// nothing about a file that cannot be read is left to a stack trace.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

export interface LocatedMessage {
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  message: string;
}

export interface MarkdownFile {
  /** Frontmatter fields as written (strings stay strings: no dates, no binary). Empty when there is none. */
  data: Record<string, unknown>;
  /** The text after the frontmatter, with line ends normalised to \n. */
  body: string;
  /** The line of each top-level field, for messages about it. */
  fieldLines: Map<string, number>;
  /** What stops the build. */
  problems: LocatedMessage[];
  /** What was repaired, for the build log. */
  warnings: LocatedMessage[];
}

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
    // Decoding growing prefixes would be quadratic; a linear scan of the byte patterns is enough.
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

/** UTF-16 with a byte-order mark, or without one but with a zero in every other byte of its start. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) > (sample / 2) * 0.6;
}

// Characters HTML and XML cannot carry: C0 controls but tab and line ends, DEL and C1 controls, and
// the Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane).
// eslint-disable-next-line no-control-regex
const UNCARRIABLE = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Remove the characters no page or feed can carry; a vertical tab or form feed becomes a space. */
export function removeUncarriable(text: string): { text: string; removed: string[]; firstIndex: number } {
  const removed = new Set<string>();
  let firstIndex = -1;
  const cleaned = text.replace(UNCARRIABLE, (char, index: number) => {
    if (firstIndex < 0) firstIndex = index;
    removed.add(codePoint(char));
    return char === '\u000B' || char === '\u000C' ? ' ' : '';
  });
  return { text: cleaned, removed: [...removed].sort(), firstIndex };
}

const YAML_FIX = 'Check the quotes and brackets on that line; put a value that contains a colon or starts with [ { " \' in quotes.';

function yamlTag(message: string): string {
  const tag = /Unresolved tag: (\S+)/u.exec(message)?.[1] ?? '';
  return tag.replace(/^tag:yaml\.org,2002:/u, '!!');
}

/** Read a markdown file: encoding, frontmatter, YAML. Pure: the caller reads the bytes. */
export function readMarkdownFile(bytes: Uint8Array): MarkdownFile {
  const result: MarkdownFile = { data: {}, body: '', fieldLines: new Map(), problems: [], warnings: [] };
  if (looksLikeUtf16(bytes)) {
    result.problems.push({ message: 'the file is UTF-16, not UTF-8. Convert it, e.g. iconv -f UTF-16 -t UTF-8 FILE > NEW-FILE, or import it with npm run ingest.' });
    return result;
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    result.problems.push({
      line: lineOf(new TextDecoder('latin1').decode(bytes.subarray(0, invalid)), invalid),
      message: 'the file is not valid UTF-8 (it looks like Latin-1 or CP1252). Convert it, e.g. iconv -f cp1252 -t utf-8, or import it with npm run ingest, which does that for you.',
    });
    return result;
  }
  // One kind of line end (CRLF and old Mac CR-only files read like any other), no byte-order mark.
  let text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    result.problems.push({
      line: lineOf(text, nul),
      message: 'the file contains a NUL byte, so it is probably binary or damaged. Remove the NUL bytes (tr -d "\\000"), or re-import the article with npm run ingest.',
    });
    return result;
  }
  const uncarriable = removeUncarriable(text);
  if (uncarriable.removed.length) {
    result.warnings.push({
      line: lineOf(text, uncarriable.firstIndex),
      message: `removed control characters (${uncarriable.removed.join(', ')}) that web pages and feeds cannot carry`,
    });
    text = uncarriable.text;
  }

  const { frontmatter, body, unclosed } = splitFrontmatter(text);
  if (unclosed) {
    result.problems.push({ line: 1, message: 'the frontmatter that opens on line 1 is never closed: add a line --- after the last field, before the article text.' });
    return result;
  }
  result.body = body;
  if (frontmatter !== null) readFrontmatter(frontmatter, result);
  return result;
}

/** Parse the YAML between the --- lines into `result` (its lines start on line 2 of the file). */
function readFrontmatter(yaml: string, result: MarkdownFile): void {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, resolveKnownTags: false, prettyErrors: true, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  for (const error of document.errors) {
    const line = lineAt(error.pos[0]);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'a field appears twice in the frontmatter: keep one of them.'
        : /call stack/iu.test(error.message)
          ? 'the frontmatter nests lists or fields inside each other too deeply to be read: flatten it.'
          : `the frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}. ${YAML_FIX}`;
    result.problems.push({ line, message });
  }
  for (const warning of document.warnings) {
    const line = lineAt(warning.pos[0]);
    result.problems.push({
      line,
      message:
        warning.code === 'TAG_RESOLVE_FAILED'
          ? `the frontmatter uses the YAML tag ${yamlTag(warning.message)}, which is not supported: write the value as plain text, in quotes.`
          : `the frontmatter has a problem: ${warning.message.split('\n')[0]}`,
    });
  }
  if (result.problems.length) return;
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return;
  if (!isMap(contents)) {
    const kind = isSeq(contents) ? 'a list' : 'a single value';
    result.problems.push({ line: 2, message: `the frontmatter is ${kind}, not fields: write one field per line, such as title: "What happened".` });
    return;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const line = lineAt((pair.key as { range?: number[] | null } | null)?.range?.[0] ?? 0);
    if (key === null) {
      result.problems.push({ line, message: 'a field name in the frontmatter is not a plain word: write it as name: value.' });
      continue;
    }
    if (key === '__proto__') {
      result.problems.push({ line, message: 'the field name "__proto__" is not allowed: rename or remove it.' });
      continue;
    }
    result.fieldLines.set(key, line);
  }
  if (result.problems.length) return;
  try {
    const data = document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    // A YAML alias can make a value contain itself (a: &x [*x]), which nothing downstream can store.
    let nestedProto = false;
    JSON.stringify(data, (key, value: unknown) => {
      if (key === '__proto__') nestedProto = true;
      return value;
    });
    if (nestedProto) {
      result.problems.push({ line: 2, message: 'a field inside the frontmatter is named "__proto__", which is not allowed: rename or remove it.' });
      return;
    }
    result.data = data;
  } catch (error) {
    result.problems.push({ line: 2, message: `the frontmatter cannot be read: ${(error as Error).message.split('\n')[0]}. Remove YAML anchors (&name) and aliases (*name) and write the values out.` });
  }
}
