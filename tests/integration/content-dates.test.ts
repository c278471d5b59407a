// A date written as an unquoted YAML timestamp is published as the calendar date written, in its own
// offset, whatever the time zone of the machine that builds the site.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../support/scratch.ts';
import { ROOT } from '../support/site-build.ts';

// Read the folder with the content loader and the schema, in a process of its own so TZ applies from its start.
const READ_DATES = `
import { readFolder } from './src/content/loaders.ts';
import { articleSchema } from './src/content/schema.ts';
const entries = readFolder(process.argv[1], { required: true, schema: articleSchema, urlPrefix: '/articles/' }, { warn: () => {} });
console.log(JSON.stringify(Object.fromEntries(entries.map((e) => [e.id, articleSchema.parse(e.data).published]))));
`;

function datesUnder(timeZone: string, folder: string): Record<string, string> {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', READ_DATES, folder], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: timeZone } });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe('unquoted YAML timestamps', () => {
  const folder = scratchFolder('briefing-dates-');
  mkdirSync(folder, { recursive: true });
  const write = (name: string, published: string) => writeFileSync(join(folder, `${name}.md`), `---\ntitle: ${name}\npublished: ${published}\n---\n\nText.\n`);
  write('late-in-new-york', '2025-03-01T23:30:00-05:00');
  write('early-in-tokyo', '2025-03-01T00:30:00+09:00');
  write('utc', '2025-03-01T12:00:00Z');
  write('space-and-offset', '2025-03-01 23:59:59 -10:00');
  write('plain', '2025-03-01');

  it.each(['UTC', 'America/Adak', 'Pacific/Kiritimati', 'Asia/Kolkata'])('keep the calendar date written, in TZ=%s', (timeZone) => {
    expect(datesUnder(timeZone, folder)).toEqual({
      'early-in-tokyo': '2025-03-01',
      'late-in-new-york': '2025-03-01',
      plain: '2025-03-01',
      'space-and-offset': '2025-03-01',
      utc: '2025-03-01',
    });
  });
});
