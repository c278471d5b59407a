// npm run build: astro build into a fresh folder beside the output, moved into place only when the
// whole build succeeded, so a failed build never leaves a half-written site where the last good one was.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const partial = `${outDir}.partial`;

rmSync(partial, { recursive: true, force: true });
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: partial, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed; ${existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`}.`);
  process.exit(result.status ?? 1);
}

// Swap in two renames. The old tree is deleted by a detached process: removing tens of thousands of
// files takes seconds that neither the reader nor the person waiting for the build needs to wait for.
const trash = `${outDir}.old-${process.pid}-${Date.now()}`;
if (existsSync(outDir)) renameSync(outDir, trash);
renameSync(partial, outDir);
const trashes = [trash, ...leftoverTrash()].filter((dir) => existsSync(dir));
if (trashes.length) {
  spawn(process.execPath, ['-e', 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })', ...trashes], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/** Old trees a build interrupted before its clean-up left beside the output. */
function leftoverTrash(): string[] {
  const folder = dirname(outDir);
  const prefix = `${basename(outDir)}.old-`;
  return readdirSync(folder).filter((name) => name.startsWith(prefix)).map((name) => join(folder, name));
}
