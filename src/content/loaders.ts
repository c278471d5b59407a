import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { holdsMarkdown } from './location.ts';
import { checkRawArticle } from './raw-checks.ts';

/** Astro's YAML errors say where, not how to fix; add the fix. */
function explainLoadError(error: unknown): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const location = (original as { loc?: { file?: string; line?: number } }).loc;
  const where = location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : '';
  if (/yaml|scalar|mapping|indentation|flow collection|stream/iu.test(`${original.name} ${original.message}`)) {
    return new Error(
      `${where}the frontmatter is not valid YAML: ${original.message.split('\n')[0]}. Check the quotes and brackets on that line; put a value that contains a colon or starts with [ { " ' in quotes.`,
      { cause: original },
    );
  }
  return original;
}

/**
 * Astro's glob() loader over `folder`, plus the checks its schema cannot make: the file is UTF-8
 * without NUL bytes, every date field is a real date as written, and every article has a body
 * (an empty one would publish an empty page). All problems are reported together, each naming the
 * file, the line where there is one, and the fix; then the build stops.
 */
export function markdownFolder(folder: string, options: { required: boolean }): Loader {
  const inner = glob({
    pattern: '**/*.md',
    base: pathToFileURL(`${folder}/`),
    // Pages render markdown themselves (with paragraph ids and entity links). Deferred rendering would
    // make Vite bundle every article as a module (7 s of 2,225 BBC articles); eager rendering with Astro's
    // native parser costs a fraction of that, so it is the cheaper way to have Astro not need the files.
    deferRender: false,
  });
  return {
    name: 'briefing-markdown-folder',
    load: async (context) => {
      if (!options.required && !holdsMarkdown(folder)) {
        // An optional folder (content/entities) that is absent or empty: nothing to load, and nothing left
        // from a build of another content folder either.
        context.store.clear();
        return;
      }
      if (!existsSync(folder)) {
        throw new Error(
          `${folder}: no such folder. Put articles in content/articles/*.md, or set BRIEFING_CONTENT to a folder that has an articles/ folder.`,
        );
      }
      try {
        await inner.load(context);
      } catch (error) {
        throw explainLoadError(error);
      }
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        const file = entry.filePath ? resolve(context.config.root.pathname, entry.filePath) : entry.id;
        if (entry.filePath) {
          for (const { line, message } of checkRawArticle(readFileSync(file))) {
            problems.push(`${file}${line ? `:${line}` : ''}: ${message}`);
          }
        }
        if (options.required && !entry.body?.trim()) {
          problems.push(`${file}: the article has no body. Write the article text below the frontmatter's closing ---, or delete the file.`);
        }
      }
      if (problems.length) throw new Error(problems.sort().join('\n'));
    },
  };
}
