// The annotated Wikinews corpus (tests/fixtures/wikinews-annotated/): entities marked inline as
// [[surface|TYPE]] in each article's body. Reading a file gives back the original body and its spans.
//
//   node tools/eval/annotated-corpus.ts check [FILE...]   markup well formed, body identical to the corpus
//   node tools/eval/annotated-corpus.ts agreement [SECOND FIRST]
//        strict F1 between the two annotations of a sample: by default the Wikinews sample (agreement/ against articles/);
//        for the made-up news, tests/fixtures/newswire-made-up/agreement against tests/fixtures/newswire-made-up/train
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import type { EntityType } from '../../src/knowledge/types.ts';

export const ANNOTATED = fileURLToPath(new URL('../../tests/fixtures/wikinews-annotated/', import.meta.url));
export const WIKINEWS_CORPUS = fileURLToPath(new URL('../../../shared/corpora/wikinews-2019-2020/', import.meta.url));

export const TYPE_CODES: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  PROD: 'product',
  MISC: 'other',
};

export interface GoldSpan { start: number; end: number; text: string; type: EntityType }

export interface AnnotatedArticle {
  file: string;
  /** The original file: frontmatter and body without markup. */
  source: string;
  /** The body (after the frontmatter), which span offsets index. */
  body: string;
  spans: GoldSpan[];
}

export class AnnotationError extends Error {}

const MARK = /\[\[([^\][|]+)\|([A-Z]+)\]\]/g;

/** Strip the inline markup of one annotated file. Throws AnnotationError naming the line on bad markup. */
export function parseAnnotated(file: string, annotated: string): AnnotatedArticle {
  const { frontmatter, body: marked, bodyOffset } = splitFrontmatter(annotated);
  const head = annotated.slice(0, bodyOffset);
  let body = '';
  const spans: GoldSpan[] = [];
  let cursor = 0;
  const lineOf = (index: number) => annotated.slice(0, bodyOffset + index).split('\n').length;
  for (const match of marked.matchAll(MARK)) {
    const between = marked.slice(cursor, match.index);
    const stray = /\[\[|\]\]/.exec(between);
    if (stray) throw new AnnotationError(`${file}:${lineOf(cursor + stray.index)}: unbalanced "${stray[0]}"; write entities as [[text|TYPE]]`);
    body += between;
    const [, text, code] = match;
    const type = TYPE_CODES[code!];
    if (!type) throw new AnnotationError(`${file}:${lineOf(match.index)}: unknown type "${code}" in ${match[0]}; use one of ${Object.keys(TYPE_CODES).join(', ')}`);
    if (text !== text!.trim()) throw new AnnotationError(`${file}:${lineOf(match.index)}: ${match[0]} has white space at its edge; keep it outside the brackets`);
    spans.push({ start: body.length, end: body.length + text!.length, text: text!, type });
    body += text;
    cursor = match.index + match[0].length;
  }
  const rest = marked.slice(cursor);
  const stray = /\[\[|\]\]/.exec(rest);
  if (stray) throw new AnnotationError(`${file}:${lineOf(cursor + stray.index)}: unbalanced "${stray[0]}"; write entities as [[text|TYPE]]`);
  body += rest;
  void frontmatter;
  return { file: basename(file), source: head + body, body, spans };
}

export function annotatedFiles(dir = join(ANNOTATED, 'articles')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
}

export function readAnnotated(path: string): AnnotatedArticle {
  return parseAnnotated(basename(path), readFileSync(path, 'utf8'));
}

export type Split = 'train' | 'dev' | 'test';

/** The committed split: article file name → train, dev or test. */
export function readSplits(): Map<string, Split> {
  const data = JSON.parse(readFileSync(join(ANNOTATED, 'splits.json'), 'utf8')) as Record<Split, string[]>;
  const splits = new Map<string, Split>();
  for (const split of ['train', 'dev', 'test'] as const) for (const file of data[split]) splits.set(file, split);
  return splits;
}

export interface Tally { tp: number; fp: number; fn: number }

/** Strict match: same start, end and type. */
export function compareSpans(gold: GoldSpan[], predicted: GoldSpan[], tally: (type: EntityType, field: keyof Tally) => void): void {
  const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const s of predicted) tally(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
  for (const s of gold) if (!predictedKeys.has(key(s))) tally(s.type, 'fn');
}

function check(paths: string[]): number {
  let failures = 0;
  for (const path of paths) {
    try {
      const article = readAnnotated(path);
      const original = join(WIKINEWS_CORPUS, article.file);
      if (existsSync(original)) {
        const text = readFileSync(original, 'utf8');
        if (text !== article.source) {
          let i = 0;
          while (i < text.length && text[i] === article.source[i]) i++;
          const line = text.slice(0, i).split('\n').length;
          throw new AnnotationError(`${path}:${line}: without markup the text differs from the corpus here:\n  corpus:    ${JSON.stringify(text.slice(i, i + 60))}\n  annotated: ${JSON.stringify(article.source.slice(i, i + 60))}`);
        }
      }
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      failures++;
      process.stderr.write(`${error.message}\n`);
    }
  }
  process.stdout.write(`${paths.length - failures} of ${paths.length} file(s) OK\n`);
  return failures ? 1 : 0;
}

function agreement(second = join(ANNOTATED, 'agreement'), first = join(ANNOTATED, 'articles')): number {
  const counts = new Map<EntityType, Tally>();
  const tally = (type: EntityType, field: keyof Tally) => {
    const c = counts.get(type) ?? counts.set(type, { tp: 0, fp: 0, fn: 0 }).get(type)!;
    c[field]++;
  };
  const files = annotatedFiles(second).filter((path) => {
    const firstPath = join(first, basename(path));
    if (!existsSync(firstPath)) process.stdout.write(`${basename(path)}: no first annotation yet, left out\n`);
    return existsSync(firstPath);
  });
  for (const path of files) {
    const b = readAnnotated(path);
    const a = readAnnotated(join(first, b.file));
    if (a.body !== b.body) throw new AnnotationError(`${path}: without markup its text differs from ${join(first, b.file)}; annotate the same text twice`);
    compareSpans(a.spans, b.spans, tally);
  }
  const f1 = (c: Tally) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
  const all = [...counts.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const main = (['person', 'organization', 'place'] as const).map((t) => counts.get(t) ?? { tp: 0, fp: 0, fn: 0 })
    .reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  process.stdout.write(`${files.length} articles annotated twice\n`);
  for (const [type, c] of [...counts].sort()) process.stdout.write(`${type.padEnd(13)} F1 ${(100 * f1(c)).toFixed(1)}  (both ${c.tp}, first only ${c.fn}, second only ${c.fp})\n`);
  process.stdout.write(`all types     F1 ${(100 * f1(all)).toFixed(1)}\nPER/ORG/LOC   F1 ${(100 * f1(main)).toFixed(1)}\n`);
  return 0;
}

if (import.meta.main) {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'check') process.exitCode = check(rest.length ? rest : annotatedFiles());
  else if (command === 'agreement') process.exitCode = agreement(...rest);
  else {
    process.stderr.write('usage: node tools/eval/annotated-corpus.ts check [FILE...] | agreement [SECOND_DIR FIRST_DIR]\n');
    process.exitCode = 2;
  }
}
