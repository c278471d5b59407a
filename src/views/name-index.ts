// The name index behind the search box's suggestions: every entity, found by any word of its name or
// aliases, in small files keyed by word prefix. A keystroke loads only the file of the prefix typed so far.
//
// A prefix shared by few entities gets one complete file listing them all; once that file is loaded, longer
// prefixes need nothing more. A prefix shared by too many ("j", "jo") gets a partial file holding only its
// best few (what the box shows for it) and the list of the characters that continue it, each with a
// file of its own; a word that is itself such a prefix ("john") also gets a whole-word file, read once the
// reader has typed a word after it ("john sm…").
//
// Pure: entities in, file names and contents out, the same bytes for the same entities in any order.
import { createHash } from 'node:crypto';
import type { KbEntity } from '../knowledge/knowledge-base.ts';
import { baseSlug } from '../knowledge/slugs.ts';
import { ENTITY_TYPES } from '../knowledge/types.ts';
import {
  EXACT_WORD,
  compareText,
  encodeEntry,
  nameWords,
  plainWords,
  shardFile,
  type NameEntry,
  type NameManifest,
  type NameRecord,
  type NameShard,
} from './name-match.ts';

export interface NameIndexOptions {
  /** A prefix whose complete list is at most this many bytes gets a complete file. */
  completeBytes: number;
  /** How many of its best entities a partial file holds (besides any more named exactly the prefix). */
  partialCount: number;
  /** No file is larger than this. */
  maxBytes: number;
}

/**
 * Small files, because the box loads one per keystroke until it reaches a complete one: a partial file
 * holds a handful of entries (a few hundred bytes) and a complete one at most 2 KB, so a name costs a
 * reader a few KB however large the archive.
 */
export const NAME_INDEX_OPTIONS: NameIndexOptions = { completeBytes: 2048, partialCount: 5, maxBytes: 10_000 };

/** The folder under the site root that holds the name index. */
export const NAME_INDEX_DIR = 'names';

export interface NameIndex {
  manifest: NameManifest;
  /** Shard file name → its JSON, all in the folder `manifest.dir`. */
  shards: Map<string, string>;
}

interface Member {
  entry: NameEntry;
  record: NameRecord;
  bytes: number;
  /** Every word it can be found by (name and aliases, nameWords). */
  words: string[];
  /** Its name, and each alias, as a one-word query equal to it would be written (plainWords joined). */
  nameKey: string;
  aliasKeys: string[];
}

const json = (value: unknown): string => JSON.stringify(value);
const byteLength = (text: string): number => new TextEncoder().encode(text).length;

type IndexedEntity = Pick<KbEntity, 'name' | 'aliases' | 'type' | 'mentions' | 'slug'>;

function member<E extends IndexedEntity>(entity: E, resultId: (entity: E) => string | undefined, resultPrefix: string): Member {
  const result = resultId(entity);
  const entry: NameEntry = {
    name: entity.name,
    aliases: entity.aliases,
    type: Math.max(0, ENTITY_TYPES.indexOf(entity.type)),
    mentions: entity.mentions.length,
    slug: entity.slug,
    ...(result ? { result } : {}),
  };
  const record = encodeEntry(entry, baseSlug, resultPrefix);
  const words = [...new Set([entity.name, ...entity.aliases].flatMap(nameWords))];
  const key = (name: string) => plainWords(name).join('');
  return { entry, record, bytes: byteLength(json(record)) + 1, words, nameKey: key(entity.name), aliasKeys: entity.aliases.map(key) };
}

/**
 * How the box's order (compareMatches) ranks a member for the one-word query `key`, which it matches
 * by prefix: 2 when named exactly that, 1 when it is an alias, 0 otherwise. Worked out once per member
 * rather than by matching each name again for every prefix.
 */
function tier(m: Member, key: string): number {
  return m.nameKey === key ? 2 : m.aliasKeys.includes(key) ? 1 : 0;
}

/** What all the ids start with, up to and with their last underscore ("en_"), or nothing. */
function commonPrefix(ids: readonly string[]): string {
  const prefix = /^[^_]*_/u.exec(ids[0] ?? '')?.[0] ?? '';
  return prefix && ids.every((id) => id.startsWith(prefix)) ? prefix : '';
}

/** The members in the order the box ranks them for the one-word query `key`. */
function ranked(members: readonly Member[], key: string): Member[] {
  return [...members].sort(
    (a, b) =>
      tier(b, key) - tier(a, key) ||
      b.entry.mentions - a.entry.mentions ||
      compareText(a.entry.name, b.entry.name) ||
      compareText(a.entry.slug, b.entry.slug),
  );
}

/** A shard's JSON, its entries cut (in rank order) to stay within `maxBytes`. */
function shardJson(members: readonly Member[], maxBytes: number, next?: string): string {
  const overhead = byteLength(json({ entries: [], ...(next ? { next } : {}) }));
  const kept: NameRecord[] = [];
  let bytes = overhead;
  for (const m of members) {
    if (bytes + m.bytes > maxBytes) break;
    kept.push(m.record);
    bytes += m.bytes;
  }
  const shard: NameShard = { entries: kept, ...(next ? { next } : {}) };
  return json(shard);
}

/**
 * `resultId` gives an entity's page id among the full-text results, when the full-text index holds it
 * (see NameEntry.result).
 */
export function buildNameIndex<E extends IndexedEntity>(
  entities: readonly E[],
  options: NameIndexOptions = NAME_INDEX_OPTIONS,
  resultId: (entity: E) => string | undefined = () => undefined,
): NameIndex {
  // Input order must not matter: members are kept in slug order (slugs are unique).
  const resultPrefix = commonPrefix(entities.flatMap((entity) => resultId(entity) ?? []));
  const members = entities.map((entity) => member(entity, resultId, resultPrefix)).sort((a, b) => compareText(a.entry.slug, b.entry.slug));
  const shards = new Map<string, string>();

  const build = (key: string, group: readonly Member[]): void => {
    const order = ranked(group, key);
    const completeBytes = order.reduce((sum, m) => sum + m.bytes, 0);
    if (completeBytes <= options.completeBytes) {
      shards.set(shardFile(key), shardJson(order, options.maxBytes));
      return;
    }
    // Too many to list: split by the character after the key.
    const children = new Map<string, Member[]>();
    const wholeWord: Member[] = [];
    for (const m of group) {
      const continuations = new Set<string>();
      for (const word of m.words) {
        if (!word.startsWith(key)) continue;
        const after = Array.from(word.slice(key.length))[0];
        if (after === undefined) wholeWord.push(m);
        else continuations.add(after);
      }
      for (const char of continuations) (children.get(char) ?? children.set(char, []).get(char)!).push(m);
    }
    const next = [...children.keys()].sort(compareText).join('') + (wholeWord.length ? EXACT_WORD : '');
    // Ranked first, every entity named exactly the key is kept, however many there are.
    const named = order.filter((m) => tier(m, key) === 2);
    const best = [...new Set([...named, ...order.slice(0, options.partialCount)])];
    shards.set(shardFile(key), shardJson(best, options.maxBytes, next));
    if (wholeWord.length) shards.set(shardFile(key, true), shardJson(ranked([...new Set(wholeWord)], key), options.maxBytes));
    for (const [char, continuing] of children) build(key + char, continuing);
  };

  const byFirst = new Map<string, Member[]>();
  for (const m of members) {
    for (const char of new Set(m.words.map((word) => Array.from(word)[0]!))) (byFirst.get(char) ?? byFirst.set(char, []).get(char)!).push(m);
  }
  const first = [...byFirst.keys()].sort(compareText);
  for (const char of first) build(char, byFirst.get(char)!);

  const files = [...shards.keys()].sort(compareText);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(shards.get(file)!).update('\0');
  return {
    manifest: { dir: hash.digest('hex').slice(0, 12), types: [...ENTITY_TYPES], first: first.join(''), resultPrefix },
    shards: new Map(files.map((file) => [file, shards.get(file)!])),
  };
}
