// Resolution across articles: which of the articles' entities are one real thing, under what name and type.
//
// 1. Units. Each article's entity is cut into the surface forms it holds. A form the article tied to the
//    name only by being inside it ("Microsoft" in "Microsoft Office") leaves as a unit of its own: containment
//    alone is no evidence. Surnames, acronyms, clipped forms and forms with no visible tie stay (the article
//    saw evidence this stage cannot).
// 2. The same full name, up to case, diacritics and dots, or the same country, is one entity.
// 3. Variant rules join entities of compatible types: designators ("Labour Party"), plurals ("Lib Dem"),
//    clipped forms ("Lib Dems"), initialisms ("EU", "U.S."), given-name variants ("Mitch").
// 4. Short forms that stand alone join a longer name when the corpus pairs them consistently: a surname
//    with one person in several articles; a contained form that is never used without its longer name.
// 5. A name whose articles clearly mean two kinds of thing is split by sense (sense.ts).
// 6. Each entity is named by use (canonical.ts) and typed by its articles' votes (type-vote.ts).
// The word lists and gazetteers are the lexicon's, passed in.
import type { DocumentEntity, EntityMention, EntityType } from '../../types.ts';
import { defaultLexicon, type Lexicon } from '../../lexicon/index.ts';
import { canonicalName, type FormUse } from './canonical.ts';
import { personNamePart, personShaped, relateForm, shapedLikePerson, type FormRelation } from './form-relations.ts';
import { foldKey, foldKeys, isAcronym, wordsOf } from './name-keys.ts';
import { splitBySense, type ArticleContext } from './sense.ts';
import { UnionFind } from '../../union-find.ts';
import { compatibleTallies, tallyTypes, type TypeTally } from './type-vote.ts';
import { ENTITY_TYPES } from '../../types.ts';
import { acronymLetters, bodyOf, countryOf, givenNameGroupsOf, initialsOf, isClippedForm, isGivenNameVariant, withoutDesignators } from './variants.ts';

export interface CorpusMention extends EntityMention { article: string }
export interface CorpusEntity { name: string; type: EntityType; aliases: string[]; mentions: CorpusMention[] }

/** Thresholds of the corpus-level rules. */
export const RESOLUTION_LIMITS = {
  /** A lone surname joins the person it is paired with in at least this many articles… */
  pairedArticles: 2,
  /** …when that person holds at least this share of the surname's pairings. */
  pairedShare: 0.75,
  /** An acronym with several possible expansions takes the one with this many times the articles of the next. */
  dominantExpansion: 3,
  /** Standalone units left from a longer name (contained forms) vote with this weight. */
  detachedWeight: 0.25,
  /**
   * An article that states what kind of thing a name is ("the comedy Sideways") votes with this weight: its words
   * say what the other articles' taggers guessed. Four such articles outweigh 16 guesses ("The Aviator").
   */
  statedTypeWeight: 4,
} as const;

interface Piece {
  key: string;
  /** The spelling most of its mentions use, and every spelling they use. */
  spelling: string;
  spellings: string[];
  relation: 'name' | FormRelation;
  mentions: CorpusMention[];
}

export interface Unit {
  id: number;
  article: string;
  /** Index of the article's entity it comes from. */
  source: number;
  type: EntityType;
  name: string;
  pieces: Piece[];
  aliases: string[];
  /** Fold key of the longer name this form was cut from, when it stood inside it only by containment. */
  detachedFrom?: string;
  /** Its article stated its type in words ("the comedy Sideways"): its vote weighs more. */
  typeStated?: true;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const spellingOf = (text: string) => text.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();

export function compareMentions(a: CorpusMention, b: CorpusMention): number {
  return byString(a.article, b.article) || a.block - b.block || a.start - b.start || a.end - b.end;
}

export function compareEntities(a: { name: string; type: EntityType }, b: { name: string; type: EntityType }): number {
  return byString(a.name, b.name) || ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type);
}

type Docs = ReadonlyArray<{ article: string; entities: readonly DocumentEntity[] }>;

/** One article's entity cut into units: its name with the forms tied to it, and each merely contained form apart. */
function cutEntity(article: string, index: number, entity: DocumentEntity, kind: EntityType, lexicon: Lexicon): Unit[] {
  // Mentions by spelling, then spellings by fold key: each distinct text is folded once.
  const byText = new Map<string, CorpusMention[]>();
  for (const m of entity.mentions) {
    const mention: CorpusMention = { article, block: m.block, start: m.start, end: m.end, text: m.text, ...(m.version ? { version: m.version } : {}) };
    (byText.get(m.text) ?? byText.set(m.text, []).get(m.text)!).push(mention);
  }
  const byKey = new Map<string, Map<string, CorpusMention[]>>();
  for (const [text, mentions] of byText) {
    const key = foldKey(text);
    const spelling = spellingOf(text);
    const spellings = byKey.get(key) ?? byKey.set(key, new Map()).get(key)!;
    spellings.set(spelling, [...(spellings.get(spelling) ?? []), ...mentions]);
  }
  const nameKey = foldKey(entity.name);
  const main: Unit = { id: 0, article, source: index, type: entity.type, name: entity.name, pieces: [], aliases: [], ...(entity.typeStated ? { typeStated: true as const } : {}) };
  const units = [main];
  const detached = new Set<string>();
  for (const [key, bySpelling] of [...byKey].sort(([a], [b]) => byString(a, b))) {
    const ranked = [...bySpelling].sort(([a, x], [b, y]) => y.length - x.length || byString(a, b));
    const spelling = ranked[0]![0];
    const spellings = ranked.map(([text]) => text);
    const mentions = ranked.flatMap(([, list]) => list);
    const relation = key === nameKey ? 'name' : relateForm(spelling, entity.name, kind, lexicon);
    if (relation === 'contained') {
      detached.add(key);
      units.push({
        id: 0, article, source: index, type: entity.type, name: spelling,
        pieces: [{ key, spelling, spellings, relation: 'name', mentions }], aliases: [], detachedFrom: nameKey,
      });
    } else {
      main.pieces.push({ key, spelling, spellings, relation, mentions });
    }
  }
  main.aliases = [entity.name, ...entity.aliases].filter((alias) => !detached.has(foldKey(alias)));
  return units;
}

/**
 * Step 1: cut every article's entities into units. `kindOf` gives the type that decides how a form relates
 * to its name (the corpus's verdict once there is one: "Linux" is no surname of "Rocky Linux" because one
 * article took it for a person); each unit still votes with its own article's type. `reuse` holds a
 * previous cut, kept for the entities whose deciding type is unchanged.
 */
export function buildUnits(
  docs: Docs,
  lexicon: Lexicon,
  kindOf: (article: string, index: number) => EntityType | undefined = () => undefined,
  reuse?: ReadonlyMap<string, Unit[]>,
): Unit[] {
  const units: Unit[] = [];
  const ordered = [...docs].sort((a, b) => byString(a.article, b.article));
  for (const doc of ordered) {
    for (const [index, entity] of doc.entities.entries()) {
      const kind = kindOf(doc.article, index) ?? entity.type;
      const previous = kind === entity.type ? reuse?.get(`${doc.article}\u0000${index}`) : undefined;
      for (const unit of previous ?? cutEntity(doc.article, index, entity, kind, lexicon)) units.push({ ...unit, id: units.length });
    }
  }
  return units;
}

const isFull = (p: Piece) => p.relation !== 'short';

/** The keys a unit is known by as a whole name: its name and full forms, their fold variants, their country and their listed body. */
function fullKeys(unit: Unit, lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  const add = (text: string) => {
    for (const k of foldKeys(text)) keys.add(k);
    const country = countryOf(text, lexicon);
    if (country) keys.add(`country:${country}`);
    const body = bodyOf(text, lexicon);
    if (body) keys.add(`body:${body.body}`);
  };
  if (!unit.detachedFrom) add(unit.name);
  for (const p of unit.pieces) if (isFull(p)) add(p.spelling);
  return [...keys];
}

interface Group {
  root: number;
  units: Unit[];
  /** Full forms: spelling → articles using it. */
  forms: Map<string, Set<string>>;
  articles: Set<string>;
  tally: TypeTally;
}

function ballots(units: readonly Unit[]) {
  return units.map((u) => ({
    type: u.type,
    weight: (u.detachedFrom ? RESOLUTION_LIMITS.detachedWeight : 1) * (u.typeStated ? RESOLUTION_LIMITS.statedTypeWeight : 1),
    mentions: u.pieces.reduce((n, p) => n + p.mentions.length, 0),
  }));
}

/** The groups of a partition; `withForms` also gathers their full forms, which the joins need. */
function summarise(units: readonly Unit[], sets: UnionFind, withForms = true): Map<number, Group> {
  const groups = new Map<number, Group>();
  for (const unit of units) {
    const root = sets.find(unit.id);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { root, units: [], forms: new Map(), articles: new Set(), tally: undefined! }));
    group.units.push(unit);
    group.articles.add(unit.article);
    if (!withForms) continue;
    for (const p of unit.pieces) {
      if (isFull(p) && p.mentions.length) (group.forms.get(p.spelling) ?? group.forms.set(p.spelling, new Set()).get(p.spelling)!).add(unit.article);
    }
  }
  for (const group of groups.values()) group.tally = tallyTypes(ballots(group.units));
  return groups;
}

/** Index: fold key of a full form → the groups using it. */
function formIndex(groups: Map<number, Group>): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  for (const g of groups.values()) {
    for (const form of g.forms.keys()) {
      const key = foldKey(form);
      (index.get(key) ?? index.set(key, new Set()).get(key)!).add(g.root);
    }
  }
  return index;
}

/** Step 3: joins by variant rules, proposed on one partition and applied together. */
function variantJoins(groups: Map<number, Group>, lexicon: Lexicon): Array<[number, number]> {
  const joins: Array<[number, number]> = [];
  const index = formIndex(groups);
  const typeOf = (root: number) => groups.get(root)!.tally.type;
  const compatible = (a: number, b: number) => compatibleTallies(groups.get(a)!.tally, groups.get(b)!.tally);
  const others = (key: string, self: number) => [...(index.get(key) ?? [])].filter((r) => r !== self).sort((a, b) => a - b);
  const sorted = [...groups.values()].sort((a, b) => a.root - b.root);

  // Clipped forms and initialisms: candidate long names, indexed by their word shape and initials.
  const byShape = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<number>>();
  for (const g of sorted) {
    for (const form of g.forms.keys()) {
      const words = wordsOf(foldKey(form));
      if (words.length < 2) continue;
      const shape = words.map((w) => w[0]).join('');
      (byShape.get(shape) ?? byShape.set(shape, new Set()).get(shape)!).add(form);
      for (const initials of initialsOf(form, lexicon)) (byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!).add(g.root);
    }
  }
  // Acronyms an article tied to a longer name (defined in brackets, or by initials).
  const pairedAcronyms = new Map<string, Set<number>>();
  for (const g of sorted) {
    for (const u of g.units) {
      for (const p of u.pieces) {
        if (p.relation === 'short' && isAcronym(p.spelling)) {
          (pairedAcronyms.get(p.key) ?? pairedAcronyms.set(p.key, new Set()).get(p.key)!).add(g.root);
        }
      }
    }
  }

  for (const g of sorted) {
    const type = g.tally.type;
    for (const form of [...g.forms.keys()].sort()) {
      const key = foldKey(form);
      const words = wordsOf(key);
      // "Labour Party" and "Labour", "Apple Inc" and "Apple"; a party and its members in the plural, "Conservative Party" and
      // "Conservatives", "Green Party" and "the Greens".
      const bare = withoutDesignators(form, lexicon);
      if (bare !== key && type === 'organization') {
        // Only an entity named by the plural, or by the party's own name, alone: "News" of News Corp is no "New Party".
        const plural = `${bare}s`;
        const namedByPlural = (r: number) => groups.get(r)!.units.every((u) => !u.detachedFrom) &&
          [...groups.get(r)!.forms.keys()].every((f) => foldKey(f) === plural || withoutDesignators(f, lexicon) === bare);
        const byMembers = lexicon.resolution.MEMBERS_DESIGNATORS.has(words[words.length - 1]!) ? others(plural, g.root).filter(namedByPlural) : [];
        for (const r of [...others(bare, g.root), ...byMembers]) if (typeOf(r) === 'organization') joins.push([g.root, r]);
      }
      // "Oscars" and "Oscar", "Baftas" and "Bafta": one word with and without a plural s, when both name a work, award or
      // event. Not people's names ("Williams", "William"), places or organisations ("Saints" of "Saint"), whose plurals name others.
      if (words.length === 1 && key.endsWith('s') && type === 'other') {
        for (const r of others(key.slice(0, -1), g.root)) if (typeOf(r) === 'other') joins.push([g.root, r]);
      }
      // "Lib Dems" and "Lib Dem", never two people ("John Williams", "John William") nor places.
      if (words.length > 1 && key.endsWith('s') && type !== 'place') {
        for (const r of others(key.slice(0, -1), g.root)) {
          if (typeOf(r) !== 'place' && !(type === 'person' && typeOf(r) === 'person') && compatible(g.root, r)) joins.push([g.root, r]);
        }
      }
      // "Lib Dems" of "Liberal Democrats".
      if (words.length > 1) {
        const targets = new Set<number>();
        for (const long of byShape.get(words.map((w) => w[0]).join('')) ?? []) {
          if (isClippedForm(form, long, lexicon)) for (const r of others(foldKey(long), g.root)) targets.add(r);
        }
        if (targets.size === 1) {
          const [r] = targets;
          if (compatible(g.root, r!)) joins.push([g.root, r!]);
        }
      }
      // "EU" of "European Union", "IMF" of the name an article defined it for.
      if (isAcronym(form)) {
        const letters = acronymLetters(form);
        // Only a group known by acronyms alone looks for its expansion: "USA" beside "United States" is settled.
        if ([...g.forms.keys()].some((f) => wordsOf(foldKey(f)).length > 1)) continue;
        // Two letters spell too many names ("DS"): they need an article that ties them to one.
        const byLetters = letters.replace(/&/gu, '').length > 2 ? byInitials.get(letters) ?? [] : [];
        const candidates = new Set([...byLetters, ...(pairedAcronyms.get(key) ?? [])]);
        candidates.delete(g.root);
        const ranked = [...candidates].sort((a, b) => groups.get(b)!.articles.size - groups.get(a)!.articles.size || a - b);
        const [first, second] = ranked;
        if (first === undefined) continue;
        const dominant = second === undefined ||
          groups.get(first)!.articles.size >= RESOLUTION_LIMITS.dominantExpansion * groups.get(second)!.articles.size;
        if (dominant && compatible(g.root, first)) joins.push([g.root, first]);
      }
    }
  }

  // Given-name variants among people: "Mitch McConnell" and "Mitchell McConnell".
  const people = new Map<string, Array<{ given: string; root: number }>>();
  for (const g of sorted) {
    if (g.tally.type !== 'person') continue;
    for (const form of g.forms.keys()) {
      const words = wordsOf(foldKey(form));
      if (words.length < 2) continue;
      const rest = words.slice(1).join(' ');
      (people.get(rest) ?? people.set(rest, []).get(rest)!).push({ given: words[0]!, root: g.root });
    }
  }
  // A short form of several names ("Al" of Alan and Albert) joins one of them only when it is the only one
  // of them the corpus has with that surname: a pair joins when no partner of either is theirs by another name.
  const shared = (x: string, y: string) => givenNameGroupsOf(x, lexicon).filter((g) => givenNameGroupsOf(y, lexicon).includes(g));
  for (const [rest, all] of people) {
    // Only given names the lexicon knows can have partners.
    const list = all.filter((x) => givenNameGroupsOf(x.given, lexicon).length > 0);
    if (list.length < 2) continue;
    const partners = new Map(list.map((x) => [x, list.filter((y) =>
      y.root !== x.root && y.given !== x.given && isGivenNameVariant(`${x.given} ${rest}`, `${y.given} ${rest}`, lexicon))]));
    const partnersOf = (x: { given: string; root: number }) => partners.get(x)!;
    for (const a of list) {
      for (const b of partnersOf(a)) {
        const groupsOfPair = shared(a.given, b.given);
        const clear = [a, b].every((x) => partnersOf(x).every((y) => shared(x.given, y.given).some((g) => groupsOfPair.includes(g))));
        if (clear) joins.push([a.root, b.root]);
      }
    }
  }
  return joins;
}

/** A person's entity, or one named like a person that the articles took for an organisation or place. */
const isPerson = (group: Group, name: string, lexicon: Lexicon) => group.tally.type === 'person' || personShaped(name, group.tally.type, lexicon);

/** Step 4: lone short forms that the corpus pairs consistently with one longer name. */
function pairingJoins(groups: Map<number, Group>, sets: UnionFind, lexicon: Lexicon): Array<[number, number]> {
  const joins: Array<[number, number]> = [];
  const g = lexicon.gazetteers;
  // Surnames: in which articles each person's entity used it as a short form.
  const surnamePairs = new Map<string, Map<number, Set<string>>>();
  // Contained forms: the longer names they were cut from, by article.
  const containedPairs = new Map<string, Map<number, Set<string>>>();
  const owners = new Map<string, number>();
  for (const group of groups.values()) {
    for (const u of group.units) if (!u.detachedFrom) owners.set(`${u.article}\u0000${foldKey(u.name)}`, group.root);
  }
  const pair = (map: Map<string, Map<number, Set<string>>>, key: string, root: number, article: string) => {
    const byRoot = map.get(key) ?? map.set(key, new Map()).get(key)!;
    (byRoot.get(root) ?? byRoot.set(root, new Set()).get(root)!).add(article);
  };
  for (const group of [...groups.values()].sort((a, b) => a.root - b.root)) {
    for (const u of group.units) {
      if (u.detachedFrom) {
        const owner = owners.get(`${u.article}\u0000${u.detachedFrom}`);
        if (owner !== undefined) pair(containedPairs, u.pieces[0]!.key, owner, u.article);
        continue;
      }
      const nameWords = wordsOf(foldKey(u.name));
      if (!isPerson(group, u.name, lexicon)) continue;
      for (const p of u.pieces) {
        const words = wordsOf(p.key);
        const tail = p.relation === 'short' && words.length < nameWords.length && nameWords.slice(-words.length).join(' ') === p.key;
        if (tail && p.mentions.length) pair(surnamePairs, p.key, group.root, u.article);
      }
    }
  }
  // "Pedro Pierluisi … Pierluisi" in one article pairs them even where the article kept them apart,
  // when no one else there has that surname.
  const surnamesIn = new Map<string, Map<string, Set<number>>>();
  for (const group of groups.values()) {
    for (const u of group.units) {
      const words = wordsOf(foldKey(u.name));
      if (u.detachedFrom || words.length < 2 || !isPerson(group, u.name, lexicon)) continue;
      const byKey = surnamesIn.get(u.article) ?? surnamesIn.set(u.article, new Map()).get(u.article)!;
      for (let n = 1; n < words.length; n++) {
        if (personNamePart(words.slice(-n), words, lexicon) !== 'short') continue;
        const key = words.slice(-n).join(' ');
        (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(group.root);
      }
    }
  }
  for (const group of [...groups.values()].sort((a, b) => a.root - b.root)) {
    for (const u of group.units) {
      if (u.detachedFrom || u.pieces.some((p) => p.key !== foldKey(u.name))) continue;
      const people = surnamesIn.get(u.article)?.get(foldKey(u.name));
      if (people?.size === 1 && !people.has(group.root)) pair(surnamePairs, foldKey(u.name), [...people][0]!, u.article);
    }
  }

  for (const group of [...groups.values()].sort((a, b) => a.root - b.root)) {
    const keys = new Set([...group.forms.keys()].map(foldKey));
    if (keys.size !== 1) continue;
    const [key] = keys as Set<string>;
    // A surname on its own: joins the person most articles pair it with.
    const paired = surnamePairs.get(key!);
    if (paired && group.tally.type !== 'place' && !g.countries.has(key!) && !g.regions.has(key!) && !g.cities.has(key!)) {
      const ranked = [...paired].filter(([root]) => root !== group.root).sort(([a, x], [b, y]) => y.size - x.size || a - b);
      const total = [...paired.values()].reduce((n, s) => n + s.size, 0);
      const [best] = ranked;
      if (best && best[1].size >= RESOLUTION_LIMITS.pairedArticles && best[1].size >= RESOLUTION_LIMITS.pairedShare * total &&
        (group.tally.type === 'person' || group.articles.size <= best[1].size)) {
        joins.push([group.root, best[0]]);
        // Joined as the surname of a name shaped like a person's, it votes as a person: "Parry said" typed an
        // organisation in the articles that never give "Rick Parry" must not outvote the person by its many mentions.
        const partner = groups.get(sets.find(best[0]));
        if ([...(partner?.forms.keys() ?? [])].some((form) => shapedLikePerson(form, lexicon))) for (const u of group.units) u.type = 'person';
        continue;
      }
    }
    // A contained form never used without the longer name it sits in, in several articles.
    const contained = containedPairs.get(key!);
    if (contained && group.units.every((u) => u.detachedFrom)) {
      const roots = [...contained.keys()].map((r) => sets.find(r)).filter((r) => r !== group.root);
      const articles = new Set([...contained.values()].flatMap((s) => [...s]));
      if (new Set(roots).size === 1 && articles.size >= RESOLUTION_LIMITS.pairedArticles && articles.size === group.articles.size) {
        joins.push([group.root, roots[0]!]);
      }
    }
  }
  return joins;
}

function toEntity(units: readonly Unit[], lexicon: Lexicon): CorpusEntity | undefined {
  const all: CorpusMention[] = [];
  const uses: FormUse[] = [];
  const aliases = new Set<string>();
  for (const u of units) {
    for (const p of u.pieces) {
      for (const m of p.mentions) all.push(m);
      if (isFull(p)) uses.push({ text: p.spelling, article: u.article, mentions: p.mentions.length });
      for (const spelling of p.spellings) aliases.add(spelling);
    }
    for (const alias of u.aliases) aliases.add(alias);
    if (!u.detachedFrom) uses.push({ text: spellingOf(u.name), article: u.article, mentions: 0 });
  }
  if (all.length === 0) return undefined;
  // Two of an article's entities may share a span; it is one mention of this entity.
  all.sort(compareMentions);
  const mentions = all.filter((m, i) => i === 0 || compareMentions(all[i - 1]!, m) !== 0);
  const { type } = tallyTypes(ballots(units));
  const name = canonicalName(uses, type, lexicon);
  aliases.delete(name);
  return { name, type, aliases: [...aliases].sort(byString), mentions };
}

/** Which entities each article names, and how telling each is: rarer entities weigh more (inverse document frequency). */
function articleContext(groups: Map<number, Group>): ArticleContext {
  const members = new Map<string, Set<number>>();
  for (const group of groups.values()) {
    for (const article of group.articles) (members.get(article) ?? members.set(article, new Set()).get(article)!).add(group.root);
  }
  const total = members.size;
  const none: ReadonlySet<number> = new Set();
  return {
    members: (article) => members.get(article) ?? none,
    weight: (root) => Math.log((total + 1) / (groups.get(root)!.articles.size + 1)),
  };
}

/** Step 2: units known by the same full name (or naming the same country, or the same listed body) are one entity. */
function unionByName(units: readonly Unit[], lexicon: Lexicon): UnionFind {
  const sets = new UnionFind(units.length);
  const firstWith = new Map<string, number>();
  for (const unit of units) {
    for (const key of fullKeys(unit, lexicon)) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, unit.id);
      else sets.union(first, unit.id);
    }
  }
  return sets;
}

/** The corpus's entities from every article's own, with the lexicon's word lists and gazetteers. */
export function resolveCorpus(docs: Docs, lexicon: Lexicon = defaultLexicon()): CorpusEntity[] {
  // A first cut with each article's own types gives every name its corpus-wide type; the real cut uses it.
  const draft = buildUnits(docs, lexicon);
  const draftSets = unionByName(draft, lexicon);
  const corpusType = new Map<string, EntityType>();
  const cuts = new Map<string, Unit[]>();
  for (const group of summarise(draft, draftSets, false).values()) {
    for (const u of group.units) {
      const source = `${u.article}\u0000${u.source}`;
      if (!u.detachedFrom) corpusType.set(source, group.tally.type);
      (cuts.get(source) ?? cuts.set(source, []).get(source)!).push(u);
    }
  }
  for (const list of cuts.values()) list.sort((a, b) => a.id - b.id);
  const units = buildUnits(docs, lexicon, (article, index) => corpusType.get(`${article}\u0000${index}`), cuts);
  const sets = unionByName(units, lexicon);
  for (const [a, b] of variantJoins(summarise(units, sets), lexicon)) sets.union(a, b);
  for (const [a, b] of pairingJoins(summarise(units, sets), sets, lexicon)) sets.union(a, b);

  const groups = summarise(units, sets, false);
  const entities: CorpusEntity[] = [];
  const context = articleContext(groups);
  for (const group of groups.values()) {
    const senses = splitBySense(group.units, context, group.root, lexicon.gazetteers).map((sense) => toEntity(sense, lexicon));
    // Two senses that the vote gives one type are one entity after all ("London" twice, both places).
    const oneType = senses.length > 1 && senses.every((e) => e && e.type === senses[0]!.type);
    for (const entity of oneType ? [toEntity(group.units, lexicon)] : senses) if (entity) entities.push(entity);
  }
  return entities.sort(compareEntities);
}
