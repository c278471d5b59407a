// Integrity of the built site on disk: no internal link leads nowhere, every #fragment (each #p-N,
// each mention) exists on its target page, every asset was written, at the root and under /briefing/;
// and every page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { checkKnowledgeUrls, crawlSite, listFiles } from '../support/crawl.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_DIST = process.env.E2E_BASE_DIST ?? 'dist-base';
const SITE = process.env.SITE ?? 'https://example.org';

const builds = [
  { name: 'at the root', dir: DIST, base: '/' },
  { name: 'under /briefing/', dir: BASE_DIST, base: '/briefing/' },
];

for (const build of builds) {
  test(`every internal link and fragment resolves ${build.name}`, () => {
    // The base-path copy is built by the second webServer before any test runs.
    expect(existsSync(join(build.dir, 'index.html')), `${build.dir} holds no build`).toBe(true);
    const report = crawlSite({ dir: build.dir, base: build.base, site: SITE });
    expect(report.broken).toEqual([]);
    // The crawl must have seen the site, not an empty folder: paragraphs, entities and assets.
    expect(report.pages).toBeGreaterThan(10);
    expect(report.fragments).toBeGreaterThan(20);
    const knowledge = checkKnowledgeUrls({ dir: build.dir, base: build.base });
    expect(knowledge.broken).toEqual([]);
    expect(knowledge.urls).toBeGreaterThan(0);
  });
}

test('every article page has exactly the paragraphs #p-1…#p-N that /knowledge.json counts and mentions point at', () => {
  const knowledge = JSON.parse(readFileSync(join(DIST, 'knowledge.json'), 'utf8')) as {
    articles: Array<{ id: string; url: string; paragraphs: number }>;
    entities: Array<{ mentions: Array<{ article: string; paragraph: number }> }>;
  };
  const idsOf = new Map<string, Set<string>>();
  for (const article of knowledge.articles) {
    const html = readFileSync(join(DIST, article.url, 'index.html'), 'utf8');
    const ids = new Set([...html.matchAll(/\sid="(p-\d+)"/gu)].map((match) => match[1]!));
    const expected = Array.from({ length: article.paragraphs }, (_, index) => `p-${index + 1}`);
    expect([...ids].sort(), article.url).toEqual(expected.sort());
    idsOf.set(article.id, ids);
  }
  const mentions = knowledge.entities.flatMap((entity) => entity.mentions);
  expect(mentions.length).toBeGreaterThan(0);
  const missing = mentions.filter((mention) => !idsOf.get(mention.article)?.has(`p-${mention.paragraph}`));
  expect(missing).toEqual([]);
});

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = listFiles(DIST).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(DIST, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expect(errors).toEqual([]);
});
