import { describe, expect, it } from 'vitest';
import { PageLogFilter } from '../../src/cli/page-log.ts';

// As Astro prints them (colours included): a page line opens, and its time closes it, sometimes after
// other pages' lines when several render at once.
const E = '\u001b';
const page = (path: string, tail: string) => `${E}[2m08:28:30${E}[22m   ${E}[34m├─${E}[39m ${E}[2m${path}${E}[22m ${tail}`;

describe('page log filter', () => {
  it('counts page lines, rendered and reused, and lets every other line through', () => {
    const filter = new PageLogFilter();
    const output = [
      `${E}[2m08:28:26${E}[22m [build] Rearranging server assets...\n`,
      `${page('/404.html', `${E}[2m(+68ms)${E}[22m`)} \n`,
      `${page('/articles/a/index.html', `${E}[32m(restored)${E}[39m`)}\n`,
      // Two pages opened on one line, each closed on a line of its own.
      `${page('/entities/a/index.html', '')}${page('/entities/b/index.html', '')}\n`,
      ` ${E}[2m(+12ms)${E}[22m \n`,
      `08:28:31 (+1.20s)\n`,
      '08:29:34 [briefing-timings] timing pages=27.90s after-pages=42.12s\n',
      '08:29:34 [build] Complete!',
    ].join('');
    // Fed in arbitrary pieces, as a pipe delivers it.
    let kept = '';
    for (let i = 0; i < output.length; i += 7) kept += filter.push(output.slice(i, i + 7));
    kept += filter.flush();
    expect(kept.replace(/\u001b\[[0-9;]*m/gu, '')).toBe(
      '08:28:26 [build] Rearranging server assets...\n08:29:34 [briefing-timings] timing pages=27.90s after-pages=42.12s\n08:29:34 [build] Complete!',
    );
    expect(filter.counts).toEqual({ pages: 4, reused: 1 });
  });

  it('prints page lines too when asked, and still counts them', () => {
    const filter = new PageLogFilter({ keepPages: true });
    const kept = filter.push(`${page('/articles/a/index.html', `${E}[32m(restored)${E}[39m`)}\n08:29:34 [build] Complete!\n`);
    expect(kept.replace(/\u001b\[[0-9;]*m/gu, '')).toBe('08:28:30   ├─ /articles/a/index.html (restored)\n08:29:34 [build] Complete!\n');
    expect(filter.counts).toEqual({ pages: 1, reused: 1 });
  });
});
