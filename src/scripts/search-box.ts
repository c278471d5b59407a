// The header search box: a combobox whose listbox holds two groups. Names come first, from the first
// letter typed: entities suggested from the name index (search-suggest.ts), one small file per keystroke.
// Full-text results follow once the reader pauses (judged against their own typing rhythm, see
// search-rhythm.ts). The costly fixed part of full-text search (script, WebAssembly, metadata) loads when
// the box gets focus.
import { plural } from '../views/plural.ts';
import { entityLink, url } from '../views/urls.ts';
import { loadSearch, pendingHits, search } from './search-engine.ts';
import type { SearchHit } from './search-hits.ts';
import { asOption, renderHit } from './search-render.ts';
import { INITIAL_RHYTHM, nextRhythm, typingPause } from './search-rhythm.ts';
import { searchStateToParams } from './search-state.ts';
import { renderSuggestion } from './search-suggest-render.ts';
import { createSuggester, fetchNameFile, type Suggestion } from './search-suggest.ts';

/**
 * A word of three letters or fewer matches a wide range of words (Pagefind matches the last word as a
 * prefix): search the full text only after a longer pause while the word being typed is this short. The
 * names answer at once meanwhile.
 */
const SHORT_TERM = 4;
const SHORT_TERM_PAUSE_MS = 400;
/**
 * The pause after a word that is only the start of words of the names ("gree"): the reader is most
 * likely in the middle of the word, and a search there would fetch an index chunk and results for
 * nothing. A reader typing unevenly often leaves a gap there longer than their usual pause.
 */
const UNFINISHED_WORD_PAUSE_MS = 300;
/**
 * Rank ahead (search without loading any result) once the word being typed has this many letters, and
 * only when the name index says which word it will almost surely be ("greens" → "greenspan", "blai" →
 * "blair"; see Suggester.completion). That fetches the full-text index chunk the word needs while the
 * reader types, so the search at their pause only fetches the results it shows. A bare prefix would not
 * do: the chunks it spans are not always the finished word's ("gree" loads a chunk "greenspan" does not need).
 */
const RANK_AHEAD_FROM = 4;
/** Names suggested. */
const SUGGESTED = 5;
/** Full-text results shown under the names; the search page shows the rest. */
const SHOWN = 4;

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
}

function searchPageUrl(query: string): string {
  const params = searchStateToParams({ query, filters: {} }).toString();
  return url('search/') + (params ? `?${params}` : '');
}

/** What the status line says: how many names and results the list holds, or that there are none. */
export function statusText(query: string, names: number, results: number | null): string {
  const parts = [names ? `${plural(names, 'name')} suggested` : '', results ? plural(results, 'result') : ''].filter(Boolean);
  if (parts.length) return parts.join(' · ');
  if (results === 0) return `No results for “${query}”. Check the spelling, or browse the A–Z entity index.`;
  return '';
}

export function initSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const namesList = form.querySelector<HTMLUListElement>('[data-search-names]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const announce = form.querySelector<HTMLElement>('[data-search-announce]')!;
  const suggester = createSuggester(fetchNameFile(url('names/')));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let namesGeneration = 0;
  let active = -1;
  let rhythm = INITIAL_RHYTHM;
  let lastKeyAt = -Infinity;
  let keyDownAt = -Infinity;
  /** What the list shows: names for `namesQuery`, and the full-text result count for `resultsQuery` (null: not yet). */
  let names: Suggestion[] = [];
  let namesQuery = '';
  let resultsQuery = '';
  let resultCount: number | null = null;

  /**
   * Rank the query ahead with the word being typed completed (see RANK_AHEAD_FROM): its index chunk
   * arrives while the reader types.
   */
  async function rankAhead(query: string, word: string): Promise<void> {
    if (query === input.value.trim()) await search(query.replace(/\S+$/u, word));
  }

  /**
   * The first result a page shows runs code the browser has not compiled yet (Pagefind's ranking and
   * excerpts, our rendering). Run it once as soon as search has loaded, on a search of no words: that
   * reads no index chunk, and loads one small fragment, rendered off the page and dropped.
   */
  async function warmUp(): Promise<void> {
    const page = await search('');
    const first = page ? pendingHits(page, 0, 1)[0] : undefined;
    if (first) renderHit(await first);
  }

  const options = () => Array.from(listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]'));

  /** Mark option `index` as the active one; -1 (or no options) means none. */
  function setActive(index: number): void {
    const all = options();
    active = index >= 0 && index < all.length ? index : -1;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  /** Call before the options change: the returned function makes the same option active again, if it is still there. */
  function keepActive(): () => void {
    const current = options()[active];
    return () => setActive(current ? options().indexOf(current) : -1);
  }

  function open(isOpen: boolean): void {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  }

  /** The status line, and the same words for screen readers when they change. */
  function updateStatus(query: string): void {
    const text = statusText(query, namesQuery === query ? names.length : 0, resultsQuery === query ? resultCount : null);
    status.textContent = text;
    if (announce.textContent !== text) announce.textContent = text;
  }

  function seeAll(query: string, total: number): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-hit search-hit-all';
    const link = document.createElement('a');
    link.className = 'search-hit-link';
    link.href = searchPageUrl(query);
    asOption(item, link, 'site-search-all');
    link.textContent = total > SHOWN ? `All ${total} results, with filters →` : 'Open on the search page, with filters →';
    item.append(link);
    return item;
  }

  /** The entities whose names start with what was typed; shown as soon as their file is in. */
  async function suggest(query: string): Promise<void> {
    const mine = ++namesGeneration;
    performance.mark('suggest:start');
    const found = await suggester.suggest(query, SUGGESTED);
    if (mine !== namesGeneration) return;
    // A new list of names: an active name is gone, an active result stays active.
    const restoreActive = keepActive();
    names = found;
    namesQuery = query;
    namesList.replaceChildren(...found.map((suggestion, i) => renderSuggestion(suggestion, `site-search-name-${i}`)));
    namesList.hidden = found.length === 0;
    // Which query the names answer: tests and the benchmark wait for it.
    namesList.dataset.query = query;
    performance.mark('suggest:shown');
    restoreActive();
    updateStatus(query);
    open(true);
  }

  /** Full-text results, without the entities the names above already offer. */
  async function run(query: string): Promise<void> {
    const mine = ++generation;
    // User Timing marks: the benchmark (npm run bench:search -- --verbose) reads them to split the latency.
    performance.mark('search:start');
    const page = await search(query);
    performance.mark('search:ranked');
    if (mine !== generation) return;
    if (!page) {
      list.replaceChildren();
      status.textContent = 'Search is not available on this copy of the site.';
      open(true);
      return;
    }
    // The entities suggested above are among the best results for a name: leave them out, by their result
    // id before their fragments are fetched (and by address, should an id be unknown).
    const suggestedNow = namesQuery === query ? names : [];
    const skipped = new Set(suggestedNow.flatMap((name) => (name.result ? [name.result] : [])));
    const suggestedUrls = new Set(suggestedNow.map((name) => decodeURI(entityLink(name))));
    const shown = (hit: SearchHit) => !(hit.kind === 'entity' && suggestedUrls.has(decodeURI(hit.url)));
    /** The list answers the query from its first shown hit on (or at once, when none will show). */
    const answer = (items: HTMLLIElement[]) => {
      const restoreActive = keepActive();
      list.replaceChildren(...items);
      // Which query the list answers: tests and the benchmark wait for it.
      list.dataset.query = query;
      resultsQuery = query;
      resultCount = page.total;
      restoreActive();
      updateStatus(query);
      open(true);
    };
    // Each hit shows as soon as its fragment arrives (in rank order), rather than after the slowest one.
    let answered = false;
    const others = { ...page, results: page.results.filter((result) => !skipped.has(result.id)) };
    for (const [i, pending] of pendingHits(others, 0, SHOWN).entries()) {
      const hit = await pending;
      if (mine !== generation) return;
      if (!shown(hit)) continue;
      const item = renderHit(hit, { option: { id: `site-search-option-${i}` } });
      if (answered) list.append(item);
      else {
        performance.mark('search:first-hit');
        answer([item]);
        answered = true;
      }
    }
    if (!answered) answer([]);
    if (page.total) list.append(seeAll(query, page.total));
  }

  input.addEventListener(
    'focus',
    () => {
      void loadSearch().then(warmUp);
      void suggester.prepare();
    },
    { once: true },
  );
  let keystrokes = 0;
  input.addEventListener('input', async () => {
    clearTimeout(timer);
    const mine = ++keystrokes;
    const query = input.value.trim();
    if (!query) {
      generation++;
      namesGeneration++;
      open(false);
      return;
    }
    void suggest(query);
    // When the key went down, not when this handler got to run: a busy main thread (the index loading)
    // must neither look like uneven typing nor lengthen the pause. Pasted text has no keydown.
    const now = performance.now();
    const pressedAt = keyDownAt > lastKeyAt && keyDownAt <= now ? keyDownAt : now;
    rhythm = nextRhythm(rhythm, pressedAt - lastKeyAt);
    lastKeyAt = pressedAt;
    const typing = query.split(/\s+/u).at(-1)!;
    let pause = typing.length < SHORT_TERM ? SHORT_TERM_PAUSE_MS : typingPause(rhythm);
    if (typing.length >= RANK_AHEAD_FROM) {
      // The names' file for this word is being loaded for the suggestions anyway.
      const guess = await suggester.guess(query);
      if (mine !== keystrokes) return;
      if (guess?.word) void rankAhead(query, guess.word);
      if (guess?.unfinished) pause = Math.max(pause, UNFINISHED_WORD_PAUSE_MS);
    }
    timer = setTimeout(() => void run(query), Math.max(0, pause - (performance.now() - pressedAt)));
  });

  input.addEventListener('keydown', (event) => {
    keyDownAt = event.timeStamp;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) return;
      event.preventDefault();
      // Down from the box goes to the first option, up to the last; both wrap around.
      const total = options().length;
      const next = event.key === 'ArrowDown' ? active + 1 : (active < 0 ? total : active) - 1;
      if (total) setActive((next + total) % total);
    } else if (event.key === 'Enter') {
      const link = options()[active];
      if (link && !panel.hidden) {
        event.preventDefault();
        window.location.href = link.href;
      }
      // Otherwise the form submits and opens the search page.
    } else if (event.key === 'Escape') {
      if (!panel.hidden) open(false);
      else if (input.value) input.value = '';
      else input.blur();
      event.preventDefault();
    }
  });

  // A mouse click on an option follows its link; keep the focus in the box until then.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });

  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    input.focus();
    input.select();
    const query = input.value.trim();
    if (query && panel.hidden) {
      void suggest(query);
      void run(query);
    }
  });
}
