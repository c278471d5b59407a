import { expect, test } from '@playwright/test';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4322';

// The seed build (content/articles/), checked by hand against its /knowledge.json and /graph/: 25 entities,
// all drawn; OpenAI is mentioned most (22 times) and co-occurs with 21 of the others.
const SEED_ENTITIES = 25;
const OPENAI_NEIGHBOURS = [
  'bill-peebles', 'chatgpt', 'codex', 'fortune-500', 'github', 'github-copilot-enterprise', 'gpt-5-turbo', 'h100', 'hugging-face-video-leaderboard', 'hunyuan-video',
  'operator', 'replicate', 'runway', 'sora', 'stability-ai', 'stable-video-diffusion', 'tencent', 'the-information', 'vbench', 'vercel', 'x',
];
/** Drawn, but never in a paragraph with OpenAI. */
const NOT_OPENAI_NEIGHBOURS = ['linux', 'postgresql', 'redis'];

test('the graph draws the most mentioned entities as links to their pages', async ({ page }) => {
  await page.goto('/graph/');
  await expect(page.locator('svg[data-graph] .graph-node')).toHaveCount(SEED_ENTITIES);
  const openai = page.locator('.graph-node[data-id="openai"]');
  await expect(openai).toHaveAttribute('href', '/entities/openai/');
  await expect(openai.locator('title')).toContainText('22 mentions');
  await expect(openai).toHaveAttribute('data-type', 'organization');
});

test('hovering a node highlights its neighbours and only them', async ({ page }) => {
  await page.goto('/graph/');
  const drawnNeighbours = await page.locator('line[data-s="openai"], line[data-t="openai"]').evaluateAll((lines) =>
    lines.map((l) => (l.getAttribute('data-s') === 'openai' ? l.getAttribute('data-t')! : l.getAttribute('data-s')!)));
  expect([...new Set(drawnNeighbours)].sort()).toEqual(OPENAI_NEIGHBOURS);
  await page.locator('.graph-node[data-id="openai"] circle').hover();
  await expect(page.locator('svg[data-graph]')).toHaveClass(/is-highlighting/u);
  await expect(page.locator('.graph-node[data-id="openai"]')).toHaveClass(/is-active/u);
  await expect(page.locator('.graph-node.is-neighbour')).toHaveCount(OPENAI_NEIGHBOURS.length);
  for (const id of OPENAI_NEIGHBOURS) await expect(page.locator(`.graph-node[data-id="${id}"]`)).toHaveClass(/is-neighbour/u);
  for (const id of NOT_OPENAI_NEIGHBOURS) await expect(page.locator(`.graph-node[data-id="${id}"]`)).not.toHaveClass(/is-neighbour/u);
  await page.mouse.move(1, 1);
  await expect(page.locator('svg[data-graph]')).not.toHaveClass(/is-highlighting/u);
});

test('clicking a node opens the entity page', async ({ page }) => {
  await page.goto('/graph/');
  await page.locator('.graph-node[data-id="openai"] circle').click();
  await expect(page).toHaveURL(/\/entities\/openai\/$/u);
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
