import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/cli/extract.ts';
import { blankMarkdownSyntax } from '../../src/build/source-blocks.ts';
import { scratchFolder } from '../support/scratch.ts';
import { SEED_DIR } from '../support/text-article.ts';
import { runScript } from '../support/site-build.ts';

const DEV = join(import.meta.dirname, '../fixtures/wikinews-dev/articles');

const runCli = (args: string[], options: { input?: string } = {}) => runScript('extract', args, options);

describe('extract CLI', { timeout: 120_000 }, () => {
  it('prints one JSON array with an object per file, in the order given', () => {
    const files = [join(SEED_DIR, '002_ba23344b395729c1.txt'), join(SEED_DIR, '000_7a7de0392025a01d.txt')];
    const result = runCli(files);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Array<{ file: string; entities: unknown[]; times: unknown[] }>;
    expect(output.map((o) => o.file)).toEqual(files);
    for (const item of output) {
      expect(Object.keys(item).sort()).toEqual(['entities', 'file', 'times']);
    }
  });

  it('gives offsets that index the file text exactly, for .txt and .md', () => {
    const files = [join(SEED_DIR, '000_7a7de0392025a01d.txt'), ...readdirSync(DEV).slice(0, 3).map((f) => join(DEV, f))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const result = extractFile(file, text);
      expect(result.entities.length).toBeGreaterThan(0);
      for (const entity of result.entities) {
        for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const time of result.times) expect(text.slice(time.start, time.end)).toBe(time.text);
    }
  });

  it('keeps frontmatter out of markdown files', () => {
    const text = '---\ntitle: "Vladimir Putin visits Paris"\ndate: "2019-01-04"\n---\nAngela Merkel met Emmanuel Macron in Berlin on Monday.\n';
    const result = extractFile('a.md', text);
    const bodyStart = text.indexOf('Angela');
    for (const entity of result.entities) for (const m of entity.mentions) expect(m.start).toBeGreaterThanOrEqual(bodyStart);
    expect(result.entities.map((e) => e.name)).not.toContain('Vladimir Putin');
    // The frontmatter's date anchors relative expressions: that Monday is 31 December 2018.
    expect(result.times.find((t) => t.text === 'Monday')?.value).toBe('2018-12-31');
  });

  it('anchors relative dates to --published and never to the clock', () => {
    const dir = scratchFolder('extract-');
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'The company said last month that sales grew.\n');
    const dated = JSON.parse(runCli(['--published', '2024-03-15', file]).stdout);
    expect(dated[0].times[0]).toMatchObject({ text: 'last month', value: '2024-02' });
    const undated = JSON.parse(runCli([file]).stdout);
    expect(undated[0].times[0].value).not.toMatch(/^\d{4}/u);
    expect(undated[0].times[0].relative).toBe(true);
  });

  it('exits non-zero with a clear message for a file it cannot read', () => {
    const result = runCli([join(SEED_DIR, '000_7a7de0392025a01d.txt'), '/nonexistent/article.txt']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot read /nonexistent/article.txt: no such file');
    expect(result.stdout).toBe('');
  });

  it('rejects a --published value that is not a date', () => {
    const result = runCli(['--published', '2024-13-01', join(SEED_DIR, '000_7a7de0392025a01d.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not a date; write it as YYYY-MM-DD/u);
  });
});

describe('extract on folders, lists and odd files', { timeout: 300_000 }, () => {
  const tree = () => {
    const dir = scratchFolder('extract-tree-');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'b.txt'), 'Angela Merkel visited Paris.\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\n---\nEmmanuel Macron spoke in Lyon.\n');
    writeFileSync(join(dir, 'sub', 'c.html'), '<p>Jane Roe met officials in Oslo.</p>\n');
    writeFileSync(join(dir, 'sub', 'deeper', 'd.MD'), 'John Smith left Cairo.\n');
    writeFileSync(join(dir, '.hidden.md'), 'Hidden Person was here.\n');
    writeFileSync(join(dir, 'photo.jpg'), 'not text');
    return dir;
  };

  it('takes a folder: every .md, .txt and .html inside it, at any depth, in path order', () => {
    const dir = tree();
    const result = runCli([dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((o) => o.file)).toEqual([
      join(dir, 'a.md'),
      join(dir, 'b.txt'),
      join(dir, 'sub', 'c.html'),
      join(dir, 'sub', 'deeper', 'd.MD'),
    ]);
  });

  it('takes a list of files on standard input with --files-from -, in the order given', () => {
    const dir = tree();
    const files = [join(dir, 'sub', 'c.html'), join(dir, 'a.md')];
    const result = runCli(['--files-from', '-'], { input: `${files.join('\n')}\n\n` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((o) => o.file)).toEqual(files);
  });

  it('reads HTML as text: tags, scripts and styles are no names, and offsets index the file', () => {
    const text = '<html><head><style>.Lorem { color: red }</style></head><body><p>Angela Merkel met Emmanuel Macron in <b>Berlin</b>.</p>\n<script>var x = "Donald Trump";</script></body></html>\n';
    const result = extractFile('page.html', text);
    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Berlin']));
    expect(names).not.toContain('Donald Trump');
    for (const entity of result.entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('refuses a binary file by name, with a non-zero exit and no output', () => {
    const dir = scratchFolder('extract-binary-');
    const file = join(dir, 'image.txt');
    writeFileSync(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const result = runCli([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`extract: ${file} looks like a binary file (it holds NUL bytes), not text; convert it to text or leave it out\n`);
    expect(result.stdout).toBe('');
  });

  it('says so when a folder holds nothing to extract', () => {
    const dir = scratchFolder('extract-empty-');
    writeFileSync(join(dir, 'photo.jpg'), 'not text');
    const result = runCli([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`extract: ${dir} holds no .md, .markdown, .txt or .html file\n`);
  });

  it('extracts a folder of 3,000 files through npm run', () => {
    const dir = scratchFolder('extract-many-');
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `article-${String(i).padStart(4, '0')}.txt`), `Mayor Alice Brown of Springfield ${i} opened a bridge on 3 March 2024.\n`);
    const result = runCli([dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Array<{ file: string; entities: unknown[]; times: unknown[] }>;
    expect(output).toHaveLength(3000);
    expect(output[2999]!.file).toBe(join(dir, 'article-2999.txt'));
    expect(output[0]!.times).toHaveLength(1);
  });
});

describe('blanking markdown syntax keeps offsets', () => {
  it('replaces markers with spaces of the same length', () => {
    const source = '## The Heading\n\n> “A quote” by **Bill Peebles** and [OpenAI](https://openai.com).';
    const blanked = blankMarkdownSyntax(source);
    expect(blanked).toHaveLength(source.length);
    expect(blanked.indexOf('Bill Peebles')).toBe(source.indexOf('Bill Peebles'));
    expect(blanked.indexOf('OpenAI')).toBe(source.indexOf('OpenAI'));
    expect(blanked).not.toMatch(/[#>*[\]()]/u);
  });
});
