// node tools/eval/claim-pair-candidates.ts [SAMPLE] [SEED] > candidates.json
// The candidate pairs the labelled set (tests/fixtures/claim-pairs/) was drawn from: two statements in different
// Wikinews articles with the same key (figure value and unit, or event day) whose sentences share an entity, as the
// old sentence-level rule would have joined them. Prints every figure pair and a seeded sample of SAMPLE event pairs
// (default 90), plus every event pair the current rule matches, for a person to read and label. Pairs already in
// tests/fixtures/claim-pairs/pairs.json are left out, so a second draw with another SEED gives pairs not yet seen.
import { entityMentionsBySentence } from './claim-pair-sentences.ts';
import { figureKey, eventKey } from '../../src/knowledge/claims/corroboration-check.ts';
import { readFileSync } from 'node:fs';
import { PAIRS_FILE, wikinewsKnowledge, type LabelledPair, type LabelledStatement } from './claim-pairs.ts';
import type { KbEvent, KbFigure } from '../../src/knowledge/knowledge-base.ts';

const sample = Number(process.argv[2] ?? 90);
const seed = Number(process.argv[3] ?? 15);
const statementKey = (s: LabelledStatement) => `${s.article}\u0000${s.paragraph}\u0000${s.offset}`;
const pairKey = (a: LabelledStatement, b: LabelledStatement) => [statementKey(a), statementKey(b)].sort().join('\u0001');
const labelled = new Set((JSON.parse(readFileSync(PAIRS_FILE, 'utf8')) as LabelledPair[]).map((p) => pairKey(p.a, p.b)));
const kb = wikinewsKnowledge();
const sentenceEntities = entityMentionsBySentence(kb);
type Claim = KbFigure | KbEvent;
const statement = (c: Claim): LabelledStatement => ({
  article: c.article, paragraph: c.paragraph, offset: c.clauseStart + c.mark.start, value: c.clause.slice(c.mark.start, c.mark.end), sentence: c.text,
});
const entitiesOf = (c: Claim) => sentenceEntities.get(`${c.article}\u0000${c.paragraph}\u0000${c.text}`) ?? new Set<string>();

function candidates(kind: 'figure' | 'event', claims: readonly Claim[], key: (c: Claim) => string | null) {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) { const k = key(c); if (k) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(c); }
  const out: Array<{ kind: 'figure' | 'event'; rule: boolean; a: LabelledStatement; b: LabelledStatement }> = [];
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]!, group[j]!];
      if (a.article === b.article || ![...entitiesOf(a)].some((e) => entitiesOf(b).has(e))) continue;
      if (labelled.has(pairKey(statement(a), statement(b)))) continue;
      out.push({ kind, rule: a.corroboratedBy.includes(b.id), a: statement(a), b: statement(b) });
    }
  }
  return out;
}

/** A fixed pseudo-random order (a linear congruential generator), so the sample is the same on every run. */
function seeded<T>(items: T[], seed = 15): T[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return items.map((item) => ({ item, order: next() })).sort((x, y) => x.order - y.order).map((x) => x.item);
}

const figures = candidates('figure', kb.figures, (f) => figureKey((f as KbFigure).value, (f as KbFigure).unit));
const events = candidates('event', kb.events, (e) => eventKey((e as KbEvent).date));
const chosen = [...figures, ...events.filter((p) => p.rule), ...seeded(events.filter((p) => !p.rule), seed).slice(0, sample)];
console.log(JSON.stringify(chosen, null, 1));
