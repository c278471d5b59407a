import { expect, test, type APIRequestContext } from '@playwright/test';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

async function knowledge(request: APIRequestContext): Promise<KnowledgeBase> {
  return (await (await request.get('/knowledge.json')).json()) as KnowledgeBase;
}

test('the graph draws the most mentioned entities as links to their pages', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/graph/');
  const nodes = page.locator('svg[data-graph] .graph-node');
  await expect(nodes).toHaveCount(Math.min(150, kb.entities.length));
  const top = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))[0]!;
  await expect(page.locator(`.graph-node[data-id="${top.id}"]`)).toHaveAttribute('href', `/entities/${top.slug}/`);
  await expect(page.locator(`.graph-node[data-id="${top.id}"] title`)).toContainText(`${top.mentions.length} mentions`);
  await expect(page.locator(`.graph-node[data-id="${top.id}"]`)).toHaveAttribute('data-type', top.type);
});

test('hovering a node highlights its neighbours and only them', async ({ page, request }) => {
  const kb = await knowledge(request);
  await page.goto('/graph/');
  const shown = new Set(await page.locator('.graph-node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!)));
  const hub = kb.entities.filter((e) => shown.has(e.id)).sort((a, b) => b.related.length - a.related.length)[0]!;
  const drawnNeighbours = await page.locator(`line[data-s="${hub.id}"], line[data-t="${hub.id}"]`).evaluateAll((lines, id) =>
    lines.map((l) => (l.getAttribute('data-s') === id ? l.getAttribute('data-t')! : l.getAttribute('data-s')!)), hub.id);
  expect(drawnNeighbours.length).toBeGreaterThan(0);
  // Every drawn link is a co-occurrence the knowledge base records.
  for (const id of drawnNeighbours) expect(hub.related.map((r) => r.entity)).toContain(id);
  await page.locator(`.graph-node[data-id="${hub.id}"] circle`).hover();
  await expect(page.locator('svg[data-graph]')).toHaveClass(/is-highlighting/u);
  await expect(page.locator(`.graph-node[data-id="${hub.id}"]`)).toHaveClass(/is-active/u);
  await expect(page.locator('.graph-node.is-neighbour')).toHaveCount(new Set(drawnNeighbours).size);
  for (const id of drawnNeighbours) await expect(page.locator(`.graph-node[data-id="${id}"]`)).toHaveClass(/is-neighbour/u);
  const stranger = [...shown].find((id) => id !== hub.id && !drawnNeighbours.includes(id));
  if (stranger) await expect(page.locator(`.graph-node[data-id="${stranger}"]`)).not.toHaveClass(/is-neighbour/u);
  await page.mouse.move(1, 1);
  await expect(page.locator('svg[data-graph]')).not.toHaveClass(/is-highlighting/u);
});

test('clicking a node opens the entity page', async ({ page, request }) => {
  const kb = await knowledge(request);
  const top = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))[0]!;
  await page.goto('/graph/');
  await page.locator(`.graph-node[data-id="${top.id}"] circle`).click();
  await expect(page).toHaveURL(new RegExp(`/entities/${top.slug}/$`, 'u'));
});

test('zoom and pan move the whole picture with one transform', async ({ page }) => {
  await page.goto('/graph/');
  const viewport = page.locator('[data-graph-viewport]');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewport).toHaveAttribute('style', /scale\(1\.5\)/u);
  const box = (await page.locator('svg[data-graph]').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
  await page.mouse.up();
  const moved = await viewport.getAttribute('style');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(viewport).toHaveAttribute('style', /scale\(1\)/u);
  expect(moved).not.toEqual(await viewport.getAttribute('style'));
});

test('under /briefing/ graph nodes link inside the base path', async ({ page }) => {
  await page.goto(`${BASE_ORIGIN}/briefing/graph/`);
  const hrefs = await page.locator('.graph-node').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/briefing\/entities\/[^/]+\/$/u);
});
