// Builds of different content folders, or into different outputs, keep their caches apart: each pair has
// its own Astro cache (the pages an incremental build copies instead of rendering) and its own snapshots in
// the build cache (knowledge base, graph layouts). Building corpus B therefore never evicts corpus A's
// pages, and building A again reuses them. Per-article extractions stay shared: they are keyed by content.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** A name for the caches of builds of `contentDir` into `outDir`: readable, and distinct for each pair. */
export function cacheScope(contentDir: string, outDir: string): string {
  const digest = createHash('sha256').update(resolve(contentDir)).update('\u0000').update(resolve(outDir)).digest('hex').slice(0, 12);
  const readable = basename(resolve(outDir)).replace(/[^\w.-]+/gu, '_') || 'out';
  return `${readable}-${digest}`;
}

/**
 * Astro's cache folder for a build: ASTRO_CACHE_DIR when set (one folder, whatever is built), else a folder
 * per scope beside the build cache's own entries (BRIEFING_CACHE_DIR, default .cache; see build-cache.ts).
 */
export function astroCacheDir(env: NodeJS.ProcessEnv, scope: string, cwd = process.cwd()): string {
  const configured = env.ASTRO_CACHE_DIR?.trim();
  if (configured) return resolve(cwd, configured);
  return join(buildCacheRoot(env, cwd), 'astro', scope);
}

/** The build cache's folder: BRIEFING_CACHE_DIR, default .cache (as src/build/build-cache.ts reads it). */
export function buildCacheRoot(env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  return resolve(cwd, env.BRIEFING_CACHE_DIR ?? '.cache');
}

/** How many content folder and output pairs keep their caches: a page cache is about the size of its site. */
export const KEPT_SCOPES = 6;

/**
 * Mark `scope` as used now and delete the caches of all but the `keep` most recently used scopes: their
 * Astro cache under `cacheRoot/astro/` and their snapshots under `cacheRoot/knowledge/`. Without this, every
 * content folder ever built (a benchmark's temporary one, say) would keep a copy of its site forever.
 * Returns the scopes removed.
 */
export function useScope(cacheRoot: string, scope: string, keep = KEPT_SCOPES): string[] {
  const marks = join(cacheRoot, 'scopes');
  mkdirSync(marks, { recursive: true });
  const mark = join(marks, scope);
  writeFileSync(mark, '');
  const now = new Date();
  utimesSync(mark, now, now);
  const byUse = readdirSync(marks)
    .map((name) => ({ name, used: statSync(join(marks, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used || (a.name === scope ? -1 : b.name === scope ? 1 : a.name.localeCompare(b.name)));
  const stale = byUse.slice(keep).map(({ name }) => name);
  const knowledge = join(cacheRoot, 'knowledge');
  const snapshots = existsSync(knowledge) ? readdirSync(knowledge) : [];
  for (const name of stale) {
    rmSync(join(cacheRoot, 'astro', name), { recursive: true, force: true });
    for (const file of snapshots.filter((file) => file.includes(`-${name}-`))) rmSync(join(knowledge, file), { force: true });
    rmSync(join(marks, name), { force: true });
  }
  return stale;
}
