import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractorDigest } from '../../src/build/extractor-digest.ts';
import { scratchFolder } from '../support/scratch.ts';

const project = process.cwd();
let dir: string;

function knowledgeTree(files: Record<string, string>): string {
  dir = scratchFolder('digest-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the extractor digest that keys the extraction cache', () => {
  it('changes when a data file changes, not only code', () => {
    const root = knowledgeTree({ 'rules.ts': 'export const x = 1;', 'lexicon/titles.txt': 'President\nSenator\n' });
    const before = extractorDigest([root], project, []);
    writeFileSync(join(root, 'lexicon/titles.txt'), 'President\nSenator\nGovernor\n');
    expect(extractorDigest([root], project, [])).not.toBe(before);
  });

  it('covers every folder it is given: a changed helper outside the core changes it too', () => {
    const root = knowledgeTree({ 'knowledge/rules.ts': 'export const x = 1;', 'text/fold.ts': 'export const fold = (s) => s;' });
    const dirs = [join(root, 'knowledge'), join(root, 'text')];
    const before = extractorDigest(dirs, project, []);
    writeFileSync(join(root, 'text/fold.ts'), 'export const fold = (s) => s.normalize();');
    expect(extractorDigest(dirs, project, [])).not.toBe(before);
  });

  it('changes when a model file changes', () => {
    const root = knowledgeTree({ 'entities/model/weights.json': '{"w":[1,2]}' });
    const before = extractorDigest([root], project, []);
    writeFileSync(join(root, 'entities/model/weights.json'), '{"w":[1,3]}');
    expect(extractorDigest([root], project, [])).not.toBe(before);
  });

  it('changes when a file is renamed, and is stable when nothing changes', () => {
    const root = knowledgeTree({ 'a.json': '[]' });
    const before = extractorDigest([root], project, []);
    expect(extractorDigest([root], project, [])).toBe(before);
    rmSync(join(root, 'a.json'));
    writeFileSync(join(root, 'b.json'), '[]');
    expect(extractorDigest([root], project, [])).not.toBe(before);
  });

  it('covers the installed versions of the data packages', () => {
    const root = knowledgeTree({ 'a.ts': '' });
    expect(extractorDigest([root], project, ['compromise'])).not.toBe(extractorDigest([root], project, []));
    expect(extractorDigest([root], project, ['compromise'])).not.toBe(extractorDigest([root], project, ['no-such-package-here']));
  });
});
