// Bad articles stop the build with a message that names the file, the field or line, and the fix,
// and leave no site behind. Each case is a content folder in tests/fixtures/bad-input/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/bad-input');
const CACHE = resolve(import.meta.dirname, '../../node_modules/.astro-validation');

/** Astro colours its messages where it thinks a terminal or CI can show them; compare the words. */
function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/gu, '');
}

function syncContent(folder: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, BRIEFING_CONTENT: folder, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: CACHE },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: withoutColour(`${result.stdout}\n${result.stderr}`) };
}

const article = (name: string, file = 'article.md') => join(FIXTURES, name, 'articles', file);

// [fixture, what the message must say]
const CASES: Array<[string, RegExp | string]> = [
  ['missing-title', /title: title is missing: add a line such as title:/u],
  ['empty-title', /title: title is empty: write the article's headline/u],
  ['huge-title', /title: title is longer than 300 characters: shorten it/u],
  ['not-a-date', /published: published "next Tuesday" is not a real calendar date; write it as YYYY-MM-DD/u],
  ['impossible-date', `${article('impossible-date')}:3: published: published "2025-02-30" is not a real calendar date; write it as YYYY-MM-DD`],
  ['wrong-type', /tags: tags must be a list, such as tags: \[ai, video\]/u],
  ['no-body', `${article('no-body')}: the article has no body. Write the article text below the frontmatter's closing ---`],
  ['malformed-yaml', `${article('malformed-yaml')}:3: the frontmatter is not valid YAML`],
  ['latin1', `${article('latin1')}:2: the file is not valid UTF-8 (it looks like Latin-1 or CP1252). Convert it`],
  ['nul-bytes', `${article('nul-bytes')}:5: the file contains a NUL byte`],
  ['duplicate-slug', `${article('duplicate-slug', 'a.md')} and ${article('duplicate-slug', 'b.md')} both give the URL /articles/same-slug/`],
];

describe('bad input stops the build with a clear message', { timeout: 300_000 }, () => {
  it.each(CASES)('%s', (name, expected) => {
    const { status, output } = syncContent(join(FIXTURES, name));
    expect(status).not.toBe(0);
    if (typeof expected === 'string') expect(output).toContain(expected);
    else expect(output).toMatch(expected);
    // Every message points at the file.
    expect(output).toContain(`${name}/articles/`);
  });

  it('accepts a good article', () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-good-'));
    mkdirSync(join(folder, 'articles'));
    writeFileSync(join(folder, 'articles', 'good.md'), '---\ntitle: Good\npublished: 2024-02-03\n---\n\nBody.\n');
    const { status, output } = syncContent(folder);
    expect(output).not.toMatch(/error/iu);
    expect(status, output).toBe(0);
  });

  it('leaves no partial site behind when the build fails', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'briefing-out-')), 'dist');
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, BRIEFING_CONTENT: join(FIXTURES, 'no-body'), OUT_DIR: out, ASTRO_CACHE_DIR: CACHE },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(withoutColour(`${result.stdout}${result.stderr}`)).toContain('The build failed; nothing was written to');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
