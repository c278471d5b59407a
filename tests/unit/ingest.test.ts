import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyDigest, decodeText, prepareArticle } from '../../src/ingest/article.ts';
import { repairMojibake } from '../../src/ingest/mojibake.ts';
import { inferTitle, structurePlainText } from '../../src/ingest/plaintext.ts';
import { slugify } from '../../src/ingest/slug.ts';
import { main as ingest } from '../../src/cli/ingest.ts';
import { scratchFolder } from '../support/scratch.ts';
import { SEED_DIR } from '../support/text-article.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('mojibake repair', () => {
  it('repairs the emoji of the second seed decoded as Windows-1250', () => {
    expect(repairMojibake('đź•’ Published:').text).toBe('🕒 Published:');
  });
  it('repairs Windows-1252 mojibake of curly quotes and accents', () => {
    expect(repairMojibake('Itâ€™s a cafÃ©').text).toBe('It’s a café');
  });
  it('leaves genuine curly quotes, dashes and non-Latin text alone', () => {
    const text = 'OpenAI’s “side quest” — 10–15 H100s; Łódź; 日本語; naïve';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });
});

describe('plain-text structure', () => {
  const text = [
    'Bill Peebles has departed the company following the project’s quiet sunset last month.',
    'The Quiet End of Sora: From Research Demo to Strategic Casualty',
    'Sora, unveiled in February 2024, was never released as a public API.',
    '',
    '“The opportunity cost of sustaining large-scale video generation research is now too high.”',
    'Focus Beats Features',
    'The shutdown reveals something crucial about sustainable AI development.',
    '🕒 Published:',
  ].join('\n');
  const { blocks, dropped } = structurePlainText(text);

  it('finds section headings between paragraphs', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'The Quiet End of Sora: From Research Demo to Strategic Casualty',
      'Focus Beats Features',
    ]);
  });
  it('turns stand-alone quoted paragraphs into quotes', () => {
    expect(blocks.filter((b) => b.kind === 'quote')).toHaveLength(1);
  });
  it('drops an empty "Published:" label as a scraping artifact and says so', () => {
    expect(blocks.some((b) => b.text.includes('Published'))).toBe(false);
    expect(dropped).toEqual([{ line: 8, text: '🕒 Published:', reason: expect.stringContaining('artifact') }]);
  });
  it('does not take a sentence without a final full stop at the very end for a heading', () => {
    const last = structurePlainText('First paragraph here.\nA closing line without a stop').blocks.at(-1);
    expect(last?.kind).toBe('paragraph');
  });
});

describe('title inference', () => {
  it('uses the first sentence, cut at a word boundary', () => {
    expect(inferTitle('Imagine spending months building the most beautiful treehouse in the neighborhood, only to realize it.')).toBe(
      'Imagine spending months building the most beautiful treehouse in the neighborhood, only…',
    );
    expect(inferTitle('Short lead. Then more.')).toBe('Short lead');
  });
  it('takes a headline-like first line as the title', () => {
    const article = prepareArticle('x.txt', bytes('Hospital Opens New Wing\nThe new wing opened on Monday with 40 beds.\n'));
    expect(article.frontmatter.title).toBe('Hospital Opens New Wing');
    expect(article.titleInferred).toBe(false);
    expect(article.body).not.toContain('Hospital Opens New Wing');
  });
  it('says when it inferred a title', () => {
    const article = prepareArticle('x.txt', bytes('The council voted on Monday to close the library. It had been open since 1902.\n'));
    expect(article.titleInferred).toBe(true);
    expect(article.warnings.join()).toMatch(/inferred "The council voted on Monday to close the library"/u);
  });
});

describe('prepareArticle on the seeds', () => {
  const seed = (name: string) => prepareArticle(name, readFileSync(join(SEED_DIR, name)));

  it('keeps curly quotes and apostrophes exactly', () => {
    const article = seed('000_7a7de0392025a01d.txt');
    expect(article.body).toContain('OpenAI’s Sora');
    expect(article.body).toContain('“side quest”');
    expect(article.body).not.toMatch(/[^\\]"|'/u);
  });
  it('renders four headings and two blockquotes for the first seed', () => {
    const article = seed('000_7a7de0392025a01d.txt');
    expect(article.headings).toBe(4);
    expect(article.quotes).toBe(2);
    expect(article.body.match(/^## /gmu)).toHaveLength(4);
    expect(article.body.match(/^> “/gmu)).toHaveLength(2);
  });
  it('removes every trace of the mojibake line from the second seed and reports it', () => {
    const article = seed('002_ba23344b395729c1.txt');
    expect(article.body).not.toMatch(/đź|🕒|Published/u);
    expect(article.repairs.join('\n')).toMatch(/repaired "đź•’" → "🕒"/u);
    expect(article.repairs.join('\n')).toMatch(/dropped line 20/u);
    expect(article.frontmatter.published).toBeUndefined();
    expect(article.frontmatter.source).toEqual({ file: '002_ba23344b395729c1.txt' });
  });
});

describe('other inputs', () => {
  it('reads markdown with frontmatter and keeps its fields', () => {
    const article = prepareArticle('a.md', bytes('---\ntitle: "Given"\npublished: 2024-02-03\n---\n\nBody text.\n'));
    expect(article.frontmatter).toMatchObject({ title: 'Given', source: { file: 'a.md' } });
    expect(article.body).toBe('Body text.\n');
  });
  it('reads HTML, taking the title from <h1> and dropping scripts and navigation', () => {
    const html = '<html><head><title>Site</title><script>x()</script></head><body><nav>Menu</nav><article><h1>Real Title</h1><p>First <em>para</em>.</p><h2>Part</h2><p>Second.</p></article></body></html>';
    const article = prepareArticle('a.html', bytes(html));
    expect(article.frontmatter.title).toBe('Real Title');
    expect(article.body).toBe('First _para_.\n\n## Part\n\nSecond.\n');
  });
  it('decodes Latin-1 files that are not UTF-8, with a warning', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    expect(decodeText(latin1)).toEqual({ text: 'Café', warning: expect.stringContaining('Windows-1252') });
  });
  it('makes ASCII slugs and falls back when a title has no Latin letters', () => {
    expect(slugify('What Sora’s Shutdown Teaches Open Source AI')).toBe('what-soras-shutdown-teaches-open-source-ai');
    expect(slugify('Café crème')).toBe('cafe-creme');
    expect(slugify('東京')).toBe('');
    expect(prepareArticle('tokyo-report.txt', bytes('東京\n本文です。これは記事です。\n')).slug).toBe('tokyo-report');
  });
  it('treats bodies that differ only in white space as the same', () => {
    expect(bodyDigest('a  b\n\nc')).toBe(bodyDigest('a b c\n'));
  });
});

describe('the ingest command', () => {
  let dir: string;
  let out: string;
  let lines: string[];
  let errors: string[];
  beforeEach(() => {
    dir = scratchFolder('ingest-');
    out = join(dir, 'articles');
    lines = [];
    errors = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes one article per seed and prints a summary line for each', () => {
    expect(ingest(['--out', out, SEED_DIR])).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/4 headings; 2 quotes; warning: no title given/u);
    expect(lines[1]).toMatch(/repaired "đź•’"/u);
  });
  it('refuses to overwrite an existing article without --force', () => {
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'Council Votes\nThe council voted to close the library.\n');
    expect(ingest(['--out', out, input])).toBe(0);
    const target = join(out, 'council-votes.md');
    writeFileSync(target, readFileSync(target, 'utf8').replace('voted', 'VOTED'));
    writeFileSync(input, 'Council Votes\nThe council voted to keep the library.\n');
    expect(ingest(['--out', out, input])).toBe(1);
    expect(lines.at(-1)).toMatch(/refused, .*council-votes\.md exists; pass --force/u);
    expect(readFileSync(target, 'utf8')).toContain('VOTED');
    expect(ingest(['--force', '--out', out, input])).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('keep the library');
  });
  it('reports a body already imported and does not import it twice', () => {
    expect(ingest(['--out', out, SEED_DIR])).toBe(0);
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(join(SEED_DIR, '000_7a7de0392025a01d.txt')));
    expect(ingest(['--out', out, copy])).toBe(0);
    expect(lines.at(-1)).toMatch(/skipped, same body as .*\.md/u);
    expect(readdirSync(out)).toHaveLength(2);
  });
  it('names a path that does not exist, goes on with the rest and exits non-zero', () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Council Votes\nThe council voted to close the library.\n');
    expect(ingest(['--out', out, join(dir, 'missing.txt'), good])).toBe(1);
    expect(errors).toEqual([`${join(dir, 'missing.txt')}: failed: no such file or directory`]);
    expect(readdirSync(out)).toEqual(['council-votes.md']);
  });
});

describe('ingest never loses an input', () => {
  let dir: string;
  let out: string;
  let lines: string[];
  let errors: string[];
  beforeEach(() => {
    dir = scratchFolder('ingest-');
    out = join(dir, 'articles');
    lines = [];
    errors = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };

  it('gives the second of two inputs with one headline its own slug, and says so, even with --force', () => {
    const a = write('a.txt', 'Same Headline Here\nThe first story, about a bridge.\n');
    const b = write('b.txt', 'Same Headline Here\nThe second story, about a tunnel.\n');
    expect(ingest(['--force', '--out', out, a, b])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['same-headline-here-2.md', 'same-headline-here.md']);
    expect(readFileSync(join(out, 'same-headline-here.md'), 'utf8')).toContain('about a bridge');
    expect(readFileSync(join(out, 'same-headline-here-2.md'), 'utf8')).toContain('about a tunnel');
    expect(lines[1]).toMatch(/b\.txt → .*same-headline-here-2\.md \(same headline as .*same-headline-here\.md, imported from a\.txt: given a slug of its own\)/u);
    // Run again with --force: each input updates its own article, nothing is lost or duplicated.
    writeFileSync(b, 'Same Headline Here\nThe second story, about a longer tunnel.\n');
    expect(ingest(['--force', '--out', out, a, b])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['same-headline-here-2.md', 'same-headline-here.md']);
    expect(readFileSync(join(out, 'same-headline-here-2.md'), 'utf8')).toContain('about a longer tunnel');
  });

  it('keeps HTML tables and definition lists, and goes on to the next input', () => {
    const page = write(
      'table.html',
      '<html><body><h1>Vote Results</h1><p>The council voted.</p><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>12</td></tr></table><dl><dt>Quorum</dt><dd>Half the members.</dd></dl><p>Turnout was <del>40</del> 42 per cent.</p></body></html>',
    );
    const next = write('next.txt', 'Another Story\nThe library stays open.\n');
    expect(ingest(['--out', out, page, next])).toBe(0);
    const body = readFileSync(join(out, 'vote-results.md'), 'utf8');
    expect(body).toContain('<td>Green</td>');
    expect(body).toContain('Quorum');
    expect(body).toContain('Half the members.');
    expect(body).toContain('42 per cent');
    expect(existsSync(join(out, 'another-story.md'))).toBe(true);
  });

  it('names a .md input with bad YAML and its line, and goes on', () => {
    const bad = write('bad.md', '---\ntitle: [unclosed\n---\n\nText.\n');
    const good = write('good.txt', 'Another Story\nThe library stays open.\n');
    expect(ingest(['--out', out, bad, good])).toBe(1);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:2: failed: the frontmatter is not valid YAML`, 'u'))]);
    expect(readdirSync(out)).toEqual(['another-story.md']);
  });

  it('reads folders inside folders, a folder named like a file included', () => {
    write('in/x.md/inner.txt', 'Inner Story\nThe inner text.\n');
    write('in/top.txt', 'Top Story\nThe top text.\n');
    expect(ingest(['--out', out, join(dir, 'in')])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['inner-story.md', 'top-story.md']);
  });

  it('refuses a binary file by name', () => {
    const binary = write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 7, 8]));
    expect(ingest(['--out', out, binary])).toBe(1);
    expect(errors).toEqual([`${binary}: failed: this looks like a binary file (it holds NUL bytes), not text. Convert it to text first.`]);
    expect(existsSync(join(out))).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });

  it('drops control characters from text and says so', () => {
    const input = write('bell.txt', 'Bell Story\nThe bell \u0007 rang and the escape \u001b key stuck.\n');
    expect(ingest(['--out', out, input])).toBe(0);
    const text = readFileSync(join(out, 'bell-story.md'), 'utf8');
    expect(text).not.toMatch(/[\u0007\u001b]/u);
    expect(lines[0]).toMatch(/removed control characters \(U\+0007, U\+001B\)/u);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const input = write('wide.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('Wide Story\nThe café opened.\n', 'utf16le')]));
    expect(ingest(['--out', out, input])).toBe(0);
    expect(readFileSync(join(out, 'wide-story.md'), 'utf8')).toContain('The café opened.');
  });

  it('refuses HTML nested too deeply to convert, by name', () => {
    const deep = write('deep.html', `<html><body><h1>Deep</h1>${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}</body></html>`);
    expect(ingest(['--out', out, deep])).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/deep\.html: failed: the page nests elements more than 100 levels deep/u)]);
  });
});
