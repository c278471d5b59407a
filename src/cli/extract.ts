// npm run --silent extract -- [--published YYYY-MM-DD] [--files-from LIST|-] FILE|FOLDER...
// A public contract: prints one JSON array, one object per file in the order given, with every entity
// and time expression and their offsets into the file's text as read as UTF-8. A folder stands for every
// .md, .markdown, .txt and .html file inside it, at any depth, in path order; --files-from reads a list
// of files, one per line, from a file or standard input, so an archive needs no shell glob (a long
// argument list can fail in npm's shell before this command even starts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { binaryReason } from '../content/binary.ts';
import { parseCalendarDate } from '../content/dates.ts';
import { extractEntities } from '../knowledge/entities/index.ts';
import { extractTimes } from '../knowledge/time/index.ts';
import { timesOutsideNames } from '../knowledge/time/outside-names.ts';
import { defaultLexicon, type Lexicon } from '../knowledge/lexicon/index.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { sourceDocument } from '../build/source-blocks.ts';

export interface ExtractedFile {
  file: string;
  entities: Array<{ name: string; type: string; aliases: string[]; mentions: Array<{ start: number; end: number; text: string }> }>;
  times: Array<{ start: number; end: number; text: string; value: string; type: string; precision: string; relative?: boolean }>;
}

/** The publication date a markdown file's frontmatter states, if any. */
function frontmatterDate(frontmatter: string | null): string | undefined {
  if (!frontmatter) return undefined;
  try {
    const data = parseYaml(frontmatter, { schema: 'core' }) as Record<string, unknown> | null;
    const value = data?.published ?? data?.date;
    return typeof value === 'string' ? (parseCalendarDate(value) ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** Extract one file's text with the word lists of `lexicon`. Pure: `file` is only echoed back. */
export function extractFile(file: string, text: string, published?: string, lexicon: Lexicon = defaultLexicon()): ExtractedFile {
  const kind = /\.(md|markdown)$/iu.test(file) ? 'markdown' : /\.html?$/iu.test(file) ? 'html' : 'text';
  const { blocks, frontmatter } = sourceDocument(text, kind);
  const date = published ?? frontmatterDate(frontmatter);
  const article: ArticleInput = { id: file, title: '', ...(date ? { published: date } : {}), blocks };
  const offsetOf = new Map(blocks.map((b) => [b.index, b.offset]));
  const at = (block: number, offset: number) => offsetOf.get(block)! + offset;

  const found = extractEntities(article, lexicon);
  const entities = found.map((entity) => ({
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentions: entity.mentions
      .map((m) => ({ start: at(m.block, m.start), end: at(m.block, m.end), text: m.text }))
      .sort((a, b) => a.start - b.start),
  }));
  const times = timesOutsideNames(extractTimes(article, lexicon), found).map((t) => ({
    start: at(t.block, t.start),
    end: at(t.block, t.end),
    text: t.text,
    value: t.value,
    type: t.type,
    precision: t.precision,
    ...(t.relative ? { relative: true } : {}),
  }));
  return { file, entities, times };
}

const EXTRACTABLE = /\.(md|markdown|txt|html?)$/iu;
const USAGE = 'usage: npm run --silent extract -- [--published YYYY-MM-DD] [--files-from LIST|-] FILE|FOLDER...\n';

/** Every extractable file inside `folder`, at any depth, hidden ones aside, in path order. */
function filesIn(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const stats = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
      if (stats?.isDirectory()) pending.push(path);
      else if (stats?.isFile() && EXTRACTABLE.test(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

/** The files named by the arguments, folders expanded; or the problems that stop the run. */
function inputFiles(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) {
      files.push(path); // a missing file is reported when it is read
      continue;
    }
    const inside = filesIn(path);
    if (inside.length === 0) problems.push(`extract: ${path} holds no .md, .markdown, .txt or .html file`);
    files.push(...inside);
  }
  return { files, problems };
}

/** Paths listed one per line in a file, or on standard input for "-". */
function listedPaths(list: string): string[] {
  const text = readFileSync(list === '-' ? 0 : list, 'utf8');
  return text.split(/\r?\n/u).filter((line) => line.trim() !== '');
}

export function main(argv: string[]): number {
  let values: { published?: string; 'files-from'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: 'string' }, 'files-from': { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let published: string | undefined;
  if (values.published !== undefined) {
    published = parseCalendarDate(values.published) ?? undefined;
    if (!published) {
      process.stderr.write(`extract: --published "${values.published}" is not a date; write it as YYYY-MM-DD\n`);
      return 2;
    }
  }
  let paths = positionals;
  if (values['files-from'] !== undefined) {
    try {
      paths = [...positionals, ...listedPaths(values['files-from'])];
    } catch (error) {
      process.stderr.write(`extract: cannot read the list ${values['files-from']}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (paths.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { files, problems } = inputFiles(paths);
  const texts: string[] = [];
  for (const file of files) {
    try {
      const bytes = readFileSync(file);
      const binary = binaryReason(bytes);
      if (binary) problems.push(`extract: ${file} looks like a binary file (${binary}), not text; convert it to text or leave it out`);
      texts.push(new TextDecoder('utf-8').decode(bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
      problems.push(`extract: cannot read ${file}: ${reason}`);
      texts.push('');
    }
  }
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 1;
  }
  const results: ExtractedFile[] = [];
  const lexicon = defaultLexicon();
  for (const [i, file] of files.entries()) {
    try {
      results.push(extractFile(file, texts[i]!, published, lexicon));
    } catch (error) {
      process.stderr.write(`extract: failed on ${file}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
