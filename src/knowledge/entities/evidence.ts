// Type evidence for one mention: each cue adds points to the types it speaks for.
// Points are summed over every mention of an entity in the document, then over the corpus.
import { ENTITY_TYPES, type EntityType } from '../types.ts';
import type { EntityWords, Lexicon } from '../lexicon/index.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';
import { knownGivenName } from './name-parts.ts';

export type Scores = Record<EntityType, number>;

export const emptyScores = (): Scores => ({ person: 0, organization: 0, place: 0, product: 0, other: 0 });

export function addScores(into: Scores, from: Scores, weight = 1): Scores {
  // Each type by name: this runs for every candidate, and a loop over Object.keys allocates the keys each time.
  into.person += from.person * weight;
  into.organization += from.organization * weight;
  into.place += from.place * weight;
  into.product += from.product * weight;
  into.other += from.other * weight;
  return into;
}

/** The type with the highest positive score; `fallback()` when none is positive (asked only then: it may cost lookups). */
export function bestType(scores: Scores, fallback: () => EntityType): EntityType {
  let best: EntityType | undefined;
  let value = 0;
  for (const key of ENTITY_TYPES) {
    if (scores[key] > value) { best = key; value = scores[key]; }
  }
  return best ?? fallback();
}

const WEEKDAY_NAMES = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** "Wynnum 45 points to 24", "Noosa 32–22": a number after a team's name is its score, no version. */
export function scoreAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  return /^(?:points?|goals?|runs?|votes?|seats?|to)$/.test(next.lower) || (/^[–-]$/.test(next.text) && /^\d/.test(tokens[i + 2]?.text ?? ''));
}

/** The head noun of a short apposition starting at i ("the world 's largest oil company"): the word before its end. */
function appositionNoun(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i; k < tokens.length && k < i + 8; k++) {
    const t = tokens[k]!;
    if (/^[,.;:)(—–"”]$/.test(t.text) || ['which', 'that', 'who', 'based', 'in', 'of', 'with'].includes(t.lower)) {
      return k > i ? tokens[k - 1]!.lower : undefined;
    }
  }
  return undefined;
}

/** The verb right after a name, past adverbs and auxiliaries ("mainly works", "has helped"). */
function afterAgentVerb(tokens: readonly Token[], i: number, { AGENT_VERBS, AGENT_VERB_FILLERS }: EntityWords): boolean {
  let k = i;
  while (AGENT_VERB_FILLERS.has(tokens[k]?.lower ?? '')) k++;
  return AGENT_VERBS.has(tokens[k]?.lower ?? '');
}

/** Camel-case endings of company names ("OpenAI", "DeepMind Labs") and of software ("PostgreSQL", "ChatGPT"). */
const ORG_SHAPE = /\p{Ll}(?:AI|Labs|Corp|Inc|Bank|Soft|Tech|Media|Group)$/u;
const PRODUCT_SHAPE = /\p{Ll}(?:SQL|DB|OS|GPT|JS)$/u;
/** "iPhone", "iTunes" — but also "eBay": a weaker hint. */
const LOWER_CAMEL = /^\p{Ll}+\p{Lu}\p{Ll}/u;

/** What gazetteers say of the whole name; kept apart because a short form linked to a longer name ignores it ("Warren"). */
export function nameEvidence(run: Run, lexicon: Lexicon): Scores {
  const g = lexicon.gazetteers;
  const s = emptyScores();
  const lower = run.tokens.slice(run.from, run.to).map((t) => t.lower).join(' ').replace(/ ,/g, ',');
  if (g.countries.has(lower)) s.place += 5;
  else if (g.cities.has(lower) || g.regions.has(lower)) {
    // "Newcastle beat Celtic 2-1": a city that plays is its club (a country that plays stays a place, as annotators do).
    if (playsSport(run, g.cities.has(lower), lexicon.entities)) s.organization += 5;
    else s.place += g.regions.has(lower) ? 5 : 3;
  }
  if (g.organizations.has(lower)) s.organization += 5;
  if (g.people.has(lower)) s.person += 5;
  return s;
}


/** A sports result around the name: a team role or a score after it; for a city, also a match verb before or after. */
export function playsSport(run: Pick<Run, 'tokens' | 'from' | 'to'>, city: boolean, words: EntityWords): boolean {
  const { TEAM_ROLES, MATCH_VERBS, VERSUS, MATCH_WORDS_NOT_AFTER_CITY, MATCH_WORDS_NOT_BEFORE_CITY } = words;
  const before = run.tokens[run.from - 1]?.lower ?? '';
  const after = run.tokens[run.to];
  if (after && TEAM_ROLES.has(after.lower)) return true; // "Newcastle manager Graeme Souness"
  if (after && /^\d{1,3}$/.test(after.text) && /^[-–]$/.test(run.tokens[run.to + 1]?.text ?? '')) return true;
  if (!city) return false; // "Trump won Pennsylvania": a state is won in elections too
  if (MATCH_VERBS.has(before) && !MATCH_WORDS_NOT_BEFORE_CITY.has(before)) return true;
  if (after && MATCH_VERBS.has(after.lower) && !MATCH_WORDS_NOT_AFTER_CITY.has(after.lower)) return true;
  return VERSUS.test(after?.lower ?? '') || VERSUS.test(before);
}

/** A bare acronym is usually an organisation, unless the text spells it out as something else ("BIPA" of an Act). */
export function acronymEvidence(run: Run): Scores {
  const s = emptyScores();
  const only = run.to - run.from === 1 ? run.tokens[run.from]! : undefined;
  if (only?.upper && !only.hasDigit) s.organization += 1.5;
  return s;
}

/**
 * How much a name's own shape says it is a person's: a known first name or surname, words no dictionary has,
 * initials. The same for every mention of the name, so a document counts it once per name, not once per
 * mention: otherwise five bare "Deutsche Boerse" outweigh the one "Deutsche Boerse, the German stock exchange".
 */
export function personShapeEvidence(run: Run, lexicon: Lexicon): number {
  const g = lexicon.gazetteers;
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS } = lexicon.entities;
  const words = run.tokens.slice(run.from, run.to);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const firstName = knownGivenName(first.lower, g);
  // "McGuire", "DeGroot", "O'Brien" are name-shaped too: one inner capital after a short prefix; so are double-barrelled
  // names, "Henin-Hardenne", "Kilroy-Silk".
  const nameShaped = words.every((t) => /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?$|^\p{Lu}\.$|^(?:al|el|de|van|von|bin|ibn|da|di|du|le|la|del)(?:-\p{Lu}.*)?$/u.test(t.text));
  const headWord = ORG_HEADS.has(last.lower) || PLACE_HEADS.has(last.lower) || OTHER_HEADS.has(last.lower);
  if (words.length < 2 || words.length > 4 || !nameShaped || headWord) return 0;
  let person = 0;
  if (firstName) person += g.words.has(first.lower) ? (g.words.has(last.lower) ? 1 : 2.5) : 3;
  if (g.lastNames.has(last.lower)) person += 1;
  if (!words.some((t) => g.words.has(t.lower))) person += 1.5;
  if (words.some((t) => /^\p{Lu}\.$/u.test(t.text))) person += 2;
  return person;
}

/** Scores of one mention from everything but whole-name gazetteers: its own words and the words around it. */
export function runEvidence(run: Run, lexicon: Lexicon, possessorType?: EntityType, makerPrefix = false): Scores {
  const g = lexicon.gazetteers;
  const {
    APPOSITION_DETERMINERS, MADE_WITH_SUFFIXES, MODIFIER_STOPS, PLACING_PREPOSITIONS, BENCHMARK_CUES, ORG_CUES, SCRIPTURES, DISEASES, ILLNESS_WORDS, KIN, PERSON_PRONOUNS, WORK_CUES, MAKER_VERBS, OF_HEADS, OF_ORG, OF_PLACE, ORG_HEADS, ORG_MODIFIED, OTHER_HEADS, OTHER_OPENERS, PLACE_HEADS, PLACE_NOUNS, PLACE_OPENERS, PLACE_PREPOSITIONS, PRODUCT_CUES, SPEECH_VERBS, TITLES,
  } = lexicon.entities;
  const s = emptyScores();
  const { tokens, from, to } = run;
  const words = tokens.slice(from, to);
  const lower = words.map((t) => t.lower).join(' ').replace(/ ,/g, ',');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const multi = words.length > 1;
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  // A closing quote after a quoted name hides the noun that follows: “Operator” framework.
  const skip = tokens[to] && /^[”"’']$/.test(tokens[to]!.text) ? 1 : 0;
  const after = tokens[to + skip];
  const after2 = tokens[to + skip + 1];

  if (DISEASES.has(lower) || words.some((t) => t.lower.split('-').some((part) => DISEASES.has(part)))) s.other += 6;
  // "Corona virus", "Zika fever", "Spanish flu": a name before an illness word names the illness.
  const illness = after?.text === '[' || after?.text === '(' ? after2 : after;
  if (illness && ILLNESS_WORDS.has(illness.lower)) s.other += 6;
  if (SCRIPTURES.has(lower)) s.other += 6;
  // "Afghanistan's Maidan Wardak province", "the Kavery river": a name before a kind of place.
  if (after && PLACE_NOUNS.has(after.lower)) s.place += 2;

  // Heads: the last word names the kind of thing, or the word before "of"/"for" ("Department of State" is no state).
  const ofAt = words.findIndex((t) => t.lower === 'of' || t.lower === 'for');
  const head = ofAt > 0 ? words[ofAt - 1]! : last;
  if (ORG_HEADS.has(head.lower) && (multi || before?.lower === 'the')) s.organization += 4;
  if (PLACE_HEADS.has(head.lower) && multi) s.place += 4;
  if (OTHER_HEADS.has(head.lower) && multi) s.other += 4;
  if (OTHER_OPENERS.has(first.lower) && multi) s.other += 4;
  if (multi && WEEKDAY_NAMES.test(last.lower)) s.other += 6; // "Super Tuesday", "Black Friday"
  if (/,\s*(?:D\.C\.|DC)$/.test(run.text)) s.place += 5; // "Washington, D.C."
  // "The Moral Landscape by Sam Harris", "reading Homo Deus": a work and its author.
  const placed = before && PLACING_PREPOSITIONS.has(before.lower); // "replaced at Chelsea by Jose Mourinho"
  if (after?.lower === 'by' && after2?.cap && g.firstNames.has(after2.lower) && !run.titles.length && !placed) s.other += 3;
  if (before && WORK_CUES.has(before.lower)) s.other += 2;
  if (PLACE_OPENERS.has(first.lower) && (multi || run.number)) s.place += 4;
  const of = words.findIndex((t) => t.lower === 'of' || t.lower === 'for');
  if (of > 0) {
    const head = words[of - 1]!.lower;
    if (OF_ORG.has(head)) s.organization += 3;
    else if (OF_PLACE.has(head)) s.place += 3;
    else if (OF_HEADS.has(head)) s.other += 2;
  }
  if (!multi && ORG_SHAPE.test(first.text)) s.organization += 3;
  if (words.some((t) => PRODUCT_SHAPE.test(t.text))) s.product += 3;
  else if (words.slice(1).some((t) => LOWER_CAMEL.test(t.text))) s.product += 3; // "Apple iPods"
  else if (LOWER_CAMEL.test(first.text)) s.product += 1.5;

  // Person: titles, role appositions (the shape of a person's name is personShapeEvidence, counted once per name).
  if (run.titles.some((t) => TITLES.has(t))) s.person += 4;
  if (after?.text === ',') {
    let k = to + 1;
    if (APPOSITION_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    const role = tokens[k]?.lower ?? '';
    if (TITLES.has(role) || g.roles.has(role) || role === 'head' || role === 'lead') s.person += 2;
    if (role === 'who') s.person += 2;
    if (role === 'which') s.organization += 1;
    if (/^\d+$/.test(role)) s.person += 1.5; // "Jon Huber, 41,"
    // "Exxon, the world's largest oil company,": an apposition that names the kind of thing.
    if (k > to + 1) {
      const kind = appositionNoun(tokens, k);
      if (kind && ORG_CUES.has(kind)) s.organization += 6; // the apposition names the kind: near certain, however often the name stands bare
      else if (kind && PLACE_NOUNS.has(kind)) s.place += 2;
    }
  }
  // Companies "say" as often as people; a lone unknown word that speaks is no more a person than an organisation.
  if (after && SPEECH_VERBS.has(after.lower)) {
    if (multi || g.firstNames.has(first.lower) || g.lastNames.has(first.lower)) { s.person += 1.5; s.organization += 0.5; }
    else { s.person += 0.75; s.organization += 0.75; }
  }
  // An agent does things; a place rarely "works", "operates" or "was formed".
  if (afterAgentVerb(tokens, to + skip, lexicon.entities)) { s.organization += 1; s.person += 0.5; }
  // "Rajamma and her husband", "Rajamma, she worked": a pronoun of a person refers back.
  let k = to + skip;
  while (k < to + skip + 2 && (tokens[k]?.text === ',' || tokens[k]?.lower === 'and')) k++;
  if (k > to + skip && PERSON_PRONOUNS.has(tokens[k]?.lower ?? '')) s.person += 2;
  if (after && /^['’]s?$/.test(after.text) && after2 && KIN.has(after2.lower)) s.person += 2;
  // "the Ashodaya office", "BBC staff": the name modifies a noun only organisations have.
  if (after && ORG_MODIFIED.has(after.lower)) s.organization += 1.5;
  if (before && SPEECH_VERBS.has(before.lower) && before2?.text !== ',' ) { s.person += 0.5; }
  if (before && SPEECH_VERBS.has(before.lower) && (before2?.text === ',' || before2?.text === '”' || before2?.text === '"')) s.person += 1.5;

  // Product: versions, digits, product nouns, makers.
  if (run.number && !scoreAfter(tokens, to)) {
    if (run.number.text.includes('.')) s.product += 3;
    else if (/^[1-9]0+$/.test(run.number.text) && Number(run.number.text) >= 100) s.other += 2;
    else s.product += 1.5;
  }
  if (words.some((t) => t.hasDigit) && !s.other) {
    if (words.length === 1 && /^\p{Lu}\d{1,2}$/u.test(first.text)) s.organization += 1.5; // G7, G20
    else s.product += 3;
  }
  // "the Sora app" is a product; "Maroochydore assistant coach" is a role in a club.
  if (after && PRODUCT_CUES.has(after.lower) && !(after2 && (TITLES.has(after2.lower) || g.roles.has(after2.lower)))) s.product += 2;
  if (after && MADE_WITH_SUFFIXES.has(after.text)) {
    if (after.text === '-based' && !g.words.has(first.lower)) s.place += 1.5;
    else s.product += 2;
  }
  const afterVerb = after?.text === ',' ? after2 : after;
  if (afterVerb && MAKER_VERBS.has(afterVerb.lower) && tokens[tokens.indexOf(afterVerb) + 1]?.lower === 'by') s.product += 2;
  if (possessorType === 'organization') s.product += 2;
  if (makerPrefix) s.product += 2;
  if (words.length === 1 && /^\p{Lu}$/u.test(first.text)) s.product += 3; // "posted on X"
  if (/\p{Ll}Bench$/u.test(last.text)) s.other += 3;
  if (after && BENCHMARK_CUES.has(after.lower)) s.other += 1.5;
  if (before?.lower === 'like' || (before?.lower === 'as' && before2?.lower === 'such')) {
    const window = tokens.slice(Math.max(0, from - 5), from);
    if (window.some((t) => PRODUCT_CUES.has(t.lower))) s.product += 2;
  }

  // Organisation and place cues from the words before.
  if (before?.lower === 'the' && !s.place) {
    // "the Senate" is an organisation; "the Sora shutdown" only uses the name as a modifier.
    const modifier = after?.word && !after.cap && !SPEECH_VERBS.has(after.lower) && !MODIFIER_STOPS.has(after.lower);
    if (modifier) { s.organization += 0.3; s.product += 0.3; } else { s.organization += 1; s.other += 0.3; }
  }
  // "in Paris" speaks for a place; "to WorldCom's accounts" does not: the preposition governs the possessed noun.
  const possessed = /^['’]s?$/.test(after?.text ?? '');
  if (before && PLACE_PREPOSITIONS.has(before.lower) && !possessed) s.place += 1;
  if (before?.lower === 'at') { s.place += 0.5; s.organization += 0.5; }
  if (before?.lower === 'by' || before?.lower === 'via') s.organization += 1;
  if ((before?.lower === 'of' || before?.lower === 'for' || before?.lower === 'at') && before2 &&
    (TITLES.has(before2.lower) || g.roles.has(before2.lower) || before2.lower === 'head' || before2.lower === 'lead')) {
    s.organization += 1.5;
  }
  if (after?.text === ',' && after2 && (g.regions.has(after2.lower) || g.countries.has(after2.lower))) s.place += 2;
  if (first.text === 'The' && multi) s.organization += 1;
  const cue = [before, before2].find((t) => t && ORG_CUES.has(t.lower));
  if (cue && (before === cue || [',', ':'].includes(before!.text))) s.organization += 2;
  if (!multi && ORG_HEADS.has(first.lower) && !run.initial) s.organization += 2; // Parliament, Congress
  return s;
}
