// Extraction within one article with the learned tagger: tagged spans → the rules that stay (span-rules.ts)
// → surface forms linked into entities (acronyms defined in brackets, surnames and other short forms) → one
// type per entity by the vote of its mentions → the same names found again where the tagger could not see them
// (headings, capitals, sentence openings) → products' makers and versions, Devanagari transliterations.
import type { ArticleInput, Block, DocumentEntity, EntityMention, EntityType } from '../types.ts';
import type { EntityWords, Lexicon } from '../lexicon/index.ts';
import { KeyGroups } from '../union-find.ts';
import { normalizeKey, placeOf } from './collect.ts';
import { isTitle, knownPlace } from './name-parts.ts';
import { modelsByTheirMakers, peopleByTheirSurnames, peopleNamedInFull, placesByTheirUses, sharedSurnames, typedByTheirNames, voteTypes } from './entity-types.ts';
import { addDevanagariMentions } from './devanagari.ts';
import { addNestedMakers } from './document.ts';
import { lowerCaseWords } from './lower-case-words.ts';
import { clippedFrom, fullestOf, impliedShortForms, initialsMatch, joinWrittenTwoWays, linkShortForms } from './link.ts';
import type { Perceptron } from './tagger/perceptron.ts';
import { tagBlocks, type PreparedSentence, type TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';
import type { Token } from './tokens.ts';
import { ruledSpans } from './span-rules.ts';
import { clubsByTheirCities, clubsByTheirRoles, clubsNamedForCities, reportsBusiness, reportsSport } from './clubs.ts';
export interface Mention extends EntityMention {
  key: string;
  type: EntityType;
  /** The rule engine's type for the same words, when it found a name there. */
  ruleType?: EntityType;
  /** The rule engine's type is only its guess, from no evidence (see voteTypes). */
  ruleGuessed?: true;
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
    if (sentences[span.sentence]!.ruleGuessed?.[span.from]) mention.ruleGuessed = true;
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

/**
 * Names the article already gave, found again where the tagger could not judge them: in headings and
 * capitals, and opening a sentence. Only forms of two or more letters that the article never writes in lower case.
 */
function knownFormsAgain(sentences: readonly PreparedSentence[], taken: Set<number>, known: Map<string, string>, text: (block: number) => string, lexicon: Lexicon): Array<{ root: string; mention: EntityMention }> {
  const found: Array<{ root: string; mention: EntityMention }> = [];
  const g = lexicon.gazetteers;
  const { GROUP_WORDS } = lexicon.entities;
  for (const sentence of sentences) {
    const { tokens, block } = sentence;
    const blind = sentence.heading || caseIsGuessed(sentence);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.word || !(tokens[i]!.cap || tokens[i]!.upper) || taken.has(placeOf(block, tokens[i]!.start))) continue;
      // Mid-sentence, the tagger read the word in context: only a distinctive name is taken again there,
      // never a people or a creed ("Muslim-majority").
      const distinctive = (lower: string) => !g.demonyms.has(lower) && !GROUP_WORDS.has(lower);
      // A form found again takes none of the tokens already taken: it ends before the first of them after i.
      let free = i + 1;
      while (free < Math.min(tokens.length, i + 6) && !taken.has(placeOf(block, tokens[free]!.start))) free++;
      for (let j = free; j > i; j--) {
        const surface = text(block).slice(tokens[i]!.start, tokens[j - 1]!.end);
        const root = known.get(normalizeKey(surface).toLowerCase());
        if (root === undefined) continue;
        if (!blind && !tokens[i]!.initial && !tokens.slice(i, j).some((t) => distinctive(t.lower))) continue;
        found.push({ root, mention: { block, start: tokens[i]!.start, end: tokens[j - 1]!.end, text: surface } });
        for (let k = i; k < j; k++) taken.add(placeOf(block, tokens[k]!.start));
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
  const guessedCase = mentions.map((m, i) => caseIsGuessed(sentences[spans[i]!.sentence]!) || inCapitals(m.text));
  mentions.forEach((m, i) => {
    if (!guessedCase[i] && !bodySpelling.has(m.key.toLowerCase())) bodySpelling.set(m.key.toLowerCase(), m.key);
  });
  mentions.forEach((m, i) => {
    if (guessedCase[i]) m.key = bodySpelling.get(m.key.toLowerCase()) ?? placeInCapitals(m.key, lexicon) ?? m.key;
    // "Springfield, Ill.": a state's abbreviation is named as the state ("Illinois"), and meets the article's other mentions of it.
    const state = m.type === 'place' && m.text.endsWith('.') ? lexicon.entities.STATE_ABBREVIATIONS.get(m.text.slice(0, -1)) : undefined;
    if (state) m.key = state;
  });

  const groups = new KeyGroups();
  for (const m of mentions) groups.add(m.key);
  joinWrittenTwoWays(groups, lexicon);
  const keyOfSpan = new Map(spans.map((s, i) => [s, mentions[i]!.key]));
  for (const [name, short] of bracketedShortForms(spans, sentences, (s) => keyOfSpan.get(s)!)) groups.union(name, short);
  const sport = reportsSport(sentences, lexicon.entities);
  const business = reportsBusiness(sentences, lexicon.entities);
  let types = voteTypes(groups, mentions, lexicon, sport, business);
  // What a name's own words say it is ("Newcastle United", "Acme Inc") counts before short forms are linked to it, too.
  for (const [root, type] of typedByTheirNames(groups, types, lexicon)) types.set(root, type);
  for (const root of peopleByTheirSurnames(groups, types, lexicon)) types.set(root, 'person');
  // The words either side of each mention, in lower case.
  const context = spans.map(({ sentence, from, to }) => {
    const { tokens } = sentences[sentence]!;
    return { before: tokens[from - 1]?.lower ?? '', beforeThat: tokens[from - 2]?.lower ?? '', after: tokens[to]?.lower ?? '' };
  });
  const places = placesByTheirUses(groups, types, mentions, context, lexicon, sport);
  for (const root of places) types.set(root, 'place');
  const certainSurnames = new Set(mentions.filter((m) => m.surname).map((m) => m.key));
  const lowerCase = lowerCaseWords(article.blocks);
  const statedThings = new Set(mentions.filter((m) => m.typeStated && (m.type === 'other' || m.type === 'product')).map((m) => m.key));
  const models = modelsByTheirMakers(groups, types, lexicon);
  for (const [model, product] of models) groups.union(product, model);
  // A model joined to its product is no one's short form besides ("DS" is no surname of "Mario 64 DS").
  const modelKeys = new Set(models.map(([model]) => model));
  linkShortForms(groups.keys().filter((key) => !modelKeys.has(key)), (k) => types.get(groups.find(k)) ?? 'organization', groups, lexicon, certainSurnames, lowerCase, places, statedThings);
  types = voteTypes(groups, mentions, lexicon, sport, business);
  for (const key of places) types.set(groups.find(key), 'place');
  for (const [, product] of models) types.set(groups.find(product), 'product');
  for (const root of [...sharedSurnames(groups, types), ...peopleNamedInFull(groups, types, mentions, lexicon)]) types.set(root, 'person');
  for (const root of clubsNamedForCities(groups, types, mentions, spans, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const root of clubsByTheirRoles(groups, types, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const root of clubsByTheirCities(groups, types, sentences, lexicon, sport)) types.set(root, 'organization');
  for (const [root, type] of typedByTheirNames(groups, types, lexicon)) types.set(root, type);

  const byRoot = new Map<string, EntityMention[]>();
  const push = (root: string, m: EntityMention) => (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(m);
  const taken = new Set<number>();
  mentions.forEach((m, index) => {
    push(groups.find(m.key), entityMention(m));
    const span = spans[index]!;
    const tokens = sentences[span.sentence]!.tokens;
    for (let k = span.from; k < span.to; k++) taken.add(placeOf(m.block, tokens[k]!.start));
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
    const name = fullestOf(keys);
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
