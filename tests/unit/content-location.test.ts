import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityNotesDirectory, holdsMarkdown } from '../../src/content/location.ts';
import { scratchFolder } from '../support/scratch.ts';

describe('optional content folders', () => {
  it('finds entities/ in the content folder', () => {
    expect(entityNotesDirectory({ BRIEFING_CONTENT: '/srv/news' }, '/home/ann/site')).toBe('/srv/news/entities');
    expect(entityNotesDirectory({}, '/home/ann/site')).toBe('/home/ann/site/content/entities');
  });

  it('tells a folder with notes from one that is absent, empty or holds no markdown', () => {
    const root = scratchFolder('briefing-optional-');
    expect(holdsMarkdown(join(root, 'absent'))).toBe(false);
    mkdirSync(join(root, 'empty'));
    expect(holdsMarkdown(join(root, 'empty'))).toBe(false);
    mkdirSync(join(root, 'other', '.drafts'), { recursive: true });
    writeFileSync(join(root, 'other', 'notes.txt'), 'not markdown');
    writeFileSync(join(root, 'other', '.hidden.md'), '---\nname: Hidden\n---\n');
    writeFileSync(join(root, 'other', '.drafts', 'draft.md'), '---\nname: Draft\n---\n');
    expect(holdsMarkdown(join(root, 'other'))).toBe(false);
    mkdirSync(join(root, 'nested', 'people'), { recursive: true });
    writeFileSync(join(root, 'nested', 'people', 'ada-quill.md'), '---\nname: Ada Quill\n---\n');
    expect(holdsMarkdown(join(root, 'nested'))).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });
});
