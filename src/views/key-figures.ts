// Which figures the home page shows as key figures: chosen by what they say, not by their position.
// 1. Figures stated by several sources, most sources first;
// 2. then figures about the briefing's key entities (their subject is one of them), the most mentioned entity first;
// 3. then figures with any subject, in article order.
// Never two cards that show the same words (one sentence, overlapping clauses), the same value and unit, or the
// same claim.
import type { KbEntity, KbFigure, KnowledgeBase } from '../knowledge/knowledge-base.ts';

export function keyFigures(kb: Pick<KnowledgeBase, 'figures' | 'articles'>, keyEntities: readonly KbEntity[], limit = 6): KbFigure[] {
  const articleOrder = new Map(kb.articles.map((a, i) => [a.id, i]));
  const keyRank = new Map(keyEntities.map((e, i) => [e.id, i]));
  const rankOf = (f: KbFigure) => Math.min(...f.subject.map((id) => keyRank.get(id) ?? Infinity));
  const tier = (f: KbFigure) => (f.sources > 1 ? 0 : Number.isFinite(rankOf(f)) ? 1 : f.subject.length > 0 ? 2 : 3);
  const ordered = kb.figures
    .map((figure, i) => ({ figure, i }))
    .sort((a, b) =>
      tier(a.figure) - tier(b.figure) ||
      b.figure.sources - a.figure.sources ||
      rankOf(a.figure) - rankOf(b.figure) ||
      (articleOrder.get(a.figure.article) ?? 0) - (articleOrder.get(b.figure.article) ?? 0) ||
      a.i - b.i);
  const chosen: KbFigure[] = [];
  const values = new Set<string>();
  const claims = new Set<string>();
  const overlaps = (a: KbFigure, b: KbFigure) => a.article === b.article && a.paragraph === b.paragraph &&
    a.clauseStart < b.clauseStart + b.clause.length && b.clauseStart < a.clauseStart + a.clause.length;
  for (const { figure } of ordered) {
    if (chosen.length >= limit) break;
    const value = `${figure.value}\u0000${figure.unit ?? ''}`;
    if (values.has(value) || claims.has(figure.id) || chosen.some((c) => overlaps(c, figure))) continue;
    chosen.push(figure);
    values.add(value);
    for (const id of figure.corroboratedBy) claims.add(id);
  }
  return chosen;
}
