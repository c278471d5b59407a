// The site's Content-Security-Policy, given to Astro (security.csp), which adds the hashes of the
// scripts and styles it bundles and writes the policy into every page as a <meta> element.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The theme script Base.astro inlines in <head>: it must run before the first paint, so it cannot be a module. */
export const THEME_INIT_SCRIPT = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8');

function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Only this site's own files run, load or are fetched: no other origin, no inline event handlers, no
 * style attributes, no plugins, no frames. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search.
 */
export function contentSecurityPolicy(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "frame-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: [sha256(THEME_INIT_SCRIPT)],
    },
  };
}
