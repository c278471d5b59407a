// npm run ingest -- [--force] [--out DIR] <file|dir>...
// Turns raw articles (.txt, .md, .html) into content/articles/<slug>.md and prints one line per file.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { splitFrontmatter } from '../knowledge/blocks.ts';
import { bodyDigest, prepareArticle } from '../ingest/article.ts';

const SUPPORTED = /\.(txt|md|markdown|html?)$/iu;

function expandInputs(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`${path}: no such file or directory`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => SUPPORTED.test(name))
      .sort()
      .map((name) => join(path, name));
  });
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
  let failures = 0;

  for (const input of expandInputs(positionals)) {
    const article = prepareArticle(input, readFileSync(input));
    const target = join(outDir, `${article.slug}.md`);
    const digest = bodyDigest(article.body);
    const duplicateOf = digests.get(digest);
    const notes: string[] = [];
    if (article.headings) notes.push(`${article.headings} heading${article.headings === 1 ? '' : 's'}`);
    if (article.quotes) notes.push(`${article.quotes} quote${article.quotes === 1 ? '' : 's'}`);
    notes.push(...article.repairs, ...article.warnings.map((w) => `warning: ${w}`));

    if (duplicateOf && !(values.force && duplicateOf === `${article.slug}.md`)) {
      console.log(`${input}: skipped, same body as ${join(outDir, duplicateOf)}`);
      continue;
    }
    if (existsSync(target) && !values.force) {
      console.log(`${input}: refused, ${target} exists; pass --force to overwrite it`);
      failures++;
      continue;
    }
    writeFileSync(target, `---\n${stringify(article.frontmatter, { lineWidth: 0 })}---\n\n${article.body}`);
    digests.set(digest, `${article.slug}.md`);
    console.log(`${input} → ${relative('.', target)}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  return failures ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
