import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../support/scratch.ts';
import { ROOT } from '../support/site-build.ts';

/** `npm run serve -- ARGS` until it exits (or is stopped after `ms`); its output and exit code. */
function serve(args: string[], ms = 20_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'serve', '--', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run serve', { timeout: 60_000 }, () => {
  let taken: Server;
  let port: number;
  const site = scratchFolder('serve-cli-');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    port = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((closed) => taken.close(() => closed())));

  it('stops with one line naming the port and the --port flag when the port is taken', async () => {
    const { code, stderr } = await serve(['--dir', site, '--port', String(port)]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`Port ${port} is already in use (is another server running?). Stop it, or choose another port: npm run serve -- --port ${port + 1}`);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu);
  });

  it('refuses a port that is not a number', async () => {
    const { code, stderr } = await serve(['--dir', site, '--port', 'http']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('--port http is not a port number: give a whole number from 0 to 65535, e.g. --port 4321');
  });
});
