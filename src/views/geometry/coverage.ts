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
  /** The article's number in the source list (1-based), so a column keeps its number when others are left out. */
  numberOf: (article: string) => number;
  /** The largest cell, for shading. */
  max: number;
  /** Articles left out of the columns (the ones that mention the fewest of the rows). */
  omitted: number;
}

/**
 * The top `rowLimit` entities against the articles. With more than `columnLimit` articles, only those that
 * mention the rows most are columns (in source-list order): a matrix thousands of columns wide helps nobody.
 */
export function coverageMatrix(kb: KnowledgeBase, rowLimit: number, columnLimit = 48): CoverageMatrix {
  const rows = topEntities(kb.entities, rowLimit);
  const counts = new Map<string, number>();
  const perArticle = new Map<string, number>();
  let max = 1;
  for (const entity of rows) {
    for (const m of entity.mentions) {
      const key = `${entity.id}\u0000${m.article}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > max) max = count;
      perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
    }
  }
  const numbers = new Map(kb.articles.map((a, i) => [a.id, i + 1]));
  let columns = kb.articles;
  if (columns.length > columnLimit) {
    const kept = new Set(
      [...kb.articles]
        .sort((a, b) => (perArticle.get(b.id) ?? 0) - (perArticle.get(a.id) ?? 0) || numbers.get(a.id)! - numbers.get(b.id)!)
        .slice(0, columnLimit)
        .map((a) => a.id),
    );
    columns = kb.articles.filter((a) => kept.has(a.id));
  }
  return {
    rows,
    columns,
    cell: (entity, article) => counts.get(`${entity}\u0000${article}`) ?? 0,
    numberOf: (article) => numbers.get(article) ?? 0,
    max,
    omitted: kb.articles.length - columns.length,
  };
}

/**
 * A column heading for an article: its title cut at a word boundary to at most `max` characters, with an
 * ellipsis when cut, so a column names its source without being as wide as a headline.
 */
export function shortTitle(title: string, max = 28): string {
  const clean = title.replace(/\s+/gu, ' ').trim();
  if ([...clean].length <= max) return clean;
  const words = clean.split(' ');
  let short = '';
  for (const word of words) {
    const next = short ? `${short} ${word}` : word;
    if ([...next].length > max - 1) break;
    short = next;
  }
  // A first word longer than the limit is cut inside it rather than leaving the heading empty.
  if (!short) short = [...clean].slice(0, max - 1).join('');
  return `${short.replace(/[\s,;:.–—-]+$/u, '')}…`;
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
