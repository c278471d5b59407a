// One suggested entity as a listbox option: its name (and the alias that matched), what it is, and how
// often the briefing names it. Text only goes in as text nodes.
import { plural } from '../views/plural.ts';
import { entityLink } from '../views/urls.ts';
import { asOption } from './search-render.ts';
import type { Suggestion } from './search-suggest.ts';

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

export function renderSuggestion(suggestion: Suggestion, id: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit search-name';
  const link = document.createElement('a');
  link.className = 'search-hit-link search-name-link';
  link.href = entityLink(suggestion);
  asOption(item, link, id);
  // Read as one phrase ("Bill Peebles, person, 3 mentions") rather than as run-together spans.
  const mentions = plural(suggestion.mentions, 'mention');
  link.setAttribute('aria-label', [suggestion.alias ? `${suggestion.name} (${suggestion.alias})` : suggestion.name, suggestion.type, mentions].join(', '));
  const name = span('search-name-title', suggestion.name);
  if (suggestion.alias) name.append(span('search-name-alias', ` (${suggestion.alias})`));
  const kind = span('search-hit-kind', suggestion.type);
  kind.dataset.type = suggestion.type;
  link.append(name, kind, span('search-name-count', mentions));
  item.append(link);
  return item;
}
