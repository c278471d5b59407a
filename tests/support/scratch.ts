// Folders the tests write their made-up input into, under the system's temp folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new, empty folder under the system's temp folder, named after what it is for. */
export function scratchFolder(prefix = 'briefing-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A new folder holding `files`: each key is a path inside it ('articles/a.md'), each value the file's
 * text or bytes; a key that ends in '/' makes an empty folder ('articles/'). Returns the folder.
 */
export function writeTree(files: Record<string, string | Uint8Array>, prefix = 'briefing-'): string {
  const dir = scratchFolder(prefix);
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(dir, path);
    if (path.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}

/** An article file: the title (quoted as YAML), any further frontmatter lines, and the body. */
export function articleFile(title: string, body: string, extraFrontmatter = ''): string {
  return `---\ntitle: ${JSON.stringify(title)}\n${extraFrontmatter}---\n\n${body}\n`;
}
