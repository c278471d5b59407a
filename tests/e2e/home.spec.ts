import { expect, test, type APIRequestContext } from '@playwright/test';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { timexInterval } from '../../src/views/geometry/timex.ts';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

async function knowledge(request: APIRequestContext): Promise<KnowledgeBase> {
  return (await (await request.get('/knowledge.json')).json()) as KnowledgeBase;
}
const byMentions = (kb: KnowledgeBase) => [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));

test('the home page orients: intro, search, key entities by type, timeline, figures, sources', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/');
  await expect(page.locator('.intro')).not.toBeEmpty();
  const search = page.getByRole('region', { name: 'Search' });
  await search.getByLabel('Search every article').fill('Sora');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Sora$/u);
  await page.goto('/');
  const entities = page.getByRole('region', { name: 'Key entities' });
  const top = byMentions(kb)[0]!;
  await expect(entities.getByRole('link', { name: top.name, exact: true })).toHaveAttribute('href', `/entities/${top.slug}/`);
  const timeline = page.getByRole('region', { name: 'Timeline at a glance' });
  await expect(timeline.locator('svg[data-timeline] .tl-marks').locator('circle, rect')).toHaveCount(new Set(kb.events.filter((e) => e.date && timexInterval(e.date)).map((e) => e.date)).size);
  const cards = page.getByRole('region', { name: 'Key figures' }).locator('li');
  await expect(cards).toHaveCount(Math.min(6, kb.figures.length));
  // No two cards show the same value (issue 15).
  const values = await cards.locator('.fh-value').allTextContents();
  expect(new Set(values).size).toBe(values.length);
  for (const article of kb.articles) await expect(page.getByRole('region', { name: /^Sources/u }).getByRole('link', { name: article.title })).toBeVisible();
});

test('the figures page lists every figure with its value, sentence and paragraph link', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/figures/');
  await expect(page.locator('[data-figure]')).toHaveCount(kb.figures.length);
  for (const figure of kb.figures) {
    const item = page.locator(`[data-figure="${figure.id}"]`);
    await expect(item.locator('.figure-value')).toContainText(figure.value);
    if (figure.unit) await expect(item.locator('.figure-value')).toContainText(figure.unit);
    // The clause that states the figure, its value marked (issue 15: the snippet shows the claim, not the sentence).
    await expect(item.locator('.figure-sentence')).toContainText(figure.clause);
    await expect(item.locator('.figure-sentence mark')).toHaveText(figure.clause.slice(figure.mark.start, figure.mark.end));
    await expect(item.locator(`a[href="/articles/${figure.article}/#p-${figure.paragraph}"]`)).toHaveCount(1);
    await expect(item).toContainText(figure.sources > 1 ? `stated by ${figure.sources} sources` : 'single source');
    for (const other of figure.corroboratedBy) await expect(item.locator(`a[data-corroborates="${other}"]`)).toHaveCount(1);
  }
});

test('the quotes page lists every quote with its speaker or "unattributed"', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/quotes/');
  await expect(page.locator('[data-quote]')).toHaveCount(kb.quotes.length);
  for (const quote of kb.quotes) {
    const item = page.locator(`[data-quote="${quote.id}"]`);
    await expect(item.locator('blockquote')).toHaveText(quote.text);
    const entity = kb.entities.find((e) => e.id === quote.speaker);
    const speaker = item.locator('.quote-speaker');
    if (entity) await expect(speaker).toHaveAttribute('href', `/entities/${entity.slug}/`);
    else await expect(speaker).toHaveText(quote.speakerName ?? quote.speaker ?? 'unattributed');
    await expect(item.locator(`a[href="/articles/${quote.article}/#p-${quote.paragraph}"]`)).toHaveCount(1);
  }
});

test('the sources page lists every article and a coverage matrix of mention counts', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/sources/');
  await expect(page.locator('[data-source]')).toHaveCount(kb.articles.length);
  for (const article of kb.articles) {
    await expect(page.locator(`[data-source="${article.id}"]`)).toContainText(article.published ? article.source : 'date not stated');
  }
  const top = byMentions(kb)[0]!;
  const row = page.locator('[data-coverage] tbody tr', { has: page.locator(`th a[href="/entities/${top.slug}/"]`) }).first();
  const cells = (await row.locator('td').allInnerTexts()).map((t) => Number(t.trim() || 0));
  const expected = kb.articles.slice(0, cells.length).map((a) => top.mentions.filter((m) => m.article === a.id).length);
  expect(cells).toEqual(expected);
  const shared = kb.entities.filter((e) => new Set(e.articles).size >= 2);
  if (shared.length > 0) {
    const compare = page.getByRole('region', { name: 'Side by side' });
    await expect(compare.locator('.compare-entity').first().locator('.compare-source')).toHaveCount(Math.min(4, new Set(shared.sort((a, b) => new Set(b.articles).size - new Set(a.articles).size)[0]!.articles).size));
  }
});

test('under /briefing/ the home and reference pages keep links inside the base path', async ({ page }) => {
  for (const path of ['', 'figures/', 'quotes/', 'sources/']) {
    await page.goto(`${BASE_ORIGIN}/briefing/${path}`);
    const hrefs = await page.locator('main a[href^="/"], main form[action]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('action')!));
    for (const href of hrefs) expect(href, path).toMatch(/^\/briefing\//u);
  }
});
