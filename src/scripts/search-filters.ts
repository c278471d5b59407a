// The search page's filters: one fieldset of checkboxes per filter, each value with its result count.
import type { FilterCounts } from './search-engine.ts';
import { FILTER_KEYS, FILTER_LABELS, type FilterKey, type SelectedFilters } from './search-state.ts';

/** Values in a stable, useful order: years newest first, everything else alphabetical. */
function orderedValues(key: FilterKey, values: string[]): string[] {
  return key === 'year' ? [...values].sort().reverse() : [...values].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * Render the fieldsets into `container`. A value stays listed while it is selected, even when the
 * current search gives it no results, so it can always be unticked.
 */
export function renderFilters(container: HTMLElement, counts: FilterCounts, selected: SelectedFilters): void {
  const focused = document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
    ? { name: document.activeElement.name, value: document.activeElement.value }
    : null;
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const key of FILTER_KEYS) {
    const available = counts[key] ?? {};
    const chosen = selected[key] ?? [];
    const values = orderedValues(key, [...new Set([...Object.keys(available), ...chosen])]);
    if (!values.length) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key];
    fieldset.append(legend);
    values.forEach((value, i) => {
      const count = available[value] ?? 0;
      const id = `filter-${key}-${i}`;
      const label = document.createElement('label');
      label.className = 'search-filter-option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = key;
      box.value = value;
      box.checked = chosen.includes(value);
      box.disabled = count === 0 && !box.checked;
      const name = document.createElement('span');
      name.textContent = value;
      const number = document.createElement('span');
      number.className = 'search-filter-count';
      number.textContent = String(count);
      number.setAttribute('aria-label', `${count} result${count === 1 ? '' : 's'}`);
      label.append(box, name, number);
      fieldset.append(label);
    });
    fieldsets.push(fieldset);
  }
  container.replaceChildren(...fieldsets);
  container.hidden = fieldsets.length === 0;
  // The folding panel around the filters (if any) has nothing to show either.
  const panel = container.closest('details');
  if (panel) panel.hidden = container.hidden;
  // Re-rendering replaces the boxes: give the focus back to the one the reader just toggled.
  if (focused) {
    const boxes = container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    Array.from(boxes).find((box) => box.name === focused.name && box.value === focused.value)?.focus();
  }
}

/** The filters ticked in `container`. */
export function readFilters(container: HTMLElement): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const key = box.name as FilterKey;
    (selected[key] ??= []).push(box.value);
  }
  return selected;
}
