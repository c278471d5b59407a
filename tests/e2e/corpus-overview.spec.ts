// The overview pages at scale, on the fixture corpus (120 Wikinews articles, see tests/support/fixture-corpus.ts):
// nothing scrolls sideways on a phone, no SVG text is drawn under 11 px, and no two visible labels of the
// timeline overview or the graph overlap (nor does a graph name cover a node).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fetchKnowledge } from '../support/site-pages.ts';

const CORPUS = process.env.E2E_CORPUS_ORIGIN ?? 'http://127.0.0.1:4323';
const WIDTHS = [1280, 390] as const;

/** One page of each kind, taken from the corpus's own knowledge export. */
async function pageTypes(request: APIRequestContext): Promise<Record<string, string>> {
  const kb = await fetchKnowledge(request, CORPUS);
  const entity = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
  return {
    home: '/',
    article: `/articles/${kb.articles[0]!.id}/`,
    entity: `/entities/${entity.slug}/`,
    'entity index': '/entities/',
    timeline: '/timeline/',
    graph: '/graph/',
    figures: '/figures/',
    quotes: '/quotes/',
    search: `/search/?q=${encodeURIComponent(entity.name)}`,
  };
}

/** Rendered size (px) of every visible SVG text: its font size times the scale the SVG is drawn at. */
function svgTextSizes(page: Page, selector: string): Promise<{ text: string; px: number }[]> {
  return page.locator(selector).evaluateAll((texts) =>
    texts
      .filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().width > 0)
      .map((t) => {
        const matrix = (t as SVGGraphicsElement).getScreenCTM()!;
        return { text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(matrix.a, matrix.b) };
      }),
  );
}

interface Box { text: string; x: number; y: number; width: number; height: number }

function visibleBoxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((b) => b.width > 0 && b.height > 0),
  );
}

/** Pairs of boxes that overlap by more than half a pixel each way. */
function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) pairs.push(`"${a.text}" × "${b.text}"`);
    }
  }
  return pairs;
}

test('no page scrolls sideways at 390 px', async ({ page, request }) => {
  const pages = await pageTypes(request);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [kind, path] of Object.entries(pages)) {
    await page.goto(`${CORPUS}${path}`);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, `${kind} (${path}) is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
  }
});

for (const width of WIDTHS) {
  test(`no SVG text under 11 px on the home page, timeline, graph and an entity's graph at ${width} px`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 720 });
    const { entity } = await pageTypes(request);
    for (const path of ['/', '/timeline/', '/graph/', entity!]) {
      await page.goto(`${CORPUS}${path}`);
      const sizes = await svgTextSizes(page, 'main svg text');
      expect(sizes.length, `${path} draws some SVG text`).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 11).map((s) => `${s.text} (${s.px.toFixed(1)} px)`);
      expect(small, `${path} at ${width} px`).toEqual([]);
    }
  });

  test(`the timeline overview labels key events and its labels never overlap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 720 });
    for (const path of ['/', '/timeline/']) {
      await page.goto(`${CORPUS}${path}`);
      const labels = await visibleBoxes(page, '.tl-overview .tl-label text');
      expect(labels.length, `${path}: key events labelled`).toBeGreaterThanOrEqual(width === 1280 ? 8 : 6);
      const axis = await visibleBoxes(page, '.tl-overview .tl-axis text, .tl-overview .tl-vtick, .tl-overview text.tl-year, .tl-overview .tl-year text');
      expect(overlapping([...labels, ...axis]), `${path} at ${width} px`).toEqual([]);
    }
  });

  test(`graph names fit: many shown, none over another or over a node at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 720 });
    await page.goto(`${CORPUS}/graph/`);
    const labels = await visibleBoxes(page, '.graph-frame svg text.is-named');
    expect(labels.length).toBeGreaterThanOrEqual(width === 1280 ? 50 : 12);
    expect(overlapping(labels)).toEqual([]);
    const circles = await page.locator('.graph-frame svg circle').evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 0).map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
      }));
    const covered = labels.flatMap((box) =>
      circles.filter((c) => {
        const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
        const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
        return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r - 0.5) ** 2;
      }).map(() => box.text));
    expect(covered, 'names drawn over a node').toEqual([]);
    // The most mentioned entity is named.
    const names = labels.map((l) => l.text);
    const top = [...(await fetchKnowledge(page.request, CORPUS)).entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    expect(names.some((n) => n.replace(/\s+/gu, ' ').includes(top.name.split(' ')[0]!))).toBe(true);
  });
}

test('every year boundary on the timeline axis is labelled', async ({ page }) => {
  await page.goto(`${CORPUS}/timeline/`);
  const [from, to] = (await page.locator('svg[data-timeline]').getAttribute('data-domain'))!.split(' ').map(Number) as [number, number];
  const labels = await page.locator('svg[data-timeline] .tl-axis text').allTextContents();
  for (let year = new Date(from).getUTCFullYear(); year <= new Date(to - 1).getUTCFullYear(); year += 1) expect(labels).toContain(String(year));
});

test('without JavaScript the overview, its labels and the year links still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${CORPUS}/timeline/`);
  await expect(page.locator('svg[data-timeline] .tl-label text').first()).toBeVisible();
  // A year of the corpus opens that year's own page, with its own overview and table.
  const year = page.locator('svg[data-timeline] a.tl-year').first();
  await expect(year).toHaveAttribute('href', '/timeline/2019/');
  await year.click();
  await expect(page).toHaveURL(new RegExp(`${CORPUS}/timeline/2019/$`, 'u'));
  await expect(page.locator('svg[data-timeline] .tl-label text').first()).toBeVisible();
  await expect(page.locator('[data-timeline-table] tbody tr').first()).toBeVisible();
  // A year of the seeds' short timeline opens its section of the one table.
  await page.goto('/timeline/');
  const seedYear = page.locator('svg[data-timeline] a.tl-year').first();
  await expect(seedYear).toHaveAttribute('href', '#year-2024');
  await seedYear.click();
  await expect(page.locator('#year-2024')).toBeVisible();
  await context.close();
});

test('picking a year zooms the overview to it and the table follows', async ({ page }) => {
  // The seeds' timeline holds its table on the same page.
  await page.goto('/timeline/');
  // The seeds' years: 2024, 2025 and 2026. 2025 holds two events: the year itself and its first quarter.
  const years = page.locator('svg[data-timeline] a.tl-year');
  await expect(years).toHaveCount(3);
  await expect(years.nth(1)).toHaveAttribute('data-year', '2025');
  await years.nth(1).click();
  const [start, end] = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
  await expect(page.locator('[data-timeline-table] tbody tr:not([hidden])')).toHaveCount(2);
  const shown = await page.locator('[data-timeline-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => [Number((r as HTMLElement).dataset.start), Number((r as HTMLElement).dataset.end)]));
  for (const [s, e] of shown) expect(s! < end && e! > start, `${s}–${e} in 2025`).toBe(true);
  await expect(page.locator('[data-timeline-status]')).toContainText('shown');
  const labels = await visibleBoxes(page, 'svg[data-timeline] .tl-label text');
  expect(overlapping(labels)).toEqual([]);
  await page.getByRole('button', { name: 'Default range' }).click();
  await expect(page.locator('[data-timeline-table] tbody tr[hidden]')).toHaveCount(0);
});
