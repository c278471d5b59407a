// Whole lines of sports and wire text that the tagger, reading one sentence at a time, sees too rarely: team sheets,
// results lines, cricket batting lines, standings tables, photo credits and datelines (on their own line or opening one). Each pass reads a line that is nothing but names, scores, minutes or a date, and puts
// its own spans in place of the tagger's there. Pure; span-rules.ts runs them in order.
import type { EntityWords, Lexicon } from '../lexicon/index.ts';
import { endsInHead, lowerPhrase } from './name-parts.ts';
import { playerSpan, spanOver, withSpansReplaced } from './span-edits.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';
import { caseIsGuessed } from './tagger/features.ts';

/** A capitalised word with no digit, of which a side's or a player's name on a sports line is made. */
const nameWord = (t: Token | undefined): boolean => !!t && t.word && t.cap && !t.hasDigit;

/**
 * A team sheet: a line of nothing but names, commas, brackets and minutes ("Gordon, Webster, Simmons (MacFarlane
 * 64), Berra.", "Miller 1, McAllister 10.", "Easton 60 pen."). Its names are players, people, and the minutes are no
 * part of them. A line of place or organisation names ("Paris, Berlin, Madrid.") is left to the tagger; so is any
 * line with a word in lower case, which is prose. Two names in three must have no place or head word in them ("AC
 * Milan", "Oxford City AC" are clubs; a lone surname that is a town too, "Montgomery", is a player), and one in three
 * a known given name or surname, or a word no dictionary knows ("Kizys"). A name before a colon is a label: a side's
 * ("Man City:", "Wales:") is the club or the country, the sheet's own ("Subs Not Used:") goes. The tagger reads one sentence and cannot see
 * that every name in it is one kind.
 */
export function teamSheets(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  // Marks, minutes, and a penalty or own goal after a minute ("Thompson 48 pen").
  const { MONTHS, WEEKDAYS, SHEET_MARKS } = lexicon.entities;
  const listMark = (t: Token) => /^[,;:.()]$/u.test(t.text) || /^\d{1,3}$/u.test(t.text) || SHEET_MARKS.has(t.lower);
  // "Tuesday, 1 March" is a date line, not two players; "Walder; May, Tait" is a sheet.
  const dateLine = (tokens: readonly Token[]) => tokens.some((t, i) => WEEKDAYS.has(t.lower) ||
    (MONTHS.has(t.lower) && [tokens[i - 1], tokens[i + 1]].some((n) => n && /^\d{1,2}$|^\d{4}$/u.test(n.text))));
  const byPlace = new Map<number, TaggedSpan[]>();
  const labelled: Array<{ sentence: number; from: number; to: number }> = [];
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    if (caseIsGuessed(sentence) || !tokens.every((t) => nameWord(t) || listMark(t)) || dateLine(tokens)) return;
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
    // "Man City:", "Subs Not Used:": a label, not a player.
    const names = items.filter(([, to]) => tokens[to]?.text !== ':');
    const labels = items.filter(([, to]) => tokens[to]?.text === ':');
    // A club's or a place's name has a place in it ("AC Milan", "Bayer Leverkusen") or a head word ("Oxford City"); a
    // broadcaster or company an acronym ("BBC Three").
    const placeWord = (t: Token) => t.upper || g.cities.has(t.lower) || g.countries.has(t.lower) || g.regions.has(t.lower) || endsInHead(t, lexicon.entities);
    const nameOfPeople = (t: Token) => g.lastNames.has(t.lower) || g.firstNames.has(t.lower);
    // A lone word that is a town and a surname ("Montgomery", "Shaw") is a player on a sheet; a country never is.
    const known = (from: number, to: number) => g.organizations.has(lowerPhrase(tokens, from, to)) ||
      (to - from === 1 && nameOfPeople(tokens[from]!) ? g.countries.has(tokens[from]!.lower) || tokens[from]!.upper : tokens.slice(from, to).some(placeWord));
    // Surnames from anywhere ("Kizys", "Deloumeaux"): a lone word no gazetteer or dictionary knows counts as a name of people too.
    const unknownWord = (from: number, to: number) => to - from === 1 && !g.words.has(tokens[from]!.lower);
    // "K Halloran": an initial and a word is a player's name on a sheet.
    const initialled = (from: number, to: number) => to - from === 2 && /^\p{Lu}$/u.test(tokens[from]!.text);
    const personal = (from: number, to: number) => tokens.slice(from, to).some(nameOfPeople) || unknownWord(from, to) || initialled(from, to);
    const people = names.filter(([from, to]) => to - from <= 2 && !known(from, to));
    // Two names make a sheet ("Moilanen, Kizys.") only as two surnames: "Vote Blair, Get Brown." is a slogan. One name
    // does with its minute ("Easton 60."), if it is a surname.
    const scorer = names.length === 1 && people.length === 1 && /^\d{1,3}$/u.test(tokens[names[0]![1]]?.text ?? '') && personal(...names[0]!);
    if ((names.length < 2 && !scorer) || (names.length === 2 && names.some(([from, to]) => to - from > 1))) return;
    if (people.length * 3 < names.length * 2 || people.filter(([from, to]) => personal(from, to)).length * 3 < names.length) return;
    const found = people.map(([from, to]) => playerSpan(sentence, index, from, to));
    // A sheet's own labels go ("Subs Not Used:", "Booked:"); any other label is the side ("Man City:", "Wales:"): a club,
    // or a country's team, which is the country as on a results line.
    for (const [from, to] of labels) {
      if (!known(from, to) && tokens.slice(from, to).every((t) => g.words.has(t.lower))) labelled.push({ sentence: index, from, to });
      else found.push(spanOver(sentence, index, from, to, g.countries.has(lowerPhrase(tokens, from, to)) ? 'place' : 'organization'));
    }
    byPlace.set(index, found.sort((p, q) => p.from - q.from));
  });
  const label = (s: TaggedSpan) => labelled.some((l) => l.sentence === s.sentence && l.from < s.to && s.from < l.to);
  return withSpansReplaced(spans.filter((s) => !label(s)), byPlace);
}

/**
 * A results line: two sides, each with its score ("Bolton 2 Stoke 1", "Sheffield United 0 Real Madrid 3") or the
 * score between them ("Hearts 2-1 Livingston"), and perhaps a bracket after ("(halftime 1-0)"). The sides are
 * teams: a country's is the country, a place (national sides, as the guideline says); any other is a club, an
 * organisation. The scores are no part of the names, and a short code after them ("(OT)") no name. A side's score may be followed by its scorers in brackets, each
 * with the minutes of his goals ("Kelso 2 ( Brill 56, Okafor 90 pen ) Dunmore 0"): they are people, by their surnames.
 */
export function resultLines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const { SHEET_MARKS } = lexicon.entities;
  const score = (t: Token | undefined) => !!t && /^\d{1,3}$/u.test(t.text);
  const side = (tokens: readonly Token[], from: number) => {
    let to = from;
    while (to < tokens.length && to - from < 4 && nameWord(tokens[to])) to++;
    return to;
  };
  // The scorers' bracket at `from`: the names in it and where it ends; null where there is none, or it holds more than
  // names, minutes, commas and a penalty's or own goal's mark.
  const scorers = (tokens: readonly Token[], from: number): { end: number; people: Array<[number, number]> } | null => {
    if (tokens[from]?.text !== '(') return null;
    const close = tokens.findIndex((t, k) => k > from && t.text === ')');
    if (close < 0) return null;
    const people: Array<[number, number]> = [];
    for (let k = from + 1; k < close; k++) {
      if (nameWord(tokens[k]) && !tokens[k]!.upper) { // "(OT)" is no scorer
        const end = side(tokens, k);
        people.push([k, end]);
        k = end - 1;
      } else if (!score(tokens[k]) && !/^[,;]$/u.test(tokens[k]!.text) && !SHEET_MARKS.has(tokens[k]!.lower)) return null;
    }
    return people.length ? { end: close + 1, people } : null;
  };
  const sides = new Map<number, TaggedSpan[]>();
  const codes = new Set<string>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    const team = (from: number, to: number) => spanOver(sentence, index, from, to, g.countries.has(lowerPhrase(tokens, from, to)) ? 'place' : 'organization');
    // "In Sydney: NSW Waratahs 29 Gauteng Cats 13": a short label where the match was played may open the line.
    const colon = tokens.findIndex((t, k) => k > 0 && k <= 4 && t.text === ':');
    const firstFrom = colon > 0 && tokens.slice(0, colon).every((t) => t.word) ? colon + 1 : 0;
    const firstEnd = side(tokens, firstFrom);
    // "Bolton 2 Stoke 1", or with the score between: "Hearts 2-1 Livingston".
    const between = !!tokens[firstEnd] && /^\d{1,3}[-–:]\d{1,3}$/u.test(tokens[firstEnd]!.text);
    if (firstEnd === firstFrom || !(between || score(tokens[firstEnd]))) return;
    const firstScorers = between ? null : scorers(tokens, firstEnd + 1);
    const secondFrom = firstScorers?.end ?? firstEnd + 1;
    const secondEnd = side(tokens, secondFrom);
    if (secondEnd === secondFrom || !(between || score(tokens[secondEnd]))) return;
    const secondScorers = between ? null : scorers(tokens, secondEnd + 1);
    const rest = tokens.slice(secondScorers?.end ?? (between ? secondEnd : secondEnd + 1));
    if (rest.length && !(rest[0]!.text === '(' || (rest.length === 1 && /^[.,;]$/u.test(rest[0]!.text)))) return;
    const people = [...(firstScorers?.people ?? []), ...(secondScorers?.people ?? [])].map(([from, to]) => playerSpan(sentence, index, from, to));
    sides.set(index, [team(firstFrom, firstEnd), ...people.filter((p) => p.from < secondFrom), team(secondFrom, secondEnd), ...people.filter((p) => p.from > secondFrom)]);
    // "(OT)", "(AET)": a short code in the bracket after the score says how the match ended, and names nothing.
    const restFrom = tokens.length - rest.length;
    rest.forEach((t, k) => { if (t.upper && t.text.length <= 3 && /^\p{Lu}+$/u.test(t.text)) codes.add(`${index}:${restFrom + k}`); });
  });
  return withSpansReplaced(spans.filter((s) => !(s.to - s.from === 1 && codes.has(`${s.sentence}:${s.from}`))), sides);
}

/** How a batsman was out, word by word, with NAME where a player is named. */
const DISMISSALS: ReadonlyArray<readonly string[]> = [
  ['c', 'sub', '(', 'NAME', ')', 'b', 'NAME'], ['c', 'NAME', 'b', 'NAME'], ['c', 'and', 'b', 'NAME'], ['st', 'NAME', 'b', 'NAME'], ['lbw', 'b', 'NAME'], ['b', 'NAME'],
  ['run', 'out', '(', 'NAME', ')'], ['run', 'out'], ['not', 'out'], ['retired', 'hurt'],
];

/**
 * A cricket batting line: the batsman, how he was out, and his runs ("Kerr c Halvorsen b Okafor 31", "T. Lind lbw b Brill
 * 4", "Moe not out 54"). Every name in it is a player's, however the tagger typed the short ones.
 */
export function battingLines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const players = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    // A player's name from `at` (capitalised words and initials: "M. Atherton", "Inzamam-ul-Haq"): where it ends, or -1.
    const nameEnd = (at: number) => {
      let end = at;
      while (nameWord(tokens[end])) end++;
      return end > at ? end : -1;
    };
    // The tokens from `at` read by `pattern`: where they end and the names in them, or null.
    const read = (pattern: readonly string[], at: number) => {
      const names: Array<[number, number]> = [];
      for (const part of pattern) {
        const next = part === 'NAME' ? nameEnd(at) : tokens[at]?.text === part ? at + 1 : -1;
        if (next < 0) return null;
        if (part === 'NAME') names.push([at, next]);
        at = next;
      }
      return { end: at, names };
    };
    const batsman = nameEnd(0);
    if (batsman < 0) return;
    const line = DISMISSALS.map((pattern) => read(pattern, batsman)).find((found) => found !== null);
    if (!line) return;
    const runs = line.end;
    if (!/^\d{1,3}$/u.test(tokens[runs]?.text ?? '') || !(runs + 1 === tokens.length || (runs + 2 === tokens.length && tokens[runs + 1]!.text === '.'))) return;
    players.set(index, [[0, batsman] as [number, number], ...line.names].map(([from, to]) => playerSpan(sentence, index, from, to)));
  });
  return withSpansReplaced(spans, players);
}

const INNINGS_ORDINALS = new Set(['first', 'second', '1st', '2nd']);

/**
 * A scorecard's heading, "Westmark first innings", "KESTON 2nd innings": the side that batted, a club (an organisation)
 * or its country (a place), however the tagger read the line.
 */
export function inningsHeadings(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], { gazetteers: g }: Lexicon): TaggedSpan[] {
  const sides = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    let side = 0;
    while (nameWord(tokens[side]) || (sentence.shouting && tokens[side]?.word && !tokens[side]!.hasDigit && !INNINGS_ORDINALS.has(tokens[side]!.lower))) side++;
    if (side === 0 || !INNINGS_ORDINALS.has(tokens[side]?.lower ?? '') || tokens[side + 1]?.lower !== 'innings' || side + 2 !== tokens.length) return;
    sides.set(index, [spanOver(sentence, index, 0, side, g.countries.has(lowerPhrase(tokens, 0, side)) ? 'place' : 'organization')]);
  });
  return withSpansReplaced(spans, sides);
}

const FIGURE = /^[-+]?\d{1,3}$/u;
/** Marks between a table's figures: a share's point (".565"), a half ("7 1/2"), a dash for none ("-"). */
const FIGURE_MARKS = new Set(['.', '/', '-', '–']);

/**
 * A standings line: a side's name and then nothing but its figures ("Ravensby Athletic 19 11 3 5 30 22 36",
 * "Westmark 4 3 1 0 9", "KESTON 70 61 .534 4 1/2"): played, won, drawn, lost, goals and points, or a share of wins
 * and games behind. The side is a team, its country (a place) or a club (an organisation), as in a results line. Players stand in such tables too ("Tiger Woods 70 68 72 210", a
 * golfer's rounds): a name of two words or more is a side only with a club's word ("Athletic"), a city or a known team in it,
 * and a given name never is one.
 */
export function standingsLines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const g = lexicon.gazetteers;
  const { CLUB_HEADS } = lexicon.entities;
  const sides = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    let nameEnd = 0;
    while (nameEnd < tokens.length && nameEnd < 4 && tokens[nameEnd]!.word && (tokens[nameEnd]!.cap || tokens[nameEnd]!.upper) && !tokens[nameEnd]!.hasDigit) nameEnd++;
    const figures = tokens.slice(nameEnd).filter((t, k, all) => !(k === all.length - 1 && t.text === '.'));
    const numbers = figures.filter((t) => FIGURE.test(t.text)).length;
    if (nameEnd === 0 || numbers < 3 || !figures.every((t) => FIGURE.test(t.text) || FIGURE_MARKS.has(t.text))) return;
    const name = lowerPhrase(tokens, 0, nameEnd);
    const team = nameEnd === 1 ? !g.firstNames.has(name) : !g.firstNames.has(tokens[0]!.lower) &&
      (g.organizations.has(name) || g.countries.has(name) || tokens.slice(0, nameEnd).some((t) => CLUB_HEADS.has(t.lower) || endsInHead(t, lexicon.entities) || g.cities.has(t.lower)));
    if (!team) return;
    const type = g.countries.has(name) ? 'place' : 'organization';
    sides.set(index, [spanOver(sentence, index, 0, nameEnd, type)]);
  });
  return withSpansReplaced(spans, sides);
}

/** A photo credit: its label and a colon ("Photo: Anna Lind / Reuters", "Picture: AFP"). */
export const isCredit = (tokens: readonly Token[], { CREDIT_LABELS }: Lexicon['entities']) => CREDIT_LABELS.has(tokens[0]?.lower ?? '') && tokens[1]?.text === ':';

/**
 * A photo credit names the photographer, then after a slash the agency ("Photo: Anna Lind / Reuters"): the label is no
 * name, and a name after the slash is an organisation, whatever the tagger, which sees few credits, made of it.
 */
export function photoCredits(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  return spans.flatMap((span) => {
    const { tokens } = sentences[span.sentence]!;
    if (!isCredit(tokens, lexicon.entities)) return [span];
    if (span.from === 0) return [];
    return tokens[span.from - 1]?.text === '/' ? [{ ...span, type: 'organization' as const }] : [span];
  });
}

/** Where the date closing a line starts ("… 1996-12-06", "… Dec 6"), or -1: how a wire dateline ends. */
export function closingDate(tokens: readonly Token[], { MONTHS }: EntityWords): number {
  const last = tokens[tokens.length - 1];
  if (last && /^\d{4}-\d{2}-\d{2}$/u.test(last.text)) return tokens.length - 1;
  if (tokens.length >= 2 && /^\d{1,2}$/u.test(last!.text) && MONTHS.has(tokens[tokens.length - 2]!.lower.replace(/\.$/u, ''))) return tokens.length - 2;
  return -1;
}

/**
 * A wire dateline on its own line: places, the first in capitals, then the date ("AL-AIN , United Arab Emirates
 * 1996-12-06", "RIO DE JANEIRO Dec 6"). Everything before the date names places, one per comma; the tagger, which
 * sees few such lines, took "RIO DE JANEIRO" for a person and missed "AL-AIN".
 */
export function datelines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const places = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    const dateFrom = closingDate(tokens, lexicon.entities);
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
      found.push(spanOver(sentence, index, from, i, 'place'));
      from = i + 1;
    }
    places.set(index, found);
  });
  return withSpansReplaced(spans, places);
}

const DASH_MARKS = new Set(['-', '–', '—']);

/**
 * A wire dateline opening a paragraph: places, the first in capitals, perhaps a date, then the agency in brackets and a
 * dash ("KALMAR, Sweden, Jan 12 (AFP) - …", "OSLO (Reuters) - …"). The places are places and the agency an organisation,
 * whatever the tagger, which knows few small towns, made of them.
 */
export function wireDatelines(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon): TaggedSpan[] {
  const { MONTHS } = lexicon.entities;
  const found = new Map<number, TaggedSpan[]>();
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    const open = tokens.findIndex((t) => t.text === '(');
    const close = tokens.findIndex((t, k) => k > open && t.text === ')');
    if (open < 1 || open > 10 || close < open + 2 || close > open + 4 || !DASH_MARKS.has(tokens[close + 1]?.text ?? '')) return;
    const agency = tokens.slice(open + 1, close);
    if (!agency.every((t) => t.word && (t.cap || t.upper))) return;
    const names: TaggedSpan[] = [];
    let from = 0;
    for (let i = 0; i <= open; i++) {
      if (i < open && tokens[i]!.text !== ',') continue;
      const part = tokens.slice(from, i);
      const date = part.length === 2 && part.some((t) => MONTHS.has(t.lower.replace(/\.$/u, ''))) && part.some((t) => /^\d{1,2}$/u.test(t.text));
      if (!part.length || !(date || part.every((t) => t.word && (t.cap || t.upper) && !t.hasDigit)) || (from === 0 && !part.every((t) => t.upper))) return;
      if (!date) names.push(spanOver(sentence, index, from, i, 'place'));
      from = i + 1;
    }
    found.set(index, [...names, spanOver(sentence, index, open + 1, close, 'organization')]);
  });
  return withSpansReplaced(spans, found);
}
