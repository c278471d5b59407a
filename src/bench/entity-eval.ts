// Measures entity extraction on the hand-annotated Wikinews dev set (strict: exact span and type),
// then throughput and peak memory over the BBC corpus bodies (read at run time, never copied).
// Run: npx node src/bench/entity-eval.ts [--errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter, textToBlocks } from '../knowledge/blocks.ts';
import { extractEntities } from '../knowledge/entities/index.ts';
import type { EntityType } from '../knowledge/types.ts';
import { BBC_CORPUS, articleFiles } from './corpus.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEV = join(ROOT, 'tests/fixtures/wikinews-dev');
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other', 'product'];
const MAIN: EntityType[] = ['person', 'organization', 'place'];

interface Span { start: number; end: number; text: string; type: EntityType }

function predict(source: string): Span[] {
  const { body } = splitFrontmatter(source);
  const blocks = textToBlocks(body);
  const offsets = new Map(blocks.map((b) => [b.index, b.offset]));
  const spans: Span[] = [];
  for (const entity of extractEntities({ id: 'dev', title: '', blocks })) {
    for (const m of entity.mentions) {
      const base = offsets.get(m.block)!;
      spans.push({ start: base + m.start, end: base + m.end, text: m.text, type: entity.type });
    }
  }
  return spans;
}

interface Count { tp: number; fp: number; fn: number }
const prf = (c: Count) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const DEVANAGARI = /\p{Script=Devanagari}/u;

function table(title: string, counts: Map<EntityType, Count>): string[] {
  const lines = [title, 'type            P      R     F1   (tp/fp/fn)'];
  for (const type of TYPES) {
    const c = counts.get(type)!;
    const { p, r, f } = prf(c);
    lines.push(`${type.padEnd(13)} ${pct(p)}  ${pct(r)}  ${pct(f)}   (${c.tp}/${c.fp}/${c.fn})`);
  }
  const micro = MAIN.reduce((a, t) => {
    const c = counts.get(t)!;
    return { tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn };
  }, { tp: 0, fp: 0, fn: 0 });
  const m = prf(micro);
  lines.push(`${'micro PER/ORG/LOC'.padEnd(13)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f)}`);
  return lines;
}

function evaluate(showErrors: boolean): string[] {
  const goldDir = join(DEV, 'gold/entities');
  if (!existsSync(goldDir)) return ['no gold annotations yet'];
  const empty = () => new Map<EntityType, Count>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  // Second table: the same, with every span written in Devanagari (one article's Hindi translation) left out on both sides.
  const counts = empty();
  const latin = empty();
  const errors: string[] = [];
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { entities: Span[] };
    const source = readFileSync(join(DEV, 'articles', file.replace(/\.json$/, '.md')), 'utf8');
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.entities.map(key));
    const predicted = predict(source);
    const predKeys = new Set(predicted.map(key));
    const tally = (s: Span, field: keyof Count) => {
      counts.get(s.type)![field]++;
      if (!DEVANAGARI.test(s.text)) latin.get(s.type)![field]++;
    };
    for (const s of predicted) {
      if (goldKeys.has(key(s))) tally(s, 'tp');
      else { tally(s, 'fp'); errors.push(`${file.slice(0, 4)} FP ${s.type.padEnd(12)} ${s.text}`); }
    }
    for (const s of gold.entities) {
      if (predKeys.has(key(s))) continue;
      tally(s, 'fn');
      errors.push(`${file.slice(0, 4)} FN ${s.type.padEnd(12)} ${s.text}`);
    }
  }
  const lines = [
    ...table(`Entities, strict (exact span and type), dev set: all ${files.length} annotated articles`, counts),
    '',
    ...table('Same, excluding spans written in Devanagari (gold and predicted)', latin),
  ];
  if (showErrors) lines.push('', ...errors);
  return lines;
}

function throughput(): string[] {
  if (!existsSync(BBC_CORPUS)) return ['BBC corpus not found: throughput not measured'];
  const bodies = articleFiles(BBC_CORPUS).map((file) => splitFrontmatter(readFileSync(file, 'utf8')).body);
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  extractEntities({ id: 'warm-up', title: '', blocks: textToBlocks(bodies[0] ?? '') }); // load gazetteers first
  const start = performance.now();
  let mentions = 0;
  for (const [i, body] of bodies.entries()) {
    for (const e of extractEntities({ id: String(i), title: '', blocks: textToBlocks(body) })) mentions += e.mentions.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const maxRss = process.resourceUsage().maxRSS / 1024;
  return [
    `Throughput over ${bodies.length} BBC articles (${(bytes / 1e6).toFixed(2)} MB): ${(bodies.length / seconds).toFixed(0)} articles/s, ` +
      `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${mentions} mentions, peak memory ${maxRss.toFixed(0)} MB`,
  ];
}

export async function entityReport(showErrors = false): Promise<string> {
  return [...evaluate(showErrors), '', ...throughput()].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await entityReport(process.argv.includes('--errors')));
}
