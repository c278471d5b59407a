// The Chromium the browser tests (and the browser benchmarks) run in, found without anyone installing one
// by hand. In order:
//   1. CHROMIUM_PATH;
//   2. a system Chromium or Chrome (on PATH or in /usr/bin) that runs;
//   3. Playwright's managed browser (`npx playwright install chromium`), when it was downloaded;
//   4. the Chromium inside the @sparticuz/chromium devDependency: its binary comes in the package tarball,
//      so `npm install` brings it from the npm registry like any other package. It is imported only when
//      steps 1–3 find nothing, and unpacked once into node_modules/.cache/.
// BRIEFING_CHROMIUM=package skips steps 1–3 (to check step 4 on a machine that has a Chromium).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const PACKAGE = '@sparticuz/chromium';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright' | 'package';

export interface FoundChromium {
  /** The binary to launch; `undefined` means "Playwright's managed browser", which Playwright finds itself. */
  executablePath: string | undefined;
  source: ChromiumSource;
  /** What was found, for a person reading the test log. */
  description: string;
}

/** The browser the tests run in (see the top of this file); throws, saying what to do, when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const onlyPackage = env.BRIEFING_CHROMIUM?.trim() === 'package';
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured && !onlyPackage) {
    if (!isExecutableFile(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no such executable file. Point it at a Chromium binary or unset it.`);
    return { executablePath: configured, source: 'CHROMIUM_PATH', description: `CHROMIUM_PATH=${configured}` };
  }
  if (!onlyPackage) {
    const system = systemChromium([...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin']);
    if (system) return { executablePath: system.path, source: 'system', description: `${system.version} (${system.path})` };
    if (existsSync(chromium.executablePath())) {
      return { executablePath: undefined, source: 'playwright', description: `Playwright's managed browser (${chromium.executablePath()})` };
    }
  }
  return packagedChromium();
}

/** The first Chromium or Chrome in `folders` (PATH, then /usr/bin) that starts and reports its version. */
export function systemChromium(folders: string[]): { path: string; version: string } | undefined {
  const candidates = [...new Set(SYSTEM_NAMES.flatMap((name) => folders.map((folder) => join(folder, name))))];
  for (const path of candidates) {
    if (!isExecutableFile(path)) continue;
    // A binary that is there but cannot start (a broken install, a missing library) is passed over.
    const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
    const version = run.status === 0 ? run.stdout.trim() : '';
    if (/chrom/iu.test(version)) return { path, version };
  }
  return undefined;
}

async function packagedChromium(): Promise<FoundChromium> {
  const advice =
    'No Chromium found for the browser tests. Run `npm install` (it brings one in @sparticuz/chromium, for Linux x64), ' +
    'set CHROMIUM_PATH to a Chromium binary, install one (on Debian or Ubuntu: apt-get install chromium) or run `npx playwright install chromium`.';
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`${advice} (${PACKAGE} ships a Linux x64 binary; this is ${process.platform} ${process.arch}.)`);
  let packageDir: string;
  try {
    packageDir = resolve(dirname(createRequire(import.meta.url).resolve(PACKAGE)), '..');
  } catch {
    throw new Error(`${advice} (${PACKAGE} is not installed.)`);
  }
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const folder = join(ROOT, 'node_modules', '.cache', 'briefing-chromium', `sparticuz-${version}`);
  const binary = join(folder, 'chromium');
  const description = (seconds?: string) => `Chromium from ${PACKAGE} ${version} (${binary}${seconds ? `, unpacked in ${seconds} s` : ''})`;
  if (isExecutableFile(binary)) return { executablePath: binary, source: 'package', description: description() };

  // Unpacked beside the cache of other tools, into a fresh folder renamed into place when complete, so
  // that test workers starting at once never see half a binary.
  const started = performance.now();
  mkdirSync(dirname(folder), { recursive: true });
  const staging = mkdtempSync(`${folder}.partial-`);
  const { default: Chromium } = await import('@sparticuz/chromium');
  // The package unpacks into os.tmpdir() (it is made for serverless functions): point that at our folder,
  // so it never picks up, or leaves behind, another version's /tmp/chromium.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const unpacked = await Chromium.executablePath();
    if (unpacked !== join(staging, 'chromium')) throw new Error(`${PACKAGE} unpacked its Chromium to ${unpacked}, not into ${staging}`);
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  if (isExecutableFile(binary)) {
    rmSync(staging, { recursive: true, force: true }); // another process got there first
  } else {
    rmSync(folder, { recursive: true, force: true }); // an earlier unpacking that broke off
    try {
      renameSync(staging, folder);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!isExecutableFile(binary)) throw error; // not another process that got there first
    }
  }
  return { executablePath: binary, source: 'package', description: description(((performance.now() - started) / 1000).toFixed(1)) };
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Flags for a sandboxed, offline machine: no background traffic to the vendor's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
