import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the build, from GNU time; null where /usr/bin/time is missing. */
  peakMb: number | null;
  extractionSeconds: number | null;
  pagesSeconds: number | null;
  afterPagesSeconds: number | null;
  pages: number | null;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

function match(output: string, pattern: RegExp): number | null {
  const found = pattern.exec(output);
  return found ? Number(found[1]) : null;
}

/** Run a command (argv) under GNU time when present, and read the stage timings the build prints. */
export function timedRun(argv: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): BuildRun {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : argv[0]!;
  const args = useTime ? ['-v', ...argv] : argv.slice(1);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${output.slice(-4000)}`);
  const peakKb = match(output, /Maximum resident set size \(kbytes\): (\d+)/u);
  return {
    seconds,
    peakMb: peakKb === null ? null : peakKb / 1024,
    extractionSeconds: match(output, /extracting: \d+ done in ([\d.]+) s/u),
    pagesSeconds: match(output, /timing pages=([\d.]+)s/u),
    afterPagesSeconds: match(output, /after-pages=([\d.]+)s/u),
    pages: match(output, /(\d+) page\(s\) built/u),
    output,
  };
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}
