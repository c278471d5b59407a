// Where `npm run build` may write, and what happens when two builds want the same place.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build.ts';
import { scratchFolder } from '../support/scratch.ts';

const SEED = join(ROOT, 'content');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function buildEnv(out: string, caches: string): NodeJS.ProcessEnv {
  return { ...process.env, BRIEFING_CONTENT: SEED, OUT_DIR: out, ASTRO_CACHE_DIR: join(caches, 'astro'), BRIEFING_CACHE_DIR: join(caches, 'briefing') };
}

describe('output outside the repository', { timeout: 600_000 }, () => {
  // A folder beside the project whose path starts with the project's own (/x/briefing-site for
  // /x/briefing): the case a string-prefix test takes for "inside".
  it('builds into a sibling folder whose name starts with the project folder name', () => {
    const out = `${ROOT}-build-output-test-${process.pid}`;
    made.push(out);
    const caches = scratchFolder('briefing-sibling-');
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: buildEnv(out, caches), timeout: 300_000 });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(out, 'articles', 'bill-peebles-leaves-openai-as-sora-is-shut-down', 'index.html'))).toBe(true);
  });

  it('runs the demo with --out outside the repository, as README says', () => {
    const out = `${ROOT}-demo-output-test-${process.pid}`;
    made.push(out);
    const caches = scratchFolder('briefing-demo-');
    const result = spawnSync('npm', ['run', '--silent', 'demo:wikinews', '--', '--corpus', SEED, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: buildEnv(`${out}-not-this-one`, caches),
      timeout: 300_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')).articles).toHaveLength(2);
  });
});

describe('two builds into one output', { timeout: 600_000 }, () => {
  it('stops the second at once with a clear message, and the first completes', async () => {
    const scratch = scratchFolder('briefing-concurrent-');
    const out = join(scratch, 'dist');
    const first = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: buildEnv(out, join(scratch, 'first')), stdio: 'ignore' });
    const firstDone = new Promise<number | null>((done) => first.on('close', done));
    // Wait until the first build holds the output.
    for (let waited = 0; !existsSync(`${out}.lock`) && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const second = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: buildEnv(out, join(scratch, 'second')), timeout: 300_000 });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toMatch(new RegExp(`^Another build \\(process \\d+\\) is writing to ${out.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}, so this one stops and changes nothing`, 'u'));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await firstDone).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('an empty corpus', { timeout: 600_000 }, () => {
  it('stops the build and keeps the last good site, unless --allow-empty says it is intended', () => {
    const scratch = scratchFolder('briefing-empty-');
    const out = join(scratch, 'dist');
    const caches = join(scratch, 'caches');
    const build = (content: string, args: string[] = []) =>
      spawnSync('npm', ['run', '--silent', 'build', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...buildEnv(out, caches), BRIEFING_CONTENT: content }, timeout: 300_000 });
    expect(build(SEED).status).toBe(0);
    const empty = join(scratch, 'empty');
    mkdirSync(join(empty, 'articles'), { recursive: true });
    writeFileSync(join(empty, 'articles', 'notes.txt'), 'Not an article.');

    const refused = build(empty);
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain(`${join(empty, 'articles')}: no articles. Add .md files, or set BRIEFING_ALLOW_EMPTY=1`);
    expect(`${refused.stdout}${refused.stderr}`).toContain(`The build failed; ${out} still holds the last good build.`);
    expect(JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')).articles).toHaveLength(2);

    expect(build(empty, ['--allow-empty']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')).articles).toEqual([]);
  });
});
