import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Astro's glob() loader over `folder`, plus a check that every entry has a body: an article with
 * frontmatter only would publish an empty page, so the build stops and names the file.
 */
export function markdownFolder(folder: string, options: { requireBody: boolean }): Loader {
  const inner = glob({
    pattern: '**/*.md',
    base: pathToFileURL(`${folder}/`),
    // Pages render markdown themselves (with paragraph ids and entity links), so Astro need not.
    deferRender: true,
  });
  return {
    name: 'briefing-markdown-folder',
    load: async (context) => {
      await inner.load(context);
      if (!options.requireBody) return;
      for (const entry of context.store.values()) {
        if (!entry.body?.trim()) {
          const file = entry.filePath ? relative(process.cwd(), join(folder, '..', '..', entry.filePath)) : entry.id;
          throw new Error(
            `${entry.filePath ?? file}: the article has no body. Write the article text below the frontmatter's closing ---, or delete the file.`,
          );
        }
      }
    },
  };
}
