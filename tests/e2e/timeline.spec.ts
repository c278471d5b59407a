import { expect, test } from '@playwright/test';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

// The seed build (content/articles/), checked by hand against its /knowledge.json and /timeline/: seven
// events, four with a date the axis can place (each from the Peebles article, each the only event on
// its date) and three relative to a publication date the source does not state.
const PEEBLES = '/articles/bill-peebles-leaves-openai-as-sora-is-shut-down/';
/** The placed events in time order (2025 and 2025-Q1 start on the same day): value, precision, the paragraph it links to. */
const PLACED = [
  { value: '2024-02', precision: 'month', href: `${PEEBLES}#p-2` },
  { value: '2025', precision: 'year', href: `${PEEBLES}#p-4` },
  { value: '2025-Q1', precision: 'quarter', href: `${PEEBLES}#p-2` },
  { value: '2026-01', precision: 'month', href: `${PEEBLES}#p-6` },
];
const EVENTS = 7;
const RELATIVE = ['last month', 'last Friday', 'March'];

test('every placeable event is drawn once, at its precision, in time order', async ({ page }) => {
  await page.goto('/timeline/');
  const marks = page.locator('svg[data-timeline] .tl-mark');
  await expect(marks).toHaveCount(PLACED.length);
  const boxes: { value: string; x: number; width: number }[] = [];
  for (const { value, precision } of PLACED) {
    const mark = page.locator(`svg[data-timeline] .tl-mark[data-value="${value}"]`);
    // No seed date is a day or an instant: every one is drawn as a span.
    await expect(mark).toHaveClass(/tl-span/u);
    await expect(mark).toHaveAttribute('data-precision', precision);
    const box = (await mark.locator('circle, rect').boundingBox())!;
    boxes.push({ value, x: box.x, width: box.width });
  }
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.x, `${boxes[i]!.value} after ${boxes[i - 1]!.value}`).toBeGreaterThanOrEqual(boxes[i - 1]!.x - 0.5);
  const width = (value: string) => boxes.find((b) => b.value === value)!.width;
  expect(width('2025')).toBeGreaterThan(width('2025-Q1') * 3);
  expect(width('2025-Q1')).toBeGreaterThan(width('2026-01') * 2);
});

test('events with a single date link to their paragraph; the table lists every placed event', async ({ page }) => {
  await page.goto('/timeline/');
  for (const { value, href } of PLACED) await expect(page.locator(`.tl-mark[data-value="${value}"]`)).toHaveAttribute('href', href);
  const rows = page.locator('[data-timeline-table] tbody tr');
  await expect(rows).toHaveCount(PLACED.length);
  await expect(page.locator('[data-timeline-table] th', { hasText: 'When' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Sora, unveiled in February 2024' }).first()).toContainText('single source');
});

test('relative events of undated sources sit apart in their own labelled lane, not on the axis', async ({ page }) => {
  await page.goto('/timeline/');
  const lane = page.locator('[data-lane="lane-relative"]');
  await expect(lane.getByRole('heading')).toContainText('Date relative to publication; source undated');
  await expect(lane.locator('li')).toHaveCount(RELATIVE.length);
  for (const words of RELATIVE) await expect(lane).toContainText(`“${words}”`);
  // Nothing in the SVG stands for them.
  const drawn = await page.locator('svg[data-timeline] .tl-mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
  expect(drawn.sort()).toEqual(PLACED.map((p) => p.value).sort());
});

test('filters by entity, entity type and precision hide marks and rows that do not match', async ({ page }) => {
  await page.goto('/timeline/');
  const form = page.locator('[data-timeline-filters]');
  await expect(form).toBeVisible();
  const shownRows = page.locator('[data-timeline-table] tbody tr:not([hidden])');
  const shownMarks = page.locator('svg[data-timeline] .tl-mark:visible');
  // Sora: two placed events (2024-02, 2025-Q1), and no relative one.
  await form.getByLabel('Entity', { exact: true }).selectOption('sora');
  await expect(shownRows).toHaveCount(2);
  await expect(shownMarks).toHaveCount(2);
  for (const mark of await shownMarks.all()) expect((await mark.getAttribute('data-entities'))!.split(' ')).toContain('sora');
  // The status counts the undated lane too.
  await expect(form.getByRole('status')).toHaveText(`2 of ${EVENTS} events match`);
  await form.getByLabel('Entity', { exact: true }).selectOption('');
  // One year: 2025.
  await form.getByLabel('Precision').selectOption('year');
  await expect(shownRows).toHaveCount(1);
  await expect(shownMarks).toHaveCount(1);
  await form.getByLabel('Precision').selectOption('');
  // Organizations: OpenAI (2025-Q1), GitHub (2025), Tencent (2026-01).
  await form.getByLabel('Entity type').selectOption('organization');
  await expect(shownRows).toHaveCount(3);
});

test('zoom widens the bars and "All time" returns to the whole range', async ({ page }) => {
  await page.goto('/timeline/');
  const bar = page.locator('svg[data-timeline] .tl-span rect').first();
  await expect(page.locator('svg[data-timeline] .tl-span rect')).toHaveCount(PLACED.length);
  const before = (await bar.boundingBox())!.width;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await bar.boundingBox())!.width).toBeGreaterThan(before * 1.4);
  await page.getByRole('button', { name: 'Default range' }).click();
  await expect.poll(async () => Math.round((await bar.boundingBox())!.width)).toBe(Math.round(before));
});

test('under /briefing/ the timeline links stay inside the base path', async ({ page }) => {
  await page.goto(`${BASE_ORIGIN}/briefing/timeline/`);
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/briefing\//u);
});
