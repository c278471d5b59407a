// Which files of a content folder are articles (or editor notes), and why each other file is not.
// One definition, used by the loader that reads them and by the check that counts pages after the build,
// so the two can never disagree about what should have been published.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';

/** Articles and notes are markdown files: `.md` or `.markdown`, in any letter case. */
export const MARKDOWN_FILE = /\.(md|markdown)$/iu;

export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ContentListing {
  /** Absolute paths of the markdown files, in a stable order (by path, code unit by code unit). */
  files: string[];
  /** Files and folders that are not read, each with the reason; the loader prints one line each. */
  skipped: SkippedFile[];
  /** Entries that cannot be read at all: the build stops on them. */
  problems: ContentProblem[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * The markdown files under `folder`, at any depth. Subfolders are read (an archive may be filed by
 * year); hidden files and folders (a name starting with a dot: .git, .DS_Store, editor swap files) and
 * files of other types are skipped and named. Symbolic links are followed, once each; a link that
 * leads nowhere is a problem, not a skip, because its article would silently be missing.
 */
export function listMarkdownFiles(folder: string): ContentListing {
  const listing: ContentListing = { files: [], skipped: [], problems: [] };
  const top = statOrNull(folder, true);
  if (!top) return listing;
  if (!top.isDirectory()) {
    listing.problems.push({ file: folder, message: 'is a file, not a folder. Make articles/ a folder and put the .md articles in it.' });
    return listing;
  }
  const visited = new Set<string>([realpathSync(folder)]);
  // Depth first with an explicit stack: no recursion, whatever the depth of the tree.
  const pending: string[] = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    let names: string[];
    try {
      names = readdirSync(dir).sort(byCodeUnit);
    } catch (error) {
      listing.problems.push({ file: dir, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check its permissions.` });
      continue;
    }
    const subfolders: string[] = [];
    for (const name of names) {
      const path = join(dir, name);
      if (name.startsWith('.')) {
        listing.skipped.push({ path, reason: 'its name starts with a dot (a hidden file or folder)' });
        continue;
      }
      const own = statOrNull(path, false);
      const target = statOrNull(path, true);
      if (own?.isSymbolicLink() && !target) {
        listing.problems.push({ file: path, message: `is a symbolic link to ${resolve(dir, readlinkSync(path))}, which does not exist. Fix the link or delete it.` });
        continue;
      }
      if (!target) {
        listing.problems.push({ file: path, message: 'cannot be read. Check its permissions.' });
        continue;
      }
      if (target.isDirectory()) {
        const real = realpathSync(path);
        if (visited.has(real)) {
          listing.skipped.push({ path, reason: `it leads to ${real}, which is read already` });
          continue;
        }
        visited.add(real);
        subfolders.push(path);
      } else if (!target.isFile()) {
        listing.skipped.push({ path, reason: 'it is not a regular file' });
      } else if (MARKDOWN_FILE.test(name)) {
        listing.files.push(path);
      } else {
        listing.skipped.push({ path, reason: 'only .md and .markdown files are articles' });
      }
    }
    // Reversed onto the stack, so folders are read in name order.
    pending.push(...subfolders.reverse());
  }
  listing.files.sort(byCodeUnit);
  return listing;
}

