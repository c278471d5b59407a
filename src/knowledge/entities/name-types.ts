// Rules beside the tagger that decide what kind of name a span is from the words of the name and those around it:
// companies by their suffix, parties by their members, people the tagger read as places, bodies, works and products
// named by their kind, places with their "the". Each pass is pure; ruledSpans (span-rules.ts) runs them in order.
import type { EntityType } from '../types.ts';
import type { EntityWords, Lexicon } from '../lexicon/index.ts';
import { normalizeKey } from './collect.ts';
import { companyName, endsInHead, isTitle, knownGivenName, knownPlace, lowerPhrase, partyNoun, placeName } from './name-parts.ts';
import { covered, spanOver, withSpansAdded, withSpansReplaced } from './span-edits.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';

/**
 * "Ford Motor Co", "Halden Holdings Ltd.", "Sun Microsystems", "Halden Asset Management, Inc": a name that ends in a
 * company's legal suffix or its industry is a company, whatever else it looks like (the tagger read "Ford" as a given
 * name and "Sun Microsystems" as a place). The rule engine agrees, but its vote counts for less. A suffix's full stop inside a
 * sentence goes with it.
 */
export function companiesByTheirSuffix(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities }: Lexicon): TaggedSpan[] {
  const suffix = (t: Token | undefined) => !!t && t.cap && entities.COMPANY_SUFFIX.test(t.lower);
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const tokens = sentences[span.sentence]!.tokens;
    // "Halden Asset Management, Inc": the suffix after a comma, which the tagger took for a name of its own, closes the name before it.
    const before = out[out.length - 1];
    if (span.to - span.from === 1 && suffix(tokens[span.from]) && tokens[span.from - 1]?.text === ',' && before?.sentence === span.sentence && before.to === span.from - 1) {
      out[out.length - 1] = { ...before, to: span.to, end: span.end, type: 'organization' };
      continue;
    }
    // "Apple Inc. unveiled…", "while British Telecommunications fell": a suffix or an industry alone, the name before it left
    // out (opening the sentence, an everyday word, a people's word), takes it back.
    if (span.to - span.from === 1 && companyName(tokens[span.from]!, entities) && !(before?.sentence === span.sentence && before.to === span.from)) {
      let from = span.from;
      while (from > span.from - 4 && tokens[from - 1]?.word && tokens[from - 1]!.cap && !entities.FUNCTION_WORDS.has(tokens[from - 1]!.lower)) from--;
      if (from < span.from) {
        out.push({ ...span, from, start: tokens[from]!.start, type: 'organization' });
        continue;
      }
    }
    const typed = span.type === 'organization' || span.to - span.from < 2 || !companyName(tokens[span.to - 1]!, entities) ? span : { ...span, type: 'organization' as const };
    out.push(withSuffixStop(typed, tokens, entities));
  }
  return out;
}

/** "Buckeye Freightworks Inc. (NASDAQ: BKFW)": the full stop of an abbreviated legal suffix inside a sentence is the name's. */
function withSuffixStop(span: TaggedSpan, tokens: readonly Token[], { COMPANY_ABBREVIATIONS }: EntityWords): TaggedSpan {
  const [last, stop] = [tokens[span.to - 1]!, tokens[span.to]];
  if (span.type !== 'organization' || !COMPANY_ABBREVIATIONS.has(last.lower) || stop?.text !== '.' || stop.start !== last.end || !tokens[span.to + 1]) return span;
  return { ...span, to: span.to + 1, end: stop.end };
}

/**
 * "the Tories", "235 Democrats", "the Conservatives": a party named by its members, capitalised and in the plural,
 * is the party (as the guideline says), found by the tagger or not. The training text names few parties so, and a
 * model that learned "Democrats" does not know "Tories"; the singular ("a Tory government", "Liberal Democrat chairman",
 * "Lib Dem plans") is no name. A party's word before "party" in lower case ("the Democratic party") names it too.
 */
export function partiesByTheirMembers(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { PARTY_MEMBERS, PARTY_ADJECTIVES } = lexicon.entities;
  const singular = (lower: string) => (lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : '');
  const party = (sentence: PreparedSentence, i: number) => {
    const t = sentence.tokens[i]!;
    // Not a faction named after a leader ("Blairites"): its members are no party.
    return !caseIsGuessed(sentence) && t.cap && !t.upper && PARTY_MEMBERS.has(singular(t.lower)) && !t.lower.endsWith('ites');
  };
  const added: TaggedSpan[] = [];
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((_, i) => {
      if (!party(sentence, i) || covered(spans, index, i)) return;
      added.push(spanOver(sentence, index, i, i + 1, 'organization'));
    });
  });
  const retyped = spans.map((s) => (s.to - s.from === 1 && party(sentences[s.sentence]!, s.from) ? { ...s, type: 'organization' as const } : s));
  // "Liberal Democrat chairman", "Lib Dem plans": a party's member in the singular before a noun or a role is an adjective.
  // Not a person's surname ("John Tory said").
  const { roles, firstNames } = lexicon.gazetteers;
  const adjective = (s: TaggedSpan) => {
    const tokens = sentences[s.sentence]!.tokens;
    const next = tokens[s.to];
    return s.to - s.from >= 2 && PARTY_MEMBERS.has(tokens[s.to - 1]!.lower) && !firstNames.has(tokens[s.from]!.lower) &&
      !!next?.word && (!next.cap || roles.has(next.lower) || next.upper);
  };
  // "the Democratic party": a party's word and "party" in lower case are the party's name, whatever the tagger made of the word.
  const named = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((t, i) => {
      if (caseIsGuessed(sentence) || !t.cap || t.upper || !PARTY_ADJECTIVES.has(t.lower) || sentence.tokens[i + 1]?.text !== 'party') return;
      (named.get(index) ?? named.set(index, []).get(index)!).push(spanOver(sentence, index, i, i + 2, 'organization'));
    });
  });
  return withSpansReplaced(withSpansAdded(retyped.filter((s) => !adjective(s)), added), named);
}

/** A span's name as the article writes it, in lower case: the key its other mentions share. */
const nameKey = (s: TaggedSpan, text: (block: number) => string) => normalizeKey(text(s.block).slice(s.start, s.end)).toLowerCase();

/** Every mention of the names in `keys` (nameKey) of `type`, which the article states (and which `may` allow). */
function withTypeStated(spans: readonly TaggedSpan[], keys: ReadonlySet<string>, text: (block: number) => string, type: EntityType,
  may: (s: TaggedSpan) => boolean = () => true): TaggedSpan[] {
  if (!keys.size) return [...spans];
  return spans.map((s) => (keys.has(nameKey(s, text)) && may(s) ? { ...s, type, typeStated: true as const } : s));
}

/**
 * "the comedy Sideways", "Scorsese's movie The Aviator", "the album Hot Fuss": a title right after the kind of work
 * it is names a work (other), and so do its other mentions in the article, which the tagger, having seen few films,
 * took for organisations or places. Not a person's name after "book" ("the book Jane Austen wrote"). So does a title
 * described by its cast or kind ("The Aviator, starring Leonardo DiCaprio", "The Aviator, a film biography", "her
 * role as Katharine Hepburn in The Aviator"), unless it is a place, a possessor or a modifier ("a role in Labour's
 * campaign", "starred in BBC series Bleak House").
 */
export function worksNamedByTheirKind(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { WORK_KINDS, ACTING_WORDS, AWARD_NAMES, FUNCTION_WORDS } = lexicon.entities;
  const g = lexicon.gazetteers;
  const { firstNames } = g;
  const works = new Set<string>();
  for (const span of spans) {
    const tokens = sentences[span.sentence]!.tokens;
    const kind = tokens[span.from - 1];
    const next = tokens[span.to];
    // Not a possessor or a modifier: "a role in Labour's campaign", "appeared in BBC series Bleak House" (a small word after
    // the name modifies nothing: "a Bafta for Vera Drake on Sunday").
    if (span.type !== 'person' && !placeName(tokens, span.from, span.to, g) &&
      !(next && (/^['’]s?$/u.test(next.text) || (next.word && !next.cap && !FUNCTION_WORDS.has(next.lower))))) {
      // "The Aviator, starring Leonardo DiCaprio", "The Aviator, a film biography of Howard Hughes".
      const after = tokens.slice(span.to, span.to + 4);
      const described = after[0]?.text === ',' && (ACTING_WORDS.has(after[1]?.lower ?? '') ||
        (/^an?$/u.test(after[1]?.lower ?? '') && after.slice(2).some((t) => WORK_KINDS.has(t.lower))));
      // "her role as Katharine Hepburn in The Aviator", "starred in Sideways" (not "his role in the Senate").
      const window = tokens.slice(Math.max(0, span.from - 6), span.from - 1);
      const actedIn = kind?.lower === 'in' && window.some((t, k) => ACTING_WORDS.has(t.lower) || (t.lower === 'role' && window[k + 1]?.lower === 'as'));
      // "an Oscar nomination for Sideways", "a Bafta for Vera Drake": what an award is won for.
      const awardedFor = kind?.lower === 'for' && !(span.to - span.from > 1 && knownGivenName(tokens[span.from]!.lower, g)) &&
        window.some((t) => AWARD_NAMES.has(t.lower) || NOMINATIONS.has(t.lower));
      if (described || actedIn || awardedFor) { works.add(nameKey(span, text)); continue; }
    }
    if (!kind || kind.cap || !WORK_KINDS.has(kind.lower)) continue;
    // "the blockbuster West End musicals": a name before the kind of work itself modifies it, and names no work.
    const after = tokens[span.to]?.lower ?? '';
    if (WORK_KINDS.has(after) || WORK_KINDS.has(after.replace(/s$/u, ''))) continue;
    if (/^['’]s?$/u.test(tokens[span.to]?.text ?? '')) continue; // "the game Cameroon's coach lost": a possessor, no title
    if (span.type === 'person' && span.to - span.from > 1 && firstNames.has(tokens[span.from]!.lower)) continue;
    works.add(nameKey(span, text));
  }
  for (const key of listedWithWorks(spans, sentences, works, text, lexicon)) works.add(key);
  return withTypeStated(spans, works, text, 'other');
}

const NOMINATIONS = new Set(['nomination', 'nominations', 'nominated', 'nominee', 'nominees']);

/**
 * "The Aviator, Million Dollar Baby and Sideways": names listed with a work the article names are works too, unless a
 * person's full name or a place. Lists in news keep to one kind of thing. A list ends in "and" or "or": names between
 * commas alone may be a clause and its subject ("a cameo in Postcards From The Edge, Bening's breakthrough").
 */
function listedWithWorks(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], works: ReadonlySet<string>, text: (block: number) => string,
  { entities, gazetteers }: Lexicon): string[] {
  if (!works.size) return [];
  const joined = (a: TaggedSpan, b: TaggedSpan) => a.sentence === b.sentence && b.from > a.to &&
    sentences[a.sentence]!.tokens.slice(a.to, b.from).every((t) => entities.LIST_CONNECTORS.has(t.lower)) && b.from - a.to <= 2;
  const listed: string[] = [];
  let list: TaggedSpan[] = [];
  const close = () => {
    const last = list[list.length - 1]!;
    const endsInConjunction = list.length > 1 && sentences[last.sentence]!.tokens.slice(list[list.length - 2]!.to, last.from).some((t) => t.text !== ',');
    if (endsInConjunction && list.some((s) => works.has(nameKey(s, text)))) {
      for (const s of list) {
        const tokens = sentences[s.sentence]!.tokens;
        const fullName = s.to - s.from > 1 && knownGivenName(tokens[s.from]!.lower, gazetteers);
        if (!fullName && !placeName(tokens, s.from, s.to, gazetteers)) listed.push(nameKey(s, text));
      }
    }
  };
  spans.forEach((span, i) => {
    if (i > 0 && joined(spans[i - 1]!, span)) list.push(span);
    else { close(); list = [span]; }
  });
  close();
  return listed;
}

/**
 * "Sinn Fein leader Gerry Adams", "Hizbollah chief Hassan Nasrallah": a name right before a post in lower case and a person's
 * name is the body the person leads or speaks for, not a person, whatever the tagger made of it. Not a person's own full
 * name ("Tony Blair aide Alastair Campbell"), a surname alone ("Clinton spokesman Mike McCurry"), a party's member ("Tory
 * leader Michael Howard") or a people's word; a place stays a place ("Texas governor George Bush").
 */
export function bodiesBeforeTheirPeople(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { TITLES, PARTY_MEMBERS } = lexicon.entities;
  const g = lexicon.gazetteers;
  const retyped = spans.map((span, i): TaggedSpan => {
    if (span.type !== 'person') return span;
    const { tokens } = sentences[span.sentence]!;
    const post = tokens[span.to];
    const next = spans[i + 1];
    if (!post || post.cap || !isTitle(post, TITLES) || !next || next.sentence !== span.sentence || next.from !== span.to + 1 || next.type !== 'person') return span;
    const words = tokens.slice(span.from, span.to);
    const first = words[0]!.lower;
    if (g.firstNames.has(first) || g.lastNames.has(words[words.length - 1]!.lower) || words.some((t) => PARTY_MEMBERS.has(t.lower) || g.demonyms.has(t.lower))) return span;
    return { ...span, type: placeName(tokens, span.from, span.to, g) ? 'place' : 'organization' };
  });
  return withSpansAdded(retyped, unfoundBodiesBeforeTheirPeople(retyped, sentences, lexicon));
}

/**
 * "Kestrels boss Tom Ellery", "Marlow chairman Paul Okoro": one capitalised word the tagger left out, right before a post
 * in lower case and a person's name, names the body too; a party's own name does before any title ("Labour MP Dawn Halloran").
 * Not a word that opens the sentence only because it does ("Former coach …"): one of the dictionary's there must be written
 * with a capital elsewhere in the article too; not a person's name, a function word, a people's word, a party's member or its
 * adjective ("Democratic leader").
 */
function unfoundBodiesBeforeTheirPeople(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { TITLES, PARTY_MEMBERS, PARTY_ADJECTIVES, FUNCTION_WORDS, TEAM_ROLES } = lexicon.entities;
  const g = lexicon.gazetteers;
  let capitalisedMidSentence: Set<string> | undefined;
  const added: TaggedSpan[] = [];
  spans.forEach((person, i) => {
    const sentence = sentences[person.sentence]!;
    const { tokens } = sentence;
    const post = tokens[person.from - 1];
    const body = tokens[person.from - 2];
    // "Labour MP Dawn Halloran": a party's own name before any title, capitalised or not, is the party.
    const party = !!body && PARTY_ADJECTIVES.has(body.lower) && partyNoun(body.lower, lexicon.entities);
    if (person.type !== 'person' || !post || !body || (post.cap && !party) || !(isTitle(post, TITLES) || TEAM_ROLES.has(post.lower))) return;
    const taken = spans[i - 1]?.sentence === person.sentence && spans[i - 1]!.to > person.from - 2;
    if (caseIsGuessed(sentence) || !body.word || !body.cap || body.upper || taken) return;
    const lower = body.lower;
    if (FUNCTION_WORDS.has(lower) || g.firstNames.has(lower) || g.lastNames.has(lower) || g.demonyms.has(lower) || PARTY_MEMBERS.has(lower) ||
      (PARTY_ADJECTIVES.has(lower) && !party)) return;
    if (body.initial && g.words.has(lower) && !party) {
      capitalisedMidSentence ??= new Set(sentences.flatMap((s) => (caseIsGuessed(s) ? [] : s.tokens.filter((t) => t.cap && !t.initial).map((t) => t.lower))));
      if (!capitalisedMidSentence.has(lower)) return;
    }
    added.push(spanOver(sentence, person.sentence, person.from - 2, person.from - 1, knownPlace(lower, g) ? 'place' : 'organization'));
  });
  return added;
}

/**
 * "the Amazon rainforest", "the Kalahari desert", "the Mekong delta": a name right before a lower-case word for the kind of
 * land or water it is (entity-words 'geographic-nouns') is a place's, in every mention of the article, whatever the tagger,
 * which knows "Amazon" the company better, made of it. Not a name that opens with a given name ("Jordan river" is a place,
 * but "Michael Jordan" is not its). So is a name before a venue's word ('venue-nouns'), unless it was read as a club's.
 */
export function placesNamedByTheirKind(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { GEOGRAPHIC_NOUNS, VENUE_NOUNS, ORG_HEADS } = lexicon.entities;
  const { firstNames, organizations } = lexicon.gazetteers;
  const person = (s: TaggedSpan) => s.to - s.from > 1 && firstNames.has(sentences[s.sentence]!.tokens[s.from]!.lower);
  const places = new Set<string>();
  const venues = new Set<string>();
  for (const span of spans) {
    const { tokens } = sentences[span.sentence]!;
    const after = tokens[span.to];
    if (!after?.word || after.cap) continue;
    // A body by its name stays one: "European Union sea patrols" names no sea.
    const body = organizations.has(nameKey(span, text)) || ORG_HEADS.has(tokens[span.to - 1]!.lower);
    if (GEOGRAPHIC_NOUNS.has(after.lower) && !person(span) && !body) places.add(nameKey(span, text));
    // "the Ali Sami Yen stadium", "the Bernabeu stadium": a ground, named for a person or not, is a place; a club's name before
    // it is not ("the Arsenal stadium" stays the club).
    else if (VENUE_NOUNS.has(after.lower) && span.type !== 'organization') venues.add(nameKey(span, text));
  }
  return withTypeStated(withTypeStated(spans, places, text, 'place', (s) => !person(s)), venues, text, 'place');
}

/**
 * "Canada Emergency Response Benefit", "Common Agricultural Policy", "Incapacity Benefit": a name of two words
 * or more that ends in a kind of scheme (entity-words 'scheme-heads') is other, in every mention, however the tagger, which
 * has seen few, read it; not a body's name with a head of its own ("Institute for Fiscal Policy"). A programme or an
 * initiative is as often a body ("World Food Programme").
 */
export function schemesByTheirHeads(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, { entities }: Lexicon): TaggedSpan[] {
  const schemes = new Set<string>();
  for (const span of spans) {
    const words = sentences[span.sentence]!.tokens.slice(span.from, span.to);
    const last = words[words.length - 1]!;
    if (words.length < 2 || !last.cap || !entities.SCHEME_HEADS.has(last.lower) || words.some((t) => entities.ORG_HEADS.has(t.lower))) continue;
    schemes.add(nameKey(span, text));
  }
  return withTypeStated(spans, schemes, text, 'other');
}

/**
 * "in the Hague", "the Bronx": a name that the gazetteers know as a place with its "the" ("The Hague") is that place
 * after a "the" in lower case too, whatever the tagger made of it (the Hague's court is its own name).
 */
export function placesWithTheirThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { gazetteers: g }: Lexicon): TaggedSpan[] {
  return spans.map((span) => {
    const { tokens } = sentences[span.sentence]!;
    if (span.type === 'place' || tokens[span.from - 1]?.text !== 'the') return span;
    const withThe = `the ${lowerPhrase(tokens, span.from, span.to)}`;
    return knownPlace(withThe, g) ? { ...span, type: 'place' } : span;
  });
}

/** Words that may follow the noun heading an apposition: it ends there ("a drug made by …", "the jet, which …"). */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', 'made', 'from', 'by', 'that', 'which', 'for', 'used', 'developed', 'sold', 'built', 'with', 'of']);

/**
 * The words describing the name that ends before token `end`, right after it ("Tamiflu, the antiviral drug made by…",
 * "Yukos, the Russian oil giant, said"): after a comma and "a" or "the", up to `most` words in lower case, or also
 * capitalised where `capitalised` allows ("Russian"); their places in `tokens`, none if there is no such description.
 */
function appositionWords(tokens: readonly Token[], end: number, most: number, capitalised: (t: Token) => boolean = () => false): number[] {
  if (tokens[end]?.text !== ',' || !/^(?:an?|the)$/u.test(tokens[end + 1]?.lower ?? '')) return [];
  const words: number[] = [];
  for (let k = end + 2; k < Math.min(tokens.length, end + 2 + most); k++) {
    if (!tokens[k]!.word || (tokens[k]!.cap && !capitalised(tokens[k]!))) break;
    words.push(k);
  }
  return words;
}

/** The word at `k` heads its apposition: nothing noun-like follows it ("a software engineer" is headed by "engineer"). */
const headsApposition = (tokens: readonly Token[], k: number) => !tokens[k + 1] || APPOSITION_ENDS.has(tokens[k + 1]!.lower);

/**
 * "Yukos, the Russian oil giant, said", "Varnholt, a Dutch bank that": the name ending before token `end` is described, right
 * after it, as a kind of body (entity-words 'org-cues'), which heads the description: within four words, lower case or a
 * people's word ("Russian"). "Smith, the company's founder" describes a person.
 */
function describedAsBody(tokens: readonly Token[], end: number, { entities: { ORG_CUES, KINDS_NOT_ONLY_BODIES }, gazetteers: g }: Lexicon): boolean {
  const kind = appositionWords(tokens, end, 4, (t) => g.demonyms.has(t.lower)).find((k) => ORG_CUES.has(tokens[k]!.lower) && !KINDS_NOT_ONLY_BODIES.has(tokens[k]!.lower));
  return kind !== undefined && headsApposition(tokens, kind);
}

/**
 * "oil giant Yukos", "the bank Barclays", "firms like Yukos", "companies such as Enron": a name right after a word for the
 * kind of body it is (entity-words 'org-cues'), or described as one right after it ("Yukos, the Russian oil giant"), is an
 * organisation's, in every mention of the article; the tagger, having seen the name rarely, may read it as anything. Not a
 * person's full name ("publisher Rupert Murdoch") nor a place's.
 */
export function organisationsNamedByTheirKind(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { ORG_CUES, PRESS_CUES, KINDS_NOT_ONLY_BODIES, KIND_DETERMINERS, FUNCTION_WORDS } = lexicon.entities;
  const g = lexicon.gazetteers;
  // The kind as a noun: after "the", "its" or a word such as "oil", not after "to" or "will" ("to fund HIV treatments"); not a
  // kind that names products or people as often ("the service Gmail", "producer Ivo Brandt"). A newspaper's too ("Russian daily Kommersant").
  const cue = (t: Token | undefined, before: Token | undefined) => !!t && t.word && !t.cap && (ORG_CUES.has(t.lower) || PRESS_CUES.has(t.lower)) && !KINDS_NOT_ONLY_BODIES.has(t.lower) &&
    !!before && before.word && (KIND_DETERMINERS.has(before.lower) || !FUNCTION_WORDS.has(before.lower));
  // "companies", "firms": a kind in the plural, before "like" or "such as".
  const kinds = (t: Token | undefined) => !!t && t.word && !t.cap && (ORG_CUES.has(t.lower.replace(/ies$/u, 'y')) || ORG_CUES.has(t.lower.replace(/s$/u, '')));
  // A name that opens with a given name may be a person's, whatever the tagger made of it ("developer Perttu Ahola").
  const person = (s: TaggedSpan, tokens: readonly Token[]) => g.firstNames.has(tokens[s.from]!.lower);
  const bodies = new Set<string>();
  for (const span of spans) {
    const { tokens } = sentences[span.sentence]!;
    const [before, before2, before3] = [tokens[span.from - 1], tokens[span.from - 2], tokens[span.from - 3]];
    const named = cue(before, before2) || (before?.lower === 'like' && kinds(before2)) || (before?.lower === 'as' && before2?.lower === 'such' && kinds(before3)) ||
      describedAsBody(tokens, span.to, lexicon);
    if (named && !person(span, tokens) && !placeName(tokens, span.from, span.to, g)) bodies.add(nameKey(span, text));
  }
  return withTypeStated(spans, bodies, text, 'organization', (s) => !person(s, sentences[s.sentence]!.tokens));
}

/**
 * "Tamiflu, the antiviral drug made by Roche", "Relenza, a drug from GlaxoSmithKline": a name the article describes, right
 * after it, as a kind of thing one uses or buys is a product's, in every mention; the tagger, having seen few drugs or
 * jets, took them for organisations. The kind must head the description ("a software engineer" describes a person).
 */
export function productsNamedByTheirKind(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { PRODUCT_KINDS } = lexicon.entities;
  const products = new Set<string>();
  for (const span of spans) {
    if (span.type === 'person' || span.type === 'product') continue;
    const tokens = sentences[span.sentence]!.tokens;
    // The description's head: a kind word within three words, with nothing noun-like after it.
    if (appositionWords(tokens, span.to, 3).some((k) => PRODUCT_KINDS.has(tokens[k]!.lower) && headsApposition(tokens, k))) products.add(nameKey(span, text));
    // "the PSP console", "Sony's PSP games console": one thing of that kind, after "the" or its maker's possessive; "a Nokia
    // phone", "Toyota cars" and a name the gazetteers know as a body's or a place's ("the US car") name the maker or the place.
    else if (kindAfter(tokens, span.to, lexicon.entities) && theOneOfItsKind(tokens, span.from) && !lexicon.gazetteers.organizations.has(lowerPhrase(tokens, span.from, span.to)) &&
      !placeName(tokens, span.from, span.to, lexicon.gazetteers)) {
      products.add(nameKey(span, text));
    }
  }
  return withTypeStated(spans, products, text, 'product', (s) => s.type !== 'person');
}

/**
 * A kind of product in the singular, in lower case, right after the name or one word after it, heading its noun phrase ("the PSP
 * console will", "the PSP games console."): not a word before another noun ("the US car market", "the Cabir phone virus").
 */
function kindAfter(tokens: readonly Token[], to: number, { PRODUCT_KINDS, FUNCTION_WORDS }: EntityWords): boolean {
  const heads = (k: number) => PRODUCT_KINDS.has(tokens[k]!.lower) && !(tokens[k + 1]?.word && !tokens[k + 1]!.cap && !FUNCTION_WORDS.has(tokens[k + 1]!.lower));
  const small = (k: number) => !!tokens[k]?.word && !tokens[k]!.cap && !tokens[k]!.upper;
  return small(to) && (heads(to) || (small(to + 1) && heads(to + 1)));
}

/** "the PSP", "Sony's PSP": the name follows "the" or a possessive, as one thing does. */
function theOneOfItsKind(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before?.lower === 'the' || (!!before && /^['’]s?$/u.test(before.text) && before.start === tokens[from - 2]?.end);
}

/**
 * "said Jean-Philippe Cotis, the OECD's chief economist": a name of two or three words that opens with a known given
 * name, that no gazetteer knows as a place and that the rules read as a person's, is a person's, though the tagger
 * took it for a place (as it may a hyphenated or foreign name) or, right after a speech verb, for a product or a work; or
 * for a work or an event right after a title. A place named for a person is in the gazetteers ("Alice Springs", "George Town").
 */
export function peopleNotPlaces(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  return spans.map((span) => {
    if (span.to - span.from < 2 || span.to - span.from > 3) return span;
    const { tokens, ruleTags } = sentences[span.sentence]!;
    // "Deputy President Tove Lien" taken for a work or an event: after a title, a name the rules read as a person's is one.
    // "said Jean-Philippe Morvaix" taken for a product or a work: after a speech verb, one shaped as a person's is ("said Band Aid" is not).
    const before = tokens[span.from - 1];
    const titled = span.type === 'other' && before !== undefined && isTitle(before, lexicon.entities.TITLES);
    const said = (span.type === 'other' || span.type === 'product') && before !== undefined && lexicon.entities.SPEECH_VERBS.has(before.lower);
    if (span.type !== 'place' && !titled && !said) return span;
    if (ruleTags[span.from] !== 'B-person' || ruleTags[span.to - 1] !== 'L-person') return span;
    if (titled) return { ...span, type: 'person' };
    // A given name that is no everyday word ("River", "Crystal", "Golden" are), or a double one ("Jean-Philippe"); a
    // surname that is a known one or no everyday word, and no head ("Kennedy Space Center", "River Thames").
    const first = tokens[span.from]!.lower;
    const last = tokens[span.to - 1]!;
    const given = first.includes('-') ? knownGivenName(first, g) : g.firstNames.has(first) && !g.words.has(first);
    const surname = !endsInHead(last, lexicon.entities) && (g.lastNames.has(last.lower) || !g.words.has(last.lower));
    return given && surname && !placeName(tokens, span.from, span.to, g) && !g.demonyms.has(last.lower) ? { ...span, type: 'person' } : span;
  });
}

/**
 * "the sitcom's theme tune for The Beverly Hillbillies", "tickets for The Full Monty": a person's name never keeps a "The"
 * (the guideline leaves it out, and withoutOpeningThe cuts one that opens a sentence), so a name in mid-sentence that the
 * tagger read as a person's with its "The" is a title's, a work's.
 */
export function worksByTheirThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities }: Lexicon): TaggedSpan[] {
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const the = tokens[span.from]!;
    if (span.type !== 'person' || the.text !== 'The' || the.initial || span.to - span.from < 2 || isTitle(tokens[span.from + 1]!, entities.TITLES)) return span;
    return { ...span, type: 'other' };
  });
}

/**
 * "identified as Sudesh Amman, 20, was…", "Tarek Olumide, 34, of Leeds": a name followed by an age between commas is a
 * person's, whatever the tagger made of a name it had never seen. Two to four words in capitals, none a body's, a
 * place's or an event's head ("Chelsea, 52, and Arsenal" in a points table has one word), and no name a list knows.
 */
export function peopleByTheirAge(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities, gazetteers }: Lexicon): TaggedSpan[] {
  return spans.map((span) => {
    if (span.type === 'person' || span.to - span.from < 2 || span.to - span.from > 4) return span;
    const tokens = sentences[span.sentence]!.tokens;
    const [comma, age, close] = [tokens[span.to], tokens[span.to + 1], tokens[span.to + 2]];
    if (comma?.text !== ',' || !age || !/^[1-9]\d?$/u.test(age.text) || close?.text !== ',') return span;
    const words = tokens.slice(span.from, span.to);
    const heads = (t: Token) => entities.ORG_HEADS.has(t.lower) || entities.PLACE_HEADS.has(t.lower) || entities.OTHER_HEADS.has(t.lower) ||
      entities.CLUB_SUFFIXES.has(t.lower) || companyName(t, entities);
    if (!words.every((t) => t.word && t.cap && !t.upper) || words.some(heads)) return span;
    const name = lowerPhrase(tokens, span.from, span.to);
    if (knownPlace(name, gazetteers) || gazetteers.organizations.has(name)) return span;
    return { ...span, type: 'person' };
  });
}

/**
 * "SPRINGFIELD, Ill. —", "born in Jackson, Miss., in 1941", "near Vita, Man.": a town, a comma and a state's or province's
 * abbreviation with its full stop ('state-abbreviations', as the American and Canadian press write them) are two places, the
 * abbreviation with its stop, in every mention of the town, whatever the tagger (which took "Jackson" for a body, "Man" for a word) made of them.
 */
export function placesWithTheirStates(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, { entities }: Lexicon): TaggedSpan[] {
  const found = new Map<number, TaggedSpan[]>();
  const towns = new Set<string>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    for (let k = 2; k < tokens.length - 1; k++) {
      const [abbreviation, stop] = [tokens[k]!, tokens[k + 1]!];
      if (!entities.STATE_ABBREVIATIONS.has(abbreviation.text) || stop.text !== '.' || stop.start !== abbreviation.end || tokens[k - 1]!.text !== ',') continue;
      let from = k - 1;
      while (from > 0 && k - 1 - from < 3 && tokens[from - 1]!.word && (tokens[from - 1]!.cap || tokens[from - 1]!.upper)) from--;
      if (from === k - 1) continue;
      const town = spanOver(sentence, index, from, k - 1, 'place');
      (found.get(index) ?? found.set(index, []).get(index)!).push(town, spanOver(sentence, index, k, k + 2, 'place'));
      towns.add(nameKey(town, text));
    }
  });
  return withTypeStated(withSpansReplaced(spans, found), towns, text, 'place');
}
