// Helpers for the integration tests that run the project's commands: one npm script, a whole build into
// a folder with its own caches, and digests of every file of a built site to compare two builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Astro colours its messages where it thinks a terminal or CI can show them; tests compare the words. */
export function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/gu, '');
}

/** `npm run <script> -- <args>` from the project folder, as a person would run it; its output kept whole. */
export function runScript(script: string, args: string[], options: { input?: string } = {}) {
  return spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, ...options });
}

/** `npm run build` into `out`, with caches under `caches`; returns what the build printed (stdout, then stderr), throws on failure. */
export function buildSite(out: string, caches: string, env: Record<string, string> = {}, timeout = 300_000): string {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ...env,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(caches, 'astro'),
      BRIEFING_CACHE_DIR: join(caches, 'briefing'),
    },
  });
  if (result.status !== 0) throw new Error(`build failed (${JSON.stringify(env)}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Every file of a built site, by path relative to it, with a digest of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
}

/** The files whose bytes differ between two digests (or that only one side has). */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
}
