// npm run ingest -- [--force] [--out DIR] <file|dir>...
// Turns raw articles (.txt, .md, .html) into content/articles/<slug>.md and prints one line per file.
// An input that fails is named with the reason, and the run goes on; the exit code is 1 if any failed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readMarkdownFile } from '../content/markdown-file.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { bodyDigest, IngestError, prepareArticle } from '../ingest/article.ts';

const SUPPORTED = /\.(txt|md|markdown|html?)$/iu;

interface Input {
  path: string;
  /** Why it cannot be read, when it cannot. */
  problem?: string;
}

/** Files to import: each path given, and every supported file inside the folders given, at any depth, in name order. */
function expandInputs(paths: string[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) {
      inputs.push({ path, problem: 'no such file or directory' });
      continue;
    }
    if (!stats.isDirectory()) {
      inputs.push({ path });
      continue;
    }
    const pending = [path];
    const found: string[] = [];
    while (pending.length) {
      const dir = pending.pop()!;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const child = join(dir, entry.name);
        const kind = entry.isSymbolicLink() ? statSync(child, { throwIfNoEntry: false }) : entry;
        if (kind?.isDirectory()) pending.push(child);
        else if (kind?.isFile() && SUPPORTED.test(entry.name)) found.push(child);
      }
    }
    inputs.push(...found.sort().map((file) => ({ path: file })));
  }
  return inputs;
}

function existingDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  if (!existsSync(dir)) return digests;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const { body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    digests.set(bodyDigest(body), name);
  }
  return digests;
}

/** The input file an existing article was imported from (its source.file), if it says. */
function importedFrom(article: string): string | undefined {
  const source = readMarkdownFile(readFileSync(article)).data.source;
  return source && typeof source === 'object' && 'file' in source && typeof source.file === 'string' ? source.file : undefined;
}

/**
 * Where an article goes. Its headline's slug, unless that file holds another article: one imported
 * from another input, or written earlier in this run. Then the next free `<slug>-2`, `<slug>-3`, …
 * An article imported from the same input file is the same article, to be replaced with --force.
 */
function chooseTarget(outDir: string, slug: string, inputFile: string, writtenThisRun: Set<string>): { target: string; taken?: string } {
  let taken: string | undefined;
  for (let n = 1; ; n++) {
    const target = join(outDir, `${n === 1 ? slug : `${slug}-${n}`}.md`);
    if (!existsSync(target)) return { target, ...(taken ? { taken } : {}) };
    const from = importedFrom(target);
    if (!writtenThisRun.has(target) && from === inputFile) return { target, ...(taken ? { taken } : {}) };
    taken ??= `${relative('.', target)}${from ? `, imported from ${from}` : ''}`;
  }
}

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      out: { type: 'string', default: join(process.env.BRIEFING_CONTENT ?? 'content', 'articles') },
    },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run ingest -- [--force] [--out DIR] <file|dir>...');
    return 2;
  }
  const outDir = values.out;
  mkdirSync(outDir, { recursive: true });
  const digests = existingDigests(outDir);
  const writtenThisRun = new Set<string>();
  let failures = 0;

  for (const input of expandInputs(positionals)) {
    if (input.problem) {
      console.error(`${input.path}: failed: ${input.problem}`);
      failures++;
      continue;
    }
    try {
      const result = ingestOne(input.path, outDir, values.force, digests, writtenThisRun);
      if (result.startsWith('refused')) failures++;
      console.log(`${input.path}${result.startsWith('→') ? ' ' : ': '}${result}`);
    } catch (error) {
      const line = error instanceof IngestError && error.line ? `:${error.line}` : '';
      const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'cannot be read: check its permissions' : (error as Error).message;
      console.error(`${input.path}${line}: failed: ${reason}`);
      failures++;
    }
  }
  return failures ? 1 : 0;
}

/** Import one file; returns the rest of its summary line. */
function ingestOne(input: string, outDir: string, force: boolean, digests: Map<string, string>, writtenThisRun: Set<string>): string {
  const article = prepareArticle(input, readFileSync(input));
  const inputFile = basename(input);
  const { target, taken } = chooseTarget(outDir, article.slug, inputFile, writtenThisRun);
  const digest = bodyDigest(article.body);
  const duplicateOf = digests.get(digest);
  const notes: string[] = [];
  if (taken) notes.push(`same headline as ${taken}: given a slug of its own`);
  if (article.headings) notes.push(`${article.headings} heading${article.headings === 1 ? '' : 's'}`);
  if (article.quotes) notes.push(`${article.quotes} quote${article.quotes === 1 ? '' : 's'}`);
  notes.push(...article.repairs, ...article.warnings.map((w) => `warning: ${w}`));

  if (duplicateOf && !(force && duplicateOf === basename(target))) return `skipped, same body as ${join(outDir, duplicateOf)}`;
  if (existsSync(target) && !force) return `refused, ${target} exists; pass --force to overwrite it`;
  writeFileSync(target, `---\n${stringify(article.frontmatter, { lineWidth: 0 })}---\n\n${article.body}`);
  writtenThisRun.add(target);
  digests.set(digest, basename(target));
  return `→ ${relative('.', target)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
