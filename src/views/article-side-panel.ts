// What the panel beside an article lists (ArticleSidePanel.astro): the entities it names by type, its
// events, figures and quotes, the links to those sections, and where long lists fold.
import type { KbEvent, KbFigure, KbQuote } from '../knowledge/knowledge-base.ts';
import type { EntityType } from '../knowledge/types.ts';
import { articleEntitiesByType, orderEvents, type ArticleEntityCount, type KnowledgeViews } from './entity-views.ts';

/** Items shown before a list folds: enough to read at a glance, short enough to reach the next section. */
export const SIDE_PANEL_OPEN = 8;

/** A list's open part, then the part behind "N more". */
export function foldList<T>(list: readonly T[]): readonly [T[], T[]] {
  return [list.slice(0, SIDE_PANEL_OPEN), list.slice(SIDE_PANEL_OPEN)] as const;
}

export interface SidePanelSection {
  id: string;
  label: string;
  count: number;
}

export interface SidePanel {
  byType: Map<EntityType, ArticleEntityCount[]>;
  hasEntities: boolean;
  events: KbEvent[];
  figures: readonly KbFigure[];
  quotes: readonly KbQuote[];
  /** The panel's sections that have anything, for the links at its top. */
  sections: SidePanelSection[];
}

export function sidePanel(article: string, views: KnowledgeViews): SidePanel {
  const byType = articleEntitiesByType(article, views);
  const events = orderEvents(views.eventsByArticle.get(article) ?? []);
  const figures = views.figuresByArticle.get(article) ?? [];
  const quotes = views.quotesByArticle.get(article) ?? [];
  const entityCount = [...byType.values()].reduce((n, list) => n + list.length, 0);
  const sections = [
    { id: 'side-entities', label: 'Named', count: entityCount },
    { id: 'side-events', label: 'Events', count: events.length },
    { id: 'side-figures', label: 'Figures', count: figures.length },
    { id: 'side-quotes', label: 'Quotes', count: quotes.length },
  ].filter((section) => section.count > 0);
  return { byType, hasEntities: entityCount > 0, events, figures, quotes, sections };
}
