import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

const ARTICLE_SLUGS = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/u, ''))
  .sort();

const PAGES = ['/', '/articles/', ...ARTICLE_SLUGS.map((slug) => `/articles/${slug}/`)];

/** Pieces of the mis-decoded "🕒 Published:" line at the end of one seed, in every form it could take. */
const ARTIFACTS = ['đź', '🕒', 'Published:', '\uFFFD'];

async function expectNoArtifacts(page: Page) {
  const text = await page.locator('body').innerText();
  for (const artifact of ARTIFACTS) expect(text, `page text contains "${artifact}"`).not.toContain(artifact);
}

test('the home page links every article', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('The Sora Shutdown');
  for (const slug of ARTICLE_SLUGS) {
    await expect(page.locator(`main a[href="/articles/${slug}/"]`)).toHaveCount(1);
  }
});

test('each seed article renders its title, four section headings and two-level structure', async ({ page }) => {
  const titles = {
    'bill-peebles-leaves-openai-as-sora-is-shut-down': 'Bill Peebles Leaves OpenAI as Sora Is Shut Down',
    'what-soras-shutdown-teaches-open-source-ai': 'What Sora’s Shutdown Teaches Open Source AI',
  };
  for (const [slug, title] of Object.entries(titles)) {
    await page.goto(`/articles/${slug}/`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('main .prose h2')).toHaveCount(4);
    await expect(page.locator('main .meta').first()).toContainText('date not stated');
  }
  await page.goto('/articles/bill-peebles-leaves-openai-as-sora-is-shut-down/');
  await expect(page.locator('main blockquote')).toHaveCount(2);
  await expect(page.locator('main .prose h2').first()).toHaveText('The Quiet End of Sora: From Research Demo to Strategic Casualty');
});

test('a #p-3 link lands on the third paragraph', async ({ page }) => {
  const slug = ARTICLE_SLUGS[0]!;
  await page.goto(`/articles/${slug}/`);
  const permalink = page.locator('#p-3 a.permalink');
  await expect(permalink).toHaveAttribute('href', '#p-3');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
  await permalink.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/#p-3$`));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', 'p-3');
  await expect(target).toBeInViewport();
  // A fresh visit straight to the address works too.
  await page.goto(`/articles/${slug}/#p-3`);
  await expect(page.locator('#p-3')).toBeInViewport();
});

test('the 404 page answers unknown addresses', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse all articles' }).click();
  await expect(page.locator('h1')).toHaveText('Articles');
});

test('the dark-mode toggle switches the theme and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);
  await page.goto(`/articles/${ARTICLE_SLUGS[0]}/`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
});

test('the system dark preference applies without a saved choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('no page shows the mis-decoded emoji artifact', async ({ page }) => {
  for (const path of [...PAGES, '/no-such-page/']) {
    await page.goto(path);
    await expectNoArtifacts(page);
  }
});

test('pages have landmarks, a skip link and no requests to other hosts', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('nav')).not.toHaveCount(0);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  }
  expect(foreign).toEqual([]);
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
