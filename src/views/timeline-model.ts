// The timeline as /timeline/ draws it, worked out once per build: its overview, and the events table
// that the year pages split and the search index links into. Computed once per knowledge base, whichever
// page or integration asks first.
import type { KbEvent, KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { memoOnKnowledge } from './build-shared.ts';
import { layoutTimeline, type TimelineLayout, type TimelineOptions } from './geometry/timeline-layout.ts';
import { groupByYear, publicationRange, TABLE_INLINE_LIMIT, tableAnchorIds, type YearGroup } from './geometry/timeline-view.ts';

/** The overview on /timeline/: 960 px wide, its marks in at most 14 rows. */
const OVERVIEW: TimelineOptions = { width: 960, maxRows: 14 };

export interface TimelineModel {
  /** The overview's layout, focused on the articles' publication dates. */
  layout: TimelineLayout<KbEvent>;
  /** Events with a place on the axis. */
  placed: number;
  /** The placed events by year, as the events table lists them. */
  years: YearGroup[];
  /** Whether the events table has a page per year (/timeline/<year>/) instead of a place on /timeline/. */
  paged: boolean;
  /**
   * The element ids /timeline/ gives its events table, which a link `/timeline/#id` can open: a section
   * per year and a row per date (see TimelineTable). None when the table has pages of its own.
   */
  anchorIds: ReadonlySet<string>;
}

/** The timeline of `kb` as /timeline/ and its year pages show it (computed once per knowledge base). */
export function timelineModel(kb: KnowledgeBase): TimelineModel {
  return memoOnKnowledge('timeline', kb, () => {
    // Focused on the range the articles were published in; zooming out reaches the rest.
    const focus = publicationRange(kb.articles);
    const layout = layoutTimeline(kb.events, focus ? { ...OVERVIEW, focus } : OVERVIEW);
    const placed = kb.events.length - layout.unplaced.length;
    const years = groupByYear(layout.marks);
    const paged = placed > TABLE_INLINE_LIMIT;
    return { layout, placed, years, paged, anchorIds: paged ? new Set<string>() : tableAnchorIds(years) };
  });
}
