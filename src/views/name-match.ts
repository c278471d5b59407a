// How a typed name finds an entity in the name index: the words of names and queries, matching by word
// prefix, ranking, and the shape of the index's files. Shared by the build (src/views/name-index.ts) and
// the search box (src/scripts/search-suggest.ts), so both cut words the same way. Pure and small: it
// ships to the browser.
import { asciiFold } from '../text/ascii-fold.ts';

/**
 * A name or query as the index compares it: accents dropped, lower case, apostrophes removed
 * ("O’Brien" → "obrien", "Zoë" → "zoe"). Other scripts keep their letters.
 */
export function foldName(text: string): string {
  return asciiFold(text).toLowerCase().replace(/['’ʼ`]/gu, '');
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The words a query is made of, folded: "Bill Peeb" → ["bill", "peeb"]. */
export function queryWords(query: string): string[] {
  return foldName(query).split(NOT_WORD).filter(Boolean);
}

/** The words of a name as written, folded, without the joined forms nameWords adds ("U.S." → u, s). */
export const plainWords: (name: string) => string[] = queryWords;

/**
 * The words one name can be found by, in order and repeats kept ("Duran Duran" needs both): each word,
 * plus the joined form of a word written with inner punctuation ("U.S." → u, s, us; "GPT-5" → gpt, 5,
 * gpt5), so either spelling finds it.
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const chunk of foldName(name).split(/\s+/u)) {
    const parts = chunk.split(NOT_WORD).filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

/** One entity as the name index stores it. */
export interface NameEntry {
  name: string;
  aliases: readonly string[];
  /** Index into the manifest's `types`. */
  type: number;
  mentions: number;
  slug: string;
  /**
   * The id of its page among the full-text results (Pagefind's result id), when it has one: the box
   * leaves out a result it already suggests without downloading it.
   */
  result?: string;
}

/**
 * How an entry is written in a shard: [mentions, type, name, aliases, result, slug], where trailing
 * fields are left out when empty and an empty field before a present one is written 0: no aliases; no
 * full-text result; the slug the name asks for (`defaultSlug`), which it nearly always is. The result
 * id is written without the prefix every id shares (the manifest's `resultPrefix`).
 */
export type NameRecord = [number, number, string, (string[] | 0)?, (string | 0)?, string?];

export function encodeEntry(entry: NameEntry, defaultSlug: (name: string) => string, resultPrefix = ''): NameRecord {
  const result = entry.result?.startsWith(resultPrefix) ? entry.result.slice(resultPrefix.length) : (entry.result ?? '');
  const slug = entry.slug !== defaultSlug(entry.name) ? entry.slug : '';
  const record: NameRecord = [entry.mentions, entry.type, entry.name, entry.aliases.length ? [...entry.aliases] : 0, result || 0];
  if (slug) record.push(slug);
  while (record.length > 3 && record.at(-1) === 0) record.pop();
  return record;
}

export function decodeEntry(record: NameRecord, defaultSlug: (name: string) => string, resultPrefix = ''): NameEntry {
  const [mentions, type, name, aliases, result, slug] = record;
  return { mentions, type, name, aliases: aliases || [], slug: slug || defaultSlug(name), ...(result ? { result: resultPrefix + result } : {}) };
}

/**
 * One file of the index: the entities with a word starting with its key. A complete shard lists all of
 * them; a partial one (`next` present, for a key too common to list whole) lists the best few and names
 * the characters that continue the key in a file of their own (`EXACT_WORD` for the file of the entities
 * with the key as a whole word).
 */
export interface NameShard {
  entries: NameRecord[];
  next?: string;
}

/** The manifest (names/index.json): where the shards are, the entity types, and the first characters. */
export interface NameManifest {
  /** The folder of this build's shards (named by their content, so a cached shard is never stale). */
  dir: string;
  types: string[];
  /** The characters that start a word of some name: each has a shard. */
  first: string;
  /** What every full-text result id starts with ("en_"), left out of the records. */
  resultPrefix: string;
}

/** In `next`, the mark for the shard that lists every entity with the key as a whole word. */
export const EXACT_WORD = '$';

/** The file name of the shard for `key` (and of its whole-word shard): letters and digits as they are, anything else by code point. */
export function shardFile(key: string, wholeWord = false): string {
  const name = Array.from(key, (char) => (/[a-z0-9]/u.test(char) ? char : `-${char.codePointAt(0)!.toString(16)}-`)).join('');
  return `${name}${wholeWord ? '.word' : ''}.json`;
}

/**
 * How well an entry answers a query: its words must start with the query's words, each a different one;
 * the match is exact when they are the words of the name (or of an alias), no more, no fewer.
 */
export type MatchKind = 'exact' | 'prefix' | null;

function matchName(words: readonly string[], name: string): MatchKind {
  const tokens = nameWords(name);
  const used = new Set<number>();
  // Longest query words first, so a short one cannot take the only word a longer one fits.
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const at = tokens.findIndex((token, i) => !used.has(i) && token.startsWith(word));
    if (at < 0) return null;
    used.add(at);
  }
  const plain = plainWords(name);
  // "us" is "U.S." exactly, as "u s" is.
  return plain.join('') === words.join('') ? 'exact' : 'prefix';
}

export interface NameMatch {
  kind: Exclude<MatchKind, null>;
  /** The alias that matched, when the name itself did not. */
  alias?: string;
}

/** Whether an entry matches the query words, and how: by its name first, else by one of its aliases. */
export function matchEntry(words: readonly string[], entry: Pick<NameEntry, 'name' | 'aliases'>): NameMatch | null {
  if (!words.length) return null;
  const byName = matchName(words, entry.name);
  if (byName === 'exact') return { kind: 'exact' };
  let best: NameMatch | null = byName ? { kind: byName } : null;
  for (const alias of entry.aliases) {
    const kind = matchName(words, alias);
    if (kind === 'exact') return { kind, alias };
    if (kind && !best) best = { kind, alias };
  }
  return best;
}

/** Exactly the name, exactly an alias, or the start of either. */
function tier(match: NameMatch): number {
  return match.kind === 'exact' ? (match.alias === undefined ? 2 : 1) : 0;
}

/**
 * Suggestion order: the entities named exactly what was typed first, then those with it as an alias
 * (a surname, a short form), then the rest; within each, by mentions, then by name (so equal counts always
 * come out the same way). Whatever its count, an entity is found by its own name.
 */
export function compareMatches(a: { entry: NameEntry; match: NameMatch }, b: { entry: NameEntry; match: NameMatch }): number {
  return (
    tier(b.match) - tier(a.match) ||
    b.entry.mentions - a.entry.mentions ||
    compareText(a.entry.name, b.entry.name) ||
    compareText(a.entry.slug, b.entry.slug)
  );
}

/** Code-unit order: the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
