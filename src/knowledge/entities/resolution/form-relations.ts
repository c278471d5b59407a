// How one surface form of an article's entity relates to the entity's name in that article, and so
// whether the article's own grouping is evidence enough to keep them together across the corpus.
import type { EntityType } from '../../types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { derivedOnce } from '../../lexicon/derived.ts';
import { foldKey, isAcronym, wordRunAt, wordsOf } from './name-keys.ts';
import { clubByItsTown, MODEL_IN_CAPITALS } from '../name-parts.ts';
import { isClippedForm, isInitialism, withoutDesignators } from './variants.ts';

export type FormRelation =
  /** Another way to write the whole name (the same with case, dots or a designator set aside; or a longer person's name inside a run). */
  | 'full'
  /** A short form the article ties to the name by rule: a person's surname or given name, an acronym, a clipped form, "Lorenzo" of "Hurricane Lorenzo". */
  | 'short'
  /** Only contained in the name ("Microsoft" in "Microsoft Office", "Linux" in "Rocky Linux"): no evidence by itself. */
  | 'contained'
  /** No visible tie: the article linked them on evidence this stage cannot see (an acronym defined in brackets, a transliteration). */
  | 'linked';

/**
 * A name shaped like a person's: two to four words opening with a known given name that is no place
 * ("London Stock Exchange"), and no word that heads an organisation's, place's or event's name. The
 * recognizer often types such a name an organisation or a place in one article ("Rick Parry said"), so the
 * ties of a person's name are read there too, unless the corpus calls it a product or other thing
 * ("Rocky Linux").
 */
const shapedLikePeople = derivedOnce((_lexicon: Lexicon) => new Map<string, boolean>());

export function personShaped(name: string, type: EntityType, lexicon: Lexicon): boolean {
  return (type === 'organization' || type === 'place') && shapedLikePerson(name, lexicon);
}

/** The shape alone, whatever the name was typed (remembered per lexicon). */
export function shapedLikePerson(name: string, lexicon: Lexicon): boolean {
  const memo = shapedLikePeople(lexicon);
  let known = memo.get(name);
  if (known === undefined) {
    if (memo.size > 200_000) memo.clear();
    memo.set(name, (known = nameShapedLikePerson(name, lexicon)));
  }
  return known;
}

function nameShapedLikePerson(name: string, lexicon: Lexicon): boolean {
  // An acronym is no given name, whatever a list of names says ("ISIS").
  if (name.split(/\s+/u).some(isAcronym)) return false;
  const whole = wordsOf(foldKey(name));
  const g = lexicon.gazetteers;
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS, FUNCTION_WORDS } = lexicon.entities;
  const first = whole[0] ?? '';
  return whole.length >= 2 && whole.length <= 4 && g.firstNames.has(first) && !g.cities.has(first) && !g.countries.has(first) &&
    !g.regions.has(first) && !whole.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w) || FUNCTION_WORDS.has(w));
}

const LATIN = /\p{Script=Latin}/u;

export function relateForm(form: string, name: string, type: EntityType, lexicon: Lexicon): FormRelation {
  const f = foldKey(form);
  const n = foldKey(name);
  if (f === n || withoutDesignators(form, lexicon) === withoutDesignators(name, lexicon)) return 'full';
  if (isInitialism(form, name, lexicon) || isClippedForm(form, name, lexicon)) return 'short';
  // "अशोदया" beside "Ashodaya Samithi": the name written in another script names it only in that script.
  if (LATIN.test(name) && !LATIN.test(form)) return 'short';
  const part = wordsOf(f);
  const whole = wordsOf(n);
  const at = wordRunAt(part, whole);
  if (at < 0) return isAcronym(form) && whole.length > 1 ? 'short' : 'linked';
  if (type === 'person' || personShaped(name, type, lexicon)) return personNamePart(part, whole, lexicon, at) ?? 'contained';
  if (at === 1 && part.length === whole.length - 1 && lexicon.entities.NAMED_BY_OPENER.has(whole[0]!)) return 'short';
  // "DS" of "Nintendo DS": a product's model in capitals after its maker is the product's short form, as a surname is a person's.
  if (type === 'product' && at === 1 && whole.length === 2 && MODEL_IN_CAPITALS.test(form)) return 'short';
  // "United" of "Manchester United": a club named for its town, by its last word, as the article's linking read it (link.ts). Other
  // articles' "United" may be another club's; this one's is this club's.
  if (type === 'organization' && part.length === 1 && clubByItsTown(whole, part[0]!, lexicon)) return 'short';
  return 'contained';
}

/**
 * A run of a person's name: their surname (one word, or several after a given name: "De La Fuente" of
 * "Rocky De La Fuente"), given name or middle name is a short form. A tail after words that are no given
 * name is their full name inside a longer run ("Dorsa Derakhshani" in "IM Dorsa Derakhshani").
 */
export function personNamePart(part: readonly string[], whole: readonly string[], lexicon: Lexicon, at = wordRunAt(part, whole)): 'full' | 'short' | undefined {
  if (at < 0 || part.length >= whole.length) return undefined;
  const tail = at + part.length === whole.length;
  if (!tail || part.length === 1) return 'short';
  return lexicon.gazetteers.firstNames.has(whole[0]!) ? 'short' : 'full';
}
