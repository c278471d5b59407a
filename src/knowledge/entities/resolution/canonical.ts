// The name an entity goes by: the full form its articles use most, in the spelling most of them use.
import type { EntityType } from '../../types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { personNamePart, personShaped } from './form-relations.ts';
import { foldKey, foldKeys, wordsOf } from './name-keys.ts';
import { bodyOf, isClippedForm, isInitialism } from './variants.ts';

/** One article's use of one spelling: how many mentions it has there. */
export interface FormUse { text: string; article: string; mentions: number }

/**
 * A full name wins over its acronym or clipped form only when it is in real use: in this many articles,
 * or in two and by this share of the mentions. One article's expansion never renames the rest.
 */
export const EXPANSION_IN_USE = { articles: 3, share: 0.05 } as const;

interface FormClass { spellings: Map<string, { articles: Set<string>; mentions: number }>; articles: Set<string>; mentions: number }

/** Spellings that fold to a shared key (case, diacritics, dots) are one form. */
function formClasses(uses: readonly FormUse[]): FormClass[] {
  const byKey = new Map<string, FormClass>();
  const classes: FormClass[] = [];
  for (const use of [...uses].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0))) {
    const keys = foldKeys(use.text);
    const found = [...new Set(keys.map((k) => byKey.get(k)).filter((c): c is FormClass => !!c))];
    let target = found[0];
    if (!target) {
      target = { spellings: new Map(), articles: new Set(), mentions: 0 };
      classes.push(target);
    }
    for (const other of found.slice(1)) {
      for (const [text, s] of other.spellings) {
        const t = target.spellings.get(text) ?? target.spellings.set(text, { articles: new Set(), mentions: 0 }).get(text)!;
        for (const a of s.articles) t.articles.add(a);
        t.mentions += s.mentions;
      }
      for (const a of other.articles) target.articles.add(a);
      target.mentions += other.mentions;
      classes.splice(classes.indexOf(other), 1);
      for (const [k, c] of byKey) if (c === other) byKey.set(k, target);
    }
    for (const k of keys) byKey.set(k, target);
    const s = target.spellings.get(use.text) ?? target.spellings.set(use.text, { articles: new Set(), mentions: 0 }).get(use.text)!;
    s.articles.add(use.article);
    s.mentions += use.mentions;
    target.articles.add(use.article);
    target.mentions += use.mentions;
  }
  return classes;
}

/** The spelling most articles use, then most mentions, then alphabetical ("iPod", not "Ipod"). */
function bestSpelling(c: FormClass): string {
  return [...c.spellings].sort(
    ([a, x], [b, y]) => y.articles.size - x.articles.size || y.mentions - x.mentions || (a < b ? -1 : a > b ? 1 : 0),
  )[0]![0];
}

/** A person's surname or given name (of a name shaped like a person's too), an acronym, a clipped form or a nickname of another name of the entity. */
function shortFormOf(form: string, other: string, type: EntityType, lexicon: Lexicon): boolean {
  if (isInitialism(form, other, lexicon) || isClippedForm(form, other, lexicon) || nicknameOf(form, other, lexicon)) return true;
  const person = type === 'person' || personShaped(other, type, lexicon);
  return person && personNamePart(wordsOf(foldKey(form)), wordsOf(foldKey(other)), lexicon) === 'short';
}

/** "Tories" of "Conservatives": a listed body's nickname (body-forms.json) gives way to any of its names. */
function nicknameOf(form: string, other: string, lexicon: Lexicon): boolean {
  const nickname = bodyOf(form, lexicon);
  const name = bodyOf(other, lexicon);
  return !!nickname?.nickname && !!name && !name.nickname && name.body === nickname.body;
}

/**
 * The canonical name among the full forms the articles use: most articles, then most mentions, then the
 * longer, then alphabetical, so input order never matters. A short form (surname, acronym, clipped form)
 * gives way to the fuller form it abbreviates when that form is in real use, and its uses count as that
 * form's: "US" in 600 articles and "United States" in 50 make "United States", beside "USA" in 10.
 */
export function canonicalName(uses: readonly FormUse[], type: EntityType, lexicon: Lexicon): string {
  const classes = formClasses(uses.filter((u) => u.mentions > 0));
  if (classes.length === 0) return [...uses].map((u) => u.text).sort()[0] ?? '';
  const total = classes.reduce((n, c) => n + c.mentions, 0);
  const ranked = classes
    .map((c) => ({ c, text: bestSpelling(c), articles: new Set(c.articles), mentions: c.mentions }))
    .sort((x, y) => y.c.articles.size - x.c.articles.size || y.c.mentions - x.c.mentions || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  const inUse = (c: FormClass) => type === 'person' || personShaped(bestSpelling(c), type, lexicon) || c.articles.size >= EXPANSION_IN_USE.articles ||
    (c.articles.size >= 2 && c.mentions >= EXPANSION_IN_USE.share * total);
  const pool = ranked.filter((x) => {
    const full = ranked.find((o) => o !== x && inUse(o.c) && shortFormOf(x.text, o.text, type, lexicon));
    if (!full) return true;
    for (const a of x.c.articles) full.articles.add(a);
    full.mentions += x.c.mentions;
    return false;
  });
  pool.sort(
    (x, y) => y.articles.size - x.articles.size || y.mentions - x.mentions || y.text.length - x.text.length ||
      (x.text < y.text ? -1 : x.text > y.text ? 1 : 0),
  );
  return pool[0]!.text;
}
