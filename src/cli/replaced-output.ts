// Where a build puts the output it replaces until a background process has deleted it: beside the
// output, as `<out>.old-<pid>-<time>`. The build wrapper writes these; the benchmark waits for them.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh name for the output being replaced. */
export function replacedOutputName(outDir: string): string {
  return `${outDir}.old-${process.pid}-${Date.now()}`;
}

/** Replaced outputs of `outDir` still waiting to be deleted (or left by an interrupted clean-up). */
export function replacedOutputs(outDir: string): string[] {
  const prefix = `${basename(outDir)}.old-`;
  return readdirSync(dirname(outDir))
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(dirname(outDir), name));
}
