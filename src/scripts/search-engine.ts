// The one place the browser talks to Pagefind. The bundle lives under the site's base
// (<base>pagefind/pagefind.js) and is loaded on first use: when a search box gets focus, or the search page opens.
import { url } from '../views/urls.ts';
import { toHit, type PagefindFragment, type SearchHit } from './search-hits.ts';
import { pagefindFilters, type SelectedFilters } from './search-state.ts';

export interface PagefindResult {
  /** The page's id (its fragment file's name): the name index records it for entity pages. */
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<PagefindApi | null> | undefined;

/** Pagefind, loaded once; null when there is no index (the dev server, or a build without one). */
export function loadSearch(): Promise<PagefindApi | null> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as PagefindApi;
      // noWorker: searching a chunk takes a few milliseconds on the main thread, and the worker would cost
      // another 42 KB script before the first result.
      await pagefind.options({ excerptLength: 22, baseUrl: url(), noWorker: true });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      console.warn('Search is unavailable: the index was not found. Run `npm run build` to create it.', error);
      return null;
    }
  })();
  return loading;
}

export interface SearchPage {
  query: string;
  total: number;
  /** Results whose fragments are not loaded yet; `hitsFor` loads the ones shown. */
  results: PagefindResult[];
  /** For each filter, the number of results each value would give. */
  filters: FilterCounts;
}

let filterIndex: Promise<FilterCounts> | undefined;

/** Run a search; null when search is unavailable. Fragments (the costly part) are not loaded here. */
export async function search(query: string, filters: SelectedFilters = {}, options: { counts?: boolean } = {}): Promise<SearchPage | null> {
  const pagefind = await loadSearch();
  if (!pagefind) return null;
  // Pagefind counts results per filter value only once its filter files are loaded (a few KB): the
  // search page wants the counts, the header box does not.
  if (options.counts) await (filterIndex ??= pagefind.filters());
  const term = query.trim();
  const response = await pagefind.search(term || null, { filters: pagefindFilters(filters) });
  if (!response) return null;
  return { query: term, total: response.results.length, results: response.results, filters: response.filters };
}

/** The hits for results [from, to): one small fragment request per result. */
export async function hitsFor(page: SearchPage, from: number, to: number): Promise<SearchHit[]> {
  return Promise.all(pendingHits(page, from, to));
}

/** The same, one promise per hit, all requested at once: a list can show each hit as soon as it arrives. */
export function pendingHits(page: SearchPage, from: number, to: number): Promise<SearchHit>[] {
  return page.results.slice(from, to).map(async (result) => toHit(await result.data()));
}

/** The filter values of the whole index with their counts (for the search page before a query). */
export async function allFilters(): Promise<FilterCounts> {
  const pagefind = await loadSearch();
  return pagefind ? (filterIndex ??= pagefind.filters()) : {};
}
