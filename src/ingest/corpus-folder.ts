import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter.ts';

/** The BBC corpus beside the project: research-only text, read at run time and never committed. */
export const BBC_CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'bbc-news-2004-2005');

/** Article files of a corpus folder: either a content folder (with articles/) or a flat folder of articles. */
export function articleFiles(source: string): string[] {
  const dir = existsSync(join(source, 'articles')) ? join(source, 'articles') : source;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCE.md' && name !== 'README.md')
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Write a content folder of `count` articles into `target`, taken from `source` and, past its end,
 * repeated with distinct titles and slugs ("… (copy 2)"), so every article is extracted on its own.
 */
export function prepareCorpus(source: string, target: string, count?: number): { articles: number; bytes: number } {
  const files = articleFiles(source);
  if (files.length === 0) throw new Error(`${source}: no articles (*.md) found`);
  const total = count ?? files.length;
  const articles = join(target, 'articles');
  mkdirSync(articles, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const file = files[i % files.length]!;
    const copy = Math.floor(i / files.length) + 1;
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/u, '');
    const text = readFileSync(file, 'utf8');
    const out = copy === 1 ? text : retitle(text, copy);
    writeFileSync(join(articles, copy === 1 ? `${name}.md` : `${name}-copy-${copy}.md`), out);
    bytes += Buffer.byteLength(out);
  }
  const entities = join(source, 'entities');
  if (existsSync(entities) && statSync(entities).isDirectory()) cpSync(entities, join(target, 'entities'), { recursive: true });
  return { articles: total, bytes };
}

function retitle(text: string, copy: number): string {
  const { frontmatter, body } = splitFrontmatter(text);
  if (frontmatter === null) return text;
  const retitled = frontmatter.replace(/^title:\s*(["']?)(.*?)\1\s*$/mu, (_, quote: string, title: string) => `title: ${quote}${title} (copy ${copy})${quote}`);
  return `---\n${retitled}\n---\n${body}`;
}

/** Append a sentence to one article, as an editor would, to time an incremental rebuild. */
export function editOneArticle(target: string): string {
  const file = articleFiles(target)[0]!;
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThis paragraph was added by the benchmark to time a rebuild.\n`);
  return file;
}
