import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

// The tests check the pages against the knowledge base the same build published.
const DIST = process.env.E2E_DIST ?? 'dist';
const kb = JSON.parse(readFileSync(join(DIST, 'knowledge.json'), 'utf8')) as KnowledgeBase;
const byId = new Map(kb.entities.map((e) => [e.id, e]));
const path = (href: string) => new URL(href, 'http://x').pathname;

test('an entity page shows its type, counts, summary and every mention grouped by article', async ({ page }) => {
  const sora = byId.get('sora')!;
  await page.goto(path(sora.url));
  await expect(page.locator('h1')).toHaveText('Sora');
  await expect(page.locator('.type-badge')).toHaveText('product');
  await expect(page.locator('.counts')).toHaveText(`${sora.mentions.length} mentions in ${sora.articles.length} articles`);
  await expect(page.locator('.summary')).toHaveText(sora.summary!);
  await expect(page.locator('.mention-group')).toHaveCount(sora.articles.length);
  await expect(page.locator('.mention-group .mentions li')).toHaveCount(sora.mentions.length);
  // Each group names its article and source; each mention marks exactly the name inside its sentence.
  for (const [i, articleId] of sora.articles.entries()) {
    const article = kb.articles.find((a) => a.id === articleId)!;
    const group = page.locator('.mention-group').nth(i);
    await expect(group.locator('h3')).toHaveText(article.title);
    await expect(group.locator('.meta')).toContainText(article.source);
  }
  const marks = await page.locator('.mention-group mark').allInnerTexts();
  expect(marks).toEqual(expect.arrayContaining(['Sora']));
  for (const mark of marks) expect(sora.mentions.map((m) => m.text)).toContain(mark);
});

test('a mention in context links to the exact paragraph, which holds the mention', async ({ page }) => {
  const openai = byId.get('openai')!;
  const mention = openai.mentions.find((m) => m.paragraph > 3)!;
  await page.goto(path(openai.url));
  const context = page.locator(`.mention-group a.context[href$="/articles/${mention.article}/#p-${mention.paragraph}"]`).first();
  await context.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${mention.article}/#p-${mention.paragraph}$`, 'u'));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', `p-${mention.paragraph}`);
  await expect(target).toContainText(mention.sentence);
  await expect(target).toBeInViewport();
});

test('related entities come with counts and a local graph that works without script', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  const sora = byId.get('sora')!;
  await page.goto(path(sora.url));
  const strongest = sora.related[0]!;
  const row = page.locator('table.related tbody tr').first();
  await expect(row.locator('a')).toHaveText(byId.get(strongest.entity)!.name);
  await expect(row.locator('td').nth(1)).toHaveText(String(strongest.sentences));
  await expect(row.locator('td').nth(2)).toHaveText(String(strongest.paragraphs));
  const nodes = page.locator('figure.local-graph svg a');
  await expect(nodes).toHaveCount(Math.min(10, sora.related.length));
  await nodes.first().locator('text').click();
  await expect(page.locator('h1')).toHaveText(byId.get(strongest.entity)!.name);
  await context.close();
});

test('events on an entity page are in date order, undated ones labelled', async ({ page }) => {
  // In the seed build OpenAI has one dated event (2025-Q1) and one relative to an unstated date ("March").
  await page.goto('/entities/openai/');
  const items = page.locator('ol.timeline li');
  await expect(items).toHaveCount(2);
  const classes = await items.evaluateAll((lis) => lis.map((li) => li.className));
  // Dated first, then undated: never a dated event after an undated one.
  expect(classes.join(' ')).not.toMatch(/undated.*\bdated\b/u);
  await expect(page.locator('ol.timeline li.undated .when').first()).toContainText('undated');
});

test('entity pages carry escaped JSON-LD and OpenGraph tags', async ({ page }) => {
  const peebles = byId.get('bill-peebles')!;
  await page.goto(path(peebles.url));
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!) as Record<string, unknown>;
  expect(data['@type']).toBe('Person');
  expect(data.name).toBe('Bill Peebles');
  expect(data.alternateName).toEqual(peebles.aliases);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Bill Peebles');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/entities\/bill-peebles\/$/u);
  const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
  for (const text of ld) expect(text).not.toContain('<');
});

test.describe('the entity index without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('type filters are plain links that list only that type, with counts', async ({ page }) => {
    await page.goto('/entities/');
    await expect(page.locator('.entity-list li')).toHaveCount(kb.entities.length);
    for (const type of ['product', 'organization', 'person'] as const) {
      const expected = kb.entities.filter((e) => e.type === type);
      await page.goto('/entities/');
      const filter = page.locator(`.type-filters a[data-type="${type}"]`);
      await expect(filter.locator('.count')).toHaveText(String(expected.length));
      await filter.click();
      await expect(page).toHaveURL(new RegExp(`/entities/type/${type}/$`, 'u'));
      await expect(filter).toHaveAttribute('aria-current', 'page');
      const listed = page.locator('.entity-list li');
      await expect(listed).toHaveCount(expected.length);
      expect(new Set(await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type'))))).toEqual(new Set([type]));
    }
  });

  test('letter anchors jump to their section and entities sort A to Z', async ({ page }) => {
    await page.goto('/entities/');
    const letter = page.locator('nav.letters a', { hasText: /^S$/u });
    await letter.click();
    await expect(page).toHaveURL(/#letter-S$/u);
    await expect(page.locator('#letter-S')).toBeInViewport();
    const names = await page.locator('#letter-S + ul a').allInnerTexts();
    expect(names).toEqual(kb.entities.filter((e) => /^s/iu.test(e.name)).map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});

// An optional corpus with Cyrillic, Greek and punctuation-heavy names (tests/fixtures/odd-names), checked when
// its build is given: BRIEFING_CONTENT=tests/fixtures/odd-names OUT_DIR=dist-odd npm run build, then E2E_ODD_DIST=dist-odd.
const ODD = process.env.E2E_ODD_DIST;
test.describe('names in other scripts and odd characters', () => {
  test.skip(!ODD || !existsSync(join(ODD, 'knowledge.json')), 'set E2E_ODD_DIST to a build of tests/fixtures/odd-names');

  test('Unicode slugs build, links to them work, and a </script> in a summary stays inert', async ({ page }) => {
    const origin = 'http://odd.test';
    await page.route(`${origin}/**`, async (route) => {
      const pathname = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = join(ODD!, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
      return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
    });
    await page.goto(`${origin}/articles/odd-names/`);
    const link = page.locator('a.entity-link[data-entity="алексей-миллер"]').first();
    await expect(link).toHaveAttribute('href', `/entities/${encodeURIComponent('алексей-миллер')}/`);
    await link.click();
    await expect(page.locator('h1')).toHaveText('Алексей Миллер');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { description: string };
    expect(data.description).toContain('</script><script>window.__pwned = true</script>');
    await page.locator('a.context').first().click();
    await expect(page.locator(':target')).toContainText('Алексей Миллер');
    await page.goto(`${origin}/entities/`);
    await page.locator('.entity-list a', { hasText: 'Москва' }).click();
    await expect(page.locator('h1')).toHaveText('Москва');
    await expect(page.locator('.mention-group mark').first()).toHaveText('Москва');
  });
});

test('entity pages and the index fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/entities/', '/entities/type/product/', path(byId.get('openai')!.url), path(byId.get('github-copilot-enterprise')?.url ?? byId.get('sora')!.url)]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
