// Where a build writes before its output is swapped in.
import { createHash } from 'node:crypto';
import { basename, join, relative, sep } from 'node:path';

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/**
 * `<out>.partial` beside the output, except where Astro would misjudge it. Astro keeps its server
 * chunks in the output folder when it thinks that folder is inside the project, and tests that with a
 * string prefix: /x/briefing-site.partial "starts with" /x/briefing, so its chunks land there, outside
 * the project, and cannot find the project's packages. Such a build is made inside the project
 * (node_modules/.briefing-builds/) and moved into place.
 */
export function partialOutputDir(outDir: string, projectRoot: string): string {
  const beside = `${outDir}.partial`;
  if (isInside(beside, projectRoot) || !beside.startsWith(projectRoot)) return beside;
  const tag = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules', '.briefing-builds', `${basename(outDir)}-${tag}`);
}
