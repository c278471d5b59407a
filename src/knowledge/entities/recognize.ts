// Extraction within one article with the learned tagger: tagged spans → the rules that stay (span-rules.ts)
// → surface forms linked into entities (acronyms defined in brackets, surnames and other short forms) → one
// type per entity by the vote of its mentions → the same names found again where the tagger could not see them
// (headings, capitals, sentence openings) → products' makers and versions, Devanagari transliterations.
import type { ArticleInput, Block, DocumentEntity, EntityMention, EntityType } from '../types.ts';
import type { EntityWords, Gazetteers, Lexicon } from '../lexicon/index.ts';
import { KeyGroups } from '../union-find.ts';
import { normalizeKey } from './collect.ts';
import { companyWord, isTitle, knownPlace, partyNoun } from './name-parts.ts';
import { addDevanagariMentions } from './devanagari.ts';
import { addNestedMakers } from './document.ts';
import { lowerCaseWords } from './lower-case-words.ts';
import { clippedFrom, fullerFirst, impliedShortForms, initialsMatch, joinWrittenTwoWays, linkShortForms } from './link.ts';
import { ENTITY_TYPES } from '../types.ts';
import type { Perceptron } from './tagger/perceptron.ts';
import { tagBlocks, type PreparedSentence, type TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';
import type { Token } from './tokens.ts';
import { ruledSpans } from './span-rules.ts';
import { clubsByTheirCities, clubsByTheirRoles, clubsNamedForCities, reportsSport } from './clubs.ts';
export interface Mention extends EntityMention {
  key: string;
  type: EntityType;
  /** The rule engine's type for the same words, when it found a name there. */
  ruleType?: EntityType;
  /**
   * The name a person goes by, for certain: after an honorific or a title ("Mr Cable", "Prince Charles", "President
   * Bush") or on a team sheet. A person's name even when the article never gives it in full, and never another
   * person's given name ("Prince Charles" is not Charles Kennedy).
   */
  surname?: boolean;
  /** Its type stated by the article ("the comedy Sideways"). */
  typeStated?: boolean;
  /** A person's name by what stands before it ("his wife Maureen"): its person vote counts in full. */
  namedAsPerson?: boolean;
}

/** The mention as an entity carries it: where it stands and its words, without the recognizer's working notes. */
function entityMention({ block, start, end, text, version }: Mention): EntityMention {
  return { block, start, end, text, ...(version ? { version } : {}) };
}

/** A version closing a product's name ("Stable Video Diffusion 2.1", "Gemini 1.5"): kept on the mention, not in the name. */
const VERSION = /^v?\d+(?:\.\d+)+[a-z]?$|^v\d+$/iu;

/**
 * A person's kin word just before token `from`, or before a comma there: "his widow, Denise", "survived by wife
 * Maureen", "Cheadle's wife Tatiana". The kin word follows a person's pronoun, "by" or a possessive: a firm has
 * partners and sister companies too ("its Belgian partner Keyobs").
 */
function kinBefore(tokens: readonly Token[], from: number, { KIN, PERSON_PRONOUNS }: EntityWords): boolean {
  const at = tokens[from - 1]?.text === ',' ? from - 2 : from - 1;
  const kin = tokens[at];
  const before = tokens[at - 1];
  return !!kin && !!before && KIN.has(kin.lower) && (PERSON_PRONOUNS.has(before.lower) || before.lower === 'by' || /^['’]s$/u.test(before.text));
}

/**
 * "actress Nicole", "presenter Angie": a person's role in lower case, in the singular ("leaders Chelsea" are a team),
 * just before a known given name. Companies have roles too ("rival Omnicom", "carmaker Porsche"), so only a given name.
 */
function roleBefore(tokens: readonly Token[], from: number, { gazetteers }: Lexicon): boolean {
  const role = tokens[from - 1];
  return !!role && role.word && !role.cap && !role.lower.endsWith('s') && gazetteers.roles.has(role.lower) && gazetteers.firstNames.has(tokens[from]!.lower);
}

function mentionsOf(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): Mention[] {
  const words = lexicon.entities;
  const { HONORIFICS, TITLES, ROLE_MODIFIERS } = words;
  const bareForms = new Set<string>();
  const mentions: Mention[] = [];
  for (const span of spans) {
    const tokens = sentences[span.sentence]!.tokens;
    const last = tokens[span.to - 1]!;
    let end = span.end;
    let version: string | undefined;
    if (span.to - span.from >= 2 && (span.type === 'product' || span.type === 'other') && VERSION.test(last.text)) {
      end = tokens[span.to - 2]!.end;
      version = last.text;
    } else if ((span.type === 'product' || span.type === 'other') && VERSION.test(tokens[span.to]?.text ?? '') && tokens[span.to]!.start === span.end + 1) {
      version = tokens[span.to]!.text; // "Stable Video Diffusion 2.1" with the version left outside
    }
    const surface = text(span.block).slice(span.start, end);
    // "Acme Corp." mid-sentence is the "Acme Corp" of the sentence's end: a suffix's full stop is the mention's, not the key's.
    const key = normalizeKey(last.text === '.' && span.to - span.from >= 2 ? text(span.block).slice(span.start, tokens[span.to - 2]!.end) : surface);
    const mention: Mention = { block: span.block, start: span.start, end, text: surface, key, type: span.type };
    const ruleTag = sentences[span.sentence]!.ruleTags[span.from]!;
    if (ruleTag !== 'O') mention.ruleType = ruleTag.slice(2) as EntityType;
    // A capitalised title ("Lord Ashcroft", "President Musharraf"), not a lower-case role ("former Westlife singer").
    const before = tokens[span.from - 1];
    const titled = !!before && (HONORIFICS.has(before.lower) || (before.cap && isTitle(before, TITLES) && !ROLE_MODIFIERS.has(before.lower)));
    if (span.surname || (span.type === 'person' && titled)) mention.surname = true;
    // "his wife Maureen", "presenter Angie": a kin word, or a role before a given name, says it is a person's name.
    else if (span.type === 'person' && (kinBefore(tokens, span.from, words) || roleBefore(tokens, span.from, lexicon))) mention.namedAsPerson = true;
    if (span.typeStated) mention.typeStated = true;
    if (version) mention.version = version;
    else bareForms.add(mention.key.toLowerCase());
    mentions.push(mention);
  }
  return mentions;
}

/** "International Monetary Fund (IMF)": a name, then its short form in brackets. */
function bracketedShortForms(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], keyOf: (span: TaggedSpan) => string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const [long, short] = [spans[i]!, spans[i + 1]!];
    if (long.sentence !== short.sentence || long.to - long.from < 2 || short.to - short.from !== 1) continue;
    const tokens = sentences[long.sentence]!.tokens;
    if (tokens[long.to]?.text !== '(' || short.from !== long.to + 1 || tokens[short.to]?.text !== ')') continue;
    const name = keyOf(long);
    const acronym = tokens[short.from]!;
    if ((acronym.upper && initialsMatch(name, acronym.text)) || (acronym.cap && clippedFrom(name, acronym.text))) pairs.push([name, keyOf(short)]);
  }
  return pairs;
}

const RULE_VOTE = 0.6;
const LONE_PERSON = 0.5;
/** A lone word that is no known first name or surname either ("Corvalis said") is a person on weaker evidence still. */
const LONE_UNKNOWN_PERSON = 0.25;

function knownName(word: string, { firstNames, lastNames }: Gazetteers): boolean {
  const lower = word.toLowerCase();
  return firstNames.has(lower) || lastNames.has(lower);
}

/** Each group's fullest name among `keys`, by the group's root. */
function fullestNames(groups: KeyGroups, keys: Iterable<string>): Map<string, string> {
  const fullest = new Map<string, string>();
  for (const key of keys) {
    const root = groups.find(key);
    const best = fullest.get(root);
    if (!best || fullerFirst(key, best) < 0) fullest.set(root, key);
  }
  return fullest;
}

/** One word with a capital inside after its first lower-case letters, not a Scottish or Irish surname's ("McCain", "MacArthur"). */
const CAMEL_CASE = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** One type per entity: the vote of its mentions, the full name's counting double. */
export function voteTypes(groups: KeyGroups, mentions: readonly Mention[], lexicon: Lexicon, sport = false): Map<string, EntityType> {
  const g = lexicon.gazetteers;
  const votes = new Map<string, Map<EntityType, number>>();
  const stated = new Map<string, Map<EntityType, number>>();
  const fullest = fullestNames(groups, mentions.map((m) => m.key));
  for (const m of mentions) {
    const root = groups.find(m.key);
    const tally = votes.get(root) ?? votes.set(root, new Map()).get(root)!;
    const weight = m.key === fullest.get(root) ? 2 : 1;
    // News names a person in full at least once; a lone word the article never gives in full is a
    // person on weaker evidence (Chelsea, Apple, Yukos).
    const name = fullest.get(root)!;
    // "Mr Cable" is a person's name whether or not the article gives it in full, and no company's.
    const lone = (type: EntityType) => (type !== 'person' || name.includes(' ') || m.surname || m.namedAsPerson ? 1 : knownName(name, g) ? LONE_PERSON : LONE_UNKNOWN_PERSON);
    // A country is a place, its government's or its side's name too ("Bosnia's government", a national side, by the guideline);
    // a word with capitals inside ("GlaxoSmithKline", "WorldCom") is a company's, no place's, unless the gazetteers know it.
    const type = m.type === 'organization' && g.countries.has(name.toLowerCase()) ? 'place'
      : m.type === 'place' && CAMEL_CASE.test(name) && !knownPlace(name.toLowerCase(), g) ? 'organization' : m.type;
    tally.set(type, (tally.get(type) ?? 0) + weight * lone(type));
    // The article says what its full name is ("media giant Vivendi Universal", "the comedy Sideways"): that settles it,
    // however its bare short forms vote ("Vivendi said"). A short form's stated kind may be another thing's ("the film Ray").
    if (m.typeStated && m.key === name) {
      const said = stated.get(root) ?? stated.set(root, new Map()).get(root)!;
      said.set(m.type, (said.get(m.type) ?? 0) + 1);
    }
    // The rule engine votes too, a little less: it knows clubs and companies the tagger has rarely seen.
    if (m.ruleType && !m.surname) tally.set(m.ruleType, (tally.get(m.ruleType) ?? 0) + weight * RULE_VOTE * lone(m.ruleType));
    // A company the gazetteers list by this very name ("Fannie Mae", "Goldman Sachs", "Green Day") votes as one in full,
    // though it is shaped like a person's name.
    if (m.key === name && !m.surname && g.organizations.has(name.toLowerCase())) tally.set('organization', (tally.get('organization') ?? 0) + weight);
    // So does a place the gazetteers list by a name of two words or more ("The Hague", "Los Angeles"); one word may be anything's ("Chelsea").
    else if (m.key === name && !m.surname && name.includes(' ') && knownPlace(name.toLowerCase(), g)) tally.set('place', (tally.get('place') ?? 0) + weight);
  }
  const types = new Map<string, EntityType>();
  for (const [root, votesOfRoot] of votes) {
    const tally = stated.get(root) ?? votesOfRoot;
    // A report of a team sport names players, clubs, grounds and competitions, and hardly a product: a product's vote counts
    // there only where the article states it ("Drogba", "Fenerbahce" read as products), or where nothing else was voted.
    if (sport && !stated.has(root) && [...tally.keys()].some((t) => t !== 'product')) tally.delete('product');
    // Ties go to the earlier type in ENTITY_TYPES, so the result never depends on mention order.
    let best: EntityType = ENTITY_TYPES.find((t) => tally.has(t))!;
    for (const type of ENTITY_TYPES) if ((tally.get(type) ?? 0) > (tally.get(best) ?? 0)) best = type;
    types.set(root, best);
  }
  return types;
}

/**
 * Entities whose fullest name says their type, however their mentions vote: a company's ("Sun Microsystems", "Ford Motor
 * Co"; "Sun" alone reads as a place to the tagger) or a club's ("Newcastle United"), an award or an event known by its name alone ("Oscars", "Bafta", "Six
 * Nations"), a ship by its prefix ("HMS Kent"), a legislature ("the Commons", "the Knesset") and a news agency ("Interfax said"). The lists are entity-words.json's.
 * A name that ends in an institution's head ("United States District Court", "Mercy Hospital"), or has one before its "of" or
 * "for" ("U.S. District Court for Northern District of California"), or as companies abroad end or
 * open ("Danmarks Nationalbank", "Banco Santander"), is a body's where `types` has it a place's or a person's, unless the
 * gazetteers know it as a place ("West Bank", "Russian Federation").
 */
/** The word before a name's first "of", "for" or "on" ("Court" of "District Court for Northern District of California"), in lower case. */
function headBeforeOf(words: readonly string[]): string {
  const at = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on'));
  return at > 0 ? words[at - 1]!.toLowerCase() : '';
}

/**
 * "Birmingham Grand Prix", "New York Marathon", "Athens Games": a name in capitals that ends in an event's word, typed a place or
 * a body, is the event's. Not a body's with its head before an "of" ("State Board of Elections"), nor words in lower case inside
 * ("Veterans Against the War"); "Games" only after a place ("Rockstar Games" is a company).
 */
function namedAsEvent(words: readonly string[], type: EntityType | undefined, { entities, gazetteers }: Lexicon): boolean {
  const head = words[words.length - 1]!.toLowerCase();
  if ((type !== 'place' && type !== 'organization') || words.length < 2 || !entities.EVENT_NAME_HEADS.has(head)) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w)) || entities.INSTITUTION_HEADS.has(headBeforeOf(words))) return false;
  return head !== 'games' || knownPlace(words.slice(0, -1).join(' ').toLowerCase(), gazetteers) || knownPlace(words[0]!.toLowerCase(), gazetteers);
}

export function typedByTheirNames(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, lexicon: Lexicon): Map<string, EntityType> {
  const { entities, gazetteers } = lexicon;
  const typed = new Map<string, EntityType>();
  for (const [root, name] of fullestNames(groups, groups.keys())) {
    const words = name.split(' ');
    const last = words[words.length - 1]!;
    const lower = name.toLowerCase();
    const head = last.toLowerCase();
    // "HMS Kent", "USS Nimitz", "U.S.S. Grayback": a ship's prefix says it is a ship, other by the guideline ("MS Word" is
    // software, not a ship).
    const prefix = words[0]!.replace(/\./gu, '');
    const ship = words.length >= 2 && /^\p{Lu}{2,4}$/u.test(prefix) && prefix !== 'MS' && entities.VESSEL_PREFIXES.has(prefix.toLowerCase());
    if (entities.AWARD_NAMES.has(lower) || entities.EVENT_NAMES.has(lower) || ship) typed.set(root, 'other');
    // "Labour" alone, a party's own name ("give Labour more money", "a challenge to Labour"), is never a place.
    else if (types.get(root) === 'place' && entities.PARTY_ADJECTIVES.has(lower) && partyNoun(lower, entities)) typed.set(root, 'organization');
    else if (entities.CHAMBER_NAMES.has(lower) || entities.NEWS_AGENCIES.has(lower)) typed.set(root, 'organization');
    else if (namedAsEvent(words, types.get(root), lexicon)) typed.set(root, 'other');
    else if (words.length >= 2 && /^\p{Lu}/u.test(last) && (companyWord(head, entities) || entities.CLUB_SUFFIXES.has(head))) {
      typed.set(root, 'organization');
    } else if ((types.get(root) === 'place' || types.get(root) === 'person') && words.length >= 2 && /^\p{Lu}/u.test(last) &&
      (entities.INSTITUTION_HEADS.has(head) || entities.INSTITUTION_HEADS.has(headBeforeOf(words)) || entities.COMPANY_HEADS_ABROAD.has(head) ||
        entities.COMPANY_OPENERS_ABROAD.has(words[0]!.toLowerCase())) && !knownPlace(lower, gazetteers)) typed.set(root, 'organization');
  }
  return typed;
}

/**
 * "Milan Baros" read as a club once, "Baros" as a person four times: a full name that opens with a given name (or a word no
 * dictionary or place list holds: "Kostas Kenteris") and ends in a word the article names a person by alone is that person's,
 * whatever its one mention voted; the surname then links to it. Not a name closed by a head word ("Bill Gates Foundation"; an
 * event's after a given name alone may be a surname: "Doris Day"),
 * a place ("London Heathrow") or an everyday word ("Jackson Five").
 */
export function peopleByTheirSurnames(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, { gazetteers, entities, time }: Lexicon): string[] {
  const people = new Set([...groups.keys()].filter((key) => !key.includes(' ') && types.get(groups.find(key)) === 'person'));
  const roots: string[] = [];
  for (const key of groups.keys()) {
    const words = key.split(' ');
    const root = groups.find(key);
    const last = words[words.length - 1]!;
    // The first word a given name the lists know, or no word of English nor a place ("Kostas Kenteris").
    const first = words[0]!.toLowerCase();
    const given = gazetteers.firstNames.has(first) || (!gazetteers.words.has(first) && !knownPlace(first, gazetteers));
    if (words.length < 2 || words.length > 3 || types.get(root) === 'person' || !people.has(last) || !given) continue;
    const surname = last.toLowerCase();
    // After a given name alone, an everyday word, an event's or a work's head among them, may be a surname ("Doris Day").
    const givenAlone = words.length === 2 && gazetteers.firstNames.has(first);
    if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || entities.ORG_HEADS.has(surname) || entities.PLACE_HEADS.has(surname) ||
      (entities.OTHER_HEADS.has(surname) && !givenAlone)) continue;
    // A surname the lists know, or no word of English; never a place ("London Heathrow") or a number ("Jackson Five").
    if ((gazetteers.words.has(surname) && !gazetteers.lastNames.has(surname) && (!givenAlone || entities.BUILDING_HEADS.has(surname))) || knownPlace(surname, gazetteers) || surname in time.NUMBER_WORDS) continue;
    roots.push(root);
  }
  return roots;
}

/**
 * A lone word that ends the names of two people or more ("Kimura" after "Hana Kimura" and "Kyoko Kimura"):
 * which of them it means is unsure, so it stays apart, but it is a person's surname whatever the tagger made of it.
 */
function sharedSurnames(groups: KeyGroups, types: ReadonlyMap<string, EntityType>): string[] {
  const people = new Map<string, Set<string>>();
  for (const key of groups.keys()) {
    const root = groups.find(key);
    const words = key.split(' ');
    if (words.length < 2 || types.get(root) !== 'person') continue;
    const surname = words[words.length - 1]!;
    (people.get(surname) ?? people.set(surname, new Set()).get(surname)!).add(root);
  }
  const roots: string[] = [];
  for (const key of groups.keys()) {
    const root = groups.find(key);
    if (!key.includes(' ') && root === key && (people.get(key)?.size ?? 0) >= 2 && types.get(root) !== 'person') roots.push(root);
  }
  return roots;
}

/**
 * Names the article already gave, found again where the tagger could not judge them: in headings and
 * capitals, and opening a sentence. Only forms of two or more letters that the article never writes in lower case.
 */
function knownFormsAgain(sentences: readonly PreparedSentence[], taken: Set<string>, known: Map<string, string>, text: (block: number) => string, lexicon: Lexicon): Array<{ root: string; mention: EntityMention }> {
  const found: Array<{ root: string; mention: EntityMention }> = [];
  const g = lexicon.gazetteers;
  const { GROUP_WORDS } = lexicon.entities;
  for (const sentence of sentences) {
    const { tokens, block } = sentence;
    const blind = sentence.heading || caseIsGuessed(sentence);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.word || !(tokens[i]!.cap || tokens[i]!.upper) || taken.has(`${block}:${tokens[i]!.start}`)) continue;
      // Mid-sentence, the tagger read the word in context: only a distinctive name is taken again there,
      // never a people or a creed ("Muslim-majority").
      const distinctive = (lower: string) => !g.demonyms.has(lower) && !GROUP_WORDS.has(lower);
      for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
        if (tokens.slice(i + 1, j).some((t) => taken.has(`${block}:${t.start}`))) continue;
        const surface = text(block).slice(tokens[i]!.start, tokens[j - 1]!.end);
        const root = known.get(normalizeKey(surface).toLowerCase());
        if (root === undefined) continue;
        if (!blind && !tokens[i]!.initial && !tokens.slice(i, j).some((t) => distinctive(t.lower))) continue;
        found.push({ root, mention: { block, start: tokens[i]!.start, end: tokens[j - 1]!.end, text: surface } });
        for (let k = i; k < j; k++) taken.add(`${block}:${tokens[k]!.start}`);
        i = j - 1;
        break;
      }
    }
  }
  return found;
}

/** Each mention's text as the article writes it, capitals and all, where the names were read from re-cased text. */
function quoteTheArticle(entities: readonly DocumentEntity[], blocks: readonly Block[]): void {
  const original = new Map(blocks.map((b) => [b.index, b.text]));
  for (const e of entities) for (const m of e.mentions) m.text = original.get(m.block)!.slice(m.start, m.end);
}

/**
 * "WASHINGTON", "NEW YORK" in a dateline the body never spells otherwise: a place the gazetteers know, of four letters
 * or more, is named as places are written ("Washington", "New York"), not shouted. Undefined for anything else.
 */
function placeInCapitals(key: string, { gazetteers, entities }: Lexicon): string | undefined {
  const lower = key.toLowerCase();
  if (key !== key.toUpperCase() || key.replace(/[^\p{L}]/gu, '').length < 4 || !knownPlace(lower, gazetteers)) return undefined;
  return lower.replace(/[\p{L}']+/gu, (word, at: number) => (at > 0 && entities.PLACE_NAME_SMALL_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)));
}

/** An article's entities: the tagger's `model` and the lexicon's word lists and gazetteers. */
export function recognizeEntities(article: ArticleInput, model: Perceptron, lexicon: Lexicon): DocumentEntity[] {
  const tagged = tagBlocks(model, article.blocks, lexicon);
  // Names are read from the text as tagged, capitals re-cased ("Saudi Aramco" for "SAUDI ARAMCO"); mentions quote the article.
  const blockText = new Map(tagged.recased.map((b) => [b.index, b.text]));
  const text = (block: number) => blockText.get(block)!;
  const sentences = tagged.sentences;
  const spans = ruledSpans(tagged.spans, sentences, text, lexicon);
  const mentions = mentionsOf(spans, sentences, text, lexicon);
  // "OPENAI" in a capitals headline is the body's "OpenAI": a shouted form takes the body's spelling.
  const bodySpelling = new Map<string, string>();
  // A name in capitals anywhere ("MOSCOW 1996-08-22", a dateline) is the body's too; of four letters or more, so "WHO" stays apart from "Who".
  const inCapitals = (text: string) => { const letters = text.replace(/[^\p{L}]/gu, ''); return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(); };
  const guessedCase = (i: number) => caseIsGuessed(sentences[spans[i]!.sentence]!) || inCapitals(mentions[i]!.text);
  mentions.forEach((m, i) => {
    if (!guessedCase(i) && !bodySpelling.has(m.key.toLowerCase())) bodySpelling.set(m.key.toLowerCase(), m.key);
  });
  mentions.forEach((m, i) => {
    if (guessedCase(i)) m.key = bodySpelling.get(m.key.toLowerCase()) ?? placeInCapitals(m.key, lexicon) ?? m.key;
  });

  const groups = new KeyGroups();
  for (const m of mentions) groups.add(m.key);
  joinWrittenTwoWays(groups, lexicon);
  const keyOfSpan = new Map(spans.map((s, i) => [s, mentions[i]!.key]));
  for (const [name, short] of bracketedShortForms(spans, sentences, (s) => keyOfSpan.get(s)!)) groups.union(name, short);
  const sport = reportsSport(sentences, lexicon.entities);
  let types = voteTypes(groups, mentions, lexicon, sport);
  // What a name's own words say it is ("Newcastle United", "Acme Inc") counts before short forms are linked to it, too.
  for (const [root, type] of typedByTheirNames(groups, types, lexicon)) types.set(root, type);
  for (const root of peopleByTheirSurnames(groups, types, lexicon)) types.set(root, 'person');
  const certainSurnames = new Set(mentions.filter((m) => m.surname).map((m) => m.key));
  const lowerCase = lowerCaseWords(article.blocks);
  linkShortForms(groups.keys(), (k) => types.get(groups.find(k)) ?? 'organization', groups, lexicon, certainSurnames, lowerCase);
  types = voteTypes(groups, mentions, lexicon, sport);
  for (const root of sharedSurnames(groups, types)) types.set(root, 'person');
  for (const root of clubsNamedForCities(groups, types, mentions, spans, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const root of clubsByTheirRoles(groups, types, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const root of clubsByTheirCities(groups, types, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const [root, type] of typedByTheirNames(groups, types, lexicon)) types.set(root, type);

  const byRoot = new Map<string, EntityMention[]>();
  const push = (root: string, m: EntityMention) => (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(m);
  const taken = new Set<string>();
  mentions.forEach((m, index) => {
    push(groups.find(m.key), entityMention(m));
    const span = spans[index]!;
    for (const t of sentences[span.sentence]!.tokens.slice(span.from, span.to)) taken.add(`${m.block}:${t.start}`);
  });
  const known = new Map<string, string>();
  for (const key of groups.keys()) {
    if (key.length >= 2 && !lowerCase.has(key.toLowerCase())) known.set(key.toLowerCase(), groups.find(key));
  }
  for (const [form, root] of impliedShortForms(groups, types, lexicon)) if (root && !known.has(form) && !lowerCase.has(form)) known.set(form, root);
  for (const { root, mention } of knownFormsAgain(sentences, taken, known, text, lexicon)) push(root, mention);

  const stated = new Set(mentions.filter((m) => m.typeStated).map((m) => groups.find(m.key)));
  const members = new Map<string, string[]>();
  for (const key of groups.keys()) (members.get(groups.find(key)) ?? members.set(groups.find(key), []).get(groups.find(key))!).push(key);
  const entities: DocumentEntity[] = [];
  for (const [root, keys] of members) {
    const list = byRoot.get(root);
    if (!list?.length) continue;
    const name = [...keys].sort(fullerFirst)[0]!;
    const surface = new Set(list.map((m) => normalizeKey(m.text)));
    const aliases = [...new Set([...keys, ...surface])].filter((k) => k !== name).sort();
    list.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
    const type = types.get(root)!;
    // A work's or a product's kind the article states ("the comedy Sideways", "Tamiflu, the antiviral drug") weighs more across articles.
    entities.push({ name, type, aliases, mentions: list, ...((type === 'other' || type === 'product') && stated.has(root) ? { typeStated: true as const } : {}) });
  }
  const typeByKey = new Map<string, EntityType>();
  for (const key of groups.keys()) typeByKey.set(key, types.get(groups.find(key))!);
  addNestedMakers(entities, typeByKey, lexicon.gazetteers);
  if (tagged.recased !== article.blocks) quoteTheArticle(entities, article.blocks);
  addDevanagariMentions(article.blocks, entities);
  return entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
