// The browser tests find a Chromium without anyone installing one: CHROMIUM_PATH, a system Chromium that
// runs, Playwright's managed browser, and last the one inside @sparticuz/chromium
// (tests/integration/packaged-chromium.test.ts unpacks and runs that one).
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, systemChromium } from '../../tools/browser/chromium.ts';
import { scratchFolder } from '../support/scratch.ts';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder holding one program `name` that prints `output` and exits with `status`. */
function fakeProgram(name: string, output: string, status = 0, mode = 0o755): { folder: string; path: string } {
  const folder = scratchFolder('briefing-chromium-');
  made.push(folder);
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\necho '${output}'\nexit ${status}\n`);
  chmodSync(path, mode);
  return { folder, path };
}

describe('finding a Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const fake = fakeProgram('my-chromium', 'Chromium 120.0.1');
    const found = await findChromium({ CHROMIUM_PATH: fake.path, PATH: '' });
    expect(found).toEqual({ executablePath: fake.path, source: 'CHROMIUM_PATH', description: `CHROMIUM_PATH=${fake.path}` });
  });

  it('stops on a CHROMIUM_PATH that is not there, naming it', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH=/nowhere/chromium: no such executable file. Point it at a Chromium binary or unset it.',
    );
  });

  it('then takes a Chromium on PATH that runs', async () => {
    const fake = fakeProgram('chromium', 'Chromium 121.0.6167.85 built on Debian');
    const found = await findChromium({ PATH: fake.folder });
    expect(found).toEqual({ executablePath: fake.path, source: 'system', description: `Chromium 121.0.6167.85 built on Debian (${fake.path})` });
  });

  it('passes over a system Chromium that cannot start, or cannot be run', () => {
    const broken = fakeProgram('chromium', 'error while loading shared libraries: libnss3.so', 127);
    const notExecutable = fakeProgram('google-chrome', 'Google Chrome 122.0', 0, 0o644);
    mkdirSync(join(notExecutable.folder, 'chromium-browser')); // a folder, not a program
    expect(systemChromium([broken.folder, notExecutable.folder])).toBeUndefined();
    const working = fakeProgram('google-chrome-stable', 'Google Chrome 122.0.6261.94');
    expect(systemChromium([broken.folder, notExecutable.folder, working.folder])).toEqual({
      path: working.path,
      version: 'Google Chrome 122.0.6261.94',
    });
  });
});
