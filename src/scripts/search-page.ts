// The /search/ page: query and filters live in the URL, results come in pages of ten, filter counts
// are faceted (a filter's own values are counted as if it were not applied, so ticking more widens).
import { url } from '../views/urls.ts';
import { allFilters, hitsFor, search, type FilterCounts, type SearchPage } from './search-engine.ts';
import { readFilters, renderFilters } from './search-filters.ts';
import { renderHit } from './search-render.ts';
import { FILTER_KEYS, parseSearchState, searchStateToParams, type SearchState } from './search-state.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 150;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** Counts per filter, each key counted without its own selection (so its other values show what ticking adds). */
async function facetCounts(state: SearchState, page: SearchPage): Promise<FilterCounts> {
  const counts: FilterCounts = { ...page.filters };
  await Promise.all(
    FILTER_KEYS.filter((key) => state.filters[key]?.length).map(async (key) => {
      const others = await search(state.query, { ...state.filters, [key]: [] }, { counts: true });
      if (others) counts[key] = others.filters[key] ?? {};
    }),
  );
  return counts;
}

function noResults(status: HTMLElement, state: SearchState): void {
  const filtered = FILTER_KEYS.some((key) => state.filters[key]?.length);
  status.replaceChildren(
    `No results for “${state.query}”${filtered ? ' with these filters' : ''}. `,
    filtered ? 'Try unticking a filter, or check the spelling. ' : 'Check the spelling or try fewer words. ',
    'You can also browse the ',
    link(url('entities/'), 'A–Z entity index'),
    ' or the ',
    link(url('articles/'), 'article list'),
    '.',
  );
}

export function initSearchPage(root: HTMLElement): void {
  const elements: Elements = {
    form: root.querySelector('form')!,
    input: root.querySelector('input[type="search"]')!,
    filters: root.querySelector('[data-page-filters]')!,
    status: root.querySelector('[data-page-status]')!,
    results: root.querySelector('[data-page-results]')!,
    more: root.querySelector('[data-page-more]')!,
  };
  const { form, input, filters, status, results, more } = elements;
  let current: SearchPage | null = null;
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function showMore(focusFirst: boolean): Promise<void> {
    if (!current) return;
    const page = current;
    const mine = generation;
    const hits = await hitsFor(page, shown, shown + PAGE_SIZE);
    if (mine !== generation) return;
    const items = hits.map((hit) => renderHit(hit));
    results.append(...items);
    shown += hits.length;
    more.hidden = shown >= page.total;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    const hasFilters = FILTER_KEYS.some((key) => state.filters[key]?.length);
    if (!state.query && !hasFilters) {
      current = null;
      results.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or a name: people, organizations, places, products, articles and events are searched.';
      const counts = await allFilters();
      if (mine === generation) renderFilters(filters, counts, state.filters);
      return;
    }
    status.textContent = 'Searching…';
    const page = await search(state.query, state.filters, { counts: true });
    if (mine !== generation) return;
    if (!page) {
      status.textContent = 'Search is not available on this copy of the site: its index was not built.';
      return;
    }
    current = page;
    shown = 0;
    results.replaceChildren();
    await showMore(false);
    if (mine !== generation) return;
    const about = state.query ? ` for “${state.query}”` : '';
    if (page.total) status.textContent = `${page.total} result${page.total === 1 ? '' : 's'}${about}.`;
    else noResults(status, state);
    const counts = await facetCounts(state, page);
    if (mine === generation) renderFilters(filters, counts, state.filters);
  }

  function stateFromForm(): SearchState {
    return { query: input.value.trim(), filters: readFilters(filters) };
  }

  function update(state: SearchState, history: 'push' | 'replace'): void {
    const params = searchStateToParams(state).toString();
    const next = `${window.location.pathname}${params ? `?${params}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`) {
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    }
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(stateFromForm(), 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(stateFromForm(), 'replace'), TYPING_PAUSE_MS);
  });
  filters.addEventListener('change', () => update(stateFromForm(), 'replace'));
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(window.location.search));
    input.value = state.query;
    void run(state);
  });

  const initial = parseSearchState(new URLSearchParams(window.location.search));
  input.value = initial.query;
  root.classList.add('search-ready');
  void run(initial);
}
