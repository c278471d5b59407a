import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listMarkdownFiles } from '../content/content-files.ts';
import { contentDirectory } from '../content/location.ts';

function countFiles(dir: string, accept: (name: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(accept).length;
}

/**
 * After the build, check that every article file became an article page: nothing is dropped silently.
 * Fails the build (and so leaves no site behind) when the counts differ.
 */
export function articleCount(): AstroIntegration {
  return {
    name: 'briefing-article-count',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Counted as the loader lists them (subfolders, .markdown, any letter case), so no file can be
        // dropped without the counts differing; the loader names every file it skips.
        const articlesIn = listMarkdownFiles(join(contentDirectory(), 'articles')).files.length;
        const articlesDir = join(fileURLToPath(dir), 'articles');
        const pagesOut = countFiles(articlesDir, (name) => /^[^/]+\/index\.html$/u.test(name.replaceAll('\\', '/')));
        if (articlesIn !== pagesOut) {
          throw new Error(
            `${articlesIn} article files in ${join(contentDirectory(), 'articles')} but ${pagesOut} article pages in the output: some articles were dropped. This is a bug in the generator; please report it with the list of files.`,
          );
        }
        logger.info(`${pagesOut} article pages for ${articlesIn} article files`);
      },
    },
  };
}
