import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkRawDates } from './frontmatter-check.ts';

/**
 * Astro's glob() loader over `folder`, plus the checks its schema cannot make: every article has a
 * body (an empty one would publish an empty page) and every date field is a real date as written.
 * Each failure stops the build and names the file, the line and the fix.
 */
export function markdownFolder(folder: string, options: { required: boolean }): Loader {
  const inner = glob({
    pattern: '**/*.md',
    base: pathToFileURL(`${folder}/`),
    // Pages render markdown themselves (with paragraph ids and entity links), so Astro need not.
    deferRender: true,
  });
  return {
    name: 'briefing-markdown-folder',
    load: async (context) => {
      if (!existsSync(folder)) {
        if (!options.required) return; // optional folder (content/entities): nothing to load
        throw new Error(
          `${folder}: no such folder. Put articles in content/articles/*.md, or set BRIEFING_CONTENT to a folder that has an articles/ folder.`,
        );
      }
      await inner.load(context);
      if (!options.required) return;
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        const file = entry.filePath ? resolve(context.config.root.pathname, entry.filePath) : entry.id;
        if (!entry.body?.trim()) {
          problems.push(`${file}: the article has no body. Write the article text below the frontmatter's closing ---, or delete the file.`);
        }
        if (entry.filePath) {
          for (const { field, line, value } of checkRawDates(readFileSync(file, 'utf8'))) {
            problems.push(`${file}:${line}: ${field} "${value}" is not a real calendar date. Write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated.`);
          }
        }
      }
      if (problems.length) throw new Error(problems.sort().join('\n'));
    },
  };
}
