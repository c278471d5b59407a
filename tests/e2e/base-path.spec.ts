import { expect, test } from '@playwright/test';

// A second copy of the site, built with base: '/briefing' (npm run build:base), served on its own port.
const ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

test('under a base path every internal link and asset stays inside /briefing/', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${ORIGIN}/briefing/`);
  await expect(page.locator('h1')).toHaveText('The Sora Shutdown');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) expect(href).toMatch(/^\/briefing\//u);

  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/briefing/articles/`);
  await page.locator('main .article-list a[href^="/briefing/articles/"]').first().click();
  await expect(page).toHaveURL(/\/briefing\/articles\/[^/#]+\/$/u);
  await expect(page.locator('main .prose h2')).toHaveCount(4);
  const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  for (const href of stylesheets) expect(href).toMatch(/^\/briefing\//u);
  expect(missing).toEqual([]);
});
