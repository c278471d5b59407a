// Cities that are sports clubs ("Liverpool beat Everton"): the tagger reads a city's name as a place, and one
// article means one of the two throughout, so the choice is made per article from the cues of all its mentions.
import type { EntityType } from '../types.ts';
import type { KeyGroups } from '../union-find.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { playsSport } from './evidence.ts';
import { knownPlace } from './name-parts.ts';
import type { Mention } from './recognize.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';
import type { Token } from './tokens.ts';
import type { EntityWords } from './vocabulary.ts';

/**
 * The word at `at` in lower case, or the one after a possessive there, plural or not ("Tottenham's boss", "Spurs' boss"),
 * and past a kind of director ("Spurs' sporting director"). A side or a squad after a possessive may be a coach's
 * ("Williams' side"), so it says nothing.
 */
function roleAfter(tokens: readonly Token[], at: number, { DIRECTOR_KINDS, COACHED_TEAMS }: EntityWords): string {
  const possessive = /^['’]s?$/u.test(tokens[at]?.text ?? '');
  const after = possessive ? at + 1 : at;
  const role = (DIRECTOR_KINDS.has(tokens[after]?.lower ?? '') ? tokens[after + 1] : tokens[after])?.lower ?? '';
  return possessive && COACHED_TEAMS.has(role) ? '' : role;
}

/** Whether the article's sentences hold `enough` different words that `counts` takes (it is given each token and its sentence's tokens). */
function differentWords(sentences: readonly PreparedSentence[], enough: number, counts: (tokens: readonly Token[], i: number) => boolean): boolean {
  const words = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!counts(tokens, i)) continue;
      words.add(tokens[i]!.lower);
      if (words.size >= enough) return true;
    }
  }
  return false;
}

/**
 * Enough words of team sports, in lower case (not "Arab League", "Mr Winger") and three different ones ("goals" and
 * "penalty" alone come up in other news), that the article reports a match or a club. A post that is an everyday word
 * too counts beside a name only ("Wynnum coach", not "a coach carrying tourists").
 */
export function reportsSport(sentences: readonly PreparedSentence[], { SPORTS_WORDS, SPORTS_POSTS }: EntityWords): boolean {
  const name = (t: Token | undefined) => !!t && t.cap && !t.initial;
  return differentWords(sentences, 3, (tokens, i) => {
    const t = tokens[i]!;
    if (t.cap && !t.initial) return false;
    return SPORTS_WORDS.has(t.lower) || (SPORTS_POSTS.has(t.lower) && (name(tokens[i - 1]) || name(tokens[i + 1])));
  });
}

/** Four different words of business in lower case ("shares", "takeover", "brand", "profits"): the article reports on companies. */
export function reportsBusiness(sentences: readonly PreparedSentence[], { BUSINESS_WORDS }: EntityWords): boolean {
  return differentWords(sentences, 4, (tokens, i) => !tokens[i]!.cap && BUSINESS_WORDS.has(tokens[i]!.lower));
}

const DATELINE_MARKS = new Set(['-', '–', '—', ':']);

/** "DURBAN – Two tries…", "MUMBAI: The home side…": a place in capitals opening a paragraph's first line, then a dash or a colon. */
function datelined(tokens: readonly Token[], from: number, to: number): boolean {
  return from === 0 && tokens.slice(from, to).every((t) => t.upper) && DATELINE_MARKS.has(tokens[to]?.text ?? '');
}

/**
 * A city the article names as a club ("Newcastle manager", "Leeds 2-1", "Everton beat Leeds", "Leeds:" over a team sheet) is the club in
 * every mention of that article, unless it stands as a place ("in Leeds") as often: one sense per article.
 * In a sports report a one-word city is a club unless it stands as a place. Countries stay places (a national
 * side is its country, by the guideline).
 */
export function clubsNamedForCities(
  groups: KeyGroups, types: ReadonlyMap<string, EntityType>, mentions: readonly Mention[], spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], lexicon: Lexicon,
  sport = reportsSport(sentences, lexicon.entities),
): string[] {
  const { cities, countries } = lexicon.gazetteers;
  const words = lexicon.entities;
  const { CLUB_PEOPLE, PLACE_USES, TEAM_ROLES, MODIFIER_DETERMINERS } = words;
  const uses = new Map<string, { strong: number; club: number; listed: number; place: number; modifier: number }>();
  mentions.forEach((m, i) => {
    const root = groups.find(m.key);
    const lower = m.key.toLowerCase();
    // A place no list knows ("West Ham", "West Brom") may be a club too, in a sports report; not one that ends in a place it knows
    // ("W Yorkshire") or opens with a country or its people's word, a national side's ("England A").
    const parts = lower.split(' ');
    const [first, last] = [parts[0]!, parts[parts.length - 1]!];
    const unknownPlace = sport && !knownPlace(lower, lexicon.gazetteers) && !knownPlace(last, lexicon.gazetteers) && !countries.has(first) &&
      !lexicon.gazetteers.demonyms.has(first);
    if (types.get(root) !== 'place' || !(cities.has(lower) || unknownPlace) || countries.has(lower)) return;
    const { tokens } = sentences[spans[i]!.sentence]!;
    const { from, to } = spans[i]!;
    const count = uses.get(root) ?? uses.set(root, { strong: 0, club: 0, listed: 0, place: 0, modifier: 0 }).get(root)!;
    const before = tokens[from - 1]?.lower ?? '';
    const after = tokens[to]?.lower ?? '';
    const role = roleAfter(tokens, to, words);
    // "Newcastle: Srnicek, Watson, …": a team sheet's label, which teamSheets typed the side.
    const sheetLabel = from === 0 && tokens[to]?.text === ':' && spans[i]!.type === 'organization';
    if (TEAM_ROLES.has(role) || CLUB_PEOPLE.has(role) || sheetLabel) count.strong++; // "Newcastle manager", "a Leeds player", "Tottenham's boss"
    else if (playsSport({ tokens, from, to }, true, words)) count.club++;
    else if (PLACE_USES.has(before) || /^-?based$/.test(after) || datelined(tokens, from, to)) count.place++;
    else if (MODIFIER_DETERMINERS.has(before) && tokens[to]?.word) count.modifier++; // "a London hotel", "the Glasgow clubs"
    else if (before === '(' && tokens[to]?.text === ')') count.listed++; // a squad list: "M Tait (Newcastle)"
  });
  return [...uses].filter(([root, { strong, club, listed, place, modifier }]) => {
    // Outside sports reports a match verb alone may mislead ("defeated Moscow-backed candidates"): two are needed there.
    // A one-word city gets one cue free in a sports report; a place no list knows ("West Ham") needs its own.
    const free = root.includes(' ') || !cities.has(root.toLowerCase()) ? 0 : 1;
    const cues = strong + (sport ? club + listed + free : club >= 2 ? club : 0);
    return cues > place + (strong + club ? 0 : modifier);
  }).map(([root]) => root);
}

/**
 * A one-word name that is no city ("Arsenal", "Spurs", "Wasps") and that a sports report names as a club at least
 * once ("Arsenal boss", "Spurs fans") is the club in every mention: the tagger, which has seen few such names, reads
 * an everyday word or a plural as a person, a place or a thing. Every use of the word counts, found by the tagger or
 * not ("Kestrels boss" opening a sentence); so does a match ("Arsenal win 4-2", "beat Arsenal") for a word that no
 * list knows as a person's name. A name that stands for more than itself (a person's surname, "Wenger"
 * of "Arsene Wenger") is never taken, nor a country (a national side is its country).
 */
export function clubsByTheirRoles(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, sentences: readonly PreparedSentence[], lexicon: Lexicon,
  sport = reportsSport(sentences, lexicon.entities)): string[] {
  const { countries, firstNames, lastNames } = lexicon.gazetteers;
  const { CLUB_PEOPLE, TEAM_ROLES } = lexicon.entities;
  const members = new Map<string, number>();
  for (const key of groups.keys()) members.set(groups.find(key), (members.get(groups.find(key)) ?? 0) + 1);
  const lone = new Set([...members].filter(([root, count]) => count === 1 && !root.includes(' ') && types.get(root) !== 'organization' &&
    !countries.has(root.toLowerCase())).map(([root]) => root));
  if (!lone.size || !sport) return [];
  const clubs = new Set<string>();
  // A word no list knows as a person's name that wins, loses or is beaten ("Arsenal win 4-2", "beat Arsenal") plays too.
  const plays = (tokens: readonly Token[], i: number) => !firstNames.has(tokens[i]!.lower) && !lastNames.has(tokens[i]!.lower) &&
    playsSport({ tokens, from: i, to: i + 1 }, true, lexicon.entities);
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      const after = roleAfter(tokens, i + 1, lexicon.entities);
      if (lone.has(t.text) && (TEAM_ROLES.has(after) || CLUB_PEOPLE.has(after) || plays(tokens, i))) clubs.add(t.text);
    });
  }
  return [...clubs];
}

/**
 * "Ajax Amsterdam", "Bayern Munich", "Sparta Prague": in a sports report, a name of two words that ends in a city and
 * opens with a word no dictionary or list of given names holds (or a club's own word, "Dynamo Kiev"), and no initial, is a club; the
 * tagger, which reads a city closing a name as a person's surname, makes it a person.
 */
export function clubsByTheirCities(groups: KeyGroups, types: ReadonlyMap<string, EntityType>, sentences: readonly PreparedSentence[], lexicon: Lexicon,
  sport = reportsSport(sentences, lexicon.entities)): string[] {
  const { cities, countries, regions, firstNames, words } = lexicon.gazetteers;
  const { CLUB_HEADS } = lexicon.entities;
  const roots = new Set<string>();
  for (const key of groups.keys()) {
    const root = groups.find(key);
    const parts = key.split(' ');
    const [first, last] = [parts[0]!.toLowerCase(), parts[parts.length - 1]!.toLowerCase()];
    if (parts.length !== 2 || types.get(root) === 'organization' || !cities.has(last) || cities.has(key.toLowerCase()) ||
      countries.has(key.toLowerCase()) || regions.has(key.toLowerCase()) || firstNames.has(first) || (words.has(first) && !CLUB_HEADS.has(first)) ||
      /^\p{L}\.?$/u.test(first)) continue; // "B Lima (Samoa)": an initial opens a player's name
    roots.add(root);
  }
  return roots.size && sport ? [...roots] : [];
}
