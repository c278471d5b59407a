import { describe, expect, it } from 'vitest';
import { partialOutputDir } from '../../src/cli/partial-output.ts';

describe('where a build writes before its output is swapped in', () => {
  it('beside an output inside the project', () => {
    expect(partialOutputDir('/x/briefing/dist', '/x/briefing')).toBe('/x/briefing/dist.partial');
  });

  it('inside the project for an output outside it, one folder per output, so two builds never share Astro’s chunks', () => {
    const first = partialOutputDir('/tmp/site-a', '/x/briefing');
    const second = partialOutputDir('/tmp/site-b', '/x/briefing');
    expect(first).toMatch(/^\/x\/briefing\/node_modules\/\.briefing-builds\/site-a-[0-9a-f]{12}$/);
    expect(second).toMatch(/^\/x\/briefing\/node_modules\/\.briefing-builds\/site-b-[0-9a-f]{12}$/);
    // A sibling whose name starts with the project's is outside it too.
    expect(partialOutputDir('/x/briefing-site', '/x/briefing')).toMatch(/^\/x\/briefing\/node_modules\/\.briefing-builds\/briefing-site-/);
  });
});
