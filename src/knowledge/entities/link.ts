// Which surface forms of one document name the same thing: acronyms defined in parentheses,
// surnames and other short forms of a longer name, one name written two ways, and the short forms a full name implies.
// The groups are a union-find over surface keys (../union-find.ts).
import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Candidate } from './collect.ts';
import type { KeyGroups } from '../union-find.ts';
import { clubByItsTown, companyWord, knownPlace, partyNoun } from './name-parts.ts';

/** Longest, fullest form first: more words, then more characters, then alphabetical. */
export function fullerFirst(a: string, b: string): number {
  return wordCount(b) - wordCount(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** How many words a key has: its spaces and one (as `split(' ').length`, without the array; sorting calls it twice per comparison). */
function wordCount(key: string): number {
  let words = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
  return words;
}

/** The fullest of `keys`, first in fullerFirst's order: one pass, where sorting a copy compared every pair it met. */
export function fullestOf(keys: Iterable<string>): string {
  let fullest: string | undefined;
  for (const key of keys) if (fullest === undefined || fullerFirst(key, fullest) < 0) fullest = key;
  return fullest!;
}

export function initialsMatch(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const all = name.replace(/^The /, '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  // "US Securities and Exchange Commission (SEC)": a leading country code may stay out of the acronym.
  const words = letters[0] !== all[0]?.[0] && /^\p{Lu}{2}$|^(?:\p{Lu}\.){2}$/u.test(all[0] ?? '') ? all.slice(1) : all;
  if (!letters || letters[0] !== words[0]?.[0]) return false;
  return letters.length <= words.length + 2 && letters.length >= Math.min(2, words.length);
}

/** "Phivolcs" of "Philippine Institute of Volcanology and Seismology": word beginnings, in order, spell the short form. */
export function clippedFrom(name: string, short: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const target = short.toLowerCase();
  if (target.length < 4 || words.length < 2 || target[0] !== words[0]![0]) return false;
  const fits = (at: number, word: number): boolean => {
    if (at === target.length) return true;
    for (let w = word; w < words.length; w++) {
      const candidate = words[w]!;
      for (let n = 1; n <= candidate.length && target[at + n - 1] === candidate[n - 1]; n++) {
        if (fits(at + n, w + 1)) return true;
      }
    }
    return false;
  };
  return fits(0, 0);
}

/** "Federal Security Service (FSB)", "… Volcanology and Seismology (Phivolcs)": the short form right after a name, in brackets. */
export function acronymDefinitions(candidates: Candidate[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const c of candidates) {
    const { tokens, to } = c.run;
    if (!c.strong || tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')') continue;
    const acronym = tokens[to + 1]!;
    if (c.run.to - c.run.from < 2) continue;
    if (!(acronym.upper && initialsMatch(c.key, acronym.text)) && !(acronym.cap && clippedFrom(c.key, acronym.text))) continue;
    if (!found.has(acronym.text)) found.set(acronym.text, c.key);
  }
  return found;
}

/** "Kim Dae-jung", "Tung Chee-hwa": a surname, then a given name of two syllables joined in lower case; "Mr Kim" is he. */
const surnameFirst = (name: string) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}*-\p{Ll}+$/u.test(name);

/** A nickname in its quotes ('"spike"'), the nickname inside. */
const NICKNAME_QUOTES = /^["“‘'](.+)["”’']$/u;

/**
 * Link short forms to the one longer form they abbreviate: a person's surname or given name
 * ("Peebles" → "Bill Peebles"), the first word of an organisation ("Scripps" → "Scripps Institution…").
 * A country or region name never becomes a surname ("Georgia" stays a place). A form written after an honorific
 * (`surnames`: "Mr Howard") is a surname, never a given name: it is not Howard Flight. An organisation's first word
 * that is an everyday word too ("Ford" → "Ford Motor Company") is linked only to a company's name, and only when
 * `writtenSmall`, the words the article writes in lower case, is given and lacks it; with it given, a city is linked
 * to no organisation but a club. The recognizer gives it; the rule engine, whose verdicts the tagger learned from, does not.
 */
export function linkShortForms(keys: string[], typeOf: (key: string) => EntityType, groups: KeyGroups, lexicon: Lexicon, surnames: ReadonlySet<string> = new Set(), writtenSmall?: ReadonlySet<string>,
  /** Roots of places no list knows, which the article uses as places ("in Kilifi"): apart from bodies named after them, as cities are. */
  placesApart: readonly string[] = [],
  /** Names the article states are works or products ("the film Ray"): no person's given name. */
  statedThings: ReadonlySet<string> = new Set()): void {
  const g = lexicon.gazetteers;
  const { NAMED_BY_OPENER } = lexicon.entities;
  const long = keys.filter((k) => k.includes(' ')).sort(fullerFirst);
  // A nickname's quotes are no part of its word: 'Jeremy "Spike" Cohen' is written "Spike Cohen" too, and "Spike" alone.
  const wordsOf = new Map<string, string[]>();
  const nicknames = new Map<string, string[]>();
  for (const k of long) {
    const written = k.toLowerCase().split(' ');
    wordsOf.set(k, written.map((w) => w.replace(NICKNAME_QUOTES, '$1')));
    nicknames.set(k, written.filter((w) => NICKNAME_QUOTES.test(w)).map((w) => w.replace(NICKNAME_QUOTES, '$1')));
  }
  // "BT Communicator", "BBC Radio 4", "Tesco Polska", "GitHub Trust and Safety": a unit, a product or a branch named after the
  // company, which an acronym, a number, a place or two words more say, is no name of the company itself, unless the
  // name ends as a company's, a body's or a club's does ("BT Group", "Newcastle United").
  const partOf = (company: string, words: readonly string[]) => {
    const last = words[words.length - 1]!;
    if (companyWord(last, lexicon.entities) || lexicon.entities.ORG_HEADS.has(last) || lexicon.entities.CLUB_HEADS.has(last)) return false;
    const more = words.slice(1);
    return /^\p{Lu}{2,}$/u.test(company) || more.length >= 2 || more.some((w) => /\d/u.test(w) || knownPlace(w, g));
  };
  // "British Columbia (B.C.)": a short form the article gives for a place the gazetteers know is that place's, no
  // organisation's ("B.C. Coroners Service"), as a city is.
  const places = new Set(writtenSmall ? [...keys.filter((k) => knownPlace(k.toLowerCase(), g)).map((k) => groups.find(k)), ...placesApart] : []);
  // A product's first word names its maker: an organisation of the article's or one the gazetteers know, no given name ("Ken").
  const makerOf = (product: string) => {
    const maker = product.slice(0, product.indexOf(' '));
    return !g.firstNames.has(maker.toLowerCase()) && ((keys.includes(maker) && typeOf(maker) === 'organization') || g.organizations.has(maker.toLowerCase()));
  };
  // A short form that fits names of more than one entity is tried again at the end: by then "Spike Cohen" may have
  // joined 'Jeremy "Spike" Cohen', and "Cohen" finds one person, not two.
  const order = [...keys];
  for (let at = 0; at < order.length; at++) {
    const short = order[at]!;
    const lower = short.toLowerCase();
    // A company's name ("Ford Motor Company", "Telegraph Group", "Sun Microsystems"), and the everyday word no city ("Paris
    // Airways"). Other names that open with one ("Senate Rules Committee", "Yahoo Games") are often a part of it.
    const everydayHead = (words: readonly string[]) => !!writtenSmall && !writtenSmall.has(lower) && !g.cities.has(lower) &&
      companyWord(words[words.length - 1]!, lexicon.entities);
    // A city opening an organisation's name stays the city ("Melbourne" is no "Melbourne City Council"), unless the
    // organisation is a club named for it ("Newcastle United"). So does a word the article's own mentions of it vote a place
    // ("Rwenzori" of "Rwenzori Relief Network"), unless the name is a company's ("Sun Microsystems": the tagger reads "Sun" as a place).
    const votedPlace = (words: readonly string[]) => typeOf(short) === 'place' && !companyWord(words[words.length - 1]!, lexicon.entities);
    const cityApart = (words: readonly string[]) => !!writtenSmall && (g.cities.has(lower) || places.has(groups.find(short)) || votedPlace(words)) &&
      !lexicon.entities.CLUB_HEADS.has(words[words.length - 1]!);
    if (g.countries.has(lower) || g.regions.has(lower)) continue;
    const parts = lower.split(' ');
    const matches = long.filter((k) => {
      const words = wordsOf.get(k)!;
      if (k === short || words.length <= parts.length) return false;
      if (!words.includes(parts[0]!)) return false; // cheap rejection before typing
      const type = typeOf(k);
      // "DeBartolo" of "Edward J. DeBartolo Jr.": the surname stands before a generational suffix (in the recognizer).
      const named = writtenSmall && words.length > parts.length + 1 && lexicon.entities.GENERATIONAL_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
      const tail = named.slice(-parts.length).join(' ') === lower;
      const head = words.slice(0, parts.length).join(' ') === lower;
      // A city opening a name is no given name: "London" stays apart from "London Pride"; nor is a work or a product the
      // article says it is ("the film Ray" is not Ray Charles).
      if (type === 'person') {
        return tail || (head && parts.length === 1 && !g.cities.has(lower) && !statedThings.has(short) && (!surnames.has(short) || surnameFirst(k))) || nicknames.get(k)!.includes(lower);
      }
      // An everyday word ("Ford", "Shell") only where the article never writes it small (`writtenSmall`, when given).
      // Another word ("Vivendi" of "Vivendi Universal") is its company's, but not of a unit or a product named after it (partOf):
      // the rule engine links it to any.
      if (type === 'organization') {
        // "United" after "Manchester United": a club named for its place, by its last word, where the article names one club so
        // (in the recognizer). Not "Citizens United".
        if (writtenSmall && clubByItsTown(words, lower, lexicon)) return true;
        // "Tasman Brewing" of "Tasman Brewing Group Ltd": a company's name without its legal suffixes (in the recognizer).
        if (writtenSmall && head && parts.length >= 2 && words.slice(parts.length).every((w) => lexicon.entities.COMPANY_SUFFIX.test(w))) return true;
        return head && parts.length === 1 && (g.words.has(lower) ? everydayHead(words) : !writtenSmall || !partOf(short, words)) && !cityApart(words);
      }
      // "Lorenzo" after "Hurricane Lorenzo".
      if (type === 'other') return tail && words.length === parts.length + 1 && NAMED_BY_OPENER.has(words[0]!);
      // "Xbox" after "Microsoft Xbox", "iPod" after "Apple iPod": a product without its maker's name (in the recognizer), unless
      // the short form reads as a body or a person ("DS" voted an organisation stays apart, not to make "Nintendo DS" one) or ends
      // other names too ("Linux" of "CAOS Linux" and "Rocky Linux" is neither).
      if (type === 'product') {
        return !!writtenSmall && tail && words.length === parts.length + 1 && !writtenSmall.has(lower) && typeOf(short) !== 'organization' &&
          typeOf(short) !== 'person' && makerOf(k) && long.filter((other) => wordsOf.get(other)!.at(-1) === lower).length === 1;
      }
      return false;
    });
    // Prefer people: "Warren" is Elizabeth Warren, not the Warren Commission, when both appear. Then (in the recognizer)
    // a company by its legal name: "Enron" is Enron Corp, not the Enron Task Force (nor is "Sony" Sony Pictures Entertainment).
    const people = matches.filter((k) => typeOf(k) === 'person');
    const companies = writtenSmall ? matches.filter((k) => typeOf(k) === 'organization' && lexicon.entities.COMPANY_SUFFIX.test(wordsOf.get(k)!.at(-1)!)) : [];
    const pick = people.length ? people : companies.length ? companies : matches;
    const roots = new Set(pick.map((k) => groups.find(k)));
    if (roots.size === 1) groups.union(pick[0]!, short);
    else if (roots.size > 1 && at < keys.length) order.push(short);
  }
}

/**
 * One name the rules write two ways in one article: a publication with and without its "The" ("The Guardian" in
 * mid-sentence, withCapitalThe; "Guardian" opening one, withoutOpeningThe), not the ocean of "The Atlantic"; and a party
 * with "party" in lower case (partiesByTheirMembers) and the article's "Labour Party" or "Labour".
 */
export function joinWrittenTwoWays(groups: KeyGroups, { entities, gazetteers }: Lexicon): void {
  const keys = new Set(groups.keys());
  for (const key of keys) {
    const bare = key.slice('The '.length);
    if (key.startsWith('The ') && entities.MEDIA_HEADS.has(key.slice(key.lastIndexOf(' ') + 1).toLowerCase()) && keys.has(bare) &&
      !knownPlace(bare.toLowerCase(), gazetteers)) groups.union(key, bare);
    if (!key.endsWith(' party')) continue;
    const party = key.slice(0, -' party'.length);
    const same = keys.has(`${party} Party`) ? `${party} Party` : keys.has(party) ? party : undefined;
    if (same) groups.union(same, key);
  }
}

/**
 * The short forms a full name implies, which name it wherever they stand, unless two entities share one: a person's
 * surname ("Peebles’ departure" opening a sentence), a company's first word before its legal suffix or industry ("Harbour"
 * of "Harbour Freight Company"), and a party's name without "party" ("Labour won the seat" of "the Labour party").
 */
export function impliedShortForms(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, { entities, gazetteers }: Lexicon): Map<string, string | null> {
  const forms = new Map<string, string | null>();
  const add = (form: string, root: string) => forms.set(form, forms.has(form) && forms.get(form) !== root ? null : root);
  // Not a place, a people, a title or a small word: "British" of "British Steel Corp" says nothing alone, "General" of "General Motors Corp" less.
  const everydayOpener = (word: string) => !knownPlace(word, gazetteers) && !gazetteers.demonyms.has(word) && !entities.TITLES.has(word) && !entities.FUNCTION_WORDS.has(word);
  for (const key of groups.keys()) {
    const words = key.toLowerCase().split(' ');
    const root = groups.find(key);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    if (types.get(root) === 'person') add(entities.GENERATIONAL_SUFFIXES.has(last) && words.length >= 3 ? words[words.length - 2]! : last, root);
    else if (types.get(root) !== 'organization') continue;
    else if (last === 'party' && partyNoun(words.slice(0, -1).join(' '), entities)) add(words.slice(0, -1).join(' '), root);
    else if (companyWord(last, entities) && words.length <= 3 && everydayOpener(words[0]!)) add(words[0]!, root);
  }
  return forms;
}
