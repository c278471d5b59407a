// Entity recognition measured: strict precision, recall and F1 per type (exact span and type) on the
// annotated Wikinews dev and test splits, on the older 25-article set and on 25 BBC articles of another
// source and years (offsets only; the text is read from the corpus at run time), for the learned tagger
// (the default) and the rule engine alone side by side; then throughput and peak memory over the BBC
// corpus bodies (read at run time, never copied).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractEntities, extractEntitiesByRules } from '../../src/knowledge/entities/index.ts';
import type { ArticleInput, DocumentEntity, EntityType } from '../../src/knowledge/types.ts';
import { BBC_CORPUS, articleFiles } from '../../src/ingest/corpus-folder.ts';
import { annotatedFiles, compareSpans, readAnnotated, readSplits, TYPE_CODES, type GoldSpan, type Split, type Tally } from './annotated-corpus.ts';

const OLD_DEV = fileURLToPath(new URL('../../tests/fixtures/wikinews-dev/', import.meta.url));
const MADE_UP_HELD_OUT = fileURLToPath(new URL('../../tests/fixtures/newswire-made-up/heldout/', import.meta.url));
const MADE_UP_DEV = fileURLToPath(new URL('../../tests/fixtures/newswire-made-up/dev/', import.meta.url));
const BBC_OFFSETS = fileURLToPath(new URL('../../tests/fixtures/bbc-offsets/entities.json', import.meta.url));
/** 30 more BBC articles, annotated later and never looked at while tuning: a held-out set of real text from another source. */
const BBC_HELD_OUT = fileURLToPath(new URL('../../tests/fixtures/bbc-offsets/heldout.json', import.meta.url));
const TYPES: EntityType[] = ['person', 'organization', 'place', 'product', 'other'];
const MAIN: EntityType[] = ['person', 'organization', 'place'];

type Extractor = (article: ArticleInput) => DocumentEntity[];
export const EXTRACTORS: Array<[string, Extractor]> = [['learned tagger', extractEntities], ['rules alone', extractEntitiesByRules]];

/** Predicted spans with offsets into `body`; mentions nested in a longer one (a product's maker) left out. */
export function predictSpans(extract: Extractor, body: string): GoldSpan[] {
  const blocks = textToBlocks(body);
  const offsets = new Map(blocks.map((b) => [b.index, b.offset]));
  const spans = extract({ id: 'eval', title: '', blocks }).flatMap((e) =>
    e.mentions.map((m) => ({ start: offsets.get(m.block)! + m.start, end: offsets.get(m.block)! + m.end, text: m.text, type: e.type })));
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

const prf = (c: Tally) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const sum = (cs: Tally[]) => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

interface Document { name: string; body: string; gold: GoldSpan[] }

function score(extract: Extractor, documents: Document[], errors?: string[]): Map<EntityType, Tally> {
  const counts = new Map<EntityType, Tally>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of documents) {
    const predicted = predictSpans(extract, doc.body);
    compareSpans(doc.gold, predicted, (type, field) => counts.get(type)![field]++);
    if (errors) {
      const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
      const gold = new Set(doc.gold.map(key));
      const found = new Set(predicted.map(key));
      for (const s of predicted) if (!gold.has(key(s))) errors.push(`${doc.name.slice(0, 4)} FP ${s.type.padEnd(12)} ${s.text}`);
      for (const s of doc.gold) if (!found.has(key(s))) errors.push(`${doc.name.slice(0, 4)} FN ${s.type.padEnd(12)} ${s.text}`);
    }
  }
  return counts;
}

function table(title: string, documents: Document[], showErrors: boolean): string[] {
  const results = EXTRACTORS.map(([name, extract]) => {
    const errors: string[] = [];
    return { name, counts: score(extract, documents, showErrors ? errors : undefined), errors };
  });
  const lines = [`${title} (${documents.length} articles, ${documents.reduce((n, d) => n + d.gold.length, 0)} gold spans)`,
    `${'type'.padEnd(18)}${results.map((r) => `${r.name.padEnd(26)}`).join('')}`,
    `${''.padEnd(18)}${results.map(() => '   P      R     F1        ').join('')}`];
  const row = (label: string, pick: (counts: Map<EntityType, Tally>) => Tally) =>
    `${label.padEnd(18)}${results.map((r) => { const { p, r: rec, f } = prf(pick(r.counts)); return `${pct(p)}  ${pct(rec)}  ${pct(f)}        `; }).join('')}`;
  for (const type of TYPES) lines.push(row(type, (c) => c.get(type)!));
  lines.push(row('micro PER/ORG/LOC', (c) => sum(MAIN.map((t) => c.get(t)!))));
  if (showErrors) for (const r of results) lines.push('', `errors of the ${r.name}:`, ...r.errors);
  return lines;
}

function annotatedSplit(split: Split): Document[] {
  const splits = readSplits();
  return annotatedFiles().map(readAnnotated).filter((a) => splits.get(a.file) === split).map((a) => ({ name: a.file, body: a.body, gold: a.spans }));
}

/**
 * The same articles with their first paragraph in capitals, as wire archives print a headline or a lead: how
 * much of the score survives when case says nothing. Only articles whose first paragraph keeps its length in capitals.
 */
function withCapitalLeads(documents: readonly Document[]): Document[] {
  return documents.flatMap((doc) => {
    const lead = textToBlocks(doc.body)[0];
    if (!lead || lead.text.toUpperCase().length !== lead.text.length) return [];
    const end = lead.offset + lead.text.length;
    const body = doc.body.slice(0, lead.offset) + lead.text.toUpperCase() + doc.body.slice(end);
    return [{ name: doc.name, body, gold: doc.gold.map((s) => ({ ...s, text: body.slice(s.start, s.end) })) }];
  });
}

/** Made-up news in other styles (tests/fixtures/newswire-made-up), annotated to the same guideline: `heldout/` or `dev/`. */
function madeUp(folder: string): Document[] {
  return annotatedFiles(folder).map(readAnnotated).map((a) => ({ name: a.file, body: a.body, gold: a.spans }));
}

function oldDevSet(): Document[] {
  const goldDir = join(OLD_DEV, 'gold/entities');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((file) => ({
    name: file,
    body: splitFrontmatter(readFileSync(join(OLD_DEV, 'articles', file.replace(/\.json$/, '.md')), 'utf8')).body,
    gold: (JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { entities: GoldSpan[] }).entities,
  }));
}

/**
 * The BBC articles annotated to the same guideline, as offsets into each body: the corpus may not be copied, so the
 * text comes from it at run time, and a body that is not the one annotated (by its hash) is an error, never a quiet score.
 */
function bbcSet(offsets = BBC_OFFSETS): Document[] {
  if (!existsSync(BBC_CORPUS)) return [];
  const { articles } = JSON.parse(readFileSync(offsets, 'utf8')) as { articles: Record<string, { bodySha1: string; entities: Array<[number, number, string]> }> };
  return Object.entries(articles).map(([file, { bodySha1, entities }]) => {
    const body = splitFrontmatter(readFileSync(join(BBC_CORPUS, file), 'utf8')).body;
    if (createHash('sha1').update(body).digest('hex') !== bodySha1) {
      throw new Error(`${join(BBC_CORPUS, file)}: its body is not the one annotated in ${offsets}; restore the corpus file or annotate it again`);
    }
    return { name: file, body, gold: entities.map(([start, end, code]) => ({ start, end, text: body.slice(start, end), type: TYPE_CODES[code]! })) };
  });
}

/** Passes over the corpus after the first: the first pays for compiling the code and filling the model's caches. */
const WARM_PASSES = 3;

function throughput(): string[] {
  if (!existsSync(BBC_CORPUS)) return ['BBC corpus not found: throughput not measured'];
  const bodies = articleFiles(BBC_CORPUS).map((file) => splitFrontmatter(readFileSync(file, 'utf8')).body);
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const megabytesPerSecond = (seconds: number) => (bytes / 1e6 / seconds).toFixed(2);
  return EXTRACTORS.map(([name, extract]) => {
    extract({ id: 'warm-up', title: '', blocks: textToBlocks(bodies[0] ?? '') }); // load gazetteers and weights first
    let mentions = 0;
    const pass = () => {
      const start = performance.now();
      mentions = 0;
      for (const [i, body] of bodies.entries()) for (const e of extract({ id: String(i), title: '', blocks: textToBlocks(body) })) mentions += e.mentions.length;
      return (performance.now() - start) / 1000;
    };
    const first = pass();
    const memory = process.resourceUsage().maxRSS / 1024;
    const warm = Array.from({ length: WARM_PASSES }, pass).sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    return `${name}: ${bodies.length} BBC articles (${(bytes / 1e6).toFixed(2)} MB), first pass ${megabytesPerSecond(first)} MB/s (${(bodies.length / first).toFixed(0)} articles/s), ` +
      `then ${megabytesPerSecond(median)} MB/s on one core (median of ${WARM_PASSES} passes: ${warm.map(megabytesPerSecond).join(', ')}), ${mentions} mentions, ` +
      `peak memory after the first pass ${memory.toFixed(0)} MB`;
  });
}

export function entityReport(showErrors = false): string {
  const dev = annotatedSplit('dev');
  return [
    ...table('Annotated Wikinews, dev split', dev, showErrors), '',
    ...table('Annotated Wikinews, test split', annotatedSplit('test'), showErrors), '',
    ...table('Annotated Wikinews, dev split, each first paragraph in capitals', withCapitalLeads(dev), showErrors), '',
    ...table('The older 25-article set (tests/fixtures/wikinews-dev, its own earlier guideline: "WN" an organization)', oldDevSet(), showErrors), '',
    ...table('Made-up news in other styles and decades, held out (tests/fixtures/newswire-made-up/heldout: never trained on, errors never read)', madeUp(MADE_UP_HELD_OUT), showErrors), '',
    ...table('Made-up news, a development set (tests/fixtures/newswire-made-up/dev: never trained on, errors read)', madeUp(MADE_UP_DEV), showErrors), '',
    ...(existsSync(BBC_CORPUS)
      ? [...table('BBC News 2004–05, another source and years (tests/fixtures/bbc-offsets; looked at while tuning, so no test set)', bbcSet(), showErrors), '',
        ...table('BBC News 2004–05, held out (tests/fixtures/bbc-offsets/heldout.json: 30 other articles, never trained on, errors never read)', bbcSet(BBC_HELD_OUT), showErrors), '']
      : ['BBC corpus not found: the BBC articles are not scored', '']),
    'Throughput (entities only)', ...throughput(),
  ].join('\n');
}
