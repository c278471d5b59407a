// Measures the time tagger on the hand-annotated Wikinews dev set (TempEval-3 style), counts figures and quotes,
// and times extraction over the BBC corpus. Run: npx node tools/eval/time-eval.ts [--baselines] [--errors]
// --baselines also scores chrono-node and Microsoft Recognizers-Text on the same gold, the measurement behind
// choosing a rule tagger.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractTimes } from '../../src/knowledge/time/index.ts';
import { extractFigures, extractQuotes } from '../../src/knowledge/claims/index.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';
import { BBC_CORPUS, articleFiles } from '../../src/ingest/corpus-folder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEV = join(ROOT, 'tests/fixtures/wikinews-dev');
const SEEDS = join(ROOT, '../shared/seeds');

export interface Timex { start: number; end: number; text: string; type: string; value: string }
interface GoldFile { file: string; dct: string; times: Timex[] }
type Tagger = (body: string, dct: string) => Timex[];

function articleFromMarkdown(id: string, source: string, mode: 'paragraphs' | 'lines' = 'paragraphs') {
  const { frontmatter, body } = splitFrontmatter(source);
  const published = frontmatter ? /^date:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(frontmatter)?.[1] : undefined;
  const blocks = textToBlocks(body, mode);
  const article: ArticleInput = { id, title: id, blocks, ...(published ? { published } : {}) };
  return { article, body, offsets: new Map(blocks.map((b) => [b.index, b.offset])) };
}

const ourTagger: Tagger = (body, dct) => {
  const blocks = textToBlocks(body);
  const offsets = new Map(blocks.map((b) => [b.index, b.offset]));
  return extractTimes({ id: 'dev', title: '', published: dct, blocks }).map((t) => {
    const base = offsets.get(t.block)!;
    return { start: base + t.start, end: base + t.end, text: t.text, type: t.type, value: t.value };
  });
};

/** One-to-one matching: exact spans first, then overlapping ones. */
function match(gold: Timex[], system: Timex[]) {
  const pairs: Array<[Timex, Timex, boolean]> = [];
  const usedG = new Set<Timex>();
  const usedS = new Set<Timex>();
  for (const strict of [true, false]) {
    for (const g of gold) {
      if (usedG.has(g)) continue;
      const s = system.find((x) => !usedS.has(x) && (strict ? x.start === g.start && x.end === g.end : x.start < g.end && g.start < x.end));
      if (s) { usedG.add(g); usedS.add(s); pairs.push([g, s, strict]); }
    }
  }
  return pairs;
}

const f1 = (tp: number, nGold: number, nSys: number) => {
  const p = nSys ? tp / nSys : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: { p: number; r: number; f: number }) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f.toFixed(3)}`;

export function scoreTagger(tagger: Tagger, errors: string[] = []) {
  const dir = join(DEV, 'gold/times');
  let nGold = 0, nSys = 0, relaxed = 0, strict = 0, valueOk = 0, typeOk = 0, strictValue = 0, files = 0;
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldFile;
    const source = readFileSync(join(DEV, 'articles', gold.file), 'utf8');
    const system = tagger(splitFrontmatter(source).body, gold.dct);
    const pairs = match(gold.times, system);
    files++; nGold += gold.times.length; nSys += system.length; relaxed += pairs.length;
    for (const [g, s, exact] of pairs) {
      if (exact) strict++;
      if (g.value === s.value) valueOk++;
      if (g.type === s.type) typeOk++;
      if (exact && g.value === s.value) strictValue++;
      if (!exact || g.value !== s.value || g.type !== s.type) errors.push(`${name.slice(0, 4)} ≠ gold ${JSON.stringify(g.text)} ${g.type} ${g.value} | ours ${JSON.stringify(s.text)} ${s.type} ${s.value}`);
    }
    const matchedG = new Set(pairs.map((x) => x[0]));
    const matchedS = new Set(pairs.map((x) => x[1]));
    for (const g of gold.times) if (!matchedG.has(g)) errors.push(`${name.slice(0, 4)} missed ${JSON.stringify(g.text)} ${g.type} ${g.value}`);
    for (const s of system) if (!matchedS.has(s)) errors.push(`${name.slice(0, 4)} spurious ${JSON.stringify(s.text)} ${s.type} ${s.value}`);
  }
  const relaxedF = f1(relaxed, nGold, nSys);
  const valueAccuracy = relaxed ? valueOk / relaxed : 0;
  return {
    files, nGold, nSys, relaxedF, strictF: f1(strict, nGold, nSys), valueAccuracy, typeAccuracy: relaxed ? typeOk / relaxed : 0,
    valueF: f1(strictValue, nGold, nSys), tempevalValueF: relaxedF.f * valueAccuracy,
  };
}

function describe(label: string, s: ReturnType<typeof scoreTagger>): string[] {
  return [
    `${label}: ${s.files} annotated files, ${s.nGold} gold, ${s.nSys} found`,
    `  relaxed span   ${fmt(s.relaxedF)}`,
    `  strict span    ${fmt(s.strictF)}`,
    `  value accuracy ${s.valueAccuracy.toFixed(3)} (on relaxed matches)   type accuracy ${s.typeAccuracy.toFixed(3)}`,
    `  value F1       ${fmt(s.valueF)}  (strict span + value)`,
    `  value F1 (TempEval-3: relaxed F1 × value accuracy) ${s.tempevalValueF.toFixed(3)}`,
  ];
}

function claimCounts(): string[] {
  const lines: string[] = [];
  const count = (label: string, dir: string, mode: 'paragraphs' | 'lines', filter: (f: string) => boolean) => {
    let figures = 0, quotes = 0, n = 0;
    for (const f of readdirSync(dir).filter(filter).sort()) {
      const { article } = articleFromMarkdown(f, readFileSync(join(dir, f), 'utf8'), mode);
      figures += extractFigures(article).length; quotes += extractQuotes(article).length; n++;
    }
    lines.push(`${label}: ${n} articles, ${figures} figures, ${quotes} quotes`);
  };
  count('dev set', join(DEV, 'articles'), 'paragraphs', (f) => f.endsWith('.md'));
  if (existsSync(SEEDS)) count('seeds', SEEDS, 'lines', (f) => f.endsWith('.txt'));
  return lines;
}

function throughput(): string {
  if (!existsSync(BBC_CORPUS)) return 'throughput: BBC corpus not found';
  const articles = articleFiles(BBC_CORPUS).map((file) => articleFromMarkdown(file, readFileSync(file, 'utf8')));
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0);
  const time = (fn: () => void) => { const t0 = performance.now(); fn(); return (performance.now() - t0) / 1000; };
  time(() => articles.slice(0, 50).forEach(({ article }) => extractTimes(article))); // warm up the JIT
  const tTimes = time(() => articles.forEach(({ article }) => extractTimes(article)));
  const tAll = time(() => articles.forEach(({ article }) => { extractFigures(article, extractTimes(article)); extractQuotes(article); }));
  const mb = bytes / 1e6;
  return `throughput over ${articles.length} BBC bodies (${mb.toFixed(1)} MB): times ${(mb / tTimes).toFixed(2)} MB/s; times+figures+quotes ${(mb / tAll).toFixed(2)} MB/s`;
}

/** chrono-node with a fixed reference date: values from the components it is certain of. */
async function chronoTagger(): Promise<Tagger> {
  const chrono = await import('chrono-node');
  const p2 = (n: number | null) => String(n).padStart(2, '0');
  return (body, dct) => chrono.parse(body, new Date(`${dct}T12:00:00Z`), { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year'), mo = c.get('month'), d = c.get('day');
    let value = String(y);
    if (c.isCertain('day')) value = `${y}-${p2(mo)}-${p2(d)}`; else if (c.isCertain('month')) value = `${y}-${p2(mo)}`;
    const time = c.isCertain('hour');
    if (time) value = `${y}-${p2(mo)}-${p2(d)}T${p2(c.get('hour'))}:${p2(c.get('minute'))}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: time ? 'TIME' : 'DATE', value };
  });
}

/** Microsoft Recognizers-Text: it writes TIMEX3 itself. */
async function recognizersTagger(): Promise<Tagger> {
  const rec = await import('@microsoft/recognizers-text-date-time');
  const types: Record<string, string> = { duration: 'DURATION', set: 'SET', time: 'TIME', datetime: 'TIME', timerange: 'TIME', datetimerange: 'TIME' };
  return (body, dct) => rec.recognizeDateTime(body, rec.Culture.English, undefined, new Date(`${dct}T12:00:00Z`)).map((r) => {
    const first = (r.resolution?.values ?? [])[0] as { timex?: string; type?: string } | undefined;
    return { start: r.start, end: r.end + 1, text: r.text, type: types[first?.type ?? ''] ?? 'DATE', value: first?.timex ?? '' };
  });
}

async function baselines(): Promise<string[]> {
  const lines: string[] = [];
  for (const [label, make] of [['chrono-node', chronoTagger], ['recognizers-text', recognizersTagger]] as const) {
    const tagger = await make();
    lines.push(...describe(label, scoreTagger(tagger)));
    const bodies = articleFiles(BBC_CORPUS).slice(0, 40).map((file) => splitFrontmatter(readFileSync(file, 'utf8')).body);
    const t0 = performance.now();
    for (const body of bodies) tagger(body, '2005-01-01');
    const mb = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / 1e6;
    lines.push(`  throughput ${(mb / ((performance.now() - t0) / 1000)).toFixed(2)} MB/s (40 BBC bodies)`);
  }
  return lines;
}

export async function timeReport(options: { baselines?: boolean; errors?: boolean } = {}): Promise<string> {
  const errors: string[] = [];
  const lines = ['Time expressions on the Wikinews dev set', ...describe('rule tagger', scoreTagger(ourTagger, errors))];
  if (options.baselines) lines.push(...(await baselines()));
  lines.push('', ...claimCounts(), '', throughput());
  if (options.errors) lines.push('', ...errors);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await timeReport({ baselines: process.argv.includes('--baselines'), errors: process.argv.includes('--errors') }));
}
