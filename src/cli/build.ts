// npm run build: astro build into a fresh folder beside the output, moved into place only when the
// whole build succeeded, so a failed build never leaves a half-written site where the last good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const partial = `${outDir}.partial`;
const previous = `${outDir}.previous`;

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

// Swap in two renames; deleting the old tree comes after, off the critical path of a reader.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
rmSync(previous, { recursive: true, force: true });
