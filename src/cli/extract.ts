// npm run --silent extract -- [--published YYYY-MM-DD] FILE...
// A public contract: prints one JSON array, one object per file in the order given, with every entity
// and time expression and their offsets into the file's text as read as UTF-8.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseCalendarDate } from '../content/dates.ts';
import { extractEntities } from '../knowledge/entities/index.ts';
import { extractTimes } from '../knowledge/time/index.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { sourceDocument } from '../markdown/source-blocks.ts';

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

/** Extract one file's text. Pure: `file` is only echoed back. */
export function extractFile(file: string, text: string, published?: string): ExtractedFile {
  const isMarkdown = /\.(md|markdown)$/iu.test(file);
  const { blocks, frontmatter } = sourceDocument(text, isMarkdown ? 'markdown' : 'text');
  const date = published ?? frontmatterDate(frontmatter);
  const article: ArticleInput = { id: file, title: '', ...(date ? { published: date } : {}), blocks };
  const offsetOf = new Map(blocks.map((b) => [b.index, b.offset]));
  const at = (block: number, offset: number) => offsetOf.get(block)! + offset;

  const entities = extractEntities(article).map((entity) => ({
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentions: entity.mentions
      .map((m) => ({ start: at(m.block, m.start), end: at(m.block, m.end), text: m.text }))
      .sort((a, b) => a.start - b.start),
  }));
  const times = extractTimes(article).map((t) => ({
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

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { published: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--published YYYY-MM-DD] FILE...\n');
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
  const texts: string[] = [];
  const unreadable: string[] = [];
  for (const file of positionals) {
    try {
      texts.push(readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      unreadable.push(`extract: cannot read ${file}: ${reason}`);
    }
  }
  if (unreadable.length) {
    process.stderr.write(`${unreadable.join('\n')}\n`);
    return 1;
  }
  const results = positionals.map((file, i) => extractFile(file, texts[i]!, published));
  process.stdout.write(`${JSON.stringify(results)}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
