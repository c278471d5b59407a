// Odd input that must build: one build of the accepted odd-input corpus (file names, extensions,
// subfolders, line ends, dates with offsets, control characters, footnotes, styles, links), published
// under a SITE with a path, into an output folder outside the repository. Each case ends in a correct
// page with its content intact, and what had to be skipped or repaired is named in the build log.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTED_CASES, SKIPPED_FILES, writeAcceptedCorpus } from '../support/odd-input-corpus.ts';
import { buildSite } from '../support/site-build.ts';
import { checkerUnavailable, checkSite } from '../support/html-checker.ts';
import { xmlProblems } from '../support/xml.ts';
import { scratchFolder } from '../support/scratch.ts';

interface Knowledge {
  articles: Array<{ slug: string; title: string; published?: string; sourceUrl?: string; url: string }>;
}

let corpus: ReturnType<typeof writeAcceptedCorpus>;
let out = '';
let log = '';
let knowledge: Knowledge;
const page = (slug: string) => readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8');
const article = (slug: string) => knowledge.articles.find((a) => a.slug === slug);

beforeAll(() => {
  corpus = writeAcceptedCorpus();
  const scratch = scratchFolder('briefing-accepted-out-');
  out = join(scratch, 'dist');
  // Under a time zone far east of UTC, where a date shifted through UTC would land on another day.
  log = buildSite(out, scratch, { BRIEFING_CONTENT: corpus.dir, SITE: 'https://example.com/sub/', TZ: 'Pacific/Kiritimati' });
  knowledge = JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')) as Knowledge;
}, 300_000);

describe('odd but acceptable input builds', () => {
  it.each(ACCEPTED_CASES)('$file becomes /articles/$slug/', ({ slug }) => {
    expect(article(slug)?.url).toBe(`/sub/articles/${slug}/`);
    expect(page(slug)).toMatch(new RegExp(`<h1[^>]*>${article(slug)!.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}</h1>`, 'u'));
  });

  it.each(ACCEPTED_CASES.filter((c) => c.published))('$file is dated $published, as written', ({ slug, published }) => {
    expect(article(slug)?.published).toBe(published);
  });

  it('shows the year one as written', () => {
    expect(page('year-one')).toContain('1 January 1');
  });

  it.each(SKIPPED_FILES)('names %s as skipped', (file) => {
    expect(log).toContain(`skipped: ${join(corpus.articles, file)}, because`);
  });

  it('reads a folder that links back to itself once', () => {
    expect(log).toContain(`skipped: ${join(corpus.articles, 'loop')}, because it leads to ${corpus.articles}, which is read already`);
  });

  it('shows the alt text of an image that is the whole body', () => {
    expect(page('image-only')).toContain('Mary Major speaking in Zwolle');
  });

  it('removes control characters and says so', () => {
    expect(article('control-characters')?.title).toBe('Bell  and escape  in a title');
    expect(log).toContain(`${join(corpus.articles, 'control-characters.md')}:2: removed control characters (U+0007, U+001B, U+FFFE)`);
  });
});

describe('editor notes', () => {
  it('warns about a note that matches no entity, naming its file', () => {
    expect(log).toContain(`warning: ${join(corpus.dir, 'entities', 'unmatched.md')}: the note for "Contoso Robotics" matches no entity of the articles`);
  });
});

describe('XML outputs are well-formed', () => {
  it('rss.xml', () => {
    expect(xmlProblems(readFileSync(join(out, 'rss.xml'), 'utf8'))).toEqual([]);
  });
  it('every sitemap', () => {
    const sitemaps = readdirSync(out).filter((name) => /^sitemap.*\.xml$/u.test(name));
    expect(sitemaps.length).toBeGreaterThan(1);
    for (const name of sitemaps) expect(xmlProblems(readFileSync(join(out, name), 'utf8')), name).toEqual([]);
  });
});

describe('SITE with a path', () => {
  it('keeps the path in canonical URLs and the sitemap', () => {
    expect(page('nested')).toContain('<link rel="canonical" href="https://example.com/sub/articles/nested/">');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.com/sub/articles/nested/</loc>');
  });
});

describe('article bodies render as written', () => {
  it('footnote links and back-references lead to their targets', () => {
    const html = page('footnotes');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));
    const fragments = [...html.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1]!);
    expect(fragments.filter((f) => f.includes('fn'))).toHaveLength(4);
    expect(fragments.filter((f) => !ids.has(f))).toEqual([]);
  });

  it('drops the contents of a <style> element', () => {
    expect(page('style-element')).not.toContain('secret-style-text');
    expect(page('style-element')).toContain('Mary Major spoke in Basel.');
  });

  it('never gives a heading the id of a paragraph', () => {
    const ids = [...page('heading-like-an-id').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('turns a local image into its alt text, without an error', () => {
    expect(page('local-image')).toContain('A chart of the vote');
    expect(log).not.toContain('ImageNotFound');
  });

  it('publishes no javascript: source URL in knowledge.json', () => {
    expect(article('javascript-source')).not.toHaveProperty('sourceUrl');
  });

  it('warns about links to a missing paragraph or page, naming the article and the link', () => {
    const file = join(corpus.articles, 'broken-links.md');
    expect(log).toContain(`${file}: the link "#p-9" leads nowhere: this article has no paragraph or heading with that id`);
    expect(log).toContain(`${file}: the link "/articles/nope/" leads nowhere: the site has no such page`);
    expect(log).not.toContain('"#p-1" leads nowhere');
  });
});

describe('the Nu HTML Checker', () => {
  const unavailable = checkerUnavailable();
  if (unavailable) console.warn(unavailable);
  it.skipIf(unavailable !== null)('finds no error on any page of the odd-input build', () => {
    expect(checkSite(out)).toEqual([]);
  }, 600_000);
});
