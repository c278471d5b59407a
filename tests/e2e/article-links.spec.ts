import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbMention, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';
const kb = JSON.parse(readFileSync(join(DIST, 'knowledge.json'), 'utf8')) as KnowledgeBase;
const byId = new Map(kb.entities.map((e) => [e.id, e]));
const PEEBLES_ARTICLE = 'bill-peebles-leaves-openai-as-sora-is-shut-down';
const path = (href: string) => new URL(href, 'http://x').pathname;

/** Mentions the page can link: those that do not overlap an earlier (or longer) one in the same paragraph. */
function linkableMentions(article: string): Array<KbMention & { entity: string }> {
  const all = kb.entities
    .flatMap((e) => e.mentions.filter((m) => m.article === article).map((m) => ({ ...m, entity: e.id })))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  return all.filter((m, i) => !all.slice(0, i).some((o) => o.paragraph === m.paragraph && o.start < m.end && m.start < o.end));
}

test('every mention the knowledge base located is a link at that place in its paragraph', async ({ page }) => {
  for (const article of kb.articles) {
    await page.goto(path(article.url));
    const expected = linkableMentions(article.id);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('.prose a.entity-link')).toHaveCount(expected.length);
    const found = await page.locator('.prose a.entity-link').evaluateAll((links) =>
      links.map((a) => `${a.closest('[id^="p-"]')!.id}|${a.getAttribute('data-entity')}|${a.textContent}`),
    );
    expect(found).toEqual(expected.map((m) => `p-${m.paragraph}|${m.entity}|${m.text}`));
  }
});

test('article → entity → mention in context → the exact paragraph', async ({ page }) => {
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
  await page.locator('#p-1 a.entity-link[data-entity="bill-peebles"]').click();
  await expect(page).toHaveURL(/\/entities\/bill-peebles\/$/u);
  await expect(page.locator('h1')).toHaveText('Bill Peebles');
  const mention = byId.get('bill-peebles')!.mentions.at(-1)!;
  await page.locator(`a.context[href$="#p-${mention.paragraph}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${mention.article}/#p-${mention.paragraph}$`, 'u'));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', `p-${mention.paragraph}`);
  await expect(target).toContainText(mention.text);
  await expect(target.locator('a.entity-link[data-entity="bill-peebles"]').first()).toHaveText(mention.text);
});

test('entities named in both seed articles are reached from both article pages', async ({ page }) => {
  const shared = kb.entities.filter((e) => e.articles.length >= 2).map((e) => e.id);
  // The gold entities of the story that both sources name; Bill Peebles is named by one source only.
  expect(shared).toEqual(expect.arrayContaining(['openai', 'sora', 'stable-video-diffusion']));
  expect(byId.get('bill-peebles')!.articles).toEqual([PEEBLES_ARTICLE]);
  for (const id of shared) {
    const entity = byId.get(id)!;
    for (const article of entity.articles) {
      await page.goto(`/articles/${article}/`);
      await page.locator(`.prose a.entity-link[data-entity="${id}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${path(entity.url)}$`, 'u'));
      await expect(page.locator('h1')).toHaveText(entity.name);
      await expect(page.locator('.mention-group h3')).toHaveCount(entity.articles.length);
    }
  }
});

async function expectPreview(page: Page, id: string) {
  const entity = byId.get(id)!;
  const preview = page.getByRole('tooltip');
  await expect(preview).toBeVisible();
  await expect(preview.locator('.preview-name')).toHaveText(entity.name);
  await expect(preview.locator('.preview-type')).toHaveText(entity.type);
  await expect(preview.locator('.preview-text')).toHaveText(entity.summary ?? entity.mentions[0]!.sentence);
  await expect(preview.locator('.preview-counts')).toHaveText(`${entity.mentions.length} mentions in ${entity.articles.length} article${entity.articles.length === 1 ? '' : 's'}`);
}

test('hovering an entity link previews the entity', async ({ page }) => {
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
  await expect(page.getByRole('tooltip')).toBeHidden();
  const link = page.locator('#p-2 a.entity-link[data-entity="sora"]').first();
  await link.hover();
  await expectPreview(page, 'sora');
  await expect(link).toHaveAttribute('aria-describedby', 'entity-preview');
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test('keyboard focus previews the entity and Escape closes the preview', async ({ page }) => {
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
  // Tab from the article's byline into the first paragraph: its first link is Bill Peebles.
  await page.locator('h1').click();
  let focused = '';
  for (let i = 0; i < 30 && !focused.startsWith('entity-link'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => `${document.activeElement?.className}|${document.activeElement?.getAttribute('data-entity')}`);
  }
  expect(focused).toBe('entity-link|bill-peebles');
  await expectPreview(page, 'bill-peebles');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.keyboard.press('Tab');
  await expectPreview(page, 'openai');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 720 } });

  test('the first tap previews, the preview link navigates', async ({ page }) => {
    await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
    const link = page.locator('#p-1 a.entity-link[data-entity="openai"]').first();
    await link.tap();
    await expectPreview(page, 'openai');
    await expect(page).toHaveURL(new RegExp(`/articles/${PEEBLES_ARTICLE}/$`, 'u'));
    await page.getByRole('tooltip').getByRole('link', { name: 'Open the entity page' }).tap();
    await expect(page).toHaveURL(/\/entities\/openai\/$/u);
  });
});

test('the side panel lists the article’s entities by type with counts, and its facts by paragraph', async ({ page }) => {
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
  const panel = page.getByRole('complementary', { name: 'In this article' });
  const here = kb.entities.filter((e) => e.articles.includes(PEEBLES_ARTICLE));
  await expect(panel.locator('ul.entities a')).toHaveCount(here.length);
  const openai = byId.get('openai')!;
  const count = openai.mentions.filter((m) => m.article === PEEBLES_ARTICLE).length;
  await expect(panel.locator('li', { has: page.locator('a[data-entity="openai"]') }).locator('.count')).toHaveText(`${count}×`);
  await expect(panel.locator('h3[data-type="organization"] .count')).toHaveText(String(here.filter((e) => e.type === 'organization').length));
  // The seed's seven events are all in this article: four dated, three relative to its unstated date.
  await expect(panel.locator('#side-events ~ ol li')).toHaveCount(7);
  const first = panel.locator('#side-events ~ ol a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page.locator(':target')).toHaveAttribute('id', href!.slice(1));
});

test('article pages carry NewsArticle JSON-LD and OpenGraph article tags', async ({ page }) => {
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(data['@type']).toBe('NewsArticle');
  expect(data.headline).toBe('Bill Peebles Leaves OpenAI as Sora Is Shut Down');
  expect(data).not.toHaveProperty('datePublished');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
});

test('the RSS feed and the sitemap list the pages', async ({ request }) => {
  const feed = await (await request.get('/rss.xml')).text();
  for (const article of kb.articles) expect(feed).toContain(`<link>https://example.org${article.url}</link>`);
  expect(feed).not.toContain('<pubDate>');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('https://example.org/entities/sora/');
  expect(sitemap).toContain(`https://example.org/articles/${PEEBLES_ARTICLE}/`);
});

test('under /briefing/, entity links and mention links stay inside the base path', async ({ page }) => {
  await page.goto(`${BASE_ORIGIN}/briefing/articles/${PEEBLES_ARTICLE}/`);
  const hrefs = await page.locator('a.entity-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/briefing\/entities\/[^/]+\/$/u);
  await page.locator('#p-1 a.entity-link[data-entity="sora"]').click();
  await expect(page).toHaveURL(`${BASE_ORIGIN}/briefing/entities/sora/`);
  await page.locator('a.context').first().click();
  await expect(page).toHaveURL(new RegExp(`^${BASE_ORIGIN}/briefing/articles/[^/]+/#p-\\d+$`, 'u'));
  await expect(page.locator(':target')).toContainText('Sora');
  await page.goto(`${BASE_ORIGIN}/briefing/entities/`);
  await page.locator('.type-filters a[data-type="person"]').click();
  await expect(page).toHaveURL(`${BASE_ORIGIN}/briefing/entities/type/person/`);
});

test('an article page stays light: little script, small total transfer', async ({ page }) => {
  let script = 0;
  let total = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    total += body.length;
    if (response.request().resourceType() === 'script') script += body.length;
  });
  await page.goto(`/articles/${PEEBLES_ARTICLE}/`, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').evaluateAll((s) => s.reduce((n, x) => n + (x.textContent ?? '').length, 0));
  expect(script + inline).toBeLessThanOrEqual(20_000);
  expect(total).toBeLessThanOrEqual(60_000);
});
