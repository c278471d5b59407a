import { expect, test, type APIRequestContext } from '@playwright/test';
import type { KbEvent, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { isPointInterval, timexInterval } from '../../src/views/geometry/timex.ts';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

/** Expectations come from the build's own knowledge export, not from hard-coded copies of it. */
async function knowledge(request: APIRequestContext): Promise<KnowledgeBase> {
  return (await (await request.get('/knowledge.json')).json()) as KnowledgeBase;
}
const placeable = (e: KbEvent) => e.date !== null && timexInterval(e.date) !== null;

test('every placeable event is drawn once, at its precision, in time order', async ({ page, request }) => {
  const kb = await knowledge(request);
  const values = [...new Set(kb.events.filter(placeable).map((e) => e.date!))];
  // The seed's dated events: month, quarter, year and month again.
  if (kb.articles.some((a) => a.id === 'bill-peebles-leaves-openai-as-sora-is-shut-down')) {
    expect(values).toEqual(expect.arrayContaining(['2024-02', '2025-Q1', '2025', '2026-01']));
  }
  await page.goto('/timeline/');
  const marks = page.locator('svg[data-timeline] .tl-mark');
  await expect(marks).toHaveCount(values.length);
  const boxes: { value: string; start: number; x: number; width: number }[] = [];
  for (const value of values) {
    const interval = timexInterval(value)!;
    const mark = page.locator(`svg[data-timeline] .tl-mark[data-value="${value}"]`);
    await expect(mark).toHaveClass(isPointInterval(interval) ? /tl-point/u : /tl-span/u);
    const box = (await mark.locator('circle, rect').boundingBox())!;
    boxes.push({ value, start: interval.start, x: box.x, width: box.width });
  }
  boxes.sort((a, b) => a.start - b.start);
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.x, `${boxes[i]!.value} after ${boxes[i - 1]!.value}`).toBeGreaterThanOrEqual(boxes[i - 1]!.x - 0.5);
  const width = (value: string) => boxes.find((b) => b.value === value)?.width ?? 0;
  if (values.includes('2025') && values.includes('2025-Q1') && values.includes('2026-01')) {
    expect(width('2025')).toBeGreaterThan(width('2025-Q1') * 3);
    expect(width('2025-Q1')).toBeGreaterThan(width('2026-01') * 2);
  }
});

test('events with a single date link to their paragraph; the table lists every placed event', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/timeline/');
  for (const event of kb.events.filter(placeable)) {
    const sameDate = kb.events.filter((e) => e.date === event.date);
    if (sameDate.length === 1) {
      await expect(page.locator(`.tl-mark[data-value="${event.date}"]`)).toHaveAttribute('href', `/articles/${event.article}/#p-${event.paragraph}`);
    }
  }
  const rows = page.locator('[data-timeline-table] tbody tr');
  await expect(rows).toHaveCount(kb.events.filter(placeable).length);
  await expect(page.locator('[data-timeline-table] th', { hasText: 'When' }).first()).toBeVisible();
  const counted = kb.events.find(placeable);
  if (counted) await expect(rows.filter({ hasText: counted.clause.slice(0, 40) }).first()).toContainText(counted.sources > 1 ? `stated by ${counted.sources} sources` : 'single source');
});

test('relative events of undated sources sit apart in their own labelled lane, not on the axis', async ({ page, request }) => {
  const kb = await knowledge(request);
  const relative = kb.events.filter((e) => e.date === null);
  test.skip(relative.length === 0, 'this build has no relative events');
  await page.goto('/timeline/');
  const lane = page.locator('[data-lane="lane-relative"]');
  await expect(lane.getByRole('heading')).toContainText('Date relative to publication; source undated');
  await expect(lane.locator('li')).toHaveCount(relative.length);
  for (const event of relative) await expect(lane).toContainText(`“${event.relative ?? event.when}”`);
  // Nothing in the SVG stands for them.
  const drawn = await page.locator('svg[data-timeline] .tl-mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
  expect(drawn).not.toContain(null);
  expect(drawn).not.toContain('');
});

test('filters by entity, entity type and precision hide marks and rows that do not match', async ({ page, request }) => {
  const kb = await knowledge(request);
  const placed = kb.events.filter(placeable);
  test.skip(placed.length < 2, 'needs at least two dated events');
  const counts = new Map<string, number>();
  for (const e of placed) for (const id of e.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [entity, expected] = [...counts].find(([, n]) => n < placed.length) ?? [...counts][0]!;
  await page.goto('/timeline/');
  const form = page.locator('[data-timeline-filters]');
  await expect(form).toBeVisible();
  await form.getByLabel('Entity', { exact: true }).selectOption(entity);
  await expect(page.locator('[data-timeline-table] tbody tr:not([hidden])')).toHaveCount(expected);
  for (const mark of await page.locator('svg[data-timeline] .tl-mark:visible').all()) {
    expect((await mark.getAttribute('data-entities'))!.split(' ')).toContain(entity);
  }
  // The status counts the undated lane too.
  const all = kb.events.filter((e) => e.entities.includes(entity)).length;
  await expect(form.getByRole('status')).toHaveText(`${all} of ${kb.events.length} events match`);
  await form.getByLabel('Entity', { exact: true }).selectOption('');
  await form.getByLabel('Precision').selectOption('year');
  const years = placed.filter((e) => timexInterval(e.date!)!.precision === 'year').length;
  await expect(page.locator('[data-timeline-table] tbody tr:not([hidden])')).toHaveCount(years);
  await expect(page.locator('svg[data-timeline] .tl-mark:visible')).toHaveCount(new Set(placed.filter((e) => timexInterval(e.date!)!.precision === 'year').map((e) => e.date)).size);
  await form.getByLabel('Precision').selectOption('');
  const type = kb.entities.find((e) => counts.has(e.id))!.type;
  await form.getByLabel('Entity type').selectOption(type);
  const ofType = placed.filter((e) => e.entities.some((id) => kb.entities.find((x) => x.id === id)?.type === type)).length;
  await expect(page.locator('[data-timeline-table] tbody tr:not([hidden])')).toHaveCount(ofType);
});

test('zoom widens the bars and "All time" returns to the whole range', async ({ page }) => {
  await page.goto('/timeline/');
  const bar = page.locator('svg[data-timeline] .tl-span rect').first();
  test.skip((await bar.count()) === 0, 'no spans');
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
