import { asciiFold } from '../text/ascii-fold.ts';
import { ENTITY_TYPES, type EntityType } from './types.ts';


/** Path segments under /entities/ that the site uses itself. */
export const RESERVED = new Set(['index', 'page', 'type', 'all', 'search', '404']);

/** FNV-1a: a short, stable fingerprint for names that have no letters or digits to make a slug from. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The slug a name asks for: ASCII where the name is Latin ("Café Müller" → "cafe-muller"),
 * the name's own letters where it is not ("東京", "محمد-علي"), and a fingerprint for names made only
 * of punctuation or emoji.
 */
export function baseSlug(name: string): string {
  const folded = asciiFold(name).toLowerCase().replace(/['’]/gu, '');
  const ascii = folded.replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  const hasNonLatinLetters = /[^\p{Script=Latin}\p{N}\P{L}]/u.test(name);
  if (ascii && !hasNonLatinLetters) return ascii.slice(0, 80).replace(/-+$/u, '');
  const unicode = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (unicode) return unicode.slice(0, 60).replace(/-+$/u, '');
  return `entity-${fingerprint(name)}`;
}

/**
 * Unique slugs for entities, the same on every build whatever the input order.
 * When names ask for the same slug, the entity whose type comes first (person, organization, place,
 * product, other) keeps it, the others get the type appended ("jordan-place"); remaining ties are
 * numbered in name order ("-2", "-3").
 */
export function assignSlugs<T extends { name: string; type: EntityType }>(entities: readonly T[]): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const entity of entities) {
    const base = baseSlug(entity.name);
    const key = RESERVED.has(base) ? `${base}-entity` : base;
    groups.set(key, [...(groups.get(key) ?? []), entity]);
  }
  const slugs = new Map<T, string>();
  const taken = new Set(groups.keys());
  for (const [base, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ordered = [...group].sort(
      (a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    ordered.forEach((entity, i) => {
      if (i === 0) {
        slugs.set(entity, base);
        return;
      }
      let candidate = `${base}-${entity.type}`;
      for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${entity.type}-${n}`;
      taken.add(candidate);
      slugs.set(entity, candidate);
    });
  }
  return slugs;
}
