// Two clean builds of the same content, on clocks years apart and in time zones a day apart,
// must give byte-identical sites: knowledge.json, every page, the search index.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FAKE_CLOCK = join(ROOT, 'tests/support/fake-clock.mjs');

function build(timeZone: string, fakeNow: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'briefing-repro-'));
  const out = join(scratch, 'dist');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    env: {
      ...process.env,
      TZ: timeZone,
      FAKE_NOW: fakeNow,
      NODE_OPTIONS: `--import ${FAKE_CLOCK}`,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(scratch, 'astro-cache'),
      BRIEFING_CACHE_DIR: join(scratch, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`build failed (TZ=${timeZone}):\n${result.stdout}\n${result.stderr}`);
  return out;
}

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }) as string[];
  const result = new Map<string, string>();
  for (const file of files.sort()) {
    try {
      result.set(file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
    } catch {
      // a folder
    }
  }
  return result;
}

describe('reproducible builds', { timeout: 600_000 }, () => {
  it('gives byte-identical output across time zones and clocks', () => {
    const early = digests(build('Pacific/Kiritimati', '2031-01-01T09:30:00Z'));
    const late = digests(build('America/Adak', '2024-06-15T23:59:00Z'));
    expect(early.has('knowledge.json')).toBe(true);
    const differing = [...new Set([...early.keys(), ...late.keys()])].filter((file) => early.get(file) !== late.get(file));
    expect(differing, `files that differ between the two builds: ${differing.join(', ')}`).toEqual([]);
  });
});
