// The rules that stay beside the tagger: passes over its spans for what a model cannot learn from one
// sentence, or learns too rarely (names backed by the body, speaker labels, common nouns that are no names).
// Where a name starts and stops around titles, roles and "and" is name-bounds.ts; how a person's full name is written
// (initials, nicknames, particles, given names and surnames that are words) person-names.ts; what kind of name a span is
// (companies, parties, works) name-types.ts; whole lines of sports and wire text line-rules.ts; acronyms and the names
// they stand for acronyms.ts. Each pass is pure; ruledSpans runs them all in order.
// The passes that read word lists or gazetteers take the lexicon.
import type { EntityType } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { normalizeKey } from './collect.ts';
import { battingLines, datelines, inningsHeadings, isCredit, photoCredits, resultLines, standingsLines, teamSheets, wireDatelines } from './line-rules.ts';
import { endsInHead, isTitle, knownPlace, lowerPhrase, placeName } from './name-parts.ts';
import { splitAtAnd, splitAtFor } from './joined-names.ts';
import { withNumbersThatOpenThem } from './written-whole.ts';
import { bodiesNamedForTheirSubject, joinedPlaceNames, peopleAfterPlacesAndBodies, peopleBeforeOf, splitAtAndThe, splitAtRoles, splitOrganisationFromPerson, widenedToKnownPlaces, withoutClauseOpeners, withoutEverydayOpeners, withoutLeadingTitles, withoutTrailingRoles, withTitlesOpeningNames } from './name-bounds.ts';
import { spanOver, withSpansAdded } from './span-edits.ts';
import { acronymsOfCommonNouns, joinedToAcronym, widenedToAcronym } from './acronyms.ts';
import type { Token } from './tokens.ts';
import { initialledPeople, peopleByJoinedInitials, personNamesRejoined, withGivenNamesThatAreWords, withHyphenatedGivenNames, withNicknamesInside, withSurnameParticles } from './person-names.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';
import { bodiesBeforeTheirPeople, companiesByTheirSuffix, organisationsNamedByTheirKind, placesNamedByTheirKind, placesWithTheirStates, placesWithTheirThe, partiesByTheirMembers, peopleByTheirAge, schemesByTheirHeads, peopleNotPlaces, productsNamedByTheirKind, worksByTheirThe, worksNamedByTheirKind } from './name-types.ts';

/** The tagger's spans after every rule, in the order they must run. */
export function ruledSpans(tagged: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  let spans = withRuleNames(tagged, sentences, lexicon);
  spans = backedSpans(spans, sentences, text, lexicon);
  spans = listedWithNames(spans, sentences, lexicon);
  spans = widenedToAcronym(joinedToAcronym(spans, sentences), sentences, text, lexicon);
  spans = withoutOpeningThe(withCapitalThe(spans, sentences), sentences, lexicon);
  spans = widenedToKnownPlaces(joinedPlaceNames(splitAtAndThe(spans, sentences, lexicon), sentences, lexicon), sentences, lexicon);
  spans = splitAtFor(splitAtAnd(spans, sentences, lexicon), sentences, lexicon);
  spans = peopleBeforeOf(splitAtRoles(spans, sentences, lexicon), sentences, lexicon);
  spans = bodiesNamedForTheirSubject(withoutTrailingRoles(spans, sentences, lexicon), sentences, lexicon);
  spans = peopleAfterPlacesAndBodies(splitOrganisationFromPerson(spans, sentences, lexicon), sentences, lexicon);
  spans = withoutClauseOpeners(withoutEverydayOpeners(withoutLeadingTitles(spans, sentences, lexicon), sentences, lexicon), sentences, lexicon);
  spans = withNicknamesInside(withTitlesOpeningNames(spans, sentences, lexicon), sentences, lexicon);
  spans = withHyphenatedGivenNames(spans, sentences, lexicon);
  spans = withSurnameParticles(personNamesRejoined(spans, sentences, lexicon), sentences, lexicon);
  spans = peopleNotPlaces(spans, sentences, lexicon);
  spans = withGivenNamesThatAreWords(spans, sentences, lexicon);
  spans = peopleByJoinedInitials(initialledPeople(spans, sentences, lexicon), sentences, lexicon);
  spans = asSpeakers(spans, sentences);
  spans = partiesByTheirMembers(spans, sentences, lexicon);
  spans = teamSheets(spans, sentences, lexicon);
  spans = inningsHeadings(battingLines(resultLines(spans, sentences, lexicon), sentences), sentences, lexicon);
  spans = standingsLines(spans, sentences, lexicon);
  spans = wireDatelines(datelines(spans, sentences, lexicon), sentences, lexicon);
  spans = photoCredits(spans, sentences, lexicon);
  spans = peopleByTheirAge(companiesByTheirSuffix(spans, sentences, lexicon), sentences, lexicon);
  spans = withPossessivesInside(spans, sentences, lexicon);
  spans = productsNamedByTheirKind(worksNamedByTheirKind(worksByTheirThe(spans, sentences, lexicon), sentences, text, lexicon), sentences, text, lexicon);
  spans = bodiesBeforeTheirPeople(organisationsNamedByTheirKind(spans, sentences, text, lexicon), sentences, lexicon);
  spans = placesWithTheirStates(placesNamedByTheirKind(placesWithTheirThe(spans, sentences, lexicon), sentences, text, lexicon), sentences, text, lexicon);
  spans = schemesByTheirHeads(spans, sentences, text, lexicon);
  spans = withoutRunInHeadings(withoutCommonNouns(spans, sentences, lexicon), sentences, lexicon);
  return withNumbersThatOpenThem(spans, sentences);
}

/**
 * "the National People's Congress", "the People's Bank of China", "the Women's Institute": a plural noun's possessive
 * inside a name, which the tokenizer cuts at the "'s" (and the tagger with it), belongs to the name after it, with
 * the words before it that the tagger joined to the noun ("National People"). "Britain's Labour Party" stays two.
 */
export function withPossessivesInside(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { entities }: Lexicon): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const tokens = sentences[span.sentence]!.tokens;
    const mark = tokens[span.from - 1];
    const noun = tokens[span.from - 2];
    if (!mark || !/^['’]s?$/u.test(mark.text) || mark.start !== noun?.end || !noun.cap || !entities.POSSESSIVE_NAME_WORDS.has(noun.lower)) {
      out.push(span);
      continue;
    }
    const before = out[out.length - 1];
    const joined = before && before.sentence === span.sentence && before.to === span.from - 1;
    if (joined) out.pop();
    const from = joined ? before.from : span.from - 2;
    out.push({ ...span, from, start: tokens[from]!.start });
  }
  return out;
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
 * A lone word that names a kind of thing, not one thing: a party's member ("a Tory", "the Democrat said"), people by sex or age ("Men's singles"),
 * an everyday acronym ("watch TV on the move", "the CEO"); a date ("March 2003", "Saturday", "June-July"); a quantity or an ordinal
 * ("£100m", "23rd"); words with no capital at all ("lb-8"). How many opening a name is cut from it ("Thousands of Kurds"). A quantity closing a name is cut from it ("Miller 35 yards"), and one opening it ("60GB iPod").
 */
export function withoutCommonNouns(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { CREEDS, COMMON_ACRONYMS, DEMONYM_PREFIXES, EVENT_ADJECTIVES, PARTY_MEMBERS, PEOPLE_NOUNS, REPORT_WORDS, MONTHS, WEEKDAYS, MEASURE_WORDS, QUANTITY, QUANTITY_OPENERS, FUNCTION_WORDS, OF_HEADS, ORG_HEADS,
    HONORIFICS_ABROAD } = lexicon.entities;
  const g = lexicon.gazetteers;
  const singleDemonym = (word: string) => g.demonyms.has(word) && !g.countries.has(word) && !g.cities.has(word) && !g.regions.has(word) && !g.organizations.has(word);
  // "Anglo-Dutch", "Franco-German": two peoples' words joined are one too.
  const demonym = (word: string) => singleDemonym(word) ||
    (/^\p{L}+-\p{L}+$/u.test(word) && DEMONYM_PREFIXES.has(word.slice(0, word.indexOf('-'))) && singleDemonym(word.slice(word.indexOf('-') + 1)));
  // "June-July", "January-to-March": months joined by hyphens, one token, are a stretch of time.
  const monthRange = (t: Token) => {
    const parts = t.lower.split(/[-–]/u);
    return parts.filter((p) => MONTHS.has(p)).length >= 2 && parts.every((p) => MONTHS.has(p) || p === 'to');
  };
  // "March 2003", "June 15", "June-July": a date, which the timeline reads; no name ("May" alone may be a person's).
  const date = (tokens: readonly Token[]) => (tokens.length > 1 || monthRange(tokens[0]!)) && tokens.some((t) => /^\d+$/u.test(t.text) || monthRange(t)) &&
    tokens.every((t) => /^\d+$/u.test(t.text) || t.text === ',' || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || monthRange(t));
  const spelledOut = acronymsOfCommonNouns(sentences);
  const everyday = (word: string) => COMMON_ACRONYMS.has(word) || COMMON_ACRONYMS.has(word.replace(/s$/, ''));
  // Written as an acronym ("GPU", "MPs"), not as a name that spells one ("Wendy Ide", "Tsuen Wan").
  const acronym = (t: Token) => t.upper || /^\p{Lu}{2,}s$/u.test(t.text);
  return spans.flatMap((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    // "every H100 GPU": an everyday acronym after a product's name says what kind of thing it is, and is no
    // part of it. An organisation's may be ("Stability AI"); a name spelled like one is not ("Wendy Ide").
    let to = span.to;
    while (span.type !== 'organization' && to - span.from > 1 && acronym(tokens[to - 1]!) && everyday(tokens[to - 1]!.lower)) to--;
    // "PREMIER LEAGUE SUMMARIES": what a headline reports, after the name, is no part of it.
    while (to - span.from > 1 && REPORT_WORDS.has(tokens[to - 1]!.lower)) to--;
    // "Graeme Hollis 69 67", "Willem II 6 1 4 1", "Ferrari 41.002": a results table's or a leaderboard's figures after a name, no
    // part of it; "Windows 95", "Maroon 5", "Python 3.9" keep their one number. What the figures made a product or a work is the
    // side itself.
    const figuresFrom = tableFiguresFrom(tokens, span.from, to);
    if (figuresFrom < to) {
      to = figuresFrom;
      if (span.type === 'product' || span.type === 'other') span = { ...span, type: placeName(tokens, span.from, to, g) ? 'place' : 'organization' };
    }
    // "fouled Miller 35 yards from goal": a number before a measure is a quantity, no part of the name.
    if (to === span.to && to - span.from > 1 && /^\d+$/u.test(tokens[to - 1]!.text) && MEASURE_WORDS.has(tokens[to]?.lower ?? '')) {
      to--;
      while (to - span.from > 1 && !(tokens[to - 1]!.cap || tokens[to - 1]!.upper)) to--; // "Lakers for 20 years"
    }
    // "served in Parliament for 47 years": a number after a small word in lower case is no part of the name before it
    // ("Fortune 500", "Apollo 11" have none between; "Class of 2020" is a name by its "of").
    const small = tokens[to - 2]?.text ?? '';
    if (to === span.to && to - span.from > 2 && /^\d+$/u.test(tokens[to - 1]!.text) && small !== 'of' && FUNCTION_WORDS.has(small)) {
      to -= 2;
      while (to - span.from > 1 && FUNCTION_WORDS.has(tokens[to - 1]!.text)) to--; // "Oscar for the 1959 film"
    }
    // "beat Feyenoord 2–1": a number closing a name, with a dash and a number right after it, is a score ("2-1" is one token).
    // What the number made a product ("Noosa 32") is the side that scored: a team, or a country's.
    if (to === span.to && to - span.from > 1 && /^\d+$/u.test(tokens[to - 1]!.text) && /^[-–—]$/u.test(tokens[to]?.text ?? '') &&
      tokens[to]!.start === tokens[to - 1]!.end && /^\d+$/u.test(tokens[to + 1]?.text ?? '') && tokens[to + 1]!.start === tokens[to]!.end) {
      to--;
      if (span.type === 'product' || span.type === 'other') span = { ...span, type: placeName(tokens, span.from, to, g) ? 'place' : 'organization' };
    }
    // "Standings of National Hockey League teams": an everyday word opening the sentence, then "of", before an organisation's
    // full name (its head closing it), is no part of it; "Bank of England", "University of Bristol" open with a head of their own.
    const opener = tokens[span.from]!;
    const ofAfter = tokens[span.from + 1]?.lower === 'of' && to - span.from >= 3 && tokens[span.from + 2]!.cap;
    if (opener.initial && g.words.has(opener.lower) && !OF_HEADS.has(opener.lower) && !ORG_HEADS.has(opener.lower) && ofAfter &&
      to - span.from >= 4 && ORG_HEADS.has(tokens[to - 1]!.lower)) span = { ...span, from: span.from + 2, start: tokens[span.from + 2]!.start };
    // "Thousands of Kurds", "Most of Europe": how many, then the name.
    else if (QUANTITY_OPENERS.has(opener.lower) && ofAfter) span = { ...span, from: span.from + 2, start: tokens[span.from + 2]!.start };
    // "£100m", "23rd": a quantity or an ordinal alone is no name; one opening a name is cut ("60GB iPod", "50m for Gerrard").
    let from = span.from;
    while (from < to && QUANTITY.test(tokens[from]!.text) && (to - from === 1 || !/(?:st|nd|rd|th)$/iu.test(tokens[from]!.text))) from++;
    if (from > span.from) while (from < to && (FUNCTION_WORDS.has(tokens[from]!.lower) || !tokens[from]!.word)) from++;
    if (from === to) return [];
    if (from > span.from) span = { ...span, from, start: tokens[from]!.start };
    const word = tokens[span.from]!.lower;
    // A weekday's full name alone is a date too ("Saturday ’s games"); "Super Tuesday" is a name, and "Sun" may be one.
    const weekday = WEEKDAYS.has(word) && word.endsWith('day');
    // "STANDINGS", "Results": what a headline or a line reports, alone, is no name either; nor an honorific ("Rt. Hon."), nor a creed
    // or its people ("Muslim", "Islam").
    if (to - span.from === 1 && (PARTY_MEMBERS.has(word) || PEOPLE_NOUNS.has(word) || CREEDS.has(word) || REPORT_WORDS.has(word) || (HONORIFICS_ABROAD.has(word) && !tokens[span.from]!.upper) || everyday(word) ||
      spelledOut.has(word) || weekday)) return [];
    // "the Olympic champion", "Olympic gold", "the Olympic 100m champion": an event's adjective before a common noun, or before
    // a distance, is no name, as a people's word is not.
    if (EVENT_ADJECTIVES.has(word) && tokens.slice(span.from + 1, to).every((t) => t.hasDigit) && /^[\p{Ll},]/u.test(tokens[to]?.text ?? '')) return [];
    if (date(tokens.slice(span.from, to))) return [];
    // "4:00 A.M.": the half of the day after a time.
    if (to - span.from === 1 && /^[AP]\.?M\.?$/iu.test(tokens[span.from]!.text) && /\d$/u.test(tokens[span.from - 1]?.text ?? '')) return [];
    // "lb-8 nb-3", "mp3": words in a cased script with no capital anywhere are no name; scripts without case ("आधार") may be.
    const written = tokens.slice(span.from, to).map((t) => t.text).join(' ');
    if (!/\p{Lu}/u.test(written) && /\p{Ll}/u.test(written)) return [];
    // "the Belgian, who has slipped…", "the Kurds": a people's word is no name (the guideline), but a language may be ("in English").
    // "European and Arab nations": peoples' words joined are no name either.
    const words = tokens.slice(span.from, to);
    // "in English"; "the Kurds" is a people, and "Serb buyers" a people's word before a noun.
    const nounAfter = !!tokens[to]?.word && !tokens[to]!.cap && !FUNCTION_WORDS.has(tokens[to]!.lower);
    const language = span.type === 'other' && !/s$/u.test(words[words.length - 1]!.lower) && !nounAfter;
    if (!language && words.every((t) => (demonym(t.lower) && !t.upper) || (to - span.from > 2 && (t.lower === 'and' || t.text === ',')))) return [];
    if (span.type !== 'other' && words.length > 1 && words.every((t) => !t.upper) && demonym(words.map((t) => t.lower).join(' '))) return []; // "South African"
    // "the Iranian Government": a people's word and "Government" name no body, capitals or not (the guideline's "the government").
    if (words.length === 2 && demonym(words[0]!.lower) && words[1]!.lower === 'government') return [];
    return [to === span.to ? span : { ...span, to, end: tokens[to - 1]!.end }];
  });
}

const FIGURE = /^\d+(?:[.,:]\d+)*$/u;

/**
 * Where the figures closing the name in tokens [from, to) begin, or `to` if they are one number that no other follows. A time
 * or a measure to three decimals ("41.002", "1:02.35") is a figure too; a version has fewer ("Python 3.9", "macOS 10.15"),
 * and the tagger types products as people too often for a person's name to tell ("Xbox 2").
 */
function tableFiguresFrom(tokens: readonly Token[], from: number, to: number): number {
  let first = to;
  while (first - 1 > from && FIGURE.test(tokens[first - 1]!.text)) first--;
  const measure = (t: Token) => /[.,]\d{3}$|[.,:]\d+[.,:]\d+$/u.test(t.text);
  return first < to && (to - first > 1 || FIGURE.test(tokens[to]?.text ?? '') || measure(tokens[to - 1]!) || listedFigure(tokens, to - 1)) ? first : to;
}

const AFTER_LISTED_FIGURE = new Set([',', ';', ')', '*']);

/**
 * "(Whitcombe-Rangi 58, Pandey 44; Sandhu 2-27)", "(Clichy 82)": the number at `at` is one of a list's figures when it stands in
 * brackets or before a semicolon or a not-out star, and another name in the sentence has its own figure so, after another word.
 * "Doom 3, Half Life 2 and Halo 2" and "Radio 1, Radio 2" are names.
 */
function listedFigure(tokens: readonly Token[], at: number): boolean {
  const bracketed = (k: number) => {
    for (let j = k - 1; j >= 0; j--) if (tokens[j]!.text === '(' || tokens[j]!.text === ')') return tokens[j]!.text === '(';
    return false;
  };
  const listed = (k: number) => /^\d+$/u.test(tokens[k]!.text) && AFTER_LISTED_FIGURE.has(tokens[k + 1]?.text ?? '') && !!tokens[k - 1]?.cap &&
    (tokens[k + 1]!.text === ';' || tokens[k + 1]!.text === '*' || bracketed(k));
  if (!listed(at)) return false;
  const word = tokens[at - 1]!.lower;
  for (let k = 1; k < tokens.length; k++) if (k !== at && listed(k) && tokens[k - 1]!.lower !== word) return true;
  return false;
}

/**
 * In headings and all-capitals lines (re-cased or not) case says little, so a name found there must be backed: given in the
 * body as well, known to a gazetteer, or a person's name after a title or shaped as one (personShaped). The tagger learns from body text; this stays a rule. A photo credit
 * ("Photo: Anna Lind / Reuters"), short and title-cased like a heading, names its photographer as written.
 */
function backedSpans(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const weak = ({ sentence }: TaggedSpan) => {
    const prepared = sentences[sentence]!;
    return (prepared.heading && !isCredit(prepared.tokens, lexicon.entities)) || caseIsGuessed(prepared);
  };
  const lowerKey = (s: TaggedSpan) => normalizeKey(text(s.block).slice(s.start, s.end)).toLowerCase();
  // The names the body gives, with the type of their first span there.
  const body = new Map<string, EntityType>();
  for (const s of spans) if (!weak(s) && !body.has(lowerKey(s))) body.set(lowerKey(s), s.type);
  const bodyPeople = new Set(spans.filter((s) => !weak(s) && s.type === 'person').map(lowerKey));
  const g = lexicon.gazetteers;
  // What backs these words, as a type: a gazetteer, or the body's span of them.
  const backedType = (key: string): EntityType | undefined =>
    g.countries.has(key) || g.cities.has(key) || g.regions.has(key) ? 'place'
      : g.organizations.has(key) ? 'organization' : g.people.has(key) ? 'person' : body.get(key);
  const backed = (s: TaggedSpan) => {
    const key = lowerKey(s);
    return !!backedType(key) || (s.type === 'person' && (personShaped(key.split(' '), bodyPeople, lexicon) || afterTitle(s)));
  };
  return spans.flatMap((s) => (!weak(s) || backed(s) ? [s] : backedParts(s)));

  /**
   * "NATO AND NORTHERN IRELAND": names the tagger ran together at "and" in capitals stand apart when each is backed, with
   * the type that backs it.
   */
  function backedParts(s: TaggedSpan): TaggedSpan[] {
    const tokens = sentences[s.sentence]!.tokens;
    const at = tokens.findIndex((t, k) => k > s.from && k < s.to - 1 && t.lower === 'and');
    if (at < 0) return [];
    const parts = [{ ...s, to: at, end: tokens[at - 1]!.end }, { ...s, from: at + 1, start: tokens[at + 1]!.start }];
    const types = parts.map((part) => backedType(lowerKey(part)));
    return types.every(Boolean) ? parts.map((part, k) => ({ ...part, type: types[k]! })) : [];
  }

  /** "PRESIDENT CLINTON MET…": a person's name right after a title, in an article that may be all capitals. */
  function afterTitle(s: TaggedSpan): boolean {
    const before = sentences[s.sentence]!.tokens[s.from - 1];
    return !!before && isTitle(before, lexicon.entities.TITLES) && !lexicon.entities.HONORIFICS.has(before.lower);
  }
}

/**
 * "DONALD TRUMP" over a body that names "Trump", "SENATOR JOE BIDEN": two or three words ending in the surname of a
 * person the body names, or a known given name then a surname, back a person found in capitals.
 */
function personShaped(words: readonly string[], bodyPeople: ReadonlySet<string>, { gazetteers: g, entities }: Lexicon): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [first, last] = [words[0]!, words[words.length - 1]!];
  if (bodyPeople.has(last)) return true;
  return g.firstNames.has(first) && !entities.FUNCTION_WORDS.has(first) && (g.lastNames.has(last) || !g.words.has(last));
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
  return withSpansAdded(spans, added);
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
 * "The World Health Organisation warned…": a "The" that opens the sentence is no part of an organisation's, a place's
 * or a person's name (the guideline), unless the gazetteers list the name with it ("The Hague"). A work keeps it, and so
 * does a name typed an organisation without an organisation's head, which may be a work's. (A publication keeps a "The" in
 * mid-sentence, withCapitalThe; recognize.ts makes "The Guardian" and "Guardian" one.)
 */
export function withoutOpeningThe(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { gazetteers: g, entities }: Lexicon): TaggedSpan[] {
  return spans.map((span) => {
    const tokens = sentences[span.sentence]!.tokens;
    const the = tokens[span.from]!;
    // After a wire dateline's spaced hyphen ("GENEVA (AFP) - The …") a sentence opens too.
    const before = tokens[span.from - 1];
    const opening = the.initial || (before?.text === '-' && before.end < the.start);
    if (span.type === 'other' || span.type === 'product' || the.text !== 'The' || !opening || span.to - span.from < 2) return span;
    if (placeName(tokens, span.from, span.to, g) || g.organizations.has(lowerPhrase(tokens, span.from, span.to))) return span;
    // An organisation's name ends in its head ("… Organisation", "… Guardian"); one that does not may be a work's ("The Final Days").
    if (span.type === 'organization' && !endsInHead(tokens[span.to - 1]!, entities)) return span;
    return { ...span, from: span.from + 1, start: tokens[span.from + 1]!.start };
  });
}

/**
 * "Amnesty International Man-kei Tam": the tagger's body, then its person, whose given names it left out, where the rules ran
 * them into one name. The body stands, and the person's name (a given name in it, no place: not "University of California San
 * Diego") runs from it to the end. Not a word capitalised as it opens the sentence ("Fellow Lib Dem Norman Baker"), nor a body
 * with a head inside it and words after the head, a post's ("Linnean Society Senior Research Fellow"): splitOrganisationFromPerson's.
 */
function bodyThenPerson(rule: TaggedSpan, overlapping: readonly TaggedSpan[], { tokens }: PreparedSentence, { gazetteers: g, entities }: Lexicon): TaggedSpan[] | undefined {
  const [body, person] = overlapping;
  if (overlapping.length !== 2 || body!.from !== rule.from || (body!.type !== 'organization' && body!.type !== 'place') || person!.type !== 'person' || person!.to !== rule.to) return undefined;
  const opener = tokens[rule.from]!;
  if ((opener.initial && g.words.has(opener.lower)) || tokens.slice(body!.from, body!.to - 1).some((t) => entities.ORG_HEADS.has(t.lower))) return undefined;
  const givenNames = tokens.slice(body!.to, person!.from);
  if (!givenNames.every((t) => t.word && t.cap && !t.upper) || placeName(tokens, body!.to, rule.to, g) ||
    !tokens.slice(body!.to, rule.to - 1).some((t) => g.firstNames.has(t.lower) || /^\p{L}+-\p{L}+$/u.test(t.text))) return undefined;
  return [body!, { ...person!, from: body!.to, start: tokens[body!.to]!.start }];
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
        const rule = spanOver(sentence, index, open, i + 1, type);
        const overlapping = spans.filter((s) => s.sentence === index && s.from < rule.to && s.to > rule.from);
        // "told the BBC Michael Howard has…": a name the rules ran on from an acronym into a given name and a surname is two
        // names, however the tagger read it: the acronym's (an organisation's, unless the tagger found it alone as something
        // else), and the person's from the given name on. Not a ship's ("USS John McCain").
        const [acronym] = overlapping;
        const first = sentence.tokens[rule.from]!;
        // Nor a place's ("U.S. Justice Department"), nor a name that ends in a head ("JWP Junior Championship").
        // Two capitals may be a person's initials ("JP Morgan Chase").
        if (first.upper && first.text.replace(/\W/gu, '').length >= 3 && !lexicon.entities.VESSEL_PREFIXES.has(first.lower) && lexicon.gazetteers.firstNames.has(sentence.tokens[rule.from + 1]!.lower) &&
          rule.to - rule.from >= 3 && rule.to - rule.from <= 4 && overlapping.length && !placeName(sentence.tokens, rule.from, rule.from + 1, lexicon.gazetteers) &&
          !endsInHead(sentence.tokens[rule.to - 1]!, lexicon.entities)) {
          const alone = acronym && acronym.from === rule.from && acronym.to === rule.from + 1 && acronym.type !== 'person' ? acronym : undefined;
          added.push(alone ?? spanOver(sentence, index, rule.from, rule.from + 1, 'organization'));
          added.push({ ...rule, from: rule.from + 1, start: sentence.tokens[rule.from + 1]!.start, type: 'person' });
          for (const s of overlapping) replaced.add(s);
          open = -1;
          return;
        }
        const parted = bodyThenPerson(rule, overlapping, sentence, lexicon);
        if (parted) {
          added.push(...parted);
          for (const s of overlapping) replaced.add(s);
          open = -1;
          return;
        }
        // Where the tagger found only a fragment of the rule's name ("Diffusion" of "Stable Video Diffusion"), the whole name stands.
        if (overlapping.every((s) => s.from >= rule.from && s.to <= rule.to && s.to - s.from < rule.to - rule.from)) {
          // The fragment's type stands, but no person's name ends in a head word ("Revolutionary Guard Corps"), and a
          // person's name that opens with a given name stays a person's ("Blumenthal" of "Richard Blumenthal"). Fragments
          // of two types ("University of California" an organisation, "San Diego" a person) leave it to the rule, which read it whole.
          const fragmentTypes = new Set(overlapping.map((s) => s.type));
          const fragmentType = fragmentTypes.size === 1 ? overlapping[0]!.type : undefined;
          const headed = endsInHead(sentence.tokens[i]!, lexicon.entities);
          const givenNameFirst = type === 'person' && overlapping.every((s) => s.from > rule.from) && lexicon.gazetteers.firstNames.has(sentence.tokens[open]!.lower);
          added.push(fragmentType && !(fragmentType === 'person' && headed) && !givenNameFirst ? { ...rule, type: fragmentType } : rule);
          for (const s of overlapping) replaced.add(s);
        }
        open = -1;
      } else if (!tag.startsWith('I-')) open = -1;
    });
  });
  return withSpansAdded(spans.filter((s) => !replaced.has(s)), added);
}

/**
 * "…happens today. WHEN AND WHERE The tradition of…", "KEY MATCH STATS - Brentford are…": a subheading in capitals run into the
 * paragraph, its line break lost, is no name, nor is it one with the word that opens the next sentence. A span of two or more
 * words in capitals, every one an everyday word that no list knows as a name, goes, with any word in ordinary case it ran into;
 * a sentence written wholly in capitals is read elsewhere (recase.ts), and a place in capitals is a dateline's.
 */
export function withoutRunInHeadings(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { gazetteers: g }: Lexicon): TaggedSpan[] {
  const everyday = (t: Token) => t.upper && t.word && g.words.has(t.lower) && !g.firstNames.has(t.lower) && !g.lastNames.has(t.lower) &&
    !knownPlace(t.lower, g) && !g.organizations.has(t.lower) && !g.demonyms.has(t.lower);
  return spans.filter((span) => {
    const sentence = sentences[span.sentence]!;
    const tokens = sentence.tokens.slice(span.from, span.to);
    // A dateline's place in capitals ("PORT ELDER , Westmark 1998-03-14") is read by the dateline rules, and stays; a "place"
    // that runs on into the next sentence's word in ordinary case ("BEGAN The") is no dateline's.
    if (sentence.shouting || (span.type === 'place' && tokens.every((t) => t.upper || !t.word))) return true;
    let capitals = 0;
    while (capitals < tokens.length && everyday(tokens[capitals]!)) capitals++;
    // The heading's words the tagger left out before the span count too ("HOW IT | BEGAN The").
    let before = 0;
    while (capitals && span.from - before > 0 && everyday(sentence.tokens[span.from - before - 1]!)) before++;
    const known = g.organizations.has(lowerPhrase(sentence.tokens, span.from, span.from + capitals)) || placeName(sentence.tokens, span.from, span.from + capitals, g);
    return before + capitals < 2 || known || tokens.slice(capitals).some((t) => t.upper);
  });
}
