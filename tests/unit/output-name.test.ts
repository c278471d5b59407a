import { describe, expect, it } from 'vitest';
import { nameOutput } from '../../src/cli/output-name.ts';

describe('build output names the output folder, not the partial one', () => {
  it('rewrites the absolute and the relative form', () => {
    const cwd = '/home/ann/site';
    expect(nameOutput('[build] directory: /home/ann/site/dist.partial/\n', '/home/ann/site/dist.partial', '/home/ann/site/dist', cwd)).toBe(
      '[build] directory: /home/ann/site/dist/\n',
    );
    expect(nameOutput('`sitemap-index.xml` created at `dist.partial`', '/home/ann/site/dist.partial', '/home/ann/site/dist', cwd)).toBe(
      '`sitemap-index.xml` created at `dist`',
    );
    expect(nameOutput('created at `../../tmp/out.partial`', '/tmp/out.partial', '/tmp/out', cwd)).toBe('created at `../../tmp/out`');
  });

  it('leaves other names alone', () => {
    const cwd = '/home/ann/site';
    const line = 'read dist.partial2/ and old/dist.partial and dist.partial.bak';
    expect(nameOutput(line, '/home/ann/site/dist.partial', '/home/ann/site/dist', cwd)).toBe(line);
  });
});
