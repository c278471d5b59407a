// Two names the tagger joined into one at "and" or "for" ("Boeing and Airbus", "Israel for Bayern Munich"): each part
// is a name by itself, so they are two. Names with the word inside stay whole ("Trinidad and Tobago", "Institute for
// Fiscal Studies"). Pure; span-rules.ts runs them in order.
import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { endsInHead, isTitle, lowerPhrase, placeName } from './name-parts.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/** Tells whether tokens from..to of a sentence make a name by themselves, and of which type (see namesByThemselves). */
interface NameByItself {
  /** The words in lower case, "&" read as "and": the form the gazetteers list names in. */
  phrase(tokens: readonly Token[], from: number, to: number): string;
  /** A place or organisation the gazetteers know by these words. */
  known(tokens: readonly Token[], from: number, to: number): boolean;
  /** The names the article gives alone, with the type they came with. */
  alone(): ReadonlyMap<string, EntityType>;
  /** A university or body: capitalised words with an organisation's head (see namesByThemselves). */
  institution(tokens: readonly Token[], from: number, to: number): boolean;
  /** The type of the name these words make alone, or undefined when they make none. */
  typeOf(tokens: readonly Token[], from: number, to: number, fallback: EntityType): EntityType | undefined;
  /** Shaped as a person's name: one to three capitalised words, no head word, the last no everyday word. */
  nameShaped(tokens: readonly Token[], from: number, to: number): boolean;
}

/**
 * What makes words a name by themselves: a known place, organisation or award, an acronym, a person's name (a given name,
 * alone or with a surname, a name after a title, a surname of someone the article names), a university or body, or a
 * name the article gives alone elsewhere.
 */
function namesByThemselves(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): NameByItself {
  const g = lexicon.gazetteers;
  const words = lexicon.entities;
  const phrase = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((t) => (t.text === '&' ? 'and' : t.lower)).join(' ');
  const known = (tokens: readonly Token[], from: number, to: number) => {
    const name = phrase(tokens, from, to);
    return g.countries.has(name) || g.regions.has(name) || g.cities.has(name) || g.organizations.has(name);
  };
  // A given name opening a name that no place or head word makes something else: "Alicia Keys", "Harry".
  const personal = (tokens: readonly Token[], from: number, to: number) => {
    const first = tokens[from]!;
    if (!first.cap || first.upper || !g.firstNames.has(first.lower) || g.cities.has(first.lower) || g.countries.has(first.lower) || to - from > 3) return false;
    if (endsInHead(tokens[to - 1]!, words)) return false;
    return to - from > 1 ? tokens.slice(from + 1, to).every((t) => t.cap && !t.upper) : !g.words.has(first.lower);
  };
  // Names the article gives alone elsewhere, with the type they came with there (gathered when first asked for).
  let aloneNames: Map<string, EntityType> | undefined;
  const alone = (): ReadonlyMap<string, EntityType> => {
    if (aloneNames) return aloneNames;
    aloneNames = new Map();
    for (const s of spans) {
      const key = phrase(sentences[s.sentence]!.tokens, s.from, s.to);
      if (!aloneNames.has(key)) aloneNames.set(key, s.type);
    }
    return aloneNames;
  };
  // "South African President Nelson Mandela", "Norwegians Maren Holt": a person's name after a title, a role or a people's
  // word (left out later, withoutLeadingTitles).
  const titled = (tokens: readonly Token[], from: number, to: number) => {
    let last = -1;
    for (let j = from; j < to - 1; j++) if (isTitle(tokens[j]!, words.TITLES) || g.roles.has(tokens[j]!.lower) || g.demonyms.has(tokens[j]!.lower)) last = j;
    const rest = tokens.slice(last + 1, to);
    // After a title, two or three capitalised words are a person's name, known to the gazetteers or not ("Thabo Mbeki").
    return last >= 0 && rest.length >= 2 && rest.length <= 3 && rest.every((t) => t.word && t.cap && !t.upper) && !endsInHead(rest[rest.length - 1]!, words);
  };
  // "Massachusetts Institute of Technology", "Stanford University": a name no dictionary opens, with an organisation's head in it;
  // "University of Waterloo": a head and "of" before a place; "Index Ventures": capitalised words, no place's, then a head.
  // Not the halves of one name whose head closes both ("US Securities and Exchange Commission", "Association of Payment and
  // Clearing Services", "Birmingham and Midlands Institute").
  const institution = (tokens: readonly Token[], from: number, to: number) => {
    const name = tokens.slice(from, to);
    if (to - from < 2 || !name[0]!.cap || !name.every((t) => t.cap || t.lower === 'of' || t.text === '.')) return false;
    if (words.ORG_HEADS.has(name[name.length - 1]!.lower) && g.countries.has(lowerPhrase(tokens, from, to - 1))) return false; // "US Securities"
    if (!g.words.has(name[0]!.lower) && name.slice(1).some((t) => t.cap && words.ORG_HEADS.has(t.lower))) return true;
    if (words.OF_HEADS.has(name[0]!.lower) && name[1]!.lower === 'of' && to - from >= 3) return placeName(tokens, from + 2, to, g);
    return name.every((t) => t.cap) && words.ORG_HEADS.has(name[name.length - 1]!.lower) && !placeName(tokens, from, to - 1, g) &&
      !g.demonyms.has(name[0]!.lower);
  };
  // Surnames of the people the article names elsewhere, alone or in full ("Thanou" of "Katerina Thanou").
  let surnames: Set<string> | undefined;
  const surnameOfSomeone = (word: Token) => (surnames ??= new Set(spans.filter((s) => s.type === 'person').map((s) => sentences[s.sentence]!.tokens[s.to - 1]!.lower))).has(word.lower);
  // "Thanou and Kenteris", "Kostas Kenteris and Katerina Thanou": a word or two, capitalised, ending in such a surname.
  // Not a word of English the name lists lack ("New Year", "Oslo Fire and Rescue"), nor a title ("Ross and Attorney").
  const someone = (tokens: readonly Token[], from: number, to: number) => {
    const last = tokens[to - 1]!;
    return to - from <= 3 && tokens.slice(from, to).every((t) => t.cap && !t.upper) && surnameOfSomeone(last) && !endsInHead(last, words) &&
      (!g.words.has(last.lower) || g.lastNames.has(last.lower) || g.firstNames.has(last.lower)) && !isTitle(last, words.TITLES);
  };
  const typeOf = (tokens: readonly Token[], from: number, to: number, fallback: EntityType): EntityType | undefined => {
    if (placeName(tokens, from, to, g)) return 'place';
    if (words.AWARD_NAMES.has(phrase(tokens, from, to))) return 'other'; // "a Bafta for Copper Kettle Road"
    if (g.organizations.has(phrase(tokens, from, to)) || institution(tokens, from, to)) return 'organization';
    if (personal(tokens, from, to) || titled(tokens, from, to) || someone(tokens, from, to)) return 'person';
    return tokens.slice(from, to).every((t) => t.upper) ? fallback : alone().get(phrase(tokens, from, to)); // "VHS", "NTL"
  };
  const nameShaped = (tokens: readonly Token[], from: number, to: number) => to - from <= 3 && tokens.slice(from, to).every((t) => t.cap && !t.upper && t.word) &&
    !endsInHead(tokens[to - 1]!, words) && !g.words.has(tokens[to - 1]!.lower);
  return { phrase, known, alone, institution, typeOf, nameShaped };
}

/**
 * The types of two parts that are names by themselves, or undefined. "Thanou and Kenteris": a person's name and one
 * shaped as a person's are two people.
 */
function partTypes(names: NameByItself, tokens: readonly Token[], [from, k, after, to]: readonly [number, number, number, number], type: EntityType): [EntityType, EntityType] | undefined {
  let leftType = names.typeOf(tokens, from, k, type);
  let rightType = names.typeOf(tokens, after, to, type);
  if (leftType === 'person' && !rightType && names.nameShaped(tokens, after, to)) rightType = 'person';
  if (rightType === 'person' && !leftType && names.nameShaped(tokens, from, k)) leftType = 'person';
  return leftType && rightType ? [leftType, rightType] : undefined;
}

/**
 * "Boeing and Airbus", "William and Harry", "Bayer and UC Davis": two names the tagger joined at "and" or "&" are
 * two names when each is one by itself (see namesByThemselves); at "&", which joins firms' names, only two people's
 * full names part. "Blair and I" is Blair. A name with "and" inside stays whole: one known as a whole ("Trinidad and
 * Tobago"), one whose "and" is inside an "of" ("Department of Trade and Industry"), and one whose parts are no names
 * alone ("Securities and Exchange Commission", "Marks and Spencer").
 */
export function splitAtAnd(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const names = namesByThemselves(spans, sentences, lexicon);
  const { phrase, alone, institution } = names;
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const k = tokens.findIndex((t, i) => i > span.from && i < span.to - 1 && (t.lower === 'and' || t.text === '&'));
    if (k < 0 || names.known(tokens, span.from, span.to)) return [span];
    // "University of Bristol and UC Davis": an "of" before the "and" keeps the name whole unless the article names both parts
    // alone, or both are institutions ("Massachusetts Institute of Technology and Stanford University").
    if (tokens.slice(span.from, k).some((t) => t.lower === 'of' || t.lower === 'for') &&
      !(alone().has(phrase(tokens, span.from, k)) && alone().has(phrase(tokens, k + 1, span.to))) &&
      !(institution(tokens, span.from, k) && institution(tokens, k + 1, span.to))) return [span];
    const left: TaggedSpan = { ...span, to: k, end: tokens[k - 1]!.end };
    if (span.to === k + 2 && tokens[k + 1]!.text === 'I') return [left];
    const types = partTypes(names, tokens, [span.from, k, k + 1, span.to], span.type);
    if (!types) return [span];
    const [leftType, rightType] = types;
    // "&" joins the names of firms ("Bradford & Bingley", "Marks & Spencer"): only two people's full names part there.
    if (tokens[k]!.text === '&' && !(leftType === 'person' && rightType === 'person' && k - span.from > 1 && span.to - k > 2)) return [span];
    return [{ ...left, type: leftType }, { ...span, from: k + 1, start: tokens[k + 1]!.start, type: rightType }];
  });
}

/**
 * "Israel for Bayern Munich", "Oscar for The Aviator", "Paice for van der Walt": two names the tagger joined at "for" are
 * two when each is one by itself (see namesByThemselves); "the" after "for" is neither's. A name that goes on past "for"
 * is one whose words before it are no name alone ("Transport for London", "Need for Speed") or end in a head word
 * ("Institute for Fiscal Studies", "UN Economic Commission for Europe"), and one whose part after it is none ("Jo
 * Jorgensen for President").
 */
export function splitAtFor(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const names = namesByThemselves(spans, sentences, lexicon);
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const k = tokens.findIndex((t, i) => i > span.from && i < span.to - 1 && t.text === 'for');
    if (k < 0 || endsInHead(tokens[k - 1]!, lexicon.entities) || names.known(tokens, span.from, span.to)) return [span];
    const after = tokens[k + 1]!.text === 'the' && k + 2 < span.to ? k + 2 : k + 1;
    // "Israel for Bayern Munich": after a name, capitalised words that are no everyday words are a name too, of the type the tagger saw.
    const nameAfterName = (): [EntityType, EntityType] | undefined => {
      const leftType = names.nameShaped(tokens, after, span.to) ? names.typeOf(tokens, span.from, k, span.type) : undefined;
      return leftType ? [leftType, span.type] : undefined;
    };
    const types = partTypes(names, tokens, [span.from, k, after, span.to], span.type) ?? nameAfterName();
    if (!types) return [span];
    return [{ ...span, to: k, end: tokens[k - 1]!.end, type: types[0] }, { ...span, from: after, start: tokens[after]!.start, type: types[1] }];
  });
}
