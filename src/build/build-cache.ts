// A cache of computed build data (article extractions, the assembled knowledge base, graph layouts),
// kept between builds as JSON files under .cache/knowledge/, keyed by a digest of their inputs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// BRIEFING_CACHE_DIR moves the cache (tests use it to force clean builds).
const CACHE_DIR = join(process.env.BRIEFING_CACHE_DIR ?? join(process.cwd(), '.cache'), 'knowledge');

export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

export function readCache<T>(key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined; // not cached (or removed by a build running alongside): compute it
  }
}

export function writeCache(key: string, value: unknown): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a build running alongside never reads half a file.
  const file = join(CACHE_DIR, `${key}.json`);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}

/**
 * The name prefix of entries of which a build keeps one version (the knowledge base snapshot, graph layouts),
 * per content folder and output: BRIEFING_CACHE_SCOPE, set by the build wrapper (src/cli/cache-scope.ts).
 * Building another corpus, or into another output, so never drops them. '@' (never part of a wrapper's
 * scope) names builds run without the wrapper.
 */
export function scopedPrefix(kind: string): string {
  return `${kind}-${process.env.BRIEFING_CACHE_SCOPE || '@'}-`;
}

/** Remove the cached entries whose key starts with `prefix` (superseded snapshots). */
export function dropCached(prefix: string): void {
  for (const name of existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : []) {
    if (name.startsWith(prefix)) rmSync(join(CACHE_DIR, name), { force: true });
  }
}
