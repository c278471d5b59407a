// One search hit as DOM, shared by the header box and the search page. Text only goes in as text nodes.
import { parseCalendarDate } from '../content/dates.ts';
import { formatCalendarDate } from '../views/calendar-date.ts';
import type { SearchHit } from './search-hits.ts';

const KIND_LABELS: Record<SearchHit['kind'], string> = { article: 'Article', entity: 'Entity', event: 'Event', page: 'Page' };

/** "Entity · person", "Article", "Event": what kind of page a hit opens. */
export function hitLabel(hit: SearchHit): string {
  return hit.type ? `${KIND_LABELS[hit.kind]} · ${hit.type}` : KIND_LABELS[hit.kind];
}

function dateLabel(value: string): string {
  const day = parseCalendarDate(value);
  return day ? formatCalendarDate(day) : value;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt with the matched words in <mark>. */
export function renderExcerpt(hit: SearchHit): HTMLElement {
  const excerpt = element('span', 'search-hit-excerpt');
  for (const run of hit.excerpt) excerpt.append(run.marked ? element('mark', '', run.text) : document.createTextNode(run.text));
  return excerpt;
}

/**
 * The line under a hit: an entity's other names; an article's source, date and the paragraph
 * it opens; an event's source (its date leads its title).
 */
export function hitDetails(hit: SearchHit): string[] {
  const parts =
    hit.kind === 'entity'
      ? [hit.aliases ? `also ${hit.aliases}` : undefined]
      : [hit.source, hit.date && hit.kind !== 'event' ? dateLabel(hit.date) : undefined, hit.paragraph ? `paragraph ${hit.paragraph.slice(2)}` : undefined];
  return parts.filter((part): part is string => Boolean(part));
}

/**
 * Make a list item's link an option of the header box's listbox. The link itself is the option (a link
 * inside an option would be a control nested in a control): the item steps aside (role none), and the
 * link leaves the tab order, as the box moves between options with the arrow keys.
 */
export function asOption(item: HTMLLIElement, link: HTMLAnchorElement, id: string): void {
  item.setAttribute('role', 'none');
  link.id = id;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
}

export interface HitOptions {
  /** Render as a listbox option (header box) rather than a plain list item (search page). */
  option?: { id: string };
}

/** A list item holding one link: kind and type, title, excerpt, then the details line (hitDetails). */
export function renderHit(hit: SearchHit, options: HitOptions = {}): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'search-hit-link');
  link.href = hit.url;
  if (options.option) asOption(item, link, options.option.id);
  const kind = element('span', 'search-hit-kind', hitLabel(hit));
  if (hit.type) kind.dataset.type = hit.type;
  link.append(kind, element('span', 'search-hit-title', hit.title));
  if (hit.excerpt.length) link.append(renderExcerpt(hit));
  const details = hitDetails(hit);
  if (details.length) link.append(element('span', 'search-hit-meta', details.join(' · ')));
  item.append(link);
  return item;
}
