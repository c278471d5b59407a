// Entity suggestions for the search box, from the name index (src/views/name-index.ts). Each word of the
// query is looked up by walking its prefixes: a keystroke loads at most the one file of the prefix typed
// so far, since the shorter ones were loaded by the keystrokes before it, and nothing once a complete file
// covers the word. How files are fetched is passed in, so this runs in tests over a built index too.
import { baseSlug } from '../knowledge/slugs.ts';
import {
  EXACT_WORD,
  compareMatches,
  compareText,
  decodeEntry,
  matchEntry,
  plainWords,
  queryWords,
  shardFile,
  type NameEntry,
  type NameManifest,
  type NameMatch,
  type NameShard,
} from '../views/name-match.ts';

/** How much of the mentions a completion must hold to be the word the reader is taken to be typing. */
export const DOMINANT_SHARE = 0.8;

export interface Suggestion {
  name: string;
  /** The alias the query matched, when the name itself does not match. */
  alias?: string;
  type: string;
  mentions: number;
  slug: string;
  /** Its page's id among the full-text results, when the full-text index holds it. */
  result?: string;
}

/** Reads a file of the name index by its path under the index folder; null when it is not there. */
export type NameFileLoader = (path: string) => Promise<string | null>;

/** What the index says about one query word: the entries it offers, and whether they are all there are. */
interface WordLookup {
  entries: NameEntry[];
  complete: boolean;
}

export interface TypingGuess {
  /**
   * The word of the names it will almost surely become ("greens" → "greenspan"): the one that names
   * entities with at least DOMINANT_SHARE of the mentions of all the words it can still become; or null.
   */
  word: string | null;
  /** Whether it is only the start of words of the names, and none of them itself ("gree"). */
  unfinished: boolean;
}

export interface Suggester {
  /** Load the manifest ahead of the first keystroke. */
  prepare(): Promise<void>;
  suggest(query: string, limit: number): Promise<Suggestion[]>;
  /**
   * What the name index tells of the word being typed (the last of `query`), or null when it cannot
   * tell (no name has such a word, or the index does not list them all).
   */
  guess(query: string): Promise<TypingGuess | null>;
}

export function createSuggester(load: NameFileLoader): Suggester {
  const files = new Map<string, Promise<NameShard | null>>();
  let manifest: Promise<NameManifest | null> | undefined;

  const readJson = async <T>(path: string): Promise<T | null> => {
    const text = await load(path);
    return text === null ? null : (JSON.parse(text) as T);
  };
  const shard = (dir: string, file: string): Promise<NameShard | null> => {
    let pending = files.get(file);
    if (!pending) {
      pending = readJson<NameShard>(`${dir}/${file}`).catch(() => null);
      files.set(file, pending);
    }
    return pending;
  };

  /** The entries for one word: the complete file covering it, else the partial file of the word itself. */
  async function lookup(index: NameManifest, word: string, finished: boolean): Promise<WordLookup> {
    const chars = Array.from(word);
    if (!index.first.includes(chars[0]!)) return { entries: [], complete: true };
    let key = chars[0]!;
    for (;;) {
      const file = await shard(index.dir, shardFile(key));
      if (!file) return { entries: [], complete: false };
      const entries = file.entries.map((record) => decodeEntry(record, baseSlug, index.resultPrefix));
      if (file.next === undefined) return { entries, complete: true };
      const next = Array.from(file.next);
      const keyLength = Array.from(key).length;
      if (keyLength === chars.length) {
        // The word is itself a common prefix. Once the reader has moved on to another word, it is a whole
        // word, and its own file lists every entity that has it.
        if (finished && next.includes(EXACT_WORD)) {
          const whole = await shard(index.dir, shardFile(key, true));
          if (whole) return { entries: [...entries, ...whole.entries.map((record) => decodeEntry(record, baseSlug, index.resultPrefix))], complete: false };
        }
        return { entries, complete: false };
      }
      const char = chars[keyLength]!;
      if (!next.includes(char)) return { entries: [], complete: true };
      key += char;
    }
  }

  const loadManifest = () => (manifest ??= readJson<NameManifest>('index.json').catch(() => null));

  return {
    async prepare() {
      await loadManifest();
    },
    async guess(query) {
      const word = queryWords(query).at(-1);
      const index = await loadManifest();
      if (!word || !index || /\s$/u.test(query)) return null;
      const { entries, complete } = await lookup(index, word, false);
      if (!complete || !entries.length) return null;
      // Each word the typed one can become, weighted by the mentions of the entities named with it.
      const weights = new Map<string, number>();
      for (const entry of entries) {
        const words = new Set([entry.name, ...entry.aliases].flatMap(plainWords).filter((w) => w.startsWith(word)));
        for (const w of words) weights.set(w, (weights.get(w) ?? 0) + entry.mentions);
      }
      const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
      const [best] = [...weights].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
      return { word: best && best[1] >= DOMINANT_SHARE * total ? best[0] : null, unfinished: weights.size > 0 && !weights.has(word) };
    },
    async suggest(query, limit) {
      const words = queryWords(query);
      if (!words.length) return [];
      const index = await loadManifest();
      if (!index) return [];
      // A space after the last word means it is finished too.
      const lookups = await Promise.all(words.map((word, i) => lookup(index, word, i < words.length - 1 || /\s$/u.test(query))));
      // Every match has all the query's words, so the smallest complete list holds them all; without
      // one, the partial lists are the best there is.
      const complete = lookups.filter((l) => l.complete).sort((a, b) => a.entries.length - b.entries.length)[0];
      const candidates = complete ? complete.entries : lookups.flatMap((l) => l.entries);
      const seen = new Set<string>();
      const matches: { entry: NameEntry; match: NameMatch }[] = [];
      for (const entry of candidates) {
        if (seen.has(entry.slug)) continue;
        seen.add(entry.slug);
        const match = matchEntry(words, entry);
        if (match) matches.push({ entry, match });
      }
      return matches
        .sort(compareMatches)
        .slice(0, limit)
        .map(({ entry, match }) => ({
          name: entry.name,
          // The alias is worth showing only when the name does not show what matched.
          ...(match.alias && !matchEntry(words, { name: entry.name, aliases: [] }) ? { alias: match.alias } : {}),
          type: index.types[entry.type] ?? 'other',
          mentions: entry.mentions,
          slug: entry.slug,
          ...(entry.result ? { result: entry.result } : {}),
        }));
    },
  };
}

/** The name index of this site, fetched from `<base>names/`. */
export function fetchNameFile(root: string): NameFileLoader {
  return async (path) => {
    try {
      const response = await fetch(`${root}${path}`);
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  };
}
