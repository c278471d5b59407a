// Extraction within one article with the learned tagger: tagged spans → surface forms linked into
// entities (acronyms defined in brackets, surnames and other short forms) → one type per entity by
// the vote of its mentions → the same names found again where the tagger could not see them
// (headings, capitals, sentence openings) → products' makers and versions, Devanagari transliterations.
import type { ArticleInput, DocumentEntity, EntityMention, EntityType } from '../types.ts';
import { KeyGroups } from '../union-find.ts';
import { normalizeKey } from './collect.ts';
import { addDevanagariMentions } from './devanagari.ts';
import { addNestedMakers } from './document.ts';
import { gazetteers } from './gazetteers.ts';
import { isTitle } from './name-parts.ts';
import type { Token } from './tokens.ts';
import { lowerCaseWords } from './lower-case-words.ts';
import { COMMON_ACRONYMS, FUNCTION_WORDS, GROUP_WORDS, ORG_HEADS, OTHER_HEADS, PARTY_MEMBERS, PLACE_HEADS, ROLE_MODIFIERS, SAINTS } from './vocabulary.ts';
import { clippedFrom, fullerFirst, initialsMatch, linkShortForms } from './link.ts';
import { ENTITY_TYPES } from '../types.ts';
import { defaultTaggerModel } from './tagger/default-model.ts';
import type { Perceptron } from './tagger/perceptron.ts';
import { tagBlocks, type PreparedSentence, type TaggedSpan } from './tagger/tag.ts';

export interface Mention extends EntityMention {
  key: string;
  type: EntityType;
  /** The rule engine's type for the same words, when it found a name there. */
  ruleType?: EntityType;
}

/** A version closing a product's name ("Stable Video Diffusion 2.1", "Gemini 1.5"): kept on the mention, not in the name. */
const VERSION = /^v?\d+(?:\.\d+)+[a-z]?$|^v\d+$/iu;

function mentionsOf(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string): Mention[] {
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
    const mention: Mention = { block: span.block, start: span.start, end, text: surface, key: normalizeKey(surface), type: span.type };
    const ruleTag = sentences[span.sentence]!.ruleTags[span.from]!;
    if (ruleTag !== 'O') mention.ruleType = ruleTag.slice(2) as EntityType;
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
 * "The Iranian Revolutionary Guard Corps (IRGC)": when the letters of a bracketed acronym need one or two
 * capitalised words before the name the tagger found, those words are part of the name.
 */
export function widenedToAcronym(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string): TaggedSpan[] {
  return spans.map((span, k) => {
    const tokens = sentences[span.sentence]!.tokens;
    const acronym = tokens[span.to + 1];
    if (tokens[span.to]?.text !== '(' || !acronym?.upper || tokens[span.to + 2]?.text !== ')') return span;
    const name = (from: number) => normalizeKey(text(span.block).slice(tokens[from]!.start, span.end));
    if (initialsMatch(name(span.from), acronym.text)) return span;
    const previous = spans[k - 1];
    for (let from = span.from - 1; from >= Math.max(0, span.from - 2); from--) {
      const t = tokens[from]!;
      if (!t.word || !(t.cap || t.upper) || FUNCTION_WORDS.has(t.lower)) break;
      if (previous && previous.sentence === span.sentence && previous.to > from) break;
      if (initialsMatch(name(from), acronym.text) && name(from).replace(/[^\p{Lu}]/gu, '').startsWith(acronym.text.replace(/[^\p{Lu}]/gu, '').slice(0, 2))) {
        return { ...span, start: t.start, from };
      }
    }
    return span;
  });
}

/**
 * An interview's speaker label, "((Zara Kay))" opening a paragraph, holds a person when it holds a full
 * name: outlets label themselves with initials ("((WN))"). The model weighs the brackets, but a label
 * repeated fifty times in one interview makes a near tie there an error fifty times over.
 */
export function asSpeakers(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const label = span.from === 2 && tokens[0]!.text === '(' && tokens[1]!.text === '(' && tokens[span.to]?.text === ')' && tokens[span.to + 1]?.text === ')';
    const words = tokens.slice(span.from, span.to).filter((t) => t.word);
    return label && words.length >= 2 && words.every((t) => t.cap && !t.upper) ? { ...span, type: 'person' } : span;
  });
}

/**
 * A person's name starts after the titles and roles the tagger took in with it ("Assemblywoman Selena
 * Torres", "Senate Minority Whip Dick Durbin" → "Selena Torres", "Dick Durbin"): titles are not part of
 * the name (as the guideline says), and a name left with them would never meet its other mentions.
 */
export function withoutLeadingTitles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const { roles, words, firstNames, lastNames } = gazetteers();
  // "Skater Mirela Tanaka" opening a sentence: an everyday noun, capitalised only by its place, before a full name.
  const capitalisedByPlace = (t: Token, rest: number) =>
    t.initial && rest >= 2 && words.has(t.lower) && !firstNames.has(t.lower) && !lastNames.has(t.lower);
  const leading = (word: Token, k: number, span: TaggedSpan) =>
    isTitle(word) || roles.has(word.lower) || PARTY_MEMBERS.has(word.lower) || (k === span.from && capitalisedByPlace(word, span.to - k - 1));
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    if (span.type !== 'person') {
      // "Tory MP Boris Johnson" taken for one organisation or product: the titles open it, a full name follows.
      // Not "Saint Francis Hospital": a saint's name opens institutions, and a head word ends them.
      const last = tokens[span.to - 1]!.lower;
      if (SAINTS.has(tokens[span.from]!.lower) || ORG_HEADS.has(last) || PLACE_HEADS.has(last) || OTHER_HEADS.has(last)) return span;
      let k = span.from;
      while (k < span.to - 1 && leading(tokens[k]!, k, span)) k++;
      if (k === span.from || !tokens[k]!.cap || !(firstNames.has(tokens[k]!.lower) || (k === span.to - 1 && lastNames.has(tokens[k]!.lower)))) return span;
      return { ...span, from: k, start: tokens[k]!.start, type: 'person' as const };
    }
    let last = -1;
    for (let k = span.from; k < span.to - 1; k++) if (leading(tokens[k]!, k, span)) last = k;
    if (last < 0) return span;
    const rest = tokens.slice(last + 1, span.to);
    if (!rest.some((t) => t.word && t.cap) || !rest[0]!.word) return span;
    return { ...span, from: last + 1, start: rest[0]!.start };
  });
}

/** A country or region whose name has "and" in it ("Bosnia and Herzegovina", "Trinidad and Tobago"). */
function knownPlace(tokens: readonly Token[]): boolean {
  const { countries, regions } = gazetteers();
  const name = tokens.map((t) => t.lower).join(' ');
  return countries.has(name) || regions.has(name);
}

/** Two names the tagger cut at "and" that together are a country or region's name are that one place. */
export function joinedPlaceNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const tokens = sentences[span.sentence]!.tokens;
    if (previous && previous.sentence === span.sentence && tokens[previous.to]?.lower === 'and' &&
      (span.from === previous.to + 1 || (span.from === previous.to + 2 && tokens[previous.to + 1]!.lower === 'the')) &&
      knownPlace(tokens.slice(previous.from, span.to))) {
      out[out.length - 1] = { ...previous, to: span.to, end: span.end, type: 'place' };
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * "the Abqaiq and the Khurais fields": two names joined by "and the" are two names; a name itself rarely
 * has "and the" inside ("Bosnia and Herzegovina", "Law and Justice" have no "the").
 */
export function splitAtAndThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    if (knownPlace(tokens.slice(span.from, span.to))) return [span]; // "Saint Vincent and the Grenadines"
    for (let k = span.from + 1; k + 2 < span.to; k++) {
      if (tokens[k]!.lower !== 'and' || tokens[k + 1]!.lower !== 'the' || !tokens[k + 2]!.cap) continue;
      const left = { ...span, to: k, end: tokens[k - 1]!.end };
      const right = { ...span, from: k + 2, start: tokens[k + 2]!.start };
      return [left, right];
    }
    return [span];
  });
}

/**
 * "Senate Majority Leader Mitch McConnell", "House Majority Whip, Jim Clyburn": a role the tagger took into the
 * organisation's name before a person's name. The organisation ends before the role ("Senate", "House").
 */
export function withoutTrailingRoles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'organization' && span.type !== 'place') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const next = tokens[span.to];
    let to = span.to;
    if (isTitle(tokens[to - 1]!) && next && (next.text === ',' || (next.cap && next.word))) to--; // the role itself, then a name
    else if (!next || !isTitle(next)) return span; // or the role comes right after ("Senate Minority | Leader")
    while (to > span.from + 1 && ROLE_MODIFIERS.has(tokens[to - 1]!.lower)) to--;
    if (to === span.to || to === span.from || tokens.slice(span.from, to).some((t) => t.lower === 'of')) return span;
    return { ...span, to, end: tokens[to - 1]!.end };
  });
}

/**
 * A lone word that names a kind of thing, not one thing: a party's member ("a Tory", "the Democrat said"),
 * an everyday acronym ("watch TV on the move", "the CEO").
 */
export function withoutCommonNouns(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const spelledOut = acronymsOfCommonNouns(sentences);
  const everyday = (word: string) => COMMON_ACRONYMS.has(word) || COMMON_ACRONYMS.has(word.replace(/s$/, ''));
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    // "every H100 GPU": an everyday acronym after a product's name says what kind of thing it is, and is no
    // part of it. An organisation's may be ("Stability AI").
    let to = span.to;
    while (span.type !== 'organization' && to - span.from > 1 && everyday(tokens[to - 1]!.lower)) to--;
    if (to - span.from > 1) return [to === span.to ? span : { ...span, to, end: tokens[to - 1]!.end }];
    const word = tokens[span.from]!.lower;
    if (PARTY_MEMBERS.has(word) || everyday(word) || spelledOut.has(word)) return [];
    return [to === span.to ? span : { ...span, to, end: tokens[to - 1]!.end }];
  });
}

/**
 * Acronyms the article introduces after words in lower case whose initials spell them ("liquefied natural
 * gas (LNG)", "non-governmental organisations (NGOs)"): short for a common noun, not a name. A capitalised
 * expansion ("World Health Organization (WHO)") may well be a name and is left alone.
 */
export function acronymsOfCommonNouns(sentences: readonly PreparedSentence[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 1; i + 2 < tokens.length; i++) {
      const acronym = tokens[i + 1]!;
      if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !acronym.upper) continue;
      const letters = acronym.text.replace(/s$/, '').toLowerCase();
      if (!/^\p{L}{2,6}$/u.test(letters)) continue;
      const initials: string[] = [];
      for (let k = i - 1; k >= 0 && initials.length < letters.length; k--) {
        const word = tokens[k]!;
        if (!word.word || word.cap || word.upper) break;
        initials.unshift(...word.lower.split('-').filter(Boolean).map((part) => part[0]!));
      }
      if (initials.slice(-letters.length).join('') === letters) found.add(acronym.lower);
    }
  }
  return found;
}

const RULE_VOTE = 0.6;
const LONE_PERSON = 0.5;
/** A lone word that is no known first name or surname either ("Corvalis said") is a person on weaker evidence still. */
const LONE_UNKNOWN_PERSON = 0.25;

function knownName(word: string): boolean {
  const { firstNames, lastNames } = gazetteers();
  const lower = word.toLowerCase();
  return firstNames.has(lower) || lastNames.has(lower);
}

/** One type per entity: the vote of its mentions, the full name's counting double. */
export function voteTypes(groups: KeyGroups, mentions: readonly Mention[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const fullest = new Map<string, string>();
  for (const m of mentions) {
    const root = groups.find(m.key);
    const best = fullest.get(root);
    if (!best || fullerFirst(m.key, best) < 0) fullest.set(root, m.key);
  }
  for (const m of mentions) {
    const root = groups.find(m.key);
    const tally = votes.get(root) ?? votes.set(root, new Map()).get(root)!;
    const weight = m.key === fullest.get(root) ? 2 : 1;
    // News names a person in full at least once; a lone word the article never gives in full is a
    // person on weaker evidence (Chelsea, Apple, Yukos).
    const name = fullest.get(root)!;
    const lone = (type: EntityType) => (type !== 'person' || name.includes(' ') ? 1 : knownName(name) ? LONE_PERSON : LONE_UNKNOWN_PERSON);
    tally.set(m.type, (tally.get(m.type) ?? 0) + weight * lone(m.type));
    // The rule engine votes too, a little less: it knows clubs and companies the tagger has rarely seen.
    if (m.ruleType) tally.set(m.ruleType, (tally.get(m.ruleType) ?? 0) + weight * RULE_VOTE * lone(m.ruleType));
  }
  const types = new Map<string, EntityType>();
  for (const [root, tally] of votes) {
    // Ties go to the earlier type in ENTITY_TYPES, so the result never depends on mention order.
    let best: EntityType = ENTITY_TYPES.find((t) => tally.has(t))!;
    for (const type of ENTITY_TYPES) if ((tally.get(type) ?? 0) > (tally.get(best) ?? 0)) best = type;
    types.set(root, best);
  }
  return types;
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
function knownFormsAgain(sentences: readonly PreparedSentence[], taken: Set<string>, known: Map<string, string>, text: (block: number) => string): Array<{ root: string; mention: EntityMention }> {
  const found: Array<{ root: string; mention: EntityMention }> = [];
  const g = gazetteers();
  for (const sentence of sentences) {
    const { tokens, block } = sentence;
    const blind = sentence.heading || sentence.shouting;
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

/**
 * In headings and all-capitals lines case says little, so a name found there must be backed: given in the
 * body as well, or known to a gazetteer. The tagger learns from body text; this stays a rule.
 */
function backedSpans(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string): TaggedSpan[] {
  const weak = (s: TaggedSpan) => sentences[s.sentence]!.heading || sentences[s.sentence]!.shouting;
  const lowerKey = (s: TaggedSpan) => normalizeKey(text(s.block).slice(s.start, s.end)).toLowerCase();
  const body = new Set(spans.filter((s) => !weak(s)).map(lowerKey));
  const g = gazetteers();
  return spans.filter((s) => {
    if (!weak(s)) return true;
    const key = lowerKey(s);
    return body.has(key) || g.countries.has(key) || g.cities.has(key) || g.regions.has(key) || g.organizations.has(key) || g.people.has(key);
  });
}

/**
 * Names listed together are of one kind: in "Redis, PostgreSQL, or Linux" a capitalised word the
 * tagger left out between two names of one type, joined by commas and "and"/"or", is a third.
 */
export function listedWithNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  const joiner = (t: { text: string; lower: string } | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
  for (let k = 0; k + 1 < spans.length; k++) {
    const [a, b] = [spans[k]!, spans[k + 1]!];
    if (a.sentence !== b.sentence || a.type !== b.type) continue;
    const tokens = sentences[a.sentence]!.tokens;
    const between = tokens.slice(a.to, b.from);
    // a , X , (and|or) b  — or —  a , X (and|or) b
    const words = between.filter((t) => !joiner(t));
    if (words.length !== 1 || between.length < 3 || !joiner(between[0]) || !joiner(between[between.length - 1])) continue;
    const x = words[0]!;
    if (!(x.cap || x.upper) || x.initial || FUNCTION_WORDS.has(x.lower)) continue;
    const i = tokens.indexOf(x);
    if (!between.slice(0, between.indexOf(x)).every(joiner)) continue;
    added.push({ block: a.block, start: x.start, end: x.end, type: a.type, sentence: a.sentence, from: i, to: i + 1 });
  }
  return added.length ? [...spans, ...added].sort((p, q) => p.sentence - q.sentence || p.from - q.from) : [...spans];
}

/**
 * "The Information", "The Hill": a capital "The" in mid-sentence says the article is part of the
 * publication's name, so the mention keeps it.
 */
export function withCapitalThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const before = tokens[span.from - 1];
    if (span.type !== 'organization' || !before || before.text !== 'The' || before.initial) return span;
    return { ...span, start: before.start, from: span.from - 1 };
  });
}

/**
 * Where the tagger found nothing, or only a fragment, a name of two or more words that the rule engine
 * found stands: otherwise the model settles the conflict.
 */
export function withRuleNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  const replaced = new Set<TaggedSpan>();
  sentences.forEach((sentence, index) => {
    let open = -1;
    sentence.ruleTags.forEach((tag, i) => {
      if (tag.startsWith('B-')) open = i;
      else if (tag.startsWith('L-') && open >= 0) {
        const type = tag.slice(2) as EntityType;
        const rule = { block: sentence.block, start: sentence.tokens[open]!.start, end: sentence.tokens[i]!.end, type, sentence: index, from: open, to: i + 1 };
        const overlapping = spans.filter((s) => s.sentence === index && s.from < rule.to && s.to > rule.from);
        // Where the tagger found only a fragment of the rule's name ("Diffusion" of "Stable Video Diffusion"), the whole name stands.
        if (overlapping.every((s) => s.from >= rule.from && s.to <= rule.to && s.to - s.from < rule.to - rule.from)) {
          added.push(overlapping.length ? { ...rule, type: overlapping[overlapping.length - 1]!.type } : rule);
          for (const s of overlapping) replaced.add(s);
        }
        open = -1;
      } else if (!tag.startsWith('I-')) open = -1;
    });
  });
  return added.length ? [...spans.filter((s) => !replaced.has(s)), ...added].sort((p, q) => p.sentence - q.sentence || p.from - q.from) : [...spans];
}

export function recognizeEntities(article: ArticleInput, model: Perceptron = defaultTaggerModel()): DocumentEntity[] {
  const blockText = new Map(article.blocks.map((b) => [b.index, b.text]));
  const text = (block: number) => blockText.get(block)!;
  const tagged = tagBlocks(model, article.blocks);
  const sentences = tagged.sentences;
  const found = withRuleNames(tagged.spans, sentences);
  // The rules that stay, each a pass over the tagger's spans, in this order.
  let spans = backedSpans(found, sentences, text);
  spans = listedWithNames(spans, sentences);
  spans = widenedToAcronym(spans, sentences, text);
  spans = withCapitalThe(spans, sentences);
  spans = joinedPlaceNames(splitAtAndThe(spans, sentences), sentences);
  spans = withoutTrailingRoles(spans, sentences);
  spans = withoutLeadingTitles(spans, sentences);
  spans = asSpeakers(spans, sentences);
  spans = withoutCommonNouns(spans, sentences);
  const mentions = mentionsOf(spans, sentences, text);
  // "OPENAI" in a capitals headline is the body's "OpenAI": a shouted form takes the body's spelling.
  const bodySpelling = new Map<string, string>();
  mentions.forEach((m, i) => {
    const sentence = sentences[spans[i]!.sentence]!;
    if (!sentence.shouting && !bodySpelling.has(m.key.toLowerCase())) bodySpelling.set(m.key.toLowerCase(), m.key);
  });
  mentions.forEach((m, i) => {
    if (sentences[spans[i]!.sentence]!.shouting) m.key = bodySpelling.get(m.key.toLowerCase()) ?? m.key;
  });

  const groups = new KeyGroups();
  for (const m of mentions) groups.add(m.key);
  const keyOfSpan = new Map(spans.map((s, i) => [s, mentions[i]!.key]));
  for (const [name, short] of bracketedShortForms(spans, sentences, (s) => keyOfSpan.get(s)!)) groups.union(name, short);
  let types = voteTypes(groups, mentions);
  linkShortForms(groups.keys(), (k) => types.get(groups.find(k)) ?? 'organization', groups);
  types = voteTypes(groups, mentions);
  for (const root of sharedSurnames(groups, types)) types.set(root, 'person');

  const byRoot = new Map<string, EntityMention[]>();
  const push = (root: string, m: EntityMention) => (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(m);
  const taken = new Set<string>();
  mentions.forEach((m, index) => {
    const { key: _key, type: _type, ...mention } = m;
    push(groups.find(m.key), mention);
    const span = spans[index]!;
    for (const t of sentences[span.sentence]!.tokens.slice(span.from, span.to)) taken.add(`${m.block}:${t.start}`);
  });
  const lowerCase = lowerCaseWords(article.blocks);
  const known = new Map<string, string>();
  for (const key of groups.keys()) {
    if (key.length >= 2 && !lowerCase.has(key.toLowerCase())) known.set(key.toLowerCase(), groups.find(key));
  }
  // A person's surname names them wherever it stands ("Peebles’ departure" opening a sentence), unless two people share it.
  const surnames = new Map<string, string | null>();
  for (const key of groups.keys()) {
    const words = key.split(' ');
    const root = groups.find(key);
    if (words.length < 2 || types.get(root) !== 'person') continue;
    const surname = words[words.length - 1]!.toLowerCase();
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== root ? null : root);
  }
  for (const [surname, root] of surnames) if (root && !known.has(surname) && !lowerCase.has(surname)) known.set(surname, root);
  for (const { root, mention } of knownFormsAgain(sentences, taken, known, text)) push(root, mention);

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
    entities.push({ name, type: types.get(root)!, aliases, mentions: list });
  }
  const typeByKey = new Map<string, EntityType>();
  for (const key of groups.keys()) typeByKey.set(key, types.get(groups.find(key))!);
  addNestedMakers(entities, typeByKey);
  addDevanagariMentions(article.blocks, entities);
  return entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
