// Where the site is deployed, from SITE and BASE. A path in SITE (https://example.com/sub/) is where the
// site lives, so it becomes the base every link and canonical URL carries; Astro would otherwise keep
// only SITE's origin and drop the path without a word.

export interface SiteAddress {
  /** The origin, e.g. https://example.com. */
  site: string;
  /** The path the site lives under, e.g. /sub or /. */
  base: string;
}

const DEFAULT_SITE = 'https://example.org';

/** The message names the variable and the fix; a stack trace into this file would only distract. */
function addressError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

const trimSlashes = (path: string) => path.replace(/\/+$/u, '');

/** SITE and BASE as Astro wants them; throws an error naming the variable and the fix. */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const written = env.SITE?.trim() || DEFAULT_SITE;
  let url: URL | null = null;
  try {
    url = new URL(written);
  } catch {
    // reported below
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
    throw addressError(`SITE "${written}" is not a web address: write it in full, with https://, e.g. SITE=https://${written.replace(/^[a-z]+:\/*/iu, '').replace(/^\/+/u, '') || 'example.com'}`);
  }
  if (url.search || url.hash) {
    throw addressError(`SITE "${written}" has a query or fragment: write only the address the site lives at, e.g. SITE=${url.origin}${url.pathname}`);
  }
  const sitePath = trimSlashes(url.pathname);
  const base = trimSlashes(env.BASE?.trim() ?? '');
  if (!sitePath) return { site: url.origin, base: base || '/' };
  if (!base) return { site: url.origin, base: sitePath };
  if (base === sitePath || base.startsWith(`${sitePath}/`)) return { site: url.origin, base };
  throw addressError(
    `SITE "${written}" has the path ${sitePath} but BASE is ${env.BASE}: say where the site lives once, e.g. SITE=${url.origin} BASE=${sitePath}${base}`,
  );
}
