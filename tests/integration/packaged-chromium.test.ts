// The last resort of the browser tests (tools/browser/chromium.ts): the Chromium inside the @sparticuz/chromium
// devDependency, unpacked once into node_modules/.cache/ and run. BRIEFING_CHROMIUM=package skips
// CHROMIUM_PATH, a system Chromium and Playwright's managed browser, as on a machine that has none.
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../tools/browser/chromium.ts';
import { scratchFolder } from '../support/scratch.ts';

const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';

describe('the Chromium inside @sparticuz/chromium', () => {
  it.skipIf(!onLinuxX64)('is found last, unpacked once, and runs', { timeout: 180_000 }, async () => {
    const folder = scratchFolder('briefing-chromium-');
    writeFileSync(join(folder, 'chromium'), "#!/bin/sh\necho 'Chromium 121.0'\n");
    chmodSync(join(folder, 'chromium'), 0o755);
    const found = await findChromium({ BRIEFING_CHROMIUM: 'package', CHROMIUM_PATH: join(folder, 'chromium'), PATH: folder });
    expect(found.source).toBe('package');
    expect(found.executablePath).toMatch(/\/node_modules\/\.cache\/briefing-chromium\/sparticuz-[\d.]+\/chromium$/u);
    const version = spawnSync(found.executablePath!, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toMatch(/^Chromium \d+\.\d+\.\d+\.\d+/u);
    // Found again, it is not unpacked again.
    const again = await findChromium({ BRIEFING_CHROMIUM: 'package' });
    expect(again.executablePath).toBe(found.executablePath);
    expect(again.description).not.toMatch(/unpacked in/u);
    rmSync(folder, { recursive: true, force: true });
  });
});
