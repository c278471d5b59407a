// Hostile content: tests/fixtures/hostile/ (script tags, on* handlers, javascript: and data: URLs,
// frames, </script> in titles and names, route-like, emoji, right-to-left and CJK names, duplicate
// titles, YAML anchors) plus generated cases (2 MB article, BOM and CRLF, a 100,000-character field).
// The corpus is built once, served, and every page is loaded: nothing may run, ask another host, or
// log an error, and each hostile string must arrive as text in every context it reaches.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/cli/serve.ts';
import { prepareHostileCorpus } from '../support/hostile-corpus.ts';
import { sitePaths, watchPage } from '../support/site-pages.ts';

const DIST = process.env.E2E_HOSTILE_DIST ?? `${process.env.E2E_DIST ?? 'dist'}-hostile`;
const EVIL_NAME = `O"Brien <b>bold</b> & 'co' </script><script>alert('entity-name')</script>`;
const EVIL_TITLE = `Breaking </script><script>alert('title')</script> "news" & <b>more</b>`;
const EVIL_SUMMARY = `A summary with </script><script>alert('summary')</script>, "double" and 'single' quotes, <img src=x onerror=alert(1)> & an ampersand.`;

interface Knowledge {
  articles: Array<{ slug: string; title: string; url: string; sourceUrl?: string }>;
  entities: Array<{ slug: string; name: string; url: string; summary?: string }>;
}

// One build for the whole file: the tests share it, in order, in one worker.
test.describe.configure({ mode: 'serial' });

let origin = '';
let knowledge: Knowledge;
let close = () => {};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const content = prepareHostileCorpus();
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BRIEFING_CONTENT: content,
      OUT_DIR: DIST,
      BASE: '/',
      // Caches of its own, thrown away with the folder: Astro's content store remembers file paths.
      ASTRO_CACHE_DIR: join(content, '.astro'),
      BRIEFING_CACHE_DIR: join(content, '.cache'),
    },
  });
  rmSync(content, { recursive: true, force: true });
  expect(build.status, `the hostile corpus must build:\n${build.stdout}\n${build.stderr}`).toBe(0);
  knowledge = JSON.parse(readFileSync(join(DIST, 'knowledge.json'), 'utf8')) as Knowledge;
  const server = serveStatic({ dir: DIST, port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

test.afterAll(() => close());

const entity = (name: string) => knowledge.entities.find((candidate) => candidate.name === name)!;
const article = (title: string) => knowledge.articles.find((candidate) => candidate.title === title)!;

/** Everything on the page that could run or load something it should not. */
async function dangerousMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`${element.tagName} ${name}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name) && /^\s*(javascript|vbscript|data):/iu.test(value)) {
          found.push(`${element.tagName} ${name}=${value.slice(0, 60)}`);
        }
      }
      if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
      if (element instanceof HTMLFormElement && new URL(element.action).origin !== location.origin) found.push(`<form action=${element.action}>`);
      if (element.tagName === 'SCRIPT' && /alert\(/u.test(element.textContent ?? '') && !element.matches('script[type$="json"]')) {
        found.push(`script running ${element.textContent!.slice(0, 60)}`);
      }
    }
    return found;
  });
}

test('every page of the hostile corpus loads with no dialog, error, foreign request or live markup', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = sitePaths(DIST);
  expect(paths.length).toBeGreaterThan(20);
  const watch = watchPage(page, origin);
  for (const path of paths) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    await watch.settled();
    expect.soft(await dangerousMarkup(page), path).toEqual([]);
    expect.soft(watch.problems.splice(0), path).toEqual([]);
  }
});

test('the address of a name an editor note keeps as an alias leads to the entity’s page', async ({ page }) => {
  // tokyo.md names the entity 東京 with the alias Tokyo: /entities/tokyo/ was its address under that name.
  const tokyo = entity('東京');
  expect(tokyo.url).not.toBe('/entities/tokyo/');
  await page.goto(`${origin}/entities/tokyo/`);
  await page.waitForURL(`${origin}${tokyo.url}`);
  await expect(page.locator('h1')).toHaveText('東京');
});

test('every generated and odd article has its own correct page', async ({ page }) => {
  // Two articles with one headline: two pages, both listed.
  const twins = knowledge.articles.filter((item) => item.title === 'Two articles, one headline');
  expect(twins.map((item) => item.slug).sort()).toEqual(['same-title-one', 'same-title-two']);
  await page.goto(`${origin}/articles/`);
  for (const twin of twins) await expect(page.locator(`main a[href="${twin.url}"]`).first()).toBeVisible();

  // 2 MB: every paragraph is there, the last one addressable.
  await page.goto(`${origin}/articles/two-megabytes/`);
  const paragraphs = await page.locator('main [id^="p-"]').count();
  expect(paragraphs).toBeGreaterThan(500);
  await expect(page.locator(`#p-${paragraphs}`)).toContainText(`Paragraph ${paragraphs}:`);

  // BOM and CRLF: the title is read without the mark, the body without stray carriage returns.
  await page.goto(`${origin}/articles/bom-crlf/`);
  await expect(page.locator('h1')).toHaveText('Byte-order mark and CRLF');
  expect(await page.locator('main').innerHTML()).not.toMatch(/\uFEFF|\r/u);

  // YAML anchors: the alias gives the summary the title's text.
  await page.goto(`${origin}/articles/yaml-anchors/`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Anchors and aliases in the frontmatter');

  // A huge unknown field is kept out of the page.
  await page.goto(`${origin}/articles/long-unknown-field/`);
  expect((await page.content()).length).toBeLessThan(100_000);

  // Names that look like routes, paths, emoji, right-to-left and CJK each get their own page.
  for (const name of ['Search', 'Index', '..', '🦄🚀!?', 'القاهرة', 'ירושלים', '東京', EVIL_NAME]) {
    const item = entity(name);
    expect(item, name).toBeDefined();
    await page.goto(`${origin}${item.url}`);
    await expect(page.locator('h1'), name).toHaveText(name);
  }
  await page.goto(`${origin}/search/`);
  await expect(page.locator('h1')).toHaveText(/search/iu);
  // Right-to-left names are isolated so they do not reorder the text around them.
  await page.goto(`${origin}${entity('القاهرة').url}`);
  expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).unicodeBidi)).toMatch(/isolate|plaintext/u);
});

test('hostile text is escaped for every context it reaches', async ({ page, request }) => {
  const evil = article(EVIL_TITLE);
  await page.goto(`${origin}${evil.url}`);
  // Text content shows the characters themselves; attributes hold them whole.
  await expect(page.locator('h1')).toHaveText(EVIL_TITLE);
  await expect(page.locator('h1 b, h1 script')).toHaveCount(0);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', EVIL_SUMMARY);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', EVIL_TITLE);
  expect(await page.title()).toContain(EVIL_TITLE);
  // JSON-LD: valid JSON, the same title, and no way out of its <script> element.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(block).not.toMatch(/<\/script/iu);
  expect(blocks.map((block) => JSON.stringify(JSON.parse(block))).join('')).toContain(JSON.stringify(EVIL_TITLE).slice(1, -1));
  // A javascript: source URL never becomes a link.
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // The preview of a mention shows the editor's name as text.
  const mention = page.locator(`main a.entity-link[href="${entity(EVIL_NAME).url}"]`).first();
  await mention.focus();
  await expect(page.locator('.entity-preview .preview-name')).toHaveText(EVIL_NAME);
  await expect(page.locator('.entity-preview b, .entity-preview script')).toHaveCount(0);

  // The entity page: name in the title, heading, JSON-LD and search metadata, all as text.
  await page.goto(`${origin}${entity(EVIL_NAME).url}`);
  await expect(page.locator('h1')).toHaveText(EVIL_NAME);
  expect(await page.title()).toContain(EVIL_NAME);
  for (const block of await page.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(block).not.toMatch(/<\/script/iu);
    expect(JSON.stringify(JSON.parse(block))).toContain(JSON.stringify(EVIL_NAME).slice(1, -1));
  }

  // Search: the name is suggested as text, from the name index, and full-text hits show as text too.
  await page.locator('#site-search').pressSequentially('bold', { delay: 20 });
  const hits = page.locator(`#site-search-results[data-query="bold"] [role="option"]`);
  await expect(hits.first()).toBeVisible();
  const names = page.locator(`#site-search-names[data-query="bold"] [role="option"]`);
  await expect(names.first()).toBeVisible();
  await expect(page.locator('#site-search-listbox :is(b, script, img)')).toHaveCount(0);
  expect(await names.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(`O"Brien <b>bold</b>`)]));
  expect(await names.first().getAttribute('href')).toBe(entity(EVIL_NAME).url);

  // /knowledge.json and the RSS feed parse, and hold the strings exactly.
  const data = (await (await request.get(`${origin}/knowledge.json`)).json()) as Knowledge;
  expect(data.entities.map((item) => item.name)).toContain(EVIL_NAME);
  expect(data.articles.map((item) => item.title)).toContain(EVIL_TITLE);
  const rss = await (await request.get(`${origin}/rss.xml`)).text();
  const titles = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item > title')].map((title) => title.textContent);
  }, rss);
  expect(titles).toContain(EVIL_TITLE);
});
