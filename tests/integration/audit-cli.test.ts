// npm run audit:entities: reads a content folder (or a flat folder of articles) and its editor notes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../support/scratch.ts';
import { runScript } from '../support/site-build.ts';

const runCli = (args: string[]) => runScript('audit:entities', args);

describe('audit:entities CLI', { timeout: 120_000 }, () => {
  it('audits a content folder, with its editor notes', () => {
    const content = scratchFolder('audit-cli-');
    mkdirSync(join(content, 'articles'));
    mkdirSync(join(content, 'entities'));
    writeFileSync(join(content, 'articles', 'harbour.md'), '---\ntitle: Harbour\n---\nThe Kessel Harbour Board met in Kessel on Monday.\n');
    writeFileSync(join(content, 'articles', 'ferry.md'), '---\ntitle: Ferry\n---\nThe Kessel Harbour Board bought a ferry.\n');
    writeFileSync(join(content, 'entities', 'board.md'), '---\nname: Kessel Harbour Board\ntype: organization\n---\n');
    const result = runCli(['--content', content, '--top', '1']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2 articles, \d+ entities, \d+ mentions \(/u);
    expect(result.stdout).toContain('  1. Kessel Harbour Board (organization) 2 mentions in 2 articles [editor note]\n     forms: Kessel Harbour Board 2\n');
  });

  it('says how to call it when --top is not a whole number, and when there are no articles', () => {
    const bad = runCli(['--top', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: npm run audit:entities -- [--content DIR] [--top N] [--forms N]');
    const empty = runCli(['--content', scratchFolder('audit-cli-empty-')]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no articles (*.md)');
  });
});
