// One type per entity of an article: the vote of its mentions, then what its fullest name says ("Sun Microsystems",
// "Birmingham Grand Prix") and what the article's people say of its last word ("Doris Day", "Day said"). Pure;
// recognize.ts runs them in order.
import type { EntityType } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import type { Gazetteers, Lexicon } from '../lexicon/index.ts';
import type { KeyGroups } from '../union-find.ts';
import { fullerFirst } from './link.ts';
import { companyWord, knownPlace, MODEL_IN_CAPITALS, partyNoun } from './name-parts.ts';
import type { Mention } from './recognize.ts';

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

/**
 * Whether the rule engine's type for a mention is a vote. Where the rules found no evidence at all they only guess (a lone
 * unknown word is an organization to them), and the guess outvoted the tagger on names like "Agastya" or "Genium". It still
 * counts in a sports report, for the clubs no list knows ("Brentford", "Wasps"), and, for a company, in a business report ("Omnicom").
 */
function ruleVotes(m: Mention, sport: boolean, business: boolean): boolean {
  if (m.surname) return false;
  return !m.ruleGuessed || sport || (business && m.ruleType === 'organization');
}

/**
 * One type per entity: the vote of its mentions, the full name's counting double. `sport` and `business` say whether the
 * article reports a team sport or business (clubs.ts's reportsSport and reportsBusiness).
 */
export function voteTypes(groups: KeyGroups, mentions: readonly Mention[], lexicon: Lexicon, sport = false, business = false): Map<string, EntityType> {
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
    if (m.ruleType && ruleVotes(m, sport, business)) tally.set(m.ruleType, (tally.get(m.ruleType) ?? 0) + weight * RULE_VOTE * lone(m.ruleType));
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

/**
 * Entities whose fullest name says their type, however their mentions vote: a company's ("Sun Microsystems", "Ford Motor
 * Co"; "Sun" alone reads as a place to the tagger) or a club's ("Newcastle United"), an award or an event known by its name alone ("Oscars", "Bafta", "Six
 * Nations") or by its last word ("Athens Games": namedAsEvent), a ship by its prefix ("HMS Kent"), a legislature ("the Commons",
 * "the Knesset") and a news agency ("Interfax said"). The lists are entity-words.json's.
 * A name that ends in an institution's head ("United States District Court", "Mercy Hospital"), or has one before its "of" or
 * "for" ("U.S. District Court for Northern District of California"), or as companies abroad end or
 * open ("Danmarks Nationalbank", "Banco Santander"), is a body's where `types` has it a place's or a person's, unless the
 * gazetteers know it as a place ("West Bank", "Russian Federation").
 */
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
 * "Nintendo DS" … "the DS", "Sony PSP" … "PSP": a product named by its maker and a model in capitals (an organisation's name,
 * then two to five capitals or digits), and the model alone, which the article's acronyms vote an organisation because
 * acronyms usually are. Each pair is [model, product]: one entity, a product. Not where two products end in the same model.
 */
export function modelsByTheirMakers(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, { gazetteers }: Lexicon): Array<[string, string]> {
  const keys = new Set(groups.keys());
  const products = [...keys].filter((key) => {
    const words = key.split(' ');
    if (words.length !== 2 || types.get(groups.find(key)) !== 'product' || !MODEL_IN_CAPITALS.test(words[1]!)) return false;
    const maker = words[0]!;
    return (keys.has(maker) && types.get(groups.find(maker)) === 'organization') || gazetteers.organizations.has(maker.toLowerCase());
  });
  const models = products.map((key) => key.split(' ')[1]!);
  return products.flatMap((product, k) => {
    const model = models[k]!;
    const alone = keys.has(model) && groups.find(model) !== groups.find(product) && types.get(groups.find(model)) !== 'place';
    return alone && models.indexOf(model) === models.lastIndexOf(model) ? [[model, product] as [string, string]] : [];
  });
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
 * "Emily Spanton" once, "Spanton" ten times, most of them read as a body's name: a group whose full name opens with a given
 * name the lists know and was read as a person's, and whose last word alone was read as a person's at least once, is a
 * person's however the rest of its short forms voted. Not a name the gazetteers list as a body's ("Aston Villa"), one closed
 * by a head word or a company's word, nor one ending in an everyday word that is no surname.
 */
export function peopleNamedInFull(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, mentions: readonly Mention[], { gazetteers, entities }: Lexicon): string[] {
  const readAsPerson = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.key));
  const roots: string[] = [];
  for (const [root, name] of fullestNames(groups, groups.keys())) {
    if (types.get(root) === 'person') continue;
    const words = name.split(' ');
    const last = words[words.length - 1]!;
    const surname = last.toLowerCase();
    if (words.length < 2 || words.length > 3 || !readAsPerson.has(name) || !readAsPerson.has(last) || groups.find(last) !== root) continue;
    if (!gazetteers.firstNames.has(words[0]!.toLowerCase()) || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    if (gazetteers.organizations.has(name.toLowerCase()) || knownPlace(name.toLowerCase(), gazetteers)) continue;
    if (entities.ORG_HEADS.has(surname) || entities.PLACE_HEADS.has(surname) || entities.OTHER_HEADS.has(surname) || companyWord(surname, entities) ||
      entities.CLUB_SUFFIXES.has(surname) || knownPlace(surname, gazetteers) || (gazetteers.words.has(surname) && !gazetteers.lastNames.has(surname))) continue;
    roots.push(root);
  }
  return roots;
}

/**
 * A lone word that ends the names of two people or more ("Kimura" after "Hana Kimura" and "Kyoko Kimura"):
 * which of them it means is unsure, so it stays apart, but it is a person's surname whatever the tagger made of it.
 */
export function sharedSurnames(groups: KeyGroups, types: ReadonlyMap<string, EntityType>): string[] {
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

/** What is held or traded in a company ("shares in Kestrel", "trading in Halden"): a company, not a place, after "in". */
const HOLDINGS = new Set(['stake', 'stakes', 'share', 'shares', 'holding', 'holdings', 'investment', 'investments', 'interest', 'interests', 'trade', 'trading',
  'dealing', 'dealings', 'market', 'invest', 'invested', 'investing', 'job', 'jobs', 'role', 'career', 'post']);
/** What a company has that a place has not, right after its name ("Gazprom shares", "Halden chief"). */
const BODY_PARTS = new Set(['shares', 'share', 'stock', 'stocks', 'bonds', 'shareholders', 'investors', 'chief', 'boss', 'executive', 'executives', 'spokesman',
  'spokeswoman', 'spokesperson', 'board', 'staff', 'employees', 'chairman', 'founder']);

/**
 * "children in Kilifi and Siaya districts", "the trial in Kilifi", "rolled down a bank on the Crown Range … near Arrow Junction": a name no list
 * knows, read as a body's, that the article uses as a place at least twice ("in Kilifi", "Kilifi district", "Kilifi-based") and as a body
 * at most half as often ("Kilifi said", "Kilifi's board", "shares in Kilifi") is a place. Not in a sports report, where towns are
 * clubs; not a name with a body's head, a company's word or a club's suffix, nor one in capitals ("BBMP").
 */
export function placesByTheirUses(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, mentions: readonly Mention[],
  context: ReadonlyArray<{ before: string; beforeThat: string; after: string }>, { entities, gazetteers }: Lexicon, sport: boolean): string[] {
  if (sport) return [];
  const { PLACE_USES, PLACE_NOUNS, GEOGRAPHIC_NOUNS, SPEECH_VERBS, AGENT_VERBS, ORG_HEADS, INSTITUTION_HEADS, CLUB_SUFFIXES } = entities;
  const uses = new Map<string, { place: number; body: number }>();
  const nameLike = new Map<string, boolean>();
  for (const key of groups.keys()) {
    const root = groups.find(key);
    const words = key.split(' ');
    const plain = words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !gazetteers.organizations.has(key.toLowerCase()) &&
      !words.some((w) => { const lower = w.toLowerCase(); return ORG_HEADS.has(lower) || INSTITUTION_HEADS.has(lower) || CLUB_SUFFIXES.has(lower) || companyWord(lower, entities); });
    nameLike.set(root, (nameLike.get(root) ?? true) && plain);
  }
  mentions.forEach((m, i) => {
    const root = groups.find(m.key);
    const type = types.get(root);
    if (type !== 'organization' && type !== 'other') return;
    const { before, beforeThat, after } = context[i]!;
    const count = uses.get(root) ?? uses.set(root, { place: 0, body: 0 }).get(root)!;
    if ((PLACE_USES.has(before) || before === 'off') && !HOLDINGS.has(beforeThat) && !BODY_PARTS.has(after)) count.place++;
    else if (PLACE_NOUNS.has(after) || PLACE_NOUNS.has(after.replace(/s$/u, '')) || GEOGRAPHIC_NOUNS.has(after) || /^-?based$/u.test(after)) count.place++;
    else if (SPEECH_VERBS.has(after) || AGENT_VERBS.has(after) || /^['’]s?$/u.test(after) || HOLDINGS.has(beforeThat) || BODY_PARTS.has(after)) count.body++;
  });
  return [...uses].filter(([root, { place, body }]) => nameLike.get(root) && place >= 2 && body * 2 <= place).map(([root]) => root);
}
