// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { articleCount } from './src/integrations/article-count.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentSecurityPolicy } from './src/views/content-security-policy.ts';
import { siteAddress } from './src/views/site-address.ts';

const [timingsStart, timingsEnd] = buildTimings();
// SITE=https://example.com/sub/ puts the site under /sub/ (see site-address.ts); a SITE that is not a
// web address stops here, naming it.
const address = siteAddress(process.env);

// SITE and BASE let a deployment set its own address, e.g. BASE=/briefing for a project page.
export default defineConfig({
  site: address.site,
  base: address.base,
  // OUT_DIR lets the tests build a second copy under a base path beside the first.
  outDir: process.env.OUT_DIR ?? 'dist',
  // `npm run build` (src/cli/build.ts) gives each content folder and output a cache of its own here, so
  // builds of different corpora, or two builds at once, never evict each other's pages.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  // Two articles with the same slug would silently share one URL: stop the build instead.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Pages render while others are written to disk: 8 at a time took the BBC build's page stage
  // from 35 s to 25 s here. BUILD_CONCURRENCY overrides it.
  // Stylesheets stay files, never inlined: thousands of entity pages share one cached file instead of each
  // carrying a copy (Astro inlines any under 4 kB by default).
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8), inlineStylesheets: 'never' },
  // Pages render articles with our own pipeline; Astro's own markdown pass needs no highlighter
  // (and Shiki's inline styles would not pass the CSP).
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in every page (<meta>): only the site's own, hashed scripts and styles.
  security: { csp: contentSecurityPolicy() },
  // Article and entity pages carry a cache key of everything they show (src/views/page-keys.ts): a rebuild
  // copies those whose key and code are unchanged instead of rendering them again. `npm run build -- --force`
  // renders every page.
  experimental: { incrementalBuild: true },
  // sitemap-index.xml lists every built page under SITE and BASE.
  integrations: [timingsStart, sitemap(), articleCount(), pagefind(), timingsEnd],
});
