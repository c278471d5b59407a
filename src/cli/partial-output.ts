// Where a build writes before its output is swapped in.
import { createHash } from 'node:crypto';
import { basename, join, relative, sep } from 'node:path';

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/**
 * `<out>.partial` beside the output when the output is inside the project; otherwise a folder inside the
 * project (node_modules/.briefing-builds/), moved into place afterwards. Astro keeps its server chunks
 * in the output folder only when it thinks that folder is inside the project (a string-prefix test, so
 * /x/briefing-site.partial counts as inside /x/briefing); for any other folder it uses the project's own
 * .astro/, which two builds at once would share, each deleting the other's chunks, and where a prefix
 * mistake leaves chunks that cannot find the project's packages.
 */
export function partialOutputDir(outDir: string, projectRoot: string): string {
  const beside = `${outDir}.partial`;
  if (isInside(beside, projectRoot)) return beside;
  const tag = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules', '.briefing-builds', `${basename(outDir)}-${tag}`);
}
