import { asciiFold } from '../text/ascii-fold.ts';

/**
 * A URL slug from a title: ASCII letters and digits joined by hyphens, at most `maxLength` characters.
 * Accents are folded ("Café" → "cafe"); titles with no Latin letters or digits return ''.
 */
export function slugify(title: string, maxLength = 80): string {
  const slug = asciiFold(title)
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}
