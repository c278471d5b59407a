// The corroboration rule measured on hand-labelled statement pairs from the Wikinews corpus
// (tests/fixtures/claim-pairs/): for each pair a person read both sentences and said whether they state the
// same claim. The corpus is read at run time from ../shared/corpora/wikinews-2019-2020 (or WIKINEWS_DIR), extracted
// and assembled as a build does, and each labelled statement is found again by its article, paragraph and offset.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleKnowledgeBase, type ArticleRecord } from '../../src/knowledge/assemble.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { extractArticle } from '../../src/knowledge/extract-article.ts';
import type { KbEvent, KbFigure, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { blocksFromTree, markdownToTree } from '../../src/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAIRS_FILE = join(ROOT, 'tests/fixtures/claim-pairs/pairs.json');
export const WIKINEWS = process.env.WIKINEWS_DIR ?? join(ROOT, '../shared/corpora/wikinews-2019-2020');

/** One statement as the labeller saw it. `offset` is where the value or date starts in the paragraph's text. */
export interface LabelledStatement { article: string; paragraph: number; offset: number; value: string; sentence: string }
/** `split`: dev pairs were read while the rule was tuned; test pairs were drawn and labelled after, and not tuned on. */
export interface LabelledPair { kind: 'figure' | 'event'; same: boolean; split: 'dev' | 'test'; a: LabelledStatement; b: LabelledStatement; note?: string }

/** The Wikinews corpus extracted and assembled the way a build does it. */
export function wikinewsKnowledge(dir = WIKINEWS): KnowledgeBase {
  const records: ArticleRecord[] = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'SOURCE.md').sort().map((file) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    const published = frontmatter ? /^date:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(frontmatter)?.[1] : undefined;
    const title = frontmatter ? /^title:\s*"?(.*?)"?\s*$/m.exec(frontmatter)?.[1] ?? file : file;
    const id = file.replace(/\.md$/u, '');
    const blocks = blocksFromTree(markdownToTree(body));
    return {
      article: { id, slug: id, title, source: 'English Wikinews', paragraphs: blocks.length, ...(published ? { published } : {}) },
      knowledge: extractArticle({ id, title, blocks, ...(published ? { published } : {}) }),
    };
  });
  return assembleKnowledgeBase(records, { articleUrl: (s) => `/articles/${s}/`, entityUrl: (s) => `/entities/${s}/` });
}

type Claim = KbFigure | KbEvent;
const markText = (c: Claim) => c.clause.slice(c.mark.start, c.mark.end);

/** The statement a label names: same article and paragraph, its value or date starting at the same offset. */
export function findStatement(kb: KnowledgeBase, kind: 'figure' | 'event', s: LabelledStatement): Claim | undefined {
  const claims: Claim[] = kind === 'figure' ? kb.figures : kb.events;
  const here = claims.filter((c) => c.article === s.article && c.paragraph === s.paragraph);
  return here.find((c) => c.clauseStart + c.mark.start === s.offset) ?? here.find((c) => markText(c) === s.value);
}

export interface PairScore { tp: number; fp: number; fn: number; tn: number; missing: number; errors: string[] }

type ScoreGroup = 'figure' | 'event' | 'dev' | 'test' | 'all';

export function scorePairs(kb: KnowledgeBase, pairs: readonly LabelledPair[]): Record<ScoreGroup, PairScore> {
  const empty = (): PairScore => ({ tp: 0, fp: 0, fn: 0, tn: 0, missing: 0, errors: [] });
  const scores = { figure: empty(), event: empty(), dev: empty(), test: empty(), all: empty() };
  for (const pair of pairs) {
    const a = findStatement(kb, pair.kind, pair.a);
    const b = findStatement(kb, pair.kind, pair.b);
    const predicted = Boolean(a && b && (a.corroboratedBy.includes(b.id) || b.corroboratedBy.includes(a.id)));
    for (const score of [scores[pair.kind], scores[pair.split], scores.all]) {
      if (!a || !b) score.missing++;
      if (predicted && pair.same) score.tp++;
      else if (predicted) score.fp++;
      else if (pair.same) score.fn++;
      else score.tn++;
    }
    if (predicted !== pair.same) {
      scores.all.errors.push(`${predicted ? 'false match' : 'missed'} (${pair.split} ${pair.kind} ${JSON.stringify(pair.a.value)}${a && b ? '' : ', statement not found'}): ${pair.a.article} ¶${pair.a.paragraph} | ${pair.b.article} ¶${pair.b.paragraph}`);
    }
  }
  return scores;
}

const ratio = (x: number, n: number) => (n === 0 ? 'n/a' : (x / n).toFixed(3));

export function claimPairsReport(errors = false): string {
  if (!existsSync(WIKINEWS)) return `claim pairs: Wikinews corpus not found at ${WIKINEWS} (set WIKINEWS_DIR)`;
  const pairs = JSON.parse(readFileSync(PAIRS_FILE, 'utf8')) as LabelledPair[];
  const scores = scorePairs(wikinewsKnowledge(), pairs);
  const lines = [`Corroboration on ${pairs.length} hand-labelled Wikinews statement pairs (${pairs.filter((p) => p.same).length} the same claim; dev: read while tuning, test: labelled after)`];
  for (const kind of ['figure', 'event', 'dev', 'test', 'all'] as const) {
    const s = scores[kind];
    lines.push(`  ${kind.padEnd(6)}  precision ${ratio(s.tp, s.tp + s.fp)}  recall ${ratio(s.tp, s.tp + s.fn)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn}; statements not found: ${s.missing})`);
  }
  if (errors) lines.push(...scores.all.errors.map((e) => `  ${e}`));
  return lines.join('\n');
}
