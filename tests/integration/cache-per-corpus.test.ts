// Caches are kept per content folder and output (src/cli/cache-scope.ts): build corpus A, then corpus B,
// then A again, and the third build copies every page of A from A's own cache instead of rendering it,
// links A's search index from its last build, and gives the same site as the first. Neither corpus has
// editor's notes (B has an empty entities/ folder): no build warns about that optional folder, and no
// build speaks of its internal `.partial` output folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, differingFiles, fileDigests, withoutColour } from '../support/site-build.ts';
import { scratchFolder } from '../support/scratch.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/wikinews-dev/articles');

/** `npm run build` of `content` into `out`, every cache under `caches`, as a person would run it. */
function build(content: string, out: string, caches: string): { stdout: string; stderr: string } {
  const { ASTRO_CACHE_DIR: _none, ...env } = process.env;
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    // BRIEFING_LOG_PAGES: Astro's line per page, which says which pages were reused.
    env: { ...env, BRIEFING_CONTENT: content, OUT_DIR: out, BRIEFING_CACHE_DIR: caches, BRIEFING_LOG_PAGES: '1', CI: 'true' },
  });
  if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  return { stdout: withoutColour(result.stdout), stderr: withoutColour(result.stderr) };
}

describe('caches per content folder and output', { timeout: 900_000 }, () => {
  it("building A, then B, then A again reuses A's cached pages", () => {
    const scratch = scratchFolder('briefing-corpora-');
    const files = readdirSync(FIXTURE).filter((name) => name.endsWith('.md')).sort();
    const corpus = (name: string, picked: string[]) => {
      mkdirSync(join(scratch, name, 'articles'), { recursive: true });
      for (const file of picked) cpSync(join(FIXTURE, file), join(scratch, name, 'articles', file));
      return join(scratch, name);
    };
    const a = corpus('a', files.slice(0, 3));
    const b = corpus('b', files.slice(3, 6));
    mkdirSync(join(b, 'entities'));
    const caches = join(scratch, 'caches');
    const outA = join(scratch, 'site-a');

    const first = build(a, outA, caches);
    const firstSite = fileDigests(outA);
    const other = build(b, join(scratch, 'site-b'), caches);
    const again = build(a, outA, caches);

    for (const log of [first, other, again]) {
      expect(`${log.stdout}${log.stderr}`).not.toMatch(/does not exist or is empty|No files found matching|collection "entities"/u);
      expect(log.stdout, 'the output is named, not the folder it is built in').not.toMatch(/\.partial/u);
    }
    expect(first.stdout).toContain(`[build] directory: ${outA}/`);
    expect(again.stdout).not.toMatch(/Pruned/u);
    for (const file of files.slice(0, 3)) {
      expect(again.stdout).toMatch(new RegExp(`/articles/${file.replace(/\.md$/u, '')}/index\\.html \\((?:restored|cached)\\)`, 'u'));
    }
    expect(again.stdout).toMatch(/nothing the index reads changed/u);
    expect(readdirSync(join(caches, 'astro')), 'one Astro cache per corpus and output').toHaveLength(2);
    expect(readdirSync(join(caches, 'knowledge')).filter((name) => name.startsWith('corpus-')), 'one knowledge base per corpus').toHaveLength(2);
    expect(differingFiles(fileDigests(outA), firstSite)).toEqual([]);
    rmSync(scratch, { recursive: true, force: true }); // kept when the test fails, to look at
  });
});
