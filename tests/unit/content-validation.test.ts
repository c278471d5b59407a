// The build refuses bad articles with a message that names the file, the field or line, and the fix.
// These run Astro's content sync (the stage that validates) on throwaway content folders.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function syncContent(files: Record<string, string>): { status: number | null; output: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-content-'));
  mkdirSync(join(folder, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'articles', name), text);
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: { ...process.env, BRIEFING_CONTENT: folder, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, folder };
}

describe('content validation in the build', { timeout: 200_000 }, () => {
  it('accepts good articles, and fails on each bad one with file, field and fix', () => {
    const good = syncContent({ 'good.md': '---\ntitle: Good\npublished: 2024-02-03\n---\n\nBody.\n' });
    expect(good.output).not.toMatch(/error/iu);
    expect(good.status).toBe(0);

    const noTitle = syncContent({ 'no-title.md': '---\nsummary: x\n---\n\nBody.\n' });
    expect(noTitle.status).not.toBe(0);
    expect(noTitle.output).toContain(join(noTitle.folder, 'articles', 'no-title.md'));
    expect(noTitle.output).toMatch(/title: title is missing: add a line such as title:/u);

    const badDate = syncContent({ 'bad-date.md': '---\ntitle: A\npublished: next Tuesday\n---\n\nBody.\n' });
    expect(badDate.status).not.toBe(0);
    expect(badDate.output).toContain('bad-date.md');
    expect(badDate.output).toMatch(/published: published "next Tuesday" is not a real calendar date; write it as YYYY-MM-DD/u);

    const impossibleDate = syncContent({ 'feb-30.md': '---\ntitle: A\npublished: 2025-02-30\n---\n\nBody.\n' });
    expect(impossibleDate.status).not.toBe(0);
    expect(impossibleDate.output).toContain(`${join(impossibleDate.folder, 'articles', 'feb-30.md')}:3: published "2025-02-30" is not a real calendar date`);

    const wrongType = syncContent({ 'tags.md': '---\ntitle: A\ntags: ai\n---\n\nBody.\n' });
    expect(wrongType.status).not.toBe(0);
    expect(wrongType.output).toContain('tags.md');
    expect(wrongType.output).toMatch(/tags: tags must be a list, such as tags: \[ai, video\]/u);

    const emptyBody = syncContent({ 'empty.md': '---\ntitle: A\n---\n\n  \n' });
    expect(emptyBody.status).not.toBe(0);
    expect(emptyBody.output).toContain(`${join(emptyBody.folder, 'articles', 'empty.md')}: the article has no body. Write the article text below`);
  });
});
