// The URL slug of an article or note: from its file name (as Astro's own loader made it, so existing
// URLs stay the same), or from a `slug:` field, which must already be a usable path segment.
import { slug as githubSlug } from 'github-slugger';
import { basename } from 'node:path';
import { MARKDOWN_FILE } from './content-files.ts';

/**
 * The slug of a file name: "Hash#Tag.md" → "hashtag", "café.md" → "café". The name is put in Unicode
 * composed form first, so the same name typed on two systems (NFC and NFD) gives the same slug, and a
 * clash between them is reported instead of publishing two pages whose addresses look identical.
 * Returns '' when the name has no letter or digit.
 */
export function slugFromFileName(path: string): string {
  const stem = basename(path).replace(MARKDOWN_FILE, '').normalize('NFC');
  const slug = githubSlug(stem);
  return /[\p{L}\p{N}]/u.test(slug) ? slug : '';
}

const SLUG_FIELD = /^[\p{L}\p{M}\p{N}_-]+$/u;

/** Why a `slug:` value cannot be a URL segment, or null when it can. */
export function slugFieldProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `slug must be text, such as slug: my-article`;
  if (SLUG_FIELD.test(value.normalize('NFC')) && /[\p{L}\p{N}]/u.test(value)) return null;
  const suggestion = githubSlug(value.normalize('NFC')).replace(/^-+|-+$/gu, '');
  return `slug ${JSON.stringify(value)} cannot be part of a URL: use letters, digits, - and _ only${suggestion ? `, e.g. slug: ${suggestion}` : ''}, or remove the field to use the file name.`;
}
