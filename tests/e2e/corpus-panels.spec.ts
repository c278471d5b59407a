// The panels of the site at scale, on the fixture corpus (120 Wikinews articles, see
// tests/support/fixture-corpus.ts) and on the seeds: the article side panel, sources, related-entity
// counts, /figures/ and /quotes/ page heights, and the entity index's script headings.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fetchKnowledge } from '../support/site-pages.ts';

const CORPUS = process.env.E2E_CORPUS_ORIGIN!;
/** What a page may be tall at 1280 px wide, at most. */
const MAX_PAGE_HEIGHT = 20_000;
/** A file name: letters, digits, dots, dashes or underscores, then a text or markup extension. */
const FILE_NAME = /[\w.-]+\.(?:txt|md|markdown|html?)\b/iu;

interface Knowledge {
  articles: { id: string; slug: string; url: string; source: string }[];
  entities: { id: string; name: string; url: string; related: { entity: string; sentences: number; paragraphs: number }[] }[];
  events: { article: string }[];
  figures: { article: string }[];
  quotes: { article: string }[];
}

test.describe('the article side panel', () => {
  test('scrolls with the page, and every section of it can be scrolled into view, at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
    // The articles with the most in their panel: where a panel with its own scroll box hid the most.
    const load = new Map<string, number>();
    for (const item of [...kb.events, ...kb.figures, ...kb.quotes]) load.set(item.article, (load.get(item.article) ?? 0) + 1);
    const busiest = [...load].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => kb.articles.find((a) => a.id === id)!);
    expect(busiest).toHaveLength(3);
    for (const article of busiest) {
      await page.goto(`${CORPUS}${article.url}`);
      const panel = page.locator('aside.side-panel');
      // No scroll box of its own: what it holds is as tall as the panel itself.
      const box = await panel.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY, position: getComputedStyle(el).position }));
      expect(box.scroll, article.url).toBeLessThanOrEqual(box.client + 1);
      expect(box.position, article.url).not.toBe('sticky');
      const headings = panel.locator('section > h2');
      expect(await headings.count(), article.url).toBeGreaterThanOrEqual(3);
      for (const heading of await headings.all()) {
        await heading.scrollIntoViewIfNeeded();
        await expect(heading, `${article.url}: ${await heading.innerText()}`).toBeInViewport();
      }
      // The panel's last visible line (a folded list's "more" switch) can be brought into view too:
      // nothing is clipped at the article's end.
      const last = panel.locator('section').last().locator('li, summary').filter({ visible: true }).last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
    }
  });

  test('its section links lead to each section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
    const withQuotes = kb.articles.find((a) => kb.quotes.some((q) => q.article === a.id) && kb.figures.some((f) => f.article === a.id))!;
    await page.goto(`${CORPUS}${withQuotes.url}`);
    await page.locator('.side-jump a', { hasText: 'Quotes' }).click();
    await expect(page.locator('#side-quotes')).toBeInViewport();
  });
});

test.describe('sources', () => {
  test('no source in the corpus knowledge base or on its pages is a file name', async ({ page }) => {
    const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
    expect(kb.articles.length).toBeGreaterThanOrEqual(100);
    expect(kb.articles.filter((a) => FILE_NAME.test(a.source)).map((a) => a.source)).toEqual([]);
    const busiest = [...kb.entities].sort((a, b) => b.related.length - a.related.length)[0]!;
    for (const path of ['/', '/articles/', '/sources/', kb.articles[0]!.url, busiest.url]) {
      await page.goto(`${CORPUS}${path}`);
      const sourceLines = await page.locator('.meta, .source, .where, .source-meta, .legend-meta').allInnerTexts();
      expect(sourceLines.length, path).toBeGreaterThan(0);
      expect(sourceLines.filter((line) => FILE_NAME.test(line)), path).toEqual([]);
    }
  });

  test('the seeds, which name no publisher, say "source not stated" once, and never their file', async ({ page, baseURL }) => {
    const kb = await fetchKnowledge<Knowledge>(page.request, baseURL!);
    expect(kb.articles.map((a) => a.source)).toEqual(['', '']);
    for (const article of kb.articles) {
      await page.goto(article.url);
      await expect(page.locator('article .meta').first()).toContainText('source not stated');
      expect(await page.getByText('source not stated', { exact: false }).count()).toBe(1);
      expect(await page.locator('body').innerText()).not.toMatch(FILE_NAME);
    }
    for (const path of ['/', '/articles/', '/sources/', '/entities/sora/']) {
      await page.goto(path);
      const text = await page.locator('main').innerText();
      expect(text, path).not.toMatch(FILE_NAME);
      // Said once for a list, if at all, never on every line.
      expect(text.match(/source not stated/giu)?.length ?? 0, path).toBeLessThanOrEqual(1);
    }
  });

  test('the search filters on the seeds offer no file name as a source', async ({ page }) => {
    await page.goto('/search/?q=Sora');
    await expect(page.locator('[data-page-results] .search-hit').first()).toBeVisible();
    await expect(page.locator('[data-page-filters] fieldset').first()).toBeVisible();
    const filters = await page.locator('[data-page-filters]').innerText();
    expect(filters).not.toMatch(FILE_NAME);
    expect(filters).not.toContain('Source');
  });
});

test('same-sentence count ≤ same-paragraph count for every related pair in /knowledge.json', async ({ page }) => {
  const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
  const pairs = kb.entities.flatMap((e) => e.related.map((r) => ({ from: e.id, ...r })));
  expect(pairs.length).toBeGreaterThan(1000);
  expect(pairs.filter((r) => r.sentences > r.paragraphs)).toEqual([]);
  // And the table says what its numbers count.
  const busiest = [...kb.entities].sort((a, b) => b.related.length - a.related.length)[0]!;
  await page.goto(`${CORPUS}${busiest.url}`);
  await expect(page.locator('table.related caption').first()).toContainText('Paragraphs that name both');
});

test.describe('figures and quotes at scale', () => {
  for (const kind of ['figures', 'quotes'] as const) {
    test(`every /${kind}/ page is under ${MAX_PAGE_HEIGHT} px tall at 1280 px, and the pages cover every item once`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
      const total = kb[kind].length;
      await page.goto(`${CORPUS}/${kind}/`);
      const pageLinks = await page.locator('nav.claim-pages li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(pageLinks.length).toBeGreaterThan(1);
      expect(pageLinks[0]).toBe(`/${kind}/`);
      let seen = 0;
      for (const path of pageLinks) {
        await page.goto(`${CORPUS}${path}`);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, path).toBeLessThan(MAX_PAGE_HEIGHT);
        seen += await page.locator(kind === 'figures' ? '.figure-item' : '.quote-item').count();
      }
      expect(seen).toBe(total);
    });
  }

  test('a figure about a given entity is two clicks from /figures/', async ({ page }) => {
    await page.goto(`${CORPUS}/figures/`);
    const first = page.locator('.claim-entities a').first();
    const name = await first.innerText();
    await first.click();
    await expect(page.locator('h1')).toHaveText(name);
    await expect(page.locator('#figures-heading')).toBeInViewport();
    await expect(page.locator('#figures-heading + * .facts li').first()).toBeVisible();
  });
});

test('the entity index files other scripts under their own headings, not among A–Z', async ({ page }) => {
  const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
  const cyrillic = kb.entities.filter((e) => /^\p{Script=Cyrillic}/u.test(e.name)).map((e) => e.name);
  expect(cyrillic.length).toBeGreaterThan(0);
  await page.goto(`${CORPUS}/entities/`);
  const letters = await page.locator('nav.letters a').allInnerTexts();
  // Every one-character entry of the letter bar is a Latin letter or a digit group; scripts go by name.
  expect(letters.filter((l) => [...l.trim()].length === 1 && !/^\p{Script=Latin}$/u.test(l.trim()))).toEqual([]);
  expect(letters).toContain('Cyrillic');
  await page.locator('nav.letters a', { hasText: /^Cyrillic$/u }).click();
  const heading = page.locator('#letter-Cyrillic');
  await expect(heading).toHaveText('Cyrillic');
  const names = await page.locator('#letter-Cyrillic + ul li > a').allInnerTexts();
  expect([...names].sort()).toEqual([...cyrillic].sort());
});

test('the pages this spec covers have no axe violations at scale either', async ({ page }) => {
  // Eight long pages, each analysed in full.
  test.setTimeout(180_000);
  const kb = await fetchKnowledge<Knowledge>(page.request, CORPUS);
  const busiest = [...kb.entities].sort((a, b) => b.related.length - a.related.length)[0]!;
  for (const path of ['/figures/', '/figures/2/', '/quotes/', '/quotes/2/', '/sources/', '/entities/letter/Cyrillic/', busiest.url, kb.articles[0]!.url]) {
    await page.goto(`${CORPUS}${path}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});
