// Where a name the tagger found starts and stops around titles and roles: titles and roles are no part of a name
// ("Senate Majority Leader Mitch McConnell"), "and the" parts two names, a place whose name holds "and" is one.
// Two names joined at "and" or "for" are joined-names.ts. Pure; span-rules.ts runs them in order.
import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { companyWord, endsInHead, headedName, isTitle, knownPlace, lowerPhrase, personAfterPlace, placeName } from './name-parts.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/**
 * "Major League Baseball", "Major League Soccer": a rank that is no post ("Major", "General") before capitalised
 * everyday words with an organisation's head among them, none a given name or surname, opens the organisation's
 * name. The rule engine reads the rank as a title and the rest as a person, and the tagger follows it.
 */
export function withTitlesOpeningNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { words, firstNames, lastNames, roles } = lexicon.gazetteers;
  const { TITLES, HONORIFICS, ROLE_MODIFIERS, ORG_HEADS } = lexicon.entities;
  return spans.map((span) => {
    if (span.type !== 'person') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const title = tokens[span.from - 1];
    if (!title?.cap || title.upper || !isTitle(title, TITLES) || HONORIFICS.has(title.lower) || roles.has(title.lower) || ROLE_MODIFIERS.has(title.lower)) return span;
    const inside = tokens.slice(span.from, span.to);
    if (!inside.every((t) => t.word && t.cap && words.has(t.lower) && !firstNames.has(t.lower) && !lastNames.has(t.lower))) return span;
    if (!inside.some((t) => ORG_HEADS.has(t.lower))) return span;
    return { ...span, from: span.from - 1, start: title.start, type: 'organization' as const };
  });
}

/**
 * A person's name starts after the titles and roles the tagger took in with it ("Assemblywoman Selena
 * Torres", "Senate Minority Whip Dick Durbin" → "Selena Torres", "Dick Durbin"): titles are not part of
 * the name (as the guideline says), and a name left with them would never meet its other mentions.
 */
export function withoutLeadingTitles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { roles, words, firstNames, lastNames, demonyms } = lexicon.gazetteers;
  const { TITLES, PARTY_MEMBERS, SAINTS, ORG_HEADS, PLACE_HEADS, OTHER_HEADS, HONORIFICS, HONORIFICS_ABROAD, PLACE_PREPOSITIONS, NAME_PARTICLES } = lexicon.entities;
  // "Skater Mirela Tanaka" opening a sentence: an everyday noun, capitalised only by its place, before a full name.
  const capitalisedByPlace = (t: Token, rest: number) =>
    t.initial && rest >= 2 && words.has(t.lower) && !firstNames.has(t.lower) && !lastNames.has(t.lower);
  // "Spaniard Carlos Moreno", "South African President …": a nationality before a full name says who the person is. One that
  // is a name too ("German", "Pole") only before a given name and a surname: "German Karl-Heinz Obermaier", not "German Gref".
  const givenName = (t: Token | undefined) => !!t && firstNames.has(t.lower.split('-')[0]!);
  const nationality = (tokens: readonly Token[], k: number, rest: number) => {
    const t = tokens[k]!;
    if (rest >= 3 && demonyms.has(`${t.lower} ${tokens[k + 1]!.lower}`)) return true;
    return rest >= 2 && demonyms.has(t.lower) && ((!firstNames.has(t.lower) && !lastNames.has(t.lower)) || givenName(tokens[k + 1]));
  };
  // "Hon. Adekunle Olatunji": an honorific cut from its full stop by the tokenizer, and the stop.
  const abbreviatedHonorific = (tokens: readonly Token[], k: number) =>
    tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end && HONORIFICS_ABROAD.has(`${tokens[k]!.lower}.`);
  const leading = (word: Token, k: number, span: TaggedSpan): boolean => {
    const tokens = sentences[span.sentence]!.tokens;
    if (word.text === '.' && k > span.from && abbreviatedHonorific(tokens, k - 1)) return true;
    return isTitle(word, TITLES) || roles.has(word.lower) || PARTY_MEMBERS.has(word.lower) || (HONORIFICS_ABROAD.has(word.lower) && !word.upper) || abbreviatedHonorific(tokens, k) ||
      nationality(tokens, k, span.to - k - 1) || (k === span.from && capitalisedByPlace(word, span.to - k - 1));
  };
  // "Opener Shafiqul Alam Tipu", "Centre Thinus du Preez": after an everyday noun that opens the sentence, two or three capitalised
  // words that no dictionary, place list or head word holds are a person's name the tagger took for a body's.
  const unknownName = (rest: readonly Token[], fewest = 2) => rest.length >= fewest && rest.length <= 4 && rest[0]!.cap && rest[rest.length - 1]!.cap &&
    rest.every((t) => (t.word && t.cap && !t.upper && !words.has(t.lower) && !ORG_HEADS.has(t.lower) && !knownPlace(t.lower, lexicon.gazetteers)) || NAME_PARTICLES.has(t.lower));
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    if (placeName(tokens, span.from, span.to, lexicon.gazetteers)) return span; // "Sri Lanka", "Prince Edward Island"
    if (span.type !== 'person') {
      // "Tory MP Boris Johnson" taken for one organisation or product: the titles open it, a full name follows.
      // Not "Saint Francis Hospital": a saint's name opens institutions, and a head word ends them.
      const last = tokens[span.to - 1]!.lower;
      if (SAINTS.has(tokens[span.from]!.lower) || ORG_HEADS.has(last) || PLACE_HEADS.has(last) || OTHER_HEADS.has(last)) return span;
      let k = span.from;
      while (k < span.to - 1 && leading(tokens[k]!, k, span)) k++;
      // "Mr Rusesabagina": after "Mr", "Mrs" or "Dr" comes a person's name, known to the gazetteers or not ("DR Congo" is no "Dr").
      const honoured = HONORIFICS.has(tokens[span.from]!.lower) && !tokens[span.from]!.upper && k > span.from && span.to - k <= 3 && tokens.slice(k, span.to).every((t) => t.word && t.cap);
      // "Shri Manjunath Gowda Hiremath", "Miss Varley"; not "Miss World".
      const rest = tokens.slice(k, span.to);
      const honouredAbroad = HONORIFICS_ABROAD.has(tokens[span.from]!.lower) && k === span.from + 1 && unknownName(rest, 1);
      const { ruleTags } = sentences[span.sentence]!;
      const ruledPerson = ruleTags[k] === 'B-person' && ruleTags[span.to - 1] === 'L-person';
      // "Senator McCain": right after a title (not a role: "Man Utd", "Developers Rockstar"), one word no dictionary or place list
      // holds is a surname.
      const surname = k > span.from && k === span.to - 1 && (lastNames.has(tokens[k]!.lower) ||
        (isTitle(tokens[k - 1]!, TITLES) && !words.has(tokens[k]!.lower) && !placeName(tokens, k, span.to, lexicon.gazetteers) &&
          !PLACE_PREPOSITIONS.has(tokens[span.from - 1]?.lower ?? ''))); // "in Sultan Kudarat" is a province
      const opened = k === span.from + 1 && capitalisedByPlace(tokens[span.from]!, span.to - k) && unknownName(rest);
      if (k === span.from || !tokens[k]!.cap || tokens[k]!.upper || !(honoured || ruledPerson || firstNames.has(tokens[k]!.lower) || surname || opened || honouredAbroad)) return span;
      return { ...span, from: k, start: tokens[k]!.start, type: 'person' as const };
    }
    let last = -1;
    for (let k = span.from; k < span.to - 1; k++) if (leading(tokens[k]!, k, span)) last = k;
    if (last < 0) return span;
    const rest = tokens.slice(last + 1, span.to);
    if (!rest.some((t) => t.word && t.cap) || !(rest[0]!.word || /^\p{Lu}\./u.test(rest[0]!.text))) return span; // "Sri K.N. Prabhakar"
    return { ...span, from: last + 1, start: rest[0]!.start };
  });
}

/**
 * The span without the word opening its sentence (or clause, after a quote, colon or dash) where `isOpener` says that word
 * is no part of the name after it, and a name-shaped word follows it.
 */
function withoutOpeners(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], isOpener: (span: TaggedSpan, opener: Token) => boolean): TaggedSpan[] {
  return spans.map((span) => {
    if (span.to - span.from < 2) return span;
    const tokens = sentences[span.sentence]!.tokens;
    const [opener, next] = [tokens[span.from]!, tokens[span.from + 1]!];
    if (!opener.initial || !next.word || !(next.cap || next.upper) || !isOpener(span, opener)) return span;
    return { ...span, from: span.from + 1, start: next.start };
  });
}

/**
 * "Rival Netscape Communications Corp said…", "Carmaker Kestrel Motors": what wire copy calls a company or a body, opening
 * the sentence before its name, is no part of the name.
 */
export function withoutEverydayOpeners(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities }: Lexicon): TaggedSpan[] {
  return withoutOpeners(spans, sentences, (span, opener) => span.type === 'organization' && entities.COMPANY_DESCRIPTORS.has(opener.lower));
}

/**
 * "When OpenAI announced…", "Although Wal-Mart…": a word that opens the clause, capitalised only for that, is no part of
 * the name after it. Works keep theirs ("When Harry Met Sally"), and so do names in capitals ("AS Roma").
 */
export function withoutClauseOpeners(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities }: Lexicon): TaggedSpan[] {
  return withoutOpeners(spans, sentences, (span, opener) => span.type !== 'other' && !opener.upper && entities.CLAUSE_OPENERS.has(opener.lower));
}

/**
 * "Kansas City Mayor …", "Mexico City": a place the tagger cut short, before capitalised words that complete a name the
 * gazetteers list as a place, is that place.
 */
export function widenedToKnownPlaces(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  return spans.map((span, k) => {
    if (span.type !== 'place') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const next = spans[k + 1];
    const limit = next?.sentence === span.sentence ? next.from : tokens.length;
    let best = span.to;
    for (let to = span.to + 1; to <= Math.min(limit, span.to + 2) && tokens[to - 1]!.word && tokens[to - 1]!.cap; to++) {
      if (placeName(tokens, span.from, to, lexicon.gazetteers)) best = to;
    }
    return best === span.to ? span : { ...span, to: best, end: tokens[best - 1]!.end };
  });
}

/** A country or region whose name has "and" in it ("Bosnia and Herzegovina", "Trinidad and Tobago"). */
function countryOrRegion(tokens: readonly Token[], lexicon: Lexicon): boolean {
  const { countries, regions } = lexicon.gazetteers;
  const name = lowerPhrase(tokens, 0, tokens.length);
  return countries.has(name) || regions.has(name);
}

/** Two names the tagger cut at "and" that together are a country or region's name are that one place. */
export function joinedPlaceNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const tokens = sentences[span.sentence]!.tokens;
    if (previous && previous.sentence === span.sentence && tokens[previous.to]?.lower === 'and' &&
      (span.from === previous.to + 1 || (span.from === previous.to + 2 && tokens[previous.to + 1]!.lower === 'the')) &&
      countryOrRegion(tokens.slice(previous.from, span.to), lexicon)) {
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
export function splitAtAndThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    if (countryOrRegion(tokens.slice(span.from, span.to), lexicon)) return [span]; // "Saint Vincent and the Grenadines"
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
 * "Apple CEO Tim Cook", "Fed Chairman Jerome Powell", "Texas Governor Greg Abbott": an organisation or place,
 * a role, then a person's full name, which the tagger took for one name. They are two names; the role is
 * neither (as the guideline says). The person is the two or three capitalised words after the last role, the
 * first a given name. Before the roles stands an organisation or place when it is a name by itself: a known
 * place or organisation; one word in capitals or no everyday word ("NASA", "Hamas"); words closed by a head
 * word ("Coös County", "Board of Governors") or exactly what the rule engine found. Not "Democratic Senator",
 * "National Security Advisor".
 */
export function splitAtRoles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const { TITLES, ROLE_MODIFIERS, TITLE_MODIFIERS, PARTY_MEMBERS, FUNCTION_WORDS, PLACE_HEADS, VESSEL_PREFIXES } = lexicon.entities;
  const isRole = (t: Token) => isTitle(t, TITLES) || g.roles.has(t.lower);
  // "Press Secretary", "Finance Minister": part of the role. Not "County Attorney": a county is a place.
  const partOfRole = (t: Token) => isRole(t) || ROLE_MODIFIERS.has(t.lower) || (TITLE_MODIFIERS.has(t.lower) && !PLACE_HEADS.has(t.lower));
  return spans.flatMap((span) => {
    const { tokens, ruleTags } = sentences[span.sentence]!;
    if (VESSEL_PREFIXES.has(tokens[span.from]!.lower)) return [span];
    let lastRole = -1;
    for (let k = span.from + 1; k < span.to - 2; k++) if (isRole(tokens[k]!)) lastRole = k;
    const personFrom = lastRole + 1;
    const person = tokens.slice(personFrom, span.to);
    if (lastRole < 0 || person.length > 3 || !g.firstNames.has(person[0]!.lower) ||
      !person.every((t) => t.word && t.cap && !t.upper && !isRole(t))) return [span];
    // The roles before the name, with their modifiers; a role after "of" names a body ("House of Representatives").
    let leftTo = lastRole;
    while (leftTo > span.from && partOfRole(tokens[leftTo - 1]!) && tokens[leftTo - 2]?.lower !== 'of') leftTo--;
    const personSpan: TaggedSpan = { ...span, from: personFrom, start: tokens[personFrom]!.start, type: 'person' };
    if (leftTo === span.from) return [personSpan];
    const left = tokens.slice(span.from, leftTo);
    const isPlace = placeName(tokens, span.from, leftTo, g);
    const known = isPlace || g.organizations.has(lowerPhrase(tokens, span.from, leftTo));
    const lone = left.length === 1 ? left[0]! : undefined;
    const aName = lone
      ? !g.demonyms.has(lone.lower) && !PARTY_MEMBERS.has(lone.lower) && !FUNCTION_WORDS.has(lone.lower) && (known || lone.upper || !g.words.has(lone.lower))
      : known || headedName(tokens, span.from, leftTo, lexicon.entities) || (/^B-/.test(ruleTags[span.from]!) && /^L-/.test(ruleTags[leftTo - 1]!));
    const place = isPlace || (!lone && PLACE_HEADS.has(left[left.length - 1]!.lower));
    if (!aName) return [personSpan];
    return [{ ...span, to: leftTo, end: tokens[leftTo - 1]!.end, type: place ? 'place' : 'organization' }, personSpan];
  });
}

/**
 * "House Intelligence Committee Representative Adam Schiff", "Royal Society University Research Fellow Martin How": an
 * organisation's name, the words of a post no role list holds, and a person's full name, which the tagger took for one
 * organisation or one person. The person is the last two words, a given name and a surname; the organisation ends at its first head
 * word ("Committee", "Society"); the words between are the post, no name. A head word alone ("Board Member Jennifer
 * Homendy") names nothing. A name that ends with its head ("Bill and Melinda Gates Foundation") is left whole.
 */
export function splitOrganisationFromPerson(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const words = lexicon.entities;
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const given = span.to - 2;
    if ((span.type !== 'organization' && span.type !== 'person') || span.to - span.from < 4) return [span];
    const [first, last] = [tokens[given]!, tokens[span.to - 1]!];
    const nameWord = (t: Token) => t.word && t.cap && !t.upper && !t.hasDigit && !endsInHead(t, words);
    if (!g.firstNames.has(first.lower) || !nameWord(first) || !nameWord(last) || g.firstNames.has(tokens[given - 1]!.lower)) return [span];
    const head = tokens.findIndex((t, k) => k >= span.from && k < given - 1 && words.ORG_HEADS.has(t.lower));
    if (head < 0 || !tokens.slice(head + 1, given).every((t) => t.word && t.cap)) return [span];
    const person: TaggedSpan = { ...span, from: given, start: first.start, type: 'person' };
    if (head === span.from) return [person];
    return [{ ...span, to: head + 1, end: tokens[head]!.end, type: 'organization' }, person];
  });
}

/**
 * "New York Hillary Clinton", "Amnesty International Man-kei Tam": a known place or organisation, then a person's name, which the
 * tagger ran into one name (the title between them left out by the writer or the tagger). The person is the last two or three
 * capitalised words, a given name (or a hyphenated one) first and a surname or no word of English last.
 */
export function peopleAfterPlacesAndBodies(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  return spans.flatMap((span) => {
    if (span.to - span.from < 3) return [span];
    const tokens = sentences[span.sentence]!.tokens;
    const split = (at: number, type: EntityType): TaggedSpan[] =>
      [{ ...span, to: at, end: tokens[at - 1]!.end, type }, { ...span, from: at, start: tokens[at]!.start, type: 'person' }];
    // A surname the lists know, or no word of English, closes the person's name: not "Newcastle Brown Ale", "Nairobi Serena Hotel".
    const surname = (t: Token) => g.lastNames.has(t.lower) || !g.words.has(t.lower);
    const place = personAfterPlace(tokens, span.from, span.to, lexicon);
    if (place > span.from && placeName(tokens, span.from, place, g) && surname(tokens[span.to - 1]!)) return split(place, 'place');
    for (const size of [2, 3]) {
      const at = span.to - size;
      if (at <= span.from) continue;
      const name = tokens.slice(at, span.to);
      // A romanised given name of two syllables ("Man-kei", "Dae-jung") says a person's name follows a body the tagger read
      // as one with it ("Amnesty International Man-kei Tam"); any other given name, only after a body the lists know.
      const romanised = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name[0]!.text) && span.type === 'organization';
      if (!romanised && !g.organizations.has(lowerPhrase(tokens, span.from, at))) continue;
      const given = name[0]!.lower;
      if (!name.every((t) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(t.text)) || !(g.firstNames.has(given) || /^\p{L}+-\p{L}+$/u.test(given))) continue;
      if (surname(name[name.length - 1]!)) return split(at, 'organization');
    }
    return [span];
  });
}

/**
 * "Senate Majority Leader Mitch McConnell", "House Majority Whip, Jim Clyburn": a role the tagger took into the
 * organisation's or place's name before a person's name; "the United States Secretary of State", a role with its
 * "of", whatever follows. The organisation or place ends before the role ("Senate", "House", "United States"); a name the
 * tagger read as a product's or a work's with the role in it is the organisation's ("U.N. Secretary-General Oskar Brandvik").
 */
export function withoutTrailingRoles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { TITLES, ROLE_MODIFIERS, TITLE_MODIFIERS } = lexicon.entities;
  const g = lexicon.gazetteers;
  // "Mary Queen of Scots": Mary is a city too, but a first name before a role is a person's.
  const isPlace = (tokens: readonly Token[], from: number, to: number) =>
    placeName(tokens, from, to, g) && !(to - from === 1 && g.firstNames.has(tokens[from]!.lower));
  return spans.map((span) => {
    if (span.type === 'person') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const next = tokens[span.to];
    let to = span.to;
    const nameAfter = next && (next.text === ',' || (next.cap && next.word));
    // "the United States Secretary of State": a country's or city's role with its "of", a name after it or not
    // ("Directorate General of Civil Aviation" is no role).
    const roleOf = tokens.findIndex((t, k) => k > span.from && k < span.to - 2 && tokens[k + 1]!.lower === 'of' && isTitle(t, TITLES));
    if (roleOf > 0 && isPlace(tokens, span.from, roleOf)) to = roleOf;
    else if (isTitle(tokens[to - 1]!, TITLES) && nameAfter) to--; // the role itself, then a name
    else if (!next || !isTitle(next, TITLES)) return span; // or the role comes right after ("Senate Minority | Leader")
    while (to > span.from + 1 && ROLE_MODIFIERS.has(tokens[to - 1]!.lower)) to--;
    // "U.S. District | Judge": a title's modifier after a place is the title's, unless the place's name holds it ("Kansas City").
    while (to > span.from + 1 && TITLE_MODIFIERS.has(tokens[to - 1]!.lower) && !placeName(tokens, span.from, to, g) && placeName(tokens, span.from, to - 1, g)) to--;
    // "… Halvard Moe and | Deputy President": the "and" before a second role joins two names, and ends neither.
    while (to > span.from + 1 && (tokens[to - 1]!.lower === 'and' || !tokens[to - 1]!.word)) to--;
    if (to === span.to || to === span.from || tokens.slice(span.from, to).some((t) => t.lower === 'of')) return span;
    // What is left may be a place the role's words had made look like an organisation; what holds a post is no product or work.
    const type = isPlace(tokens, span.from, to) || span.type === 'place' ? 'place' : 'organization';
    return { ...span, to, end: tokens[to - 1]!.end, type };
  });
}

const SUBJECT_JOINERS = new Set(['and', 'of', 'the', 'for']);

/**
 * "the Commission on Presidential Debates", "the Intergovernmental Panel on Climate Change": a deliberative body
 * named for its subject, which the tagger ends at "on" ("on" mostly ends a name: "Google on Monday"). The subject
 * joins the name when it is everyday words in capitals ("Human Rights", "Ways and Means"), never a date, a place
 * or a person ("the Security Council on Iran", "the committee on Tuesday"). A lone head the tagger left out ("The
 * Commission on …", opening a sentence) is the body's name too. Any span inside the subject goes.
 */
export function bodiesNamedForTheirSubject(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { TOPIC_BODY_HEADS, MONTHS, WEEKDAYS } = lexicon.entities;
  const g = lexicon.gazetteers;
  const subjectWord = (t: Token | undefined) => !!t && t.cap && !t.upper && t.word && g.words.has(t.lower) && !MONTHS.has(t.lower) &&
    !WEEKDAYS.has(t.lower) && !knownPlace(t.lower, g) && !g.demonyms.has(t.lower);
  const head = (t: Token | undefined) => !!t && t.cap && TOPIC_BODY_HEADS.has(t.lower);
  /** Where the subject after the "on" at `on` ends, or -1 if there is none. */
  const subjectEnd = (tokens: readonly Token[], on: number): number => {
    if (tokens[on]?.text !== 'on') return -1;
    let k = tokens[on + 1]?.text === 'the' ? on + 2 : on + 1;
    let end = -1;
    while (subjectWord(tokens[k])) {
      end = ++k;
      // "Ways and Means", "Rights of the Child": small words between two subject words.
      let next = k;
      while (tokens[next] && SUBJECT_JOINERS.has(tokens[next]!.text)) next++;
      if (next > k && subjectWord(tokens[next])) k = next;
    }
    return end >= 0 && /^['’]s?$/u.test(tokens[end]?.text ?? '') ? -1 : end;
  };
  const out: TaggedSpan[] = [];
  spans.forEach((span) => {
    const last = out[out.length - 1];
    if (last && last.sentence === span.sentence && span.from < last.to) return; // inside the subject the body before it took in
    const tokens = sentences[span.sentence]!.tokens;
    if (span.type !== 'person' && head(tokens[span.to - 1])) {
      const end = subjectEnd(tokens, span.to);
      out.push(end < 0 ? span : { ...span, to: end, end: tokens[end - 1]!.end, type: 'organization' });
      return;
    }
    // "The Commission on Presidential Debates …", "the corrupt Commission on …": the head alone in capitals, outside
    // every span, then the subject.
    const from = span.from - 2;
    const uncovered = !last || last.sentence !== span.sentence || last.to <= from;
    const end = from >= 1 && uncovered && head(tokens[from]) && (!tokens[from]!.initial || tokens[from - 1]!.lower === 'the') ? subjectEnd(tokens, from + 1) : -1;
    out.push(end >= span.to ? { ...span, from, to: end, start: tokens[from]!.start, end: tokens[end - 1]!.end, type: 'organization' } : span);
  });
  return out;
}

/**
 * "Kiri Papadakis of Hartigan Stockbroking", "her brother Mykola of Edmonton": a person's name does not go on past "of"; what
 * follows is where the person is from or works, a name of its own: a place if the gazetteers know it or it is one word, else
 * a body. Not a name the gazetteers list whole ("Joan of Arc").
 */
export function peopleBeforeOf(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  return spans.flatMap((span) => {
    if (span.type !== 'person') return [span];
    const tokens = sentences[span.sentence]!.tokens;
    // "of" in lower case: "Summer Of Love" is a title.
    const of = tokens.findIndex((t, k) => k > span.from && k < span.to - 1 && t.text === 'of');
    if (of < 0 || g.people.has(lowerPhrase(tokens, span.from, span.to))) return [span];
    // A name before it, not a post ("Secretary of Health") or an everyday word.
    const named = (t: Token) => t.cap && !isTitle(t, lexicon.entities.TITLES) && !g.roles.has(t.lower) && (!g.words.has(t.lower) || g.firstNames.has(t.lower) || g.lastNames.has(t.lower));
    if (!tokens.slice(span.from, of).every(named)) return [span];
    const after = tokens.slice(of + 1, span.to);
    if (!after.every((t) => t.cap || t.upper || lexicon.entities.CONTINUERS.has(t.lower)) || !after[0]!.cap) return [span];
    const last = after[after.length - 1]!;
    const lone = after.length === 1;
    if (lone && !knownPlace(last.lower, g) && g.words.has(last.lower)) return [span]; // "Summer of Love", "Minister of Health"
    const place = placeName(tokens, of + 1, span.to, g) || (lone && !companyWord(last.lower, lexicon.entities));
    return [
      { ...span, to: of, end: tokens[of - 1]!.end },
      { ...span, from: of + 1, start: after[0]!.start, type: place ? 'place' : 'organization' },
    ];
  });
}
