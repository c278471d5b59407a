// How a person's full name is written, beside the tagger: initials ("M. Atherton", "O.J. Simpson"), a nickname in quotes
// ('Edward "Eddie" Van Halen'), a given name of two syllables ("Kim Dae-jung"), given names or surnames that are
// everyday words too ("Will Davies", "Michael Mates"), particles ("van Biljon", "José María de la Fuente") and "Jr.",
// which the tagger, having seen few of each, cuts or misses.
// Pure; span-rules.ts runs them in order.
import type { Lexicon } from '../lexicon/index.ts';
import { JOINED_INITIALS } from '../sentences.ts';
import { endsInHead, isTitle, knownPlace, placeName } from './name-parts.ts';
import { covered, spanOver, withSpansAdded, withSpansReplaced } from './span-edits.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';

const INITIAL_PATTERN = /^\p{Lu}\.$/u;
const INITIAL = { test: (text: string) => text.length === 2 && text[1] === '.' && INITIAL_PATTERN.test(text) };

/**
 * "M. Atherton", "J. R. Hartley": initials and a surname are a person's name, wherever the line starts and whatever
 * the tagger made of them ("K. Brown" an organisation, "M. Atherton" a product; it saw few initials). The surname is
 * a known one or a word no dictionary holds; "A. Introduction", a list mark and a word, is no name at all, unless the
 * article names other people by their initials and never writes the word small ("G. Thorpe" on a scoreboard with
 * "M. Atherton"). No capitalised word follows, which would make the name the tagger's to judge.
 */
export function initialledPeople(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { words, lastNames } = lexicon.gazetteers;
  const candidates: Array<{ span: TaggedSpan; word: string; dictionary: boolean }> = [];
  const writtenSmall = new Set<string>();
  sentences.forEach((sentence, index) => {
    if (sentence.shouting) return;
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.word && tokens[i]!.text === tokens[i]!.lower) writtenSmall.add(tokens[i]!.lower);
      // Not a middle initial ("Cyrus R. Vance"): nothing name-like before the first initial.
      const before = tokens[i - 1];
      if (!INITIAL.test(tokens[i]!.text) || INITIAL.test(before?.text ?? '') || (before?.word && before.cap)) continue;
      let j = i;
      while (INITIAL.test(tokens[j]?.text ?? '')) j++;
      const surname = tokens[j];
      const next = tokens[j + 1];
      if (!surname?.word || !surname.cap || surname.upper || (next?.word && next.cap)) continue;
      const span = spanOver(sentence, index, i, j + 1, 'person');
      candidates.push({ span, word: surname.lower, dictionary: !lastNames.has(surname.lower) && words.has(surname.lower) });
    }
  });
  const othersNamed = candidates.some((c) => !c.dictionary);
  const found = new Map<number, TaggedSpan[]>();
  const marks = new Set<string>();
  for (const { span, word, dictionary } of candidates) {
    if (dictionary && !(othersNamed && !writtenSmall.has(word))) marks.add(`${span.sentence}:${span.from}:${span.to}`);
    else (found.get(span.sentence) ?? found.set(span.sentence, []).get(span.sentence)!).push(span);
  }
  return withSpansReplaced(spans.filter((s) => !marks.has(`${s.sentence}:${s.from}:${s.to}`)), found);
}

/**
 * "O.J. Simpson", "George H.W. Bush", "F.W. de Klerk": initials run together and a surname (a given name before them or
 * not) are a person's name, whatever the tagger made of them (it saw few such initials), and a name joined to it at "and"
 * is a name of its own ("J.K. Rowling and Ann Holt"). Not a place's or a body's letters ("U.S. Steel", "U.N. envoy"), nor
 * initials before a city or a longer name ("A.C. Milan", "B.C. Coroners Service").
 */
export function peopleByJoinedInitials(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const { SURNAME_PARTICLES } = lexicon.entities;
  const known = (letters: string) => knownPlace(letters, g) || g.organizations.has(letters);
  const found = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    if (sentence.shouting) return;
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const initials = tokens[i]!;
      if (!JOINED_INITIALS.test(initials.text) || known(initials.lower) || known(initials.lower.replace(/\./gu, ''))) continue;
      let to = i + 1;
      while (SURNAME_PARTICLES.has(tokens[to]?.text ?? '') && tokens[to + 1]?.cap) to++;
      const surname = tokens[to];
      if (!surname?.word || !surname.cap || surname.upper || tokens[to + 1]?.cap || placeName(tokens, to, to + 1, g) || endsInHead(surname, lexicon.entities)) continue;
      const given = tokens[i - 1];
      const from = given?.cap && !given.upper && g.firstNames.has(given.lower) ? i - 1 : i;
      (found.get(index) ?? found.set(index, []).get(index)!).push(spanOver(sentence, index, from, to + 1, 'person'));
      i = to;
    }
  });
  if (!found.size) return [...spans];
  // What a span the rule replaces held beyond "and" is a name of its own ("O.J. Simpson and Nicole Brown").
  const rest: TaggedSpan[] = [];
  for (const span of spans) {
    const people = found.get(span.sentence)?.filter((p) => p.from < span.to && span.from < p.to);
    if (!people?.length) continue;
    const { tokens } = sentences[span.sentence]!;
    const last = people[people.length - 1]!;
    if (span.to > last.to + 1 && tokens[last.to]!.lower === 'and') {
      const from = last.to + 1;
      rest.push(spanOver(sentences[span.sentence]!, span.sentence, from, span.to, g.firstNames.has(tokens[from]!.lower) ? 'person' : span.type));
    }
  }
  return withSpansAdded(withSpansReplaced(spans, found), rest);
}

const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);

/**
 * 'Edward Lodewijk "Eddie" Van Halen', "Brian 'Head' Welch": a nickname in quotes inside a person's full name is part
 * of it, as the guideline has it. The tagger sees the quotes as a break and makes two names (or three) of one person,
 * typed as the parts happen to look ("Van Halen" the band). One person from the given name to the surname.
 */
export function withNicknamesInside(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { firstNames, words } = lexicon.gazetteers;
  const { SURNAME_PARTICLES } = lexicon.entities;
  const nameWord = (t: Token | undefined) => !!t && t.word && t.cap && !t.upper;
  // A given name the gazetteer knows, or a word English does not have in mid-sentence ("Matiu"), unless its ending makes
  // it a verb's or an adverb's ("his Americanised 'Jimmy' Bond").
  const givenName = (t: Token) => firstNames.has(t.lower) || (!t.initial && !words.has(t.lower) && !/(?:ed|ing|ly)$/u.test(t.lower));
  const found = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    for (let open = 1; open < tokens.length; open++) {
      if (!OPENING_QUOTES.has(tokens[open]!.text)) continue;
      // The nickname: one or two capitalised words right inside the quotes.
      let close = open + 1;
      while (close < open + 3 && nameWord(tokens[close]) && tokens[close]!.start === (close === open + 1 ? tokens[open]!.end : tokens[close - 1]!.end + 1)) close++;
      if (close === open + 1 || !CLOSING_QUOTES.has(tokens[close]?.text ?? '') || tokens[close]!.start !== tokens[close - 1]!.end) continue;
      // Before it, a given name opening up to three capitalised words ("President William" → "William").
      let from = -1;
      for (let k = open - 1; k >= open - 3 && nameWord(tokens[k]); k--) if (givenName(tokens[k]!)) from = k;
      // After it, the surname: capitalised words, with the particles inside ("Van Halen", "Di Cicco", "de la Cruz").
      let to = close + 1;
      while (to < close + 4 && (nameWord(tokens[to]) || (SURNAME_PARTICLES.has(tokens[to]?.text ?? '') && nameWord(tokens[to + 1])))) to++;
      if (from < 0 || to === close + 1 || !nameWord(tokens[to - 1])) continue;
      (found.get(index) ?? found.set(index, []).get(index)!).push(spanOver(sentence, index, from, to, 'person'));
      open = to;
    }
  });
  return withSpansReplaced(spans, found);
}

/**
 * "Kim Dae-jung", "Tung Chee-hwa", "Lee Teng-hui": a given name of two syllables joined by a hyphen, which the tokenizer
 * cuts as it cuts "Kremlin-backed" (a name and a modifier), is whole in the person's name: the syllable after the hyphen
 * is no English word, or both are short and the first is none either ("Teng-hui", not "Cruz-backed").
 */
export function withHyphenatedGivenNames(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { words } = lexicon.gazetteers;
  const { SURNAME_PARTICLES } = lexicon.entities;
  const widened = spans.map((span) => {
    if (span.type !== 'person') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const last = tokens[span.to - 1]!;
    const next = tokens[span.to];
    if (!next || next.start !== last.end || !/^-\p{Ll}+$/u.test(next.text)) return span;
    const syllable = next.text.slice(1);
    // "Anneke Smit-van Dalen": a particle after the hyphen goes on to the surname after it.
    if (SURNAME_PARTICLES.has(syllable)) {
      const surname = tokens[span.to + 1];
      return surname?.cap && surname.word ? { ...span, to: span.to + 2, end: surname.end } : span;
    }
    const short = span.to - span.from >= 2 && last.text.length <= 4 && syllable.length <= 4 && !words.has(last.lower);
    return !words.has(syllable) || short ? { ...span, to: span.to + 1, end: next.end } : span;
  });
  // The surname the tagger found apart ("Dorp") is inside the name now.
  const kept: TaggedSpan[] = [];
  for (const span of widened) {
    const before = kept[kept.length - 1];
    if (!before || before.sentence !== span.sentence || before.to <= span.from) kept.push(span);
  }
  return kept;
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
    if (caseIsGuessed(sentence) || sentence.heading) return;
    const { tokens } = sentence;
    tokens.forEach((t, i) => {
      const surname = tokens[i + 1];
      if (!givenName(t) || covered(spans, index, i) || !surname?.cap || surname.upper || covered(spans, index, i + 1) ||
        !lastNames.has(surname.lower) || tokens[i + 2]?.cap) return;
      out.push(spanOver(sentence, index, i, i + 2, 'person'));
    });
  });
  const widened = spans.map((span) => {
    const sentence = sentences[span.sentence]!;
    const before = sentence.tokens[span.from - 1];
    if (span.type !== 'person' || span.to - span.from !== 1 || caseIsGuessed(sentence) || sentence.heading || !givenName(before)) return span;
    if (spans.some((s) => s.sentence === span.sentence && s.to === span.from)) return span;
    return { ...span, from: span.from - 1, start: before!.start };
  });
  return withSurnamesThatAreWords(withSpansAdded(widened, out), sentences, lexicon);
}

/**
 * "Tory MP Graham Stones", "Labour's Ivo Banks": a surname that is an everyday word too, which the tagger left
 * out of the name it ended at the given name. A given name alone, then a capitalised word in mid-sentence that is no
 * title, head, date, country or people: the surname, with any lone mention of it the tagger found there.
 */
function withSurnamesThatAreWords(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const { TITLES, MONTHS, WEEKDAYS, FUNCTION_WORDS } = lexicon.entities;
  const surname = (t: Token | undefined, after: Token) => !!t && t.word && t.cap && !t.upper && !t.initial && t.start === after.end + 1 &&
    !isTitle(t, TITLES) && !endsInHead(t, lexicon.entities) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) &&
    !g.countries.has(t.lower) && !g.demonyms.has(t.lower);
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const sentence = sentences[span.sentence]!;
    const given = sentence.tokens[span.from]!;
    const next = sentence.tokens[span.to];
    const last = out[out.length - 1];
    // The surname the tagger found alone after it is inside the name now.
    if (last && last.sentence === span.sentence && last.to > span.from) continue;
    if (span.type !== 'person' || span.to - span.from !== 1 || caseIsGuessed(sentence) || sentence.heading || !g.firstNames.has(given.lower) ||
      !surname(next, given) || sentence.tokens[span.to + 1]?.cap) {
      out.push(span);
      continue;
    }
    out.push({ ...span, to: span.to + 1, end: next!.end });
  }
  return out;
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
 * "José María de la Fuente", "Luz Dary Quiñones de la Hoz": a person's given names, particles in lower case and a surname, which
 * the tagger cut at the particles. The surname after them (a word or two, no head word, no known place: not "Marie de France")
 * joins the person's name. So does a generational suffix the tagger found alone or left out, with the word it left out before
 * it when that is a title too ("Martin Luther King Jr.").
 */
export function personNamesRejoined(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { NAME_PARTICLES, GENERATIONAL_SUFFIXES } = lexicon.entities;
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const person = out[out.length - 1];
    const tokens = sentences[span.sentence]!.tokens;
    const between = person && person.sentence === span.sentence && person.type === 'person' ? tokens.slice(person.to, span.from) : undefined;
    const surname = !!between?.length && between.length <= 2 && between.every((t) => NAME_PARTICLES.has(t.text)) &&
      span.to - span.from <= 2 && !endsInHead(tokens[span.to - 1]!, lexicon.entities) && !placeName(tokens, span.from, span.to, lexicon.gazetteers);
    const suffix = !!between && between.length <= 1 && between.every((t) => t.word && t.cap) && span.to - span.from === 1 &&
      GENERATIONAL_SUFFIXES.has(tokens[span.from]!.lower);
    if (surname || suffix) out[out.length - 1] = { ...person!, to: span.to, end: span.end };
    else out.push(span);
  }
  // A generational suffix the tagger left out altogether, right after a person's name or one title-like word after it.
  return out.map((span, k) => {
    if (span.type !== 'person') return span;
    const tokens = sentences[span.sentence]!.tokens;
    const next = out[k + 1];
    const free = next?.sentence === span.sentence ? next.from : tokens.length;
    for (const at of [span.to, span.to + 1]) {
      if (at >= free || !GENERATIONAL_SUFFIXES.has(tokens[at]?.lower ?? '')) continue;
      if (!tokens.slice(span.to, at).every((t) => t.word && t.cap)) continue;
      return { ...span, to: at + 1, end: tokens[at]!.end };
    }
    return span;
  });
}
