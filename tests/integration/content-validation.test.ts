// Bad content stops the build, and the person running it reads every problem at once, each line naming
// the file, the line or field, what is wrong and the fix. The messages themselves are checked word for
// word in-process (tests/unit/content-problems.test.ts, tests/unit/site-address.test.ts); these runs show
// once that they reach the terminal through Astro, and that a failed build leaves no site behind.
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, scratchFolder, writeTree } from '../support/scratch.ts';
import { ROOT, withoutColour } from '../support/site-build.ts';

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

describe('bad content, through astro sync', { timeout: 300_000 }, () => {
  let dir: string;
  let result: ReturnType<typeof syncContent>;
  beforeAll(() => {
    dir = writeTree(
      {
        'articles/good.md': articleFile('Good', 'Body.'),
        'articles/no-title.md': '---\nsummary: A summary but no title\n---\n\nBody text.\n',
        'articles/impossible-date.md': articleFile('Impossible date', 'Body text.', 'published: 2025-02-30\n'),
        'articles/deep-quotes.md': articleFile('Deep quotes', `${'>'.repeat(1000)} deep`),
        'briefing.md': '---\ntitle: [The site\n---\n\nIntro.\n',
      },
      'briefing-refused-',
    );
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'articles', 'dangling.md'));
    result = syncContent(dir);
  }, 120_000);

  it('stops, with every problem of every file in one run, each on its own line', () => {
    expect(result.status).not.toBe(0);
    const articles = join(dir, 'articles');
    const lines = result.output.split('\n');
    for (const line of [
      `${articles}/dangling.md: is a symbolic link to ${dir}/nowhere.md, which does not exist. Fix the link or delete it.`,
      `${articles}/deep-quotes.md: the body nests elements more than 100 levels deep (mostly <blockquote> inside <blockquote>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.`,
      `${articles}/impossible-date.md:3: published: published "2025-02-30" is not a real calendar date; write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated`,
      `${articles}/no-title.md: title: title is missing: add a line such as title: "What happened" to the frontmatter`,
      `${dir}/briefing.md:2: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Check the quotes and brackets on that line; put a value that contains a colon or starts with [ { " ' in quotes.`,
    ]) {
      expect(lines.filter((printed) => printed.includes(line)), line).toHaveLength(1);
    }
  });

  it('shows no stack trace under the messages', () => {
    expect(result.output).not.toMatch(/^\s+at .*\.ts:\d+/mu);
  });
});

describe('a SITE that is not a web address, through astro sync', { timeout: 300_000 }, () => {
  it('names SITE and the fix', () => {
    const { status, output } = syncContent(writeTree({ 'articles/good.md': articleFile('Good', 'Body.') }, 'briefing-site-'), { SITE: 'example.com' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE "example.com" is not a web address: write it in full, with https://, e.g. SITE=https://example.com');
  });
});

describe('a failed build', { timeout: 300_000 }, () => {
  it('leaves no partial site behind', () => {
    const content = writeTree({ 'articles/no-body.md': '---\ntitle: No body\n---\n\n   \n' }, 'briefing-no-body-');
    const out = join(scratchFolder('briefing-out-'), 'dist');
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, BRIEFING_CONTENT: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(content, '.astro-cache') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(withoutColour(`${result.stdout}${result.stderr}`)).toContain('The build failed; nothing was written to');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
