// node tools/eval/check-corroboration.ts DIST/knowledge.json [...]
// Runs the necessary test of corroboration (src/knowledge/claims/corroboration-check.ts) on a built knowledge
// base: every figure and event that says it is stated by N sources must have N distinct articles stating the
// same value or date and sharing an entity with it. Prints the counts; exits 1 when any claim fails.
import { readFileSync } from 'node:fs';
import { eventKey, figureKey, unsupportedCorroborations, type StatedClaim } from '../../src/knowledge/claims/corroboration-check.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tools/eval/check-corroboration.ts DIST/knowledge.json [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const kb = JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBase;
  const figures: StatedClaim[] = kb.figures.map((f) => ({ id: f.id, article: f.article, key: figureKey(f.value, f.unit), entities: f.entities, sources: f.sources }));
  const events: StatedClaim[] = kb.events.map((e) => ({ id: e.id, article: e.article, key: eventKey(e.date), entities: e.entities, sources: e.sources }));
  for (const [label, claims] of [['figures', figures], ['events', events]] as const) {
    const corroborated = claims.filter((c) => c.sources > 1);
    const violations = unsupportedCorroborations(claims);
    if (violations.length > 0) failed = true;
    console.log(`${file}: ${label}: ${claims.length} claims, ${corroborated.length} say they are corroborated, ${violations.length} fail the test`);
    for (const v of violations.slice(0, 5)) console.log(`  ${v.id}: says ${v.sources} sources, ${v.supported} support it`);
  }
}
process.exit(failed ? 1 : 0);
