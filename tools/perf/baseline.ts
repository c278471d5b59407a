import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedRun, type BuildRun } from './build-run.ts';

const BASELINE_SOURCE = join(process.cwd(), '..', 'shared', 'baseline-astro');

/**
 * Build the bare Astro reference (../shared/baseline-astro: one page per article plus Pagefind) over the
 * same articles, so the generator's figures can be read as a ratio measured in the same run.
 * Its npm install is kept in the temp folder between runs.
 */
export function buildBaseline(articlesDir: string): BuildRun | null {
  if (!existsSync(BASELINE_SOURCE)) return null;
  const dir = join(tmpdir(), 'briefing-bench-baseline');
  if (!existsSync(join(dir, 'node_modules'))) {
    cpSync(BASELINE_SOURCE, dir, { recursive: true });
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install of the baseline failed:\n${install.stderr}`);
  }
  return timedRun(['npm', 'run', '--silent', 'build'], { BASELINE_CONTENT: articlesDir, ASTRO_TELEMETRY_DISABLED: '1' }, dir);
}
