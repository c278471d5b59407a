import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCacheDir, cacheScope, useScope } from '../../src/cli/cache-scope.ts';
import { scratchFolder } from '../support/scratch.ts';

describe('cache scopes: one per content folder and output', () => {
  it('names the same pair the same way, and every other pair differently', () => {
    const a = cacheScope('/srv/news/archive-a', '/srv/site/dist');
    expect(a).toBe(cacheScope('/srv/news/archive-a/', '/srv/site/dist'));
    expect(a).toMatch(/^dist-[0-9a-f]{12}$/u);
    expect(cacheScope('/srv/news/archive-b', '/srv/site/dist')).not.toBe(a);
    expect(cacheScope('/srv/news/archive-a', '/srv/site/dist-base')).toMatch(/^dist-base-[0-9a-f]{12}$/u);
    expect(cacheScope('/srv/news/archive-a', '/srv/site/dist-base')).not.toBe(a);
  });

  it("puts Astro's cache under the build cache, unless ASTRO_CACHE_DIR names one", () => {
    expect(astroCacheDir({}, 'dist-0123456789ab', '/home/ann/site')).toBe('/home/ann/site/.cache/astro/dist-0123456789ab');
    expect(astroCacheDir({ BRIEFING_CACHE_DIR: '/var/cache/briefing' }, 'dist-0123456789ab', '/home/ann/site')).toBe(
      '/var/cache/briefing/astro/dist-0123456789ab',
    );
    expect(astroCacheDir({ ASTRO_CACHE_DIR: 'tmp/astro' }, 'dist-0123456789ab', '/home/ann/site')).toBe('/home/ann/site/tmp/astro');
  });

  it('keeps the caches of the most recently used scopes and removes the rest', () => {
    const root = scratchFolder('briefing-scopes-');
    const scopes = ['dist-aaaaaaaaaaaa', 'dist-bbbbbbbbbbbb', 'out-cccccccccccc'];
    mkdirSync(join(root, 'knowledge'), { recursive: true });
    mkdirSync(join(root, 'scopes'), { recursive: true });
    scopes.forEach((scope, i) => {
      mkdirSync(join(root, 'astro', scope, 'dist'), { recursive: true });
      writeFileSync(join(root, 'knowledge', `corpus-${scope}-0123.json`), '{}');
      writeFileSync(join(root, 'knowledge', `graph-40-${scope}-4567.json`), '{}');
      writeFileSync(join(root, 'scopes', scope), '');
      // Used one after the other, an hour apart: aaaa longest ago.
      const used = new Date(Date.UTC(2025, 0, 1, i));
      utimesSync(join(root, 'scopes', scope), used, used);
    });
    writeFileSync(join(root, 'knowledge', 'f00d.json'), '{}'); // an article's extraction: shared, never removed

    // A fourth scope is built, two are kept: the two used longest ago go.
    expect(useScope(root, 'dist-dddddddddddd', 2)).toEqual(['dist-bbbbbbbbbbbb', 'dist-aaaaaaaaaaaa']);
    expect(readdirSync(join(root, 'astro')).sort()).toEqual(['out-cccccccccccc']);
    expect(readdirSync(join(root, 'knowledge')).sort()).toEqual(['corpus-out-cccccccccccc-0123.json', 'f00d.json', 'graph-40-out-cccccccccccc-4567.json']);
    expect(readdirSync(join(root, 'scopes')).sort()).toEqual(['dist-dddddddddddd', 'out-cccccccccccc']);
    // Built again, a kept scope stays.
    expect(useScope(root, 'out-cccccccccccc', 2)).toEqual([]);
    expect(existsSync(join(root, 'astro', 'out-cccccccccccc', 'dist'))).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });
});
