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

/** Elements (and pseudo-elements) that would animate or transition, and animations running now. */
async function motion(page: Page) {
  return page.evaluate(() => {
    const moving: string[] = [];
    const seconds = (list: string) => list.split(',').map((value) => parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transitions = style.transitionProperty !== 'none' && seconds(style.transitionDuration).some((s) => s > 0);
        const animations = style.animationName !== 'none' && seconds(style.animationDuration).some((s) => s > 0);
        if (transitions || animations) moving.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}${pseudo ?? ''}`);
      }
    }
    return { moving: moving.slice(0, 10), running: document.getAnimations().length };
  });
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
    // A reader who asks for reduced motion gets none: no transition, no animation, nothing running.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect.soft(await motion(page), 'reduced motion').toEqual({ moving: [], running: 0 });
    expect(watch.problems).toEqual([]);
  });
}

test('the graph does not move by itself: positions are computed at build time, no simulation runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const positions = () =>
    page.locator('main svg circle').evaluateAll((circles) => circles.map((circle) => JSON.stringify(circle.getBoundingClientRect())));
  for (const path of PAGES.filter((path) => path.startsWith('/graph/'))) {
    await page.goto(path);
    const before = await positions();
    expect(before.length, `${path} draws nodes`).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    expect(await positions(), path).toEqual(before);
    expect(await motion(page), path).toEqual({ moving: [], running: 0 });
  }
});

test('reduced motion stops the paragraph highlight and the preview from animating', async ({ page }) => {
  const article = PAGES.find((path) => path.startsWith('/articles/') && path !== '/articles/')!;
  const show = async () => {
    await page.goto(`${article}#p-1`);
    await page.locator('#p-1 a.entity-link').first().focus();
    await expect(page.locator('.entity-preview')).toBeVisible();
  };
  // Without the preference the highlighted paragraph fades and the preview eases in: the check sees them.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await show();
  expect((await motion(page)).moving.length).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await show();
  expect(await motion(page)).toEqual({ moving: [], running: 0 });
});
