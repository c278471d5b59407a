// npm run build: astro build into a fresh folder beside the output, moved into place only when the
// whole build succeeded, so a failed build never leaves a half-written site where the last good one was.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contentDirectory } from '../content/location.ts';
import { astroCacheDir, buildCacheRoot, cacheScope, useScope } from './cache-scope.ts';
import { acquireOutputLock } from './output-lock.ts';
import { nameOutput } from './output-name.ts';
import { PageLogFilter } from './page-log.ts';
import { partialOutputDir } from './partial-output.ts';
import { replacedOutputName, replacedOutputs } from './replaced-output.ts';

// Variables Vite reads as its own when they are set in the shell: BASE_URL would replace the site's
// base in every link. They mean nothing to this build, so the build never sees them.
const VITE_OWN = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

function astroEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: partial,
    BRIEFING_OUTPUT: outDir,
    ASTRO_CACHE_DIR: astroCacheDir(process.env, scope),
    BRIEFING_CACHE_SCOPE: scope,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const name of VITE_OWN) delete env[name];
  if (allowEmpty) env.BRIEFING_ALLOW_EMPTY = '1';
  return env;
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const partial = partialOutputDir(outDir, process.cwd());

// `--allow-empty` builds a site from an empty articles/ folder on purpose (the same as BRIEFING_ALLOW_EMPTY=1).
const args = process.argv.slice(2);
const allowEmpty = args.includes('--allow-empty');
const astroArgs = args.filter((arg) => arg !== '--allow-empty');

// Two builds into one output would delete each other's files: the second stops here, at once.
mkdirSync(dirname(outDir), { recursive: true });
const lock = acquireOutputLock(outDir);
if (!lock.acquired) {
  console.error(lock.message);
  process.exit(1);
}

// Caches per content folder and output, so that building another corpus never evicts this one's pages.
const scope = cacheScope(contentDirectory(), outDir);
const evicted = useScope(buildCacheRoot(process.env), scope);
if (evicted.length) console.log(`Removed the caches of ${evicted.length} less recently built content folder(s) or output(s): ${evicted.join(', ')}`);

rmSync(partial, { recursive: true, force: true });
const status = await astroBuild(astroArgs);

if (status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`}.`);
  process.exit(status);
}

// Swap in two renames. The old tree is deleted by a detached process: removing tens of thousands of
// files takes seconds that neither the reader nor the person waiting for the build needs to wait for.
if (existsSync(outDir)) renameSync(outDir, replacedOutputName(outDir));
moveInto(partial, outDir);
// This build's replaced output, and any an interrupted clean-up left behind.
const trashes = replacedOutputs(outDir);
if (trashes.length) {
  spawn(process.execPath, ['-e', 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })', ...trashes], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/** Rename, or copy then rename when the two folders are on different file systems. */
function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const beside = join(to, '..', `.${basename(to)}.copying`);
    rmSync(beside, { recursive: true, force: true });
    cpSync(from, beside, { recursive: true });
    renameSync(beside, to);
    rmSync(from, { recursive: true, force: true });
  }
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
    // BRIEFING_OUTPUT tells the build where its output ends up: the search index links its bundle from the
    // last build there when nothing it reads has changed.
    env: astroEnv(),
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
