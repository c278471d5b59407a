// The fixture corpus the browser tests build a site from (tests/e2e/corpus-*.spec.ts): the first
// `count` annotated Wikinews articles (CC BY 2.5, committed under tests/fixtures/wikinews-annotated/),
// with their inline entity markup `[[text|TYPE]]` stripped, so each file is the original article.
//
//   node tests/support/fixture-corpus.ts DIR [COUNT]   writes DIR/articles/*.md (playwright.config.ts runs this)
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ANNOTATED_ARTICLES = resolve(import.meta.dirname, '../fixtures/wikinews-annotated/articles');

// The same markup tools/eval/annotated-corpus.ts parses: [[surface|TYPE]] with TYPE in capitals.
const MARK = /\[\[([^\][|]+)\|([A-Z]+)\]\]/g;

/** One annotated file as the original article: every `[[text|TYPE]]` becomes `text`. */
export function stripAnnotations(annotated: string): string {
  return annotated.replace(MARK, '$1');
}

/** Write the first `count` annotated articles (in file-name order), markup stripped, into `dir/articles/`; returns their file names. */
export function writeFixtureCorpus(dir: string, count = 120): string[] {
  const files = readdirSync(ANNOTATED_ARTICLES).filter((name) => name.endsWith('.md')).sort().slice(0, count);
  if (files.length < count) throw new Error(`the fixture corpus asks for ${count} articles, ${ANNOTATED_ARTICLES} holds ${files.length}`);
  const articles = join(dir, 'articles');
  // A fresh folder: an article left from a larger corpus would change the site.
  rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  for (const name of files) {
    writeFileSync(join(articles, name), stripAnnotations(readFileSync(join(ANNOTATED_ARTICLES, name), 'utf8')));
  }
  return files;
}

if (import.meta.main) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tests/support/fixture-corpus.ts DIR [COUNT]');
    process.exit(2);
  }
  const written = writeFixtureCorpus(dir, count ? Number(count) : undefined);
  console.log(`Wrote ${written.length} fixture articles to ${join(dir, 'articles')}`);
}
