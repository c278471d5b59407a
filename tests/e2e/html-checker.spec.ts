// Every page of the build is valid HTML by the reference checker, the Nu HTML Checker (the W3C
// validator), at the root and under /briefing/. Needs Java; skipped with a notice where there is none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkerUnavailable, checkSite } from '../support/html-checker.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_DIST = process.env.E2E_BASE_DIST ?? 'dist-base';
const unavailable = checkerUnavailable();
if (unavailable) console.warn(unavailable);

for (const dir of [DIST, BASE_DIST]) {
  test(`the Nu HTML Checker finds no error in ${dir}`, () => {
    test.skip(unavailable !== null, unavailable ?? '');
    test.setTimeout(600_000);
    expect(existsSync(join(dir, 'index.html')), `${dir} holds no build`).toBe(true);
    expect(checkSite(dir)).toEqual([]);
  });
}
