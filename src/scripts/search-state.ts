// The search page's state lives in its URL (/search/?q=sora&kind=entity&type=person), so a search can be
// shared, bookmarked and reopened with the same results. Pure: unit tested.

/** The filters the index carries, in the order the page shows them. */
export const FILTER_KEYS = ['kind', 'type', 'source', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  kind: 'Kind',
  type: 'Entity type',
  source: 'Source',
  year: 'Year',
};

export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SelectedFilters = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || !value) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state: `q` first, then the filters in a fixed order with sorted values. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  return params;
}

/** Pagefind's filter argument: only keys with at least one value (Pagefind ORs values within a key by `any`). */
export function pagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) result[key] = { any: values };
  }
  return result;
}
