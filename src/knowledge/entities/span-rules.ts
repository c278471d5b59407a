// The rules that stay beside the tagger: passes over its spans for what a model cannot learn from one
// sentence, or learns too rarely (names backed by the body, an acronym's full name, speaker labels,
// titles and roles left out, common nouns that are no names). Each pass is pure; ruledSpans runs them in order.
// The passes that read word lists or gazetteers take the lexicon.
import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { normalizeKey } from './collect.ts';
import { initialsMatch } from './link.ts';
import { endsInHead, headedName, isTitle, placeName } from './name-parts.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/** The tagger's spans after every rule, in the order they must run. */
export function ruledSpans(tagged: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  let spans = withRuleNames(tagged, sentences, lexicon);
  spans = backedSpans(spans, sentences, text, lexicon);
  spans = listedWithNames(spans, sentences, lexicon);
  spans = widenedToAcronym(spans, sentences, text, lexicon);
  spans = withCapitalThe(spans, sentences);
  spans = joinedPlaceNames(splitAtAndThe(spans, sentences, lexicon), sentences, lexicon);
  spans = splitAtAnd(spans, sentences, lexicon);
  spans = splitAtRoles(spans, sentences, lexicon);
  spans = withoutTrailingRoles(spans, sentences, lexicon);
  spans = withoutLeadingTitles(spans, sentences, lexicon);
  spans = withSurnameParticles(spans, sentences, lexicon);
  spans = withGivenNamesThatAreWords(spans, sentences, lexicon);
  spans = asSpeakers(spans, sentences);
  spans = partiesByTheirMembers(spans, sentences, lexicon);
  spans = teamSheets(spans, sentences, lexicon);
  spans = resultLines(spans, sentences, lexicon);
  spans = datelines(spans, sentences, lexicon);
  spans = worksNamedByTheirKind(spans, sentences, text, lexicon);
  return withoutCommonNouns(spans, sentences, lexicon);
}

/**
 * "The Iranian Revolutionary Guard Corps (IRGC)": when the letters of a bracketed acronym need one or two
 * capitalised words before the name the tagger found, those words are part of the name.
 */
export function widenedToAcronym(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { FUNCTION_WORDS } = lexicon.entities;
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
export function withoutLeadingTitles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { roles, words, firstNames, lastNames } = lexicon.gazetteers;
  const { TITLES, PARTY_MEMBERS, SAINTS, ORG_HEADS, PLACE_HEADS, OTHER_HEADS } = lexicon.entities;
  // "Skater Mirela Tanaka" opening a sentence: an everyday noun, capitalised only by its place, before a full name.
  const capitalisedByPlace = (t: Token, rest: number) =>
    t.initial && rest >= 2 && words.has(t.lower) && !firstNames.has(t.lower) && !lastNames.has(t.lower);
  const leading = (word: Token, k: number, span: TaggedSpan) =>
    isTitle(word, TITLES) || roles.has(word.lower) || PARTY_MEMBERS.has(word.lower) || (k === span.from && capitalisedByPlace(word, span.to - k - 1));
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
function knownPlace(tokens: readonly Token[], lexicon: Lexicon): boolean {
  const { countries, regions } = lexicon.gazetteers;
  const name = tokens.map((t) => t.lower).join(' ');
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
      knownPlace(tokens.slice(previous.from, span.to), lexicon)) {
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
    if (knownPlace(tokens.slice(span.from, span.to), lexicon)) return [span]; // "Saint Vincent and the Grenadines"
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
 * "Boeing and Airbus", "William and Harry", "Bayer and UC Davis": two names the tagger joined at "and" or "&" are
 * two names when each is one by itself: a known place or organisation, an acronym, or a person's name (a given
 * name, alone or with a surname); at "&", which joins firms' names, only two people's full names part. "Blair and I"
 * is Blair. A name with "and" inside stays whole: one that is known
 * as a whole ("Trinidad and Tobago"), one whose "and" is inside an "of" ("Department of Trade and Industry"), and
 * one whose parts are no names alone ("Securities and Exchange Commission", "Marks and Spencer").
 */
export function splitAtAnd(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
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
  const typeOf = (tokens: readonly Token[], from: number, to: number, fallback: EntityType): EntityType | undefined => {
    if (placeName(tokens, from, to, g)) return 'place';
    if (g.organizations.has(phrase(tokens, from, to))) return 'organization';
    if (personal(tokens, from, to)) return 'person';
    return tokens.slice(from, to).every((t) => t.upper) ? fallback : undefined; // "VHS", "NTL"
  };
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const k = tokens.findIndex((t, i) => i > span.from && i < span.to - 1 && (t.lower === 'and' || t.text === '&'));
    if (k < 0 || known(tokens, span.from, span.to) || tokens.slice(span.from, k).some((t) => t.lower === 'of' || t.lower === 'for')) return [span];
    const left: TaggedSpan = { ...span, to: k, end: tokens[k - 1]!.end };
    if (span.to === k + 2 && tokens[k + 1]!.text === 'I') return [left];
    const leftType = typeOf(tokens, span.from, k, span.type);
    const rightType = typeOf(tokens, k + 1, span.to, span.type);
    if (!leftType || !rightType) return [span];
    // "&" joins the names of firms ("Bradford & Bingley", "Marks & Spencer"): only two people's full names part there.
    if (tokens[k]!.text === '&' && !(leftType === 'person' && rightType === 'person' && k - span.from > 1 && span.to - k > 2)) return [span];
    return [{ ...left, type: leftType }, { ...span, from: k + 1, start: tokens[k + 1]!.start, type: rightType }];
  });
}

/**
 * "Apple CEO Tim Cook", "Fed Chairman Jerome Powell", "Texas Governor Greg Abbott": an organisation or place,
 * a role, then a person's full name, which the tagger took for one name. They are two names; the role is
 * neither (as the guideline says). The person is the two or three capitalised words after the last role, the
 * first a given name. Before the roles stands an organisation or place when it is a name by itself: a known
 * place or organisation; one word in capitals or no everyday word ("NASA", "Hamas"); words closed by a head
 * word ("Coös County", "Board of Governors") or exactly what the rule engine found. Not "Democratic Senator", "National Security Advisor".
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
    const lower = left.map((t) => t.lower).join(' ');
    const known = placeName(tokens, span.from, leftTo, g) || g.organizations.has(lower);
    const lone = left.length === 1 ? left[0]! : undefined;
    const aName = lone
      ? !g.demonyms.has(lone.lower) && !PARTY_MEMBERS.has(lone.lower) && !FUNCTION_WORDS.has(lone.lower) && (known || lone.upper || !g.words.has(lone.lower))
      : known || headedName(tokens, span.from, leftTo, lexicon.entities) || (/^B-/.test(ruleTags[span.from]!) && /^L-/.test(ruleTags[leftTo - 1]!));
    const place = placeName(tokens, span.from, leftTo, g) || (!lone && PLACE_HEADS.has(left[left.length - 1]!.lower));
    if (!aName) return [personSpan];
    return [{ ...span, to: leftTo, end: tokens[leftTo - 1]!.end, type: place ? 'place' : 'organization' }, personSpan];
  });
}

/**
 * "Senate Majority Leader Mitch McConnell", "House Majority Whip, Jim Clyburn": a role the tagger took into the
 * organisation's or place's name before a person's name; "the United States Secretary of State", a role with its
 * "of", whatever follows. The organisation or place ends before the role ("Senate", "House", "United States").
 */
export function withoutTrailingRoles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { TITLES, ROLE_MODIFIERS } = lexicon.entities;
  const g = lexicon.gazetteers;
  // "Mary Queen of Scots": Mary is a city too, but a first name before a role is a person's.
  const isPlace = (tokens: readonly Token[], from: number, to: number) =>
    placeName(tokens, from, to, g) && !(to - from === 1 && g.firstNames.has(tokens[from]!.lower));
  return spans.map((span) => {
    if (span.type !== 'organization' && span.type !== 'place') return span;
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
    if (to === span.to || to === span.from || tokens.slice(span.from, to).some((t) => t.lower === 'of')) return span;
    // What is left may be a place the role's words had made look like an organisation.
    const type = isPlace(tokens, span.from, to) ? 'place' : span.type;
    return { ...span, to, end: tokens[to - 1]!.end, type };
  });
}

/**
 * "to save van Biljon", "talks with de Klerk": a surname's particle in lower case belongs to it. The tagger never
 * opens a name on a word in lower case, so this stays a rule.
 */
export function withSurnameParticles(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { SURNAME_PARTICLES } = lexicon.entities;
  const { words } = lexicon.gazetteers;
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    // A particle before a name of one or two words with no head word makes it a person's ("help van Dorsten").
    if (span.type !== 'person' && (span.to - span.from > 2 || endsInHead(tokens[span.to - 1]!, lexicon.entities))) return span;
    let from = span.from;
    while (from > span.from - 2 && tokens[from - 1] && SURNAME_PARTICLES.has(tokens[from - 1]!.text)) from--;
    // "Leon van Biljon" is one name already; a particle after another name's word belongs to that name, and one
    // after a word English does not have is a preposition of another language ("secretario de Estado").
    const before = tokens[from - 1];
    const foreign = before?.word && !words.has(before.lower);
    if (from === span.from || foreign || (before && before.cap && before.word && !before.initial)) return span;
    return { ...span, from, start: tokens[from]!.start, type: 'person' };
  });
}

/**
 * "the Tories", "235 Democrats", "the Conservatives": a party named by its members, capitalised and in the plural,
 * is the party (as the guideline says), found by the tagger or not. The training text names few parties so, and a
 * model that learned "Democrats" does not know "Tories"; the singular ("a Tory government") stays no name.
 */
export function partiesByTheirMembers(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { PARTY_MEMBERS } = lexicon.entities;
  const singular = (lower: string) => (lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : '');
  const party = (sentence: PreparedSentence, i: number) => {
    const t = sentence.tokens[i]!;
    // Not a faction named after a leader ("Blairites"): its members are no party.
    return !sentence.shouting && t.cap && !t.upper && PARTY_MEMBERS.has(singular(t.lower)) && !t.lower.endsWith('ites');
  };
  const added: TaggedSpan[] = [];
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((_, i) => {
      if (!party(sentence, i) || spans.some((s) => s.sentence === index && s.from <= i && s.to > i)) return;
      added.push({ block: sentence.block, start: sentence.tokens[i]!.start, end: sentence.tokens[i]!.end, type: 'organization', sentence: index, from: i, to: i + 1 });
    });
  });
  const retyped = spans.map((s) => (s.to - s.from === 1 && party(sentences[s.sentence]!, s.from) ? { ...s, type: 'organization' as const } : s));
  return added.length ? [...retyped, ...added].sort((p, q) => p.sentence - q.sentence || p.from - q.from) : retyped;
}

/**
 * A team sheet: a line of nothing but names, commas, brackets and minutes ("Gordon, Webster, Simmons (MacFarlane
 * 64), Berra." or "Miller 1, McAllister 10."). Its names are players, people, and the minutes are no part of them.
 * A line of place or organisation names ("Paris, Berlin, Madrid.") is left to the tagger; so is any line with a word
 * in lower case, which is prose. Two names in three must have no place or head word in them ("AC Milan",
 * "Oxford City AC" are clubs), and one in three a known given name or surname. A name before a colon is a label
 * ("Man City:", "Booked:"). The tagger reads one sentence and cannot see that every name in it is one kind.
 */
export function teamSheets(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const listMark = (t: Token) => /^[,;:.()]$/u.test(t.text) || /^\d{1,3}$/u.test(t.text);
  const nameWord = (t: Token) => t.word && t.cap && !t.hasDigit;
  const byPlace = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    if (sentence.shouting || !tokens.some((t) => t.text === ',') || !tokens.every((t) => nameWord(t) || listMark(t))) return;
    // "Yachvili (Biarritz)": a bracket with no minute in it holds the player's club or country, left to the tagger;
    // "Simmons (MacFarlane 64)" holds the substitute.
    const aside = new Set<number>();
    for (let open = tokens.findIndex((t) => t.text === '('); open >= 0; open = tokens.findIndex((t, k) => k > open && t.text === '(')) {
      const close = tokens.findIndex((t, k) => k > open && t.text === ')');
      const inside = tokens.slice(open + 1, close < 0 ? tokens.length : close);
      if (!inside.some((t) => t.hasDigit)) inside.forEach((_, k) => aside.add(open + 1 + k));
    }
    const items: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!nameWord(tokens[i]!) || aside.has(i)) continue;
      let j = i;
      while (j < tokens.length && nameWord(tokens[j]!)) j++;
      items.push([i, j]);
      i = j - 1;
    }
    // "Man City:", "Booked:": a label, not a player.
    const names = items.filter(([, to]) => tokens[to]?.text !== ':');
    // A club's or a place's name has a place in it ("AC Milan", "Bayer Leverkusen") or a head word ("Oxford City"); a
    // broadcaster or company an acronym ("BBC Three").
    const placeWord = (t: Token) => t.upper || g.cities.has(t.lower) || g.countries.has(t.lower) || g.regions.has(t.lower) || endsInHead(t, lexicon.entities);
    const known = (from: number, to: number) => g.organizations.has(tokens.slice(from, to).map((t) => t.lower).join(' ')) || tokens.slice(from, to).some(placeWord);
    const personal = (from: number, to: number) => tokens.slice(from, to).some((t) => g.lastNames.has(t.lower) || g.firstNames.has(t.lower));
    const people = names.filter(([from, to]) => to - from <= 2 && !known(from, to));
    // Two names make a sheet ("Moilanen, Kizys.") only as two surnames: "Vote Blair, Get Brown." is a slogan.
    if (names.length < 2 || (names.length === 2 && names.some(([from, to]) => to - from > 1))) return;
    if (people.length * 3 < names.length * 2 || people.filter(([from, to]) => personal(from, to)).length * 3 < names.length) return;
    byPlace.set(index, people.map(([from, to]): TaggedSpan => {
      const span: TaggedSpan = { block: sentence.block, start: tokens[from]!.start, end: tokens[to - 1]!.end, type: 'person', sentence: index, from, to };
      return to - from === 1 ? { ...span, surname: true } : span;
    }));
  });
  if (!byPlace.size) return [...spans];
  const kept = spans.filter((s) => !byPlace.get(s.sentence)?.some((p) => p.from < s.to && s.from < p.to));
  return [...kept, ...[...byPlace.values()].flat()].sort((p, q) => p.sentence - q.sentence || p.from - q.from);
}

/**
 * "directed by Will Davies", "starring Will Smith": a given name that is also a small word of English ("Will",
 * "May") is read as the word, and the tagger leaves it out of the name or misses the name. Capitalised in
 * mid-sentence before a surname, it is the given name: it joins the surname the tagger found, or opens a person's
 * name with a known surname where the tagger found nothing.
 */
export function withGivenNamesThatAreWords(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { firstNames, lastNames } = lexicon.gazetteers;
  const { FUNCTION_WORDS, HONORIFICS, TITLES } = lexicon.entities;
  const givenName = (t: Token | undefined) => !!t && t.cap && !t.upper && !t.initial && firstNames.has(t.lower) && FUNCTION_WORDS.has(t.lower) &&
    !HONORIFICS.has(t.lower) && !isTitle(t, TITLES);
  const out: TaggedSpan[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.shouting || sentence.heading) return;
    const { tokens } = sentence;
    const inSpan = (i: number) => spans.some((s) => s.sentence === index && s.from <= i && s.to > i);
    tokens.forEach((t, i) => {
      const surname = tokens[i + 1];
      if (!givenName(t) || inSpan(i) || !surname?.cap || surname.upper || inSpan(i + 1) || !lastNames.has(surname.lower) || tokens[i + 2]?.cap) return;
      out.push({ block: sentence.block, start: t.start, end: surname.end, type: 'person', sentence: index, from: i, to: i + 2 });
    });
  });
  const widened = spans.map((span) => {
    const sentence = sentences[span.sentence]!;
    const before = sentence.tokens[span.from - 1];
    if (span.type !== 'person' || span.to - span.from !== 1 || sentence.shouting || sentence.heading || !givenName(before)) return span;
    if (spans.some((s) => s.sentence === span.sentence && s.to === span.from)) return span;
    return { ...span, from: span.from - 1, start: before!.start };
  });
  return out.length ? [...widened, ...out].sort((p, q) => p.sentence - q.sentence || p.from - q.from) : widened;
}

/**
 * A results line: two sides, each with its score ("Bolton 2 Stoke 1", "Sheffield United 0 Real Madrid 3") or the
 * score between them ("Hearts 2-1 Livingston"), and perhaps a bracket after ("(halftime 1-0)"). The sides are teams: a country's is the country, a place (national
 * sides, as the guideline says); any other is a club, an organisation. The scores are no part of the names.
 */
export function resultLines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const score = (t: Token | undefined) => !!t && /^\d{1,3}$/u.test(t.text);
  const side = (tokens: readonly Token[], from: number) => {
    let to = from;
    while (to < tokens.length && to - from < 4 && tokens[to]!.word && tokens[to]!.cap && !tokens[to]!.hasDigit) to++;
    return to;
  };
  const sides = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    const firstEnd = side(tokens, 0);
    // "Bolton 2 Stoke 1", or with the score between: "Hearts 2-1 Livingston".
    const between = !!tokens[firstEnd] && /^\d{1,3}[-–:]\d{1,3}$/u.test(tokens[firstEnd]!.text);
    if (firstEnd === 0 || !(between || score(tokens[firstEnd]))) return;
    const secondEnd = side(tokens, firstEnd + 1);
    if (secondEnd === firstEnd + 1 || !(between || score(tokens[secondEnd]))) return;
    const rest = tokens.slice(between ? secondEnd : secondEnd + 1);
    if (rest.length && !(rest[0]!.text === '(' || (rest.length === 1 && /^[.,;]$/u.test(rest[0]!.text)))) return;
    const team = (from: number, to: number): TaggedSpan => {
      const name = tokens.slice(from, to).map((t) => t.lower).join(' ');
      const type = g.countries.has(name) ? 'place' : 'organization';
      return { block: sentence.block, start: tokens[from]!.start, end: tokens[to - 1]!.end, type, sentence: index, from, to };
    };
    sides.set(index, [team(0, firstEnd), team(firstEnd + 1, secondEnd)]);
  });
  if (!sides.size) return [...spans];
  const kept = spans.filter((s) => !sides.get(s.sentence)?.some((t) => t.from < s.to && s.from < t.to));
  return [...kept, ...[...sides.values()].flat()].sort((p, q) => p.sentence - q.sentence || p.from - q.from);
}

/**
 * "the comedy Sideways", "Scorsese's movie The Aviator", "the album Hot Fuss": a title right after the kind of work
 * it is names a work (other), and so do its other mentions in the article, which the tagger, having seen few films,
 * took for organisations or places. Not a person's name after "book" ("the book Jane Austen wrote").
 */
export function worksNamedByTheirKind(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { WORK_KINDS } = lexicon.entities;
  const { firstNames } = lexicon.gazetteers;
  const key = (s: TaggedSpan) => normalizeKey(text(s.block).slice(s.start, s.end)).toLowerCase();
  const works = new Set<string>();
  for (const span of spans) {
    const tokens = sentences[span.sentence]!.tokens;
    const kind = tokens[span.from - 1];
    if (!kind || kind.cap || !WORK_KINDS.has(kind.lower)) continue;
    if (/^['’]s?$/u.test(tokens[span.to]?.text ?? '')) continue; // "the game Cameroon's coach lost": a possessor, no title
    if (span.type === 'person' && span.to - span.from > 1 && firstNames.has(tokens[span.from]!.lower)) continue;
    works.add(key(span));
  }
  return works.size ? spans.map((s) => (works.has(key(s)) ? { ...s, type: 'other' as const, typeStated: true as const } : s)) : [...spans];
}

/**
 * A wire dateline on its own line: places, the first in capitals, then the date ("AL-AIN , United Arab Emirates
 * 1996-12-06", "RIO DE JANEIRO Dec 6"). Everything before the date names places, one per comma; the tagger, which
 * sees few such lines, took "RIO DE JANEIRO" for a person and missed "AL-AIN".
 */
export function datelines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { MONTHS } = lexicon.entities;
  const places = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    let dateFrom = -1;
    const last = tokens[tokens.length - 1];
    if (last && /^\d{4}-\d{2}-\d{2}$/u.test(last.text)) dateFrom = tokens.length - 1;
    else if (tokens.length >= 2 && /^\d{1,2}$/u.test(last!.text) && MONTHS.has(tokens[tokens.length - 2]!.lower.replace(/\.$/u, ''))) dateFrom = tokens.length - 2;
    if (dateFrom < 1) return;
    // The first place is in capitals, as wires write it: "Ann Fenwick March 3" is a byline, no dateline.
    const firstComma = tokens.findIndex((t) => t.text === ',');
    if (!tokens.slice(0, firstComma < 0 ? dateFrom : firstComma).every((t) => t.upper)) return;
    const found: TaggedSpan[] = [];
    let from = 0;
    for (let i = 0; i <= dateFrom; i++) {
      if (i < dateFrom && tokens[i]!.text !== ',') {
        if (!(tokens[i]!.word && (tokens[i]!.cap || tokens[i]!.upper || (sentence.shouting && !tokens[i]!.hasDigit)))) return;
        continue;
      }
      if (i === from) return; // an empty part: ", ," or a date alone
      found.push({ block: sentence.block, start: tokens[from]!.start, end: tokens[i - 1]!.end, type: 'place', sentence: index, from, to: i });
      from = i + 1;
    }
    places.set(index, found);
  });
  if (!places.size) return [...spans];
  const kept = spans.filter((s) => !places.get(s.sentence)?.some((p) => p.from < s.to && s.from < p.to));
  return [...kept, ...[...places.values()].flat()].sort((p, q) => p.sentence - q.sentence || p.from - q.from);
}

/**
 * A lone word that names a kind of thing, not one thing: a party's member ("a Tory", "the Democrat said"),
 * an everyday acronym ("watch TV on the move", "the CEO"); and a date ("March 2003").
 */
export function withoutCommonNouns(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { COMMON_ACRONYMS, PARTY_MEMBERS, MONTHS, WEEKDAYS } = lexicon.entities;
  const g = lexicon.gazetteers;
  const demonym = (word: string) => g.demonyms.has(word) && !g.countries.has(word) && !g.cities.has(word) && !g.regions.has(word) && !g.organizations.has(word);
  // "March 2003", "June 15": a date, which the timeline reads; no name ("May" alone may be a person's).
  const date = (tokens: readonly Token[]) => tokens.length > 1 && tokens.some((t) => /^\d+$/u.test(t.text)) &&
    tokens.every((t) => /^\d+$/u.test(t.text) || t.text === ',' || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower));
  const spelledOut = acronymsOfCommonNouns(sentences);
  const everyday = (word: string) => COMMON_ACRONYMS.has(word) || COMMON_ACRONYMS.has(word.replace(/s$/, ''));
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    // "every H100 GPU": an everyday acronym after a product's name says what kind of thing it is, and is no
    // part of it. An organisation's may be ("Stability AI").
    let to = span.to;
    while (span.type !== 'organization' && to - span.from > 1 && everyday(tokens[to - 1]!.lower)) to--;
    const word = tokens[span.from]!.lower;
    if (to - span.from === 1 && (PARTY_MEMBERS.has(word) || everyday(word) || spelledOut.has(word))) return [];
    if (date(tokens.slice(span.from, to))) return [];
    // "the Belgian, who has slipped…": a people's word is no name (the guideline), but a language may be ("in English").
    // "European and Arab nations": peoples' words joined are no name either.
    const words = tokens.slice(span.from, to);
    if (span.type !== 'other' && words.every((t) => (demonym(t.lower) && !t.upper) || (to - span.from > 2 && (t.lower === 'and' || t.text === ',')))) return [];
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

/**
 * In headings and all-capitals lines case says little, so a name found there must be backed: given in the
 * body as well, or known to a gazetteer. The tagger learns from body text; this stays a rule.
 */
function backedSpans(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const weak = (s: TaggedSpan) => sentences[s.sentence]!.heading || sentences[s.sentence]!.shouting;
  const lowerKey = (s: TaggedSpan) => normalizeKey(text(s.block).slice(s.start, s.end)).toLowerCase();
  const body = new Set(spans.filter((s) => !weak(s)).map(lowerKey));
  const g = lexicon.gazetteers;
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
export function listedWithNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { FUNCTION_WORDS } = lexicon.entities;
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
export function withRuleNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
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
          // The fragment's type stands, but no person's name ends in a head word ("Revolutionary Guard Corps").
          const fragmentType = overlapping[overlapping.length - 1]?.type;
          const headed = endsInHead(sentence.tokens[i]!, lexicon.entities);
          added.push(fragmentType && !(fragmentType === 'person' && headed) ? { ...rule, type: fragmentType } : rule);
          for (const s of overlapping) replaced.add(s);
        }
        open = -1;
      } else if (!tag.startsWith('I-')) open = -1;
    });
  });
  return added.length ? [...spans.filter((s) => !replaced.has(s)), ...added].sort((p, q) => p.sentence - q.sentence || p.from - q.from) : [...spans];
}
