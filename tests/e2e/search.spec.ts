import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../support/site-pages.ts';

// Written against the page contracts: entity pages live at /entities/<id>/ with the name as <h1>;
// article paragraphs carry ids p-N. The search index comes from `npm run build`.
const ARTICLE = '/articles/what-soras-shutdown-teaches-open-source-ai/';
const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

/** Type into the header box and wait until its list answers exactly this query. */
async function typeInHeader(page: Page, query: string) {
  const input = page.locator('#site-search');
  await input.fill('');
  await input.pressSequentially(query, { delay: 30 });
  const list = page.locator(`#site-search-results[data-query="${query}"]`);
  await expect(list).toBeAttached();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-expanded', 'true');
  return list;
}

/** Type into the header box and wait until its suggested names answer exactly this query. */
async function suggestionsFor(page: Page, query: string) {
  const input = page.locator('#site-search');
  await input.fill('');
  await input.pressSequentially(query, { delay: 30 });
  const names = page.locator(`#site-search-names[data-query="${query}"]`);
  await expect(names).toBeAttached();
  return names.locator('[role="option"]');
}

async function searchPage(page: Page, params: string) {
  await page.goto(`/search/?${params}`);
  await expect(page.locator('[data-page-status]')).not.toHaveText(/^(Searching…)?$/u);
}

test('“Hunyuan” suggests Hunyuan Video first, and choosing it opens its page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const names = await suggestionsFor(page, 'Hunyuan');
  await expect(names.first().locator('.search-name-title')).toHaveText('Hunyuan Video');
  await expect(names.first().locator('.search-hit-kind')).toHaveText('product');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#site-search')).toHaveAttribute('aria-activedescendant', (await names.first().getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/entities\/hunyuan-video\/$/u);
  await expect(page.locator('h1')).toHaveText('Hunyuan Video');
});

test('names are suggested from the first letter, by any word, whatever the case', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect((await suggestionsFor(page, 'h')).first()).toBeVisible();
  expect(await (await suggestionsFor(page, 'Peebles')).locator('.search-name-title').allInnerTexts()).toEqual(['Bill Peebles']);
  expect(await (await suggestionsFor(page, 'peeb')).locator('.search-name-title').allInnerTexts()).toEqual(['Bill Peebles']);
  const stab = await (await suggestionsFor(page, 'stab')).locator('.search-name-title').allInnerTexts();
  expect(stab).toEqual(['Stable Video Diffusion', 'Stability AI']);
  // Clicking a name opens its page too.
  await (await suggestionsFor(page, 'stab')).nth(1).click();
  await expect(page).toHaveURL(/\/entities\/stability-ai\/$/u);
});

for (const [query, name] of [['Peebles', 'Bill Peebles'], ['OpenAI', 'OpenAI']] as const) {
  test(`the search page for “${query}” ranks the ${name} entity page first`, async ({ page }) => {
    await searchPage(page, `q=${query}`);
    const first = page.locator('[data-page-results] .search-hit').first();
    await expect(first.locator('.search-hit-kind')).toHaveText(/^Entity/u);
    await first.locator('a').click();
    await expect(page).toHaveURL(/\/entities\/[^/]+\/$/u);
    await expect(page.locator('h1')).toHaveText(name);
  });
}

test('every result for “Peebles” mentions him, and no excerpt shows page furniture', async ({ page }) => {
  await searchPage(page, 'q=Peebles');
  const hits = page.locator('[data-page-results] .search-hit');
  await expect(hits.first()).toBeVisible();
  for (const hit of await hits.all()) {
    await expect(hit).toContainText('Peebles');
  }
  await searchPage(page, 'q=Diffusion');
  const excerpts = await page.locator('[data-page-results] .search-hit-excerpt').allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(1);
  for (const excerpt of excerpts) {
    expect(excerpt).not.toContain('¶');
    expect(excerpt).not.toMatch(/date not stated|\.txt/u);
  }
});

test('the file an article was imported from is neither searched nor shown as its source', async ({ page }) => {
  // The seed articles name no publisher, only the file they were imported from ("000_….txt"): a result
  // shows no source for them rather than the file name, and the file name matches nothing.
  await searchPage(page, 'q=txt');
  await expect(page.locator('[data-page-status]')).toContainText('No results for “txt”');
  await searchPage(page, 'q=Peebles');
  const article = page.locator('[data-page-results] .search-hit', { has: page.locator('.search-hit-kind', { hasText: /^Article$/u }) });
  await expect(article.first().locator('.search-hit-meta')).toHaveText('paragraph 1');
});

test('an event result is titled by its date and its own clause, not by its article', async ({ page }) => {
  await searchPage(page, 'q=Hunyuan&kind=event');
  const event = page.locator('[data-page-results] .search-hit').first();
  await expect(event.locator('.search-hit-kind')).toHaveText('Event');
  await expect(event.locator('.search-hit-title')).toHaveText('January 2026 — Hunyuan Video, released by Tencent under a permissive license');
  await expect(event.locator('.search-hit-excerpt mark').first()).toHaveText('Hunyuan');
});

test('a phrase from an article body finds the article and opens the paragraph', async ({ page }) => {
  await page.goto(ARTICLE);
  const paragraph = await page.locator('.prose p', { hasText: 'laser focus' }).getAttribute('id');
  expect(paragraph).toMatch(/^p-\d+$/u);

  await searchPage(page, `q=${encodeURIComponent('maintaining laser focus on their core mission')}`);
  const hit = page.locator('[data-page-results] .search-hit').first();
  await expect(hit.locator('.search-hit-title')).toHaveText('What Sora’s Shutdown Teaches Open Source AI');
  await expect(hit.locator('mark').first()).toBeVisible();
  await hit.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#${paragraph}$`, 'u'));
  await expect(page.locator(`#${paragraph}`)).toContainText('laser focus');
});

test('filters narrow the results, show counts, and are kept in the URL', async ({ page }) => {
  await searchPage(page, 'q=Sora');
  const results = page.locator('[data-page-results] .search-hit');
  await expect(results.first()).toBeVisible();
  const everything = Number((await page.locator('[data-page-status]').innerText()).match(/^(\d+)/u)?.[1]);
  const entity = page.getByRole('checkbox', { name: /^entity/u });
  const entityCount = Number(await entity.locator('xpath=..').locator('.search-filter-count').innerText());
  expect(entityCount).toBeGreaterThan(0);
  expect(entityCount).toBeLessThan(everything);

  await entity.check();
  await expect(page).toHaveURL(/[?&]kind=entity(&|$)/u);
  await expect(page.locator('[data-page-status]')).toHaveText(new RegExp(`^${entityCount} results?`, 'u'));
  for (const kind of await results.locator('.search-hit-kind').allInnerTexts()) expect(kind).toMatch(/^Entity/iu);
});

test('the header box works from the keyboard: / and Ctrl-K, arrows, Enter, Escape', async ({ page }) => {
  await page.goto(ARTICLE);
  const input = page.locator('#site-search');
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  const list = await typeInHeader(page, 'OpenAI');
  await expect(list.locator('.search-hit-all')).toBeAttached();
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(0);

  await page.keyboard.press('ArrowDown');
  // The first option is the first suggested name, above the full-text results.
  const first = page.locator('#site-search-listbox [role="option"]').first();
  await expect(first).toHaveClass(/search-name/u);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-all');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-search-panel]')).toBeHidden();

  await input.blur();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await typeInHeader(page, 'OpenAI');
  await page.keyboard.press('ArrowDown');
  const target = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'));
});

test('Enter without a chosen result opens the search page for the query', async ({ page }) => {
  await page.goto('/');
  await typeInHeader(page, 'Sora');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Sora$/u);
  await expect(page.locator('#search-query')).toHaveValue('Sora');
});

test('a shared search URL reopens the same query, filters and results', async ({ page }) => {
  await searchPage(page, 'q=Peebles&kind=entity');
  await expect(page.locator('#search-query')).toHaveValue('Peebles');
  await expect(page.getByRole('checkbox', { name: /^entity/u })).toBeChecked();
  const titles = await page.locator('[data-page-results] .search-hit-title').allInnerTexts();
  expect(titles[0]).toBe('Bill Peebles');

  await page.reload();
  await expect(page.locator('[data-page-results] .search-hit-title').first()).toHaveText('Bill Peebles');
  expect(await page.locator('[data-page-results] .search-hit-title').allInnerTexts()).toEqual(titles);
});

test('a query with no results says so and suggests where to look', async ({ page }) => {
  await searchPage(page, 'q=qzxvbnmw');
  const status = page.locator('[data-page-status]');
  await expect(status).toContainText('No results for “qzxvbnmw”');
  await expect(status).toContainText('spelling');
  await expect(status.getByRole('link', { name: 'A–Z entity index' })).toHaveAttribute('href', '/entities/');
  await expect(status.getByRole('link', { name: 'article list' })).toHaveAttribute('href', '/articles/');
});

test('without JavaScript the search page says so and links to the indexes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Sora');
  const note = page.locator('.search-nojs');
  await expect(note).toContainText('needs JavaScript');
  await expect(note.getByRole('link', { name: 'A–Z entity index' })).toHaveAttribute('href', '/entities/');
  await expect(note.getByRole('link', { name: 'article list' })).toHaveAttribute('href', '/articles/');
  await context.close();
});

test('search never asks another host, and works under a base path', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE_ORIGIN)) foreign.push(request.url());
  });
  await page.goto(`${BASE_ORIGIN}/briefing/search/?q=Sora`);
  const link = page.locator('[data-page-results] .search-hit a').first();
  await expect(link).toHaveAttribute('href', /^\/briefing\//u);
  await page.goto(`${BASE_ORIGIN}/briefing/`);
  await page.keyboard.press('/');
  await page.locator('#site-search').pressSequentially('Sora', { delay: 30 });
  await expect(page.locator('#site-search-results[data-query="Sora"] .search-hit a').first()).toHaveAttribute('href', /^\/briefing\//u);
  await expect(page.locator('#site-search-names[data-query="Sora"] a').first()).toHaveAttribute('href', '/briefing/entities/sora/');
  expect(foreign).toEqual([]);
});

test('the open box is a combobox over a listbox of names and results, announced, with no axe violation', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  const input = page.locator('#site-search');
  await expect(input).toHaveAttribute('type', 'text');
  await expect(input).toHaveAttribute('role', 'combobox');
  await page.keyboard.press('/');
  await typeInHeader(page, 'Sora');
  await expect(page.locator('#site-search-names[data-query="Sora"] [role="option"]').first()).toBeVisible();
  const listbox = page.getByRole('listbox', { name: 'Names and results' });
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole('group', { name: 'Names' }).getByRole('option').first()).toHaveAccessibleName(/^Sora, product, \d+ mentions$/u);
  await expect(page.locator('[data-search-announce]')).toHaveText(/^\d+ names? suggested · \d+ results?$/u);
  await page.keyboard.press('ArrowDown');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('[data-search-box]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  expect(watch.problems).toEqual([]);
});
