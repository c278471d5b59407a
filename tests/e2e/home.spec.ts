import { expect, test } from '@playwright/test';
import { fetchKnowledge } from '../support/site-pages.ts';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

// The seed build (content/articles/), checked by hand against its /knowledge.json and pages: two undated
// articles; OpenAI is mentioned most (11 times in each); seven figures and two quotes, all from the
// Peebles article, none stated by a second source, no quote with a known speaker.
const PEEBLES = 'bill-peebles-leaves-openai-as-sora-is-shut-down';
const ARTICLES = [
  { id: PEEBLES, title: 'Bill Peebles Leaves OpenAI as Sora Is Shut Down' },
  { id: 'what-soras-shutdown-teaches-open-source-ai', title: 'What Sora’s Shutdown Teaches Open Source AI' },
];
/** Each figure: the end of its id, its value and unit, and the paragraph that states it. */
const FIGURES = [
  { id: '4-192', value: '10-15', unit: 'H100 hours per minute of output', paragraph: 4 },
  { id: '4-405', value: '40', unit: '%', paragraph: 4 },
  { id: '4-610', value: '220', unit: '% YoY', paragraph: 4 },
  { id: '4-675', value: '40', unit: '%', paragraph: 4 },
  { id: '6-268', value: '89.3', unit: 'VBench score', paragraph: 6 },
  { id: '6-317', value: '85.1', unit: 'VBench score', paragraph: 6 },
  { id: '6-421', value: '300', unit: '% increase', paragraph: 6 },
];
const QUOTES = [
  { id: `q-${PEEBLES}-3-1`, paragraph: 3 },
  { id: `q-${PEEBLES}-7-1`, paragraph: 7 },
];

test('the home page orients: intro, search, key entities by type, timeline, figures, sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.intro')).not.toBeEmpty();
  const search = page.getByRole('region', { name: 'Search' });
  await search.getByLabel('Search every article').fill('Sora');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Sora$/u);
  await page.goto('/');
  const entities = page.getByRole('region', { name: 'Key entities' });
  await expect(entities.getByRole('link', { name: 'OpenAI', exact: true })).toHaveAttribute('href', '/entities/openai/');
  const timeline = page.getByRole('region', { name: 'Timeline at a glance' });
  // The four dates the axis can place: 2024-02, 2025-Q1, 2025 and 2026-01.
  await expect(timeline.locator('svg[data-timeline] .tl-marks').locator('circle, rect')).toHaveCount(4);
  const cards = page.getByRole('region', { name: 'Key figures' }).locator('li');
  // At most six of the seven figures.
  await expect(cards).toHaveCount(6);
  // No two cards show the same value (issue 15).
  const values = await cards.locator('.fh-value').allTextContents();
  expect(new Set(values).size).toBe(values.length);
  for (const article of ARTICLES) await expect(page.getByRole('region', { name: /^Sources/u }).getByRole('link', { name: article.title })).toBeVisible();
});

test('the figures page lists every figure with its value, sentence and paragraph link', async ({ page, request }) => {
  const kb = await fetchKnowledge(request);
  await page.goto('/figures/');
  await expect(page.locator('[data-figure]')).toHaveCount(FIGURES.length);
  for (const { id, value, unit, paragraph } of FIGURES) {
    const figure = kb.figures.find((f) => f.id === `f-${PEEBLES}-${id}`)!;
    const item = page.locator(`[data-figure="f-${PEEBLES}-${id}"]`);
    await expect(item.locator('.figure-value')).toContainText(value);
    await expect(item.locator('.figure-value')).toContainText(unit);
    // The clause that states the figure, its value marked (issue 15: the snippet shows the claim, not the sentence).
    await expect(item.locator('.figure-sentence')).toContainText(figure.clause);
    await expect(item.locator('.figure-sentence mark')).toHaveText(figure.clause.slice(figure.mark.start, figure.mark.end));
    await expect(item.locator(`a[href="/articles/${PEEBLES}/#p-${paragraph}"]`)).toHaveCount(1);
    await expect(item).toContainText('single source');
  }
  await expect(page.locator('a[data-corroborates]')).toHaveCount(0);
});

test('the quotes page lists every quote with its speaker or "unattributed"', async ({ page, request }) => {
  const kb = await fetchKnowledge(request);
  await page.goto('/quotes/');
  await expect(page.locator('[data-quote]')).toHaveCount(QUOTES.length);
  for (const { id, paragraph } of QUOTES) {
    const item = page.locator(`[data-quote="${id}"]`);
    await expect(item.locator('blockquote')).toHaveText(kb.quotes.find((q) => q.id === id)!.text);
    await expect(item.locator('.quote-speaker')).toHaveText('unattributed');
    await expect(item.locator(`a[href="/articles/${PEEBLES}/#p-${paragraph}"]`)).toHaveCount(1);
  }
});

test('the sources page lists every article and a coverage matrix of mention counts', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('[data-source]')).toHaveCount(ARTICLES.length);
  for (const article of ARTICLES) await expect(page.locator(`[data-source="${article.id}"]`)).toContainText('date not stated');
  const row = page.locator('[data-coverage] tbody tr', { has: page.locator('th a[href="/entities/openai/"]') }).first();
  const cells = (await row.locator('td').allInnerTexts()).map((t) => Number(t.trim() || 0));
  expect(cells).toEqual([11, 11]);
  // Four entities appear in both articles; each is compared across its two sources.
  const compare = page.getByRole('region', { name: 'Side by side' });
  await expect(compare.locator('.compare-entity').first().locator('.compare-source')).toHaveCount(2);
});

test('under /briefing/ the home and reference pages keep links inside the base path', async ({ page }) => {
  for (const path of ['', 'figures/', 'quotes/', 'sources/']) {
    await page.goto(`${BASE_ORIGIN}/briefing/${path}`);
    const hrefs = await page.locator('main a[href^="/"], main form[action]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('action')!));
    for (const href of hrefs) expect(href, path).toMatch(/^\/briefing\//u);
  }
});
