// Two clean builds of the same content, on clocks years apart and in time zones a day apart,
// must give byte-identical sites: knowledge.json, every page, the search index.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildSite, differingFiles, fileDigests } from '../support/site-build.ts';
import { scratchFolder } from '../support/scratch.ts';

const FAKE_CLOCK = join(ROOT, 'tests/support/fake-clock.mjs');

/** A clean build (fresh caches) in `timeZone` with the clock set to `fakeNow`. */
function build(timeZone: string, fakeNow: string): string {
  const scratch = scratchFolder('briefing-repro-');
  const out = join(scratch, 'dist');
  buildSite(out, scratch, { TZ: timeZone, FAKE_NOW: fakeNow, NODE_OPTIONS: `--import ${FAKE_CLOCK}` });
  return out;
}

describe('reproducible builds', { timeout: 600_000 }, () => {
  it('gives byte-identical output across time zones and clocks', () => {
    const early = fileDigests(build('Pacific/Kiritimati', '2031-01-01T09:30:00Z'));
    const late = fileDigests(build('America/Adak', '2024-06-15T23:59:00Z'));
    expect(early.has('knowledge.json')).toBe(true);
    const differing = differingFiles(early, late);
    expect(differing, `files that differ between the two builds: ${differing.join(', ')}`).toEqual([]);
  });
});
