// npm run build: astro build into a fresh folder beside the output, moved into place only when the
// whole build succeeded, so a failed build never leaves a half-written site where the last good one was.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDirectory } from '../content/location.ts';
import { astroCacheDir, buildCacheRoot, cacheScope, useScope } from './cache-scope.ts';
import { nameOutput } from './output-name.ts';
import { PageLogFilter } from './page-log.ts';
import { replacedOutputName, replacedOutputs } from './replaced-output.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const partial = `${outDir}.partial`;
// Caches per content folder and output, so that building another corpus never evicts this one's pages.
const scope = cacheScope(contentDirectory(), outDir);
const evicted = useScope(buildCacheRoot(process.env), scope);
if (evicted.length) console.log(`Removed the caches of ${evicted.length} less recently built content folder(s) or output(s): ${evicted.join(', ')}`);

rmSync(partial, { recursive: true, force: true });
const status = await astroBuild(process.argv.slice(2));

if (status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`}.`);
  process.exit(status);
}

// Swap in two renames. The old tree is deleted by a detached process: removing tens of thousands of
// files takes seconds that neither the reader nor the person waiting for the build needs to wait for.
if (existsSync(outDir)) renameSync(outDir, replacedOutputName(outDir));
renameSync(partial, outDir);
// This build's replaced output, and any an interrupted clean-up left behind.
const trashes = replacedOutputs(outDir);
if (trashes.length) {
  spawn(process.execPath, ['-e', 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })', ...trashes], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/**
 * Run `astro build` into the partial folder. Astro's line per page is counted instead of printed
 * (BRIEFING_LOG_PAGES=1 prints them): a counter that redraws itself on a terminal, a line every
 * PAGES_PER_LINE pages in CI logs. Everything else Astro prints passes through, naming the output
 * folder where Astro names the partial one.
 */
function astroBuild(args: string[]): Promise<number> {
  const child = spawn('astro', ['build', ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      ...process.env,
      OUT_DIR: partial,
      // BRIEFING_OUTPUT tells the build where its output ends up: the search index links its bundle from the
      // last build there when nothing it reads has changed.
      BRIEFING_OUTPUT: outDir,
      ASTRO_CACHE_DIR: astroCacheDir(process.env, scope),
      BRIEFING_CACHE_SCOPE: scope,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const logPages = process.env.BRIEFING_LOG_PAGES === '1';
  const filter = new PageLogFilter({ keepPages: logPages });
  const named = (text: string) => nameOutput(text, partial, outDir, process.cwd());
  const interactive = Boolean(process.stdout.isTTY) && !process.env.CI && !logPages;
  const PAGES_PER_LINE = 5000;
  let shown = 0;
  let counterShown = false;
  let redrawnAt = -Infinity;
  const counter = () => {
    const { pages, reused } = filter.counts;
    return `pages: ${pages} written${reused ? ` (${reused} unchanged, copied from the last build)` : ''}`;
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const kept = filter.push(chunk);
    if (kept) {
      // Bring the counter up to date before other output moves on from its line.
      process.stdout.write(`${counterShown ? `\r${counter()}\n` : ''}${named(kept)}`);
      counterShown = false;
    }
    if (logPages) return;
    if (interactive && filter.counts.pages > shown && performance.now() - redrawnAt > 100) {
      process.stdout.write(`\r${counter()}`);
      counterShown = true;
      shown = filter.counts.pages;
      redrawnAt = performance.now();
    } else if (!interactive && filter.counts.pages >= shown + PAGES_PER_LINE) {
      shown = filter.counts.pages - (filter.counts.pages % PAGES_PER_LINE);
      process.stdout.write(`${counter()}\n`);
    }
  });
  return new Promise((done) => {
    child.on('close', (code) => {
      process.stdout.write(`${counterShown ? `\r${counter()}\n` : ''}${named(filter.flush())}`);
      done(code ?? 1);
    });
  });
}
