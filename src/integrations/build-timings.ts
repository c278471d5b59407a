import type { AstroIntegration } from 'astro';

/**
 * Times the build's stages for `npm run bench`: from build start to the last page written (bundling,
 * knowledge extraction and page rendering), then everything after (sitemap, checks, search index).
 * Returns two integrations: put the first before and the second after every other integration, so the
 * second's build:done runs when the others' have finished.
 */
export function buildTimings(): [AstroIntegration, AstroIntegration] {
  let started = 0;
  let generated = 0;
  return [
    {
      name: 'briefing-timings-start',
      hooks: {
        'astro:build:start': () => {
          started = performance.now();
        },
        'astro:build:generated': () => {
          generated = performance.now();
        },
      },
    },
    {
      name: 'briefing-timings',
      hooks: {
        'astro:build:done': ({ logger }) => {
          const seconds = (ms: number) => (ms / 1000).toFixed(2);
          logger.info(`timing pages=${seconds(generated - started)}s after-pages=${seconds(performance.now() - generated)}s`);
        },
      },
    },
  ];
}
