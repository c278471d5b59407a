// Who covers what: per-article counts, the entity × article mention matrix, and the sentences two or
// more sources give about one entity, side by side. Pure functions over the knowledge base.
import type { KbArticle, KbEntity, KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { topEntities } from './graph-data.ts';

export interface ArticleCounts {
  entities: number;
  events: number;
  figures: number;
  quotes: number;
}

export function articleCounts(kb: KnowledgeBase): Map<string, ArticleCounts> {
  const counts = new Map<string, ArticleCounts>(kb.articles.map((a) => [a.id, { entities: 0, events: 0, figures: 0, quotes: 0 }]));
  for (const entity of kb.entities) for (const id of new Set(entity.articles)) { const c = counts.get(id); if (c) c.entities += 1; }
  for (const event of kb.events) { const c = counts.get(event.article); if (c) c.events += 1; }
  for (const figure of kb.figures) { const c = counts.get(figure.article); if (c) c.figures += 1; }
  for (const quote of kb.quotes) { const c = counts.get(quote.article); if (c) c.quotes += 1; }
  return counts;
}

export interface CoverageMatrix {
  rows: KbEntity[];
  columns: KbArticle[];
  /** Mentions of row entity in column article; absent means none. */
  cell: (entity: string, article: string) => number;
}

export function coverageMatrix(kb: KnowledgeBase, rowLimit: number): CoverageMatrix {
  const rows = topEntities(kb.entities, rowLimit);
  const counts = new Map<string, number>();
  for (const entity of rows) for (const m of entity.mentions) counts.set(`${entity.id}\u0000${m.article}`, (counts.get(`${entity.id}\u0000${m.article}`) ?? 0) + 1);
  return { rows, columns: kb.articles, cell: (entity, article) => counts.get(`${entity}\u0000${article}`) ?? 0 };
}

export interface SourceStatements {
  article: KbArticle;
  /** Distinct sentences naming the entity, in text order, with their paragraph. */
  sentences: { text: string; paragraph: number }[];
}

export interface SideBySide {
  entity: KbEntity;
  sources: SourceStatements[];
}

/**
 * Entities that at least two articles mention, with what each article says about them: the place a
 * reader spots disagreement. Most widely covered first.
 */
export function sideBySide(kb: KnowledgeBase, limit: number, sentencesPerSource = 3): SideBySide[] {
  const articles = new Map(kb.articles.map((a) => [a.id, a]));
  return kb.entities
    .filter((e) => new Set(e.articles).size >= 2)
    .sort((a, b) => new Set(b.articles).size - new Set(a.articles).size || b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((entity) => ({
      entity,
      sources: [...new Set(entity.articles)].flatMap((id) => {
        const article = articles.get(id);
        if (!article) return [];
        const seen = new Set<string>();
        const sentences = entity.mentions
          .filter((m) => m.article === id)
          .sort((a, b) => a.paragraph - b.paragraph || a.sentenceStart - b.sentenceStart)
          .filter((m) => (seen.has(m.sentence) ? false : (seen.add(m.sentence), true)))
          .slice(0, sentencesPerSource)
          .map((m) => ({ text: m.sentence, paragraph: m.paragraph }));
        return [{ article, sentences }];
      }),
    }));
}
