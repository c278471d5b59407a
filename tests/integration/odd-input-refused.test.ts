// Odd input that must stop the build: every problem is reported at once, each on a line that names the
// file, the line or field where there is one, what is wrong and how to fix it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEEP_CASES, REFUSED_CASES, writeRefusedCorpus } from '../support/odd-input-corpus.ts';
import { ROOT } from '../support/site-build.ts';

/** Astro colours its messages where it thinks a terminal or CI can show them; compare the words. */
function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/gu, '');
}

/** `astro sync` runs the loaders and schemas: the part of a build that reads the content folder. */
function syncContent(folder: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'sync'], {
    cwd: ROOT,
    env: { ...process.env, BRIEFING_CONTENT: folder, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(folder, '.astro-cache'), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: withoutColour(`${result.stdout}\n${result.stderr}`) };
}

/** What the output says right after `path` on each line that names it. */
function sayings(output: string, path: string): string[] {
  return output.split('\n').filter((line) => line.includes(path)).map((line) => line.slice(line.indexOf(path) + path.length));
}

const goodArticle = '---\ntitle: Good\npublished: 2024-02-03\n---\n\nBody.\n';

function contentFolder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-odd-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('refused articles, all reported in one run', { timeout: 300_000 }, () => {
  let corpus: ReturnType<typeof writeRefusedCorpus>;
  let result: ReturnType<typeof syncContent>;
  beforeAll(() => {
    corpus = writeRefusedCorpus();
    result = syncContent(corpus.dir);
  }, 120_000);

  it('stops the build', () => {
    expect(result.status).not.toBe(0);
  });

  it.each([...REFUSED_CASES, ...DEEP_CASES])('$file', ({ file, message }) => {
    expect(sayings(result.output, join(corpus.articles, file))).toContainEqual(expect.stringMatching(message));
  });

  it('names a dangling symbolic link and where it points', () => {
    expect(sayings(result.output, join(corpus.articles, 'dangling.md'))).toContainEqual(
      `: is a symbolic link to ${join(corpus.dir, 'nowhere.md')}, which does not exist. Fix the link or delete it.`,
    );
  });

  it('names both files when two names differ only in Unicode normalisation', () => {
    const composed = join(corpus.articles, 'caf\u00e9.md');
    const decomposed = join(corpus.articles, 'cafe\u0301.md');
    expect(sayings(result.output, decomposed)).toContainEqual(
      expect.stringContaining(` and ${composed} both give the URL /articles/caf\u00e9/: give one of them another file name or slug: field`),
    );
  });
});

describe('content folders that hold no article', { timeout: 300_000 }, () => {
  it('refuses an empty articles/ folder', () => {
    const dir = contentFolder();
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, 'articles')}: no articles. Add .md files, or set BRIEFING_ALLOW_EMPTY=1 to build an empty site on purpose.`);
  });

  it('refuses a folder of files that are not articles, naming each', () => {
    const dir = contentFolder({ 'articles/notes.txt': 'Text.', 'articles/photo.jpg': 'JPEG' });
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`skipped: ${join(dir, 'articles', 'notes.txt')}, because only .md and .markdown files are articles`);
    expect(output).toContain(`skipped: ${join(dir, 'articles', 'photo.jpg')}, because only .md and .markdown files are articles`);
    expect(output).toContain(`${join(dir, 'articles')}: no articles.`);
  });

  it('builds an empty site when asked to', () => {
    const { status, output } = syncContent(contentFolder(), { BRIEFING_ALLOW_EMPTY: '1' });
    expect(status, output).toBe(0);
  });

  it('refuses an articles path that is a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-odd-'));
    writeFileSync(join(dir, 'articles'), 'not a folder');
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, 'articles')}: is a file, not a folder. Make articles/ a folder and put the .md articles in it.`);
  });
});

describe('editor notes for one entity', { timeout: 300_000 }, () => {
  it('names both files of two notes that alias each other', () => {
    const dir = contentFolder({ 'articles/good.md': goodArticle });
    mkdirSync(join(dir, 'entities'));
    writeFileSync(join(dir, 'entities', 'openai.md'), '---\nname: OpenAI\naliases: [Sora]\n---\n');
    writeFileSync(join(dir, 'entities', 'sora.md'), '---\nname: Sora\naliases: [OpenAI]\n---\n');
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${join(dir, 'entities', 'openai.md')} and ${join(dir, 'entities', 'sora.md')} are notes for the same entity (both answer to "sora"): merge them into one note, or remove "sora" from one of them.`,
    );
  });

  it('names both files of two notes with one name', () => {
    const dir = contentFolder({ 'articles/good.md': goodArticle });
    mkdirSync(join(dir, 'entities'));
    writeFileSync(join(dir, 'entities', 'a.md'), '---\nname: OpenAI\n---\n');
    writeFileSync(join(dir, 'entities', 'b.md'), '---\nname: openai\nsummary: A second note.\n---\n');
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, 'entities', 'a.md')} and ${join(dir, 'entities', 'b.md')} are notes for the same entity (both answer to "openai")`);
  });
});

describe('a bad briefing.md', { timeout: 300_000 }, () => {
  it('names the file and line of bad YAML', () => {
    const dir = contentFolder({ 'articles/good.md': goodArticle, 'briefing.md': '---\ntitle: [The site\n---\n\nIntro.\n' });
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(sayings(output, join(dir, 'briefing.md'))).toContainEqual(expect.stringMatching(/^:2: the frontmatter is not valid YAML/u));
  });

  it('names a briefing.md that is a folder', () => {
    const dir = contentFolder({ 'articles/good.md': goodArticle });
    mkdirSync(join(dir, 'briefing.md'));
    const { status, output } = syncContent(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, 'briefing.md')}: is a folder, not a file. Remove it, or make it a .md file with the site's title and introduction.`);
  });
});

describe('a SITE that is not a web address', { timeout: 300_000 }, () => {
  it('names SITE and the fix', () => {
    const { status, output } = syncContent(contentFolder({ 'articles/good.md': goodArticle }), { SITE: 'example.com' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE "example.com" is not a web address: write it in full, with https://, e.g. SITE=https://example.com');
  });
});
