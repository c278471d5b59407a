// The word lists of the variant rules (variants.ts): designators, small words of acronyms, given-name
// variants (data files in ./lexicon/) and the countries' names (the world-countries package, with the
// press's names it lacks from ./lexicon/country-forms.json), and the other names of parties and public bodies
// (./lexicon/body-forms.json), as the lexicon (../../lexicon/index.ts) builds them.
import { foldKey } from './name-keys.ts';

/** The data files of ./lexicon/ as read. */
export interface ResolutionWordLists {
  designators: { designators: readonly string[]; members: readonly string[] };
  givenNames: { groups: ReadonlyArray<readonly string[]> };
  initialismSkips: { words: readonly string[] };
  /** More names of countries, by code, that the press uses and world-countries lacks ("Britain"). */
  countryForms: { forms: Readonly<Record<string, readonly string[]>> };
  /** The other names of parties and public bodies ("the Tories" of the Conservatives). */
  bodyForms: { bodies: ReadonlyArray<{ names: readonly string[]; nicknames: readonly string[] }> };
}

/** Which listed body a name belongs to, and whether it is only a nickname of it. */
export interface BodyName { body: number; nickname: boolean }

/** A country's names, from world-countries. */
export interface CountryNames {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  common: string;
  /** Its common and official names and alternative spellings. */
  forms: readonly string[];
}

export interface ResolutionWords {
  /** Words that close an organisation's formal name without changing what it names ("Party", "Inc"). */
  DESIGNATORS: ReadonlySet<string>;
  /** Designators of bodies also named by their members in the plural ("Conservative Party", the Conservatives). */
  MEMBERS_DESIGNATORS: ReadonlySet<string>;
  /** Small words an acronym may leave out or keep ("of", "and"). */
  SKIPPED: ReadonlySet<string>;
  /** Given name → the groups of the given-name lexicon it belongs to ("bill" → William's). */
  GIVEN_NAME_GROUPS: ReadonlyMap<string, readonly number[]>;
  COUNTRIES: readonly CountryNames[];
  /** A listed body's names and nicknames, by their fold key (name-keys.ts). */
  BODY_NAMES: ReadonlyMap<string, BodyName>;
}

export function buildResolutionWords(
  lists: ResolutionWordLists,
  countries: ReadonlyArray<{ name: { common: string; official: string }; altSpellings: readonly string[]; cca3: string }>,
): ResolutionWords {
  const groups = new Map<string, number[]>();
  lists.givenNames.groups.forEach((group, index) => {
    for (const name of group) groups.set(name, [...(groups.get(name) ?? []), index]);
  });
  return {
    DESIGNATORS: new Set(lists.designators.designators),
    MEMBERS_DESIGNATORS: new Set(lists.designators.members),
    SKIPPED: new Set(lists.initialismSkips.words),
    GIVEN_NAME_GROUPS: groups,
    BODY_NAMES: new Map(lists.bodyForms.bodies.flatMap(({ names, nicknames }, body) => [
      ...names.map((name): [string, BodyName] => [foldKey(name), { body, nickname: false }]),
      ...nicknames.map((name): [string, BodyName] => [foldKey(name), { body, nickname: true }]),
    ])),
    COUNTRIES: countries.map((country) => ({
      code: country.cca3,
      common: country.name.common,
      forms: [country.name.common, country.name.official, ...country.altSpellings, ...(lists.countryForms.forms[country.cca3] ?? [])],
    })),
  };
}
