// What /timeline/ and its per-year pages (/timeline/2019/) show beyond the one timeline model they share
// (timeline-model.ts): the per-year paths, a year's own overview, and where marks and years link.
import type { BriefingIntro } from '../content/briefing.ts';
import type { KbEvent, KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { knowledgeViews } from './entity-views.ts';
import { layoutTimeline, type TimelineLayout } from './geometry/timeline-layout.ts';
import { whenAnchor, yearAnchor, type YearGroup } from './geometry/timeline-view.ts';
import { timelineModel, type TimelineModel } from './timeline-model.ts';
import { timelineYearPageKey } from './page-keys.ts';
import { url } from './urls.ts';

/** A year's page of the events table. */
export const timelineYearHref = (year: string): string => url(`timeline/${year}/`);

/** The per-year pages, each with its neighbours; none when the table fits on /timeline/. */
export function timelineYearPaths(kb: KnowledgeBase, site: BriefingIntro) {
  const { years, paged } = timelineModel(kb);
  if (!paged) return [];
  const views = knowledgeViews(kb);
  return years.map((group, i) => {
    const [previous, next] = [years[i - 1], years[i + 1]];
    // An unchanged key lets an incremental build reuse the page from the last build (see page-keys.ts).
    return { params: { year: group.key }, props: { group, previous, next }, cacheKey: timelineYearPageKey(group, [previous, next], views, site) };
  });
}

/** A year's own overview (its events counted by week or month); none for the decades-and-centuries page. */
export function yearTimeline(group: YearGroup): TimelineLayout<KbEvent> | undefined {
  const year = Number(group.key);
  if (!Number.isInteger(year)) return undefined;
  return layoutTimeline(group.marks.flatMap((m) => m.items), { width: 960, maxRows: 10, focus: [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)] });
}

/**
 * Where /timeline/'s chart links: a mark with several events to its date in the table (on its year's page
 * when paged), a year on the axis to its events (its page, or its section of the table below).
 */
export function timelineLinks({ years, paged }: Pick<TimelineModel, 'years' | 'paged'>) {
  const yearOf = new Map(years.flatMap((y) => y.marks.map((m) => [m.value, y.key] as const)));
  const yearKeys = new Set(years.map((y) => y.key));
  return {
    groupHref: paged ? (value: string) => `${timelineYearHref(yearOf.get(value)!)}#${whenAnchor(value)}` : undefined,
    yearHref: (year: string) => (yearKeys.has(year) ? (paged ? timelineYearHref(year) : `#${yearAnchor(year)}`) : '#events-table'),
  };
}

/** "2019–2020", or "2020" when the range lies in one year; the end is exclusive. */
export function yearRangeLabel([start, end]: [number, number]): string {
  const from = new Date(start).getUTCFullYear();
  const to = new Date(end - 1).getUTCFullYear();
  return from === to ? String(from) : `${from}–${to}`;
}
