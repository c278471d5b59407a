// Closed word classes that decide where a name starts, stops and what it is.
// All lower-case. These are properties of English news prose, not of any article.
import { buildMonthNumbers } from '../lexicon/months.ts';
import monthAbbreviations from '../lexicon/month-abbreviations.json' with { type: 'json' };
import monthNames from '../lexicon/month-names.json' with { type: 'json' };
import { buildSpeechVerbs } from '../lexicon/speech-verbs.ts';
import speechVerbLists from '../lexicon/speech-verbs.json' with { type: 'json' };

import lists from '../lexicon/entity-words.json' with { type: 'json' };

const set = (name: keyof typeof lists): ReadonlySet<string> => new Set(lists[name]);

/**
 * A member of a party, as an adjective or a singular noun ("a Tory MP", "Republican Kevin McCarthy", "a Democrat"):
 * not a name (the guideline marks the party, "the Tories", "the Democratic Party", not its members).
 */
export const PARTY_MEMBERS = set('party-members');

/** Capitalised only because they start a sentence or a title: never the first word of a name. */
export const FUNCTION_WORDS = set('function-words');

/** Religions, their followers and political camps: groups of people, not named entities (CoNLL's MISC/NORP). */
export const GROUP_WORDS = set('group-words');

/** World regions and bodies that gazetteers of countries and cities miss. */
export const WORLD_REGIONS = set('world-regions');

/** Words that end a capitalised run instead of joining it (they sit inside many names otherwise). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(buildMonthNumbers({ names: monthNames, abbreviations: monthAbbreviations })));
export const WEEKDAYS = set('weekdays');

/** Upper-case or mixed-case abbreviations used as common nouns, not names. */
export const COMMON_ACRONYMS = set('common-acronyms');

/** Titles and roles that precede a name but are not part of it (CoNLL convention). */
export const TITLES = set('titles');

/** A final word that makes the whole name an organisation. */
export const ORG_HEADS = set('org-heads');

/** A final word that makes the whole name a place. */
export const PLACE_HEADS = set('place-heads');

/** A first word that makes the whole name a place: "County Cork", "Mount Everest", "Rue du Bac", "Fort Peck". */
export const PLACE_OPENERS = set('place-openers');

/** A final word that makes the whole name an event, work, law, benchmark or other named thing. */
export const OTHER_HEADS = set('other-heads');

/** Nouns after a name that say it is a product (software, model, device, service). */
export const PRODUCT_CUES = set('product-cues');

/** Names of illnesses used as names ("COVID-19", "Ebola"); typed 'other' by the annotation convention. */
export const DISEASES = set('diseases');

/** Words that, right before a name, say it is a place. */
export const PLACE_PREPOSITIONS = set('place-prepositions');

/** Lower-case words allowed inside a name between capitalised words ("Bank of England", "Bill de Blasio"). */
export const NAME_PARTICLES = set('name-particles');

/** Heads that take "of ..." ("Department of Defense", "University of Oxford", "Gulf of Mexico"). */
export const OF_HEADS = set('of-heads');

export const SPEECH_VERBS = buildSpeechVerbs(speechVerbLists).SPEECH_VERBS;

/** Heads of "X of Y" names that make an organisation ("University of Bristol", "Ministry of Defence"). */
export const OF_ORG = set('of-org');

/** Heads of "X of Y" names that make a place ("Republic of Ireland", "Gulf of Mexico"). */
export const OF_PLACE = set('of-place');

/** Openers of names of events and other things ("Hurricane Lorenzo", "Operation Desert Storm"). */
export const OTHER_OPENERS = set('other-openers');

/** Verbs that, followed by "by", name a product's maker ("Sora, released by OpenAI"). */
export const MAKER_VERBS = set('maker-verbs');

/** Words after the name of a benchmark or ranking ("… scores", "… leaderboard"): an "other", not a product. */
export const BENCHMARK_CUES = set('benchmark-cues');

/** Kinds of place that follow or precede a place's name ("Kerala province", "the Nile valley"). */
export const PLACE_NOUNS = set('place-nouns');

/** Verbs an organisation does ("operates", "employs", "funded"). */
export const AGENT_VERBS = set('agent-verbs');

/** Family words after a person's possessive ("Smith's wife"). */
export const KIN = set('kin');

/** Nouns an organisation's name modifies ("Acme spokesman", "BBC staff"). */
export const ORG_MODIFIED = set('org-modified');

/** A team's people and parts ("Leeds manager", "the Chelsea squad"): the name before them is a club. */
export const TEAM_ROLES = set('team-roles');

/** Verbs between two sides of a match ("beat", "drew", "v"). */
export const MATCH_VERBS = set('match-verbs');

/** Publications whose "The" is part of the name even at the start of a sentence. */
export const MEDIA_HEADS = set('media-heads');

/** A saint's title that opens the names of institutions and places ("Saint Francis Hospital"). */
export const SAINTS = set('saints');

/** Ordinals that open a headed name ("the Second World War"). */
export const ORDINALS = set('ordinals');

/** Words that name a day with a weekday ("Super Tuesday", "Black Friday"). */
export const DAY_NAMERS = set('day-namers');

/** Small words and marks that sit inside names ("Bank of England", "Ludwig van Beethoven", "O'Brien"). */
export const CONTINUERS = set('continuers');

/** Honorifics that come before a name and never end one ("Blair and Mr Brown" is two names, not "Blair and Mr"). */
export const HONORIFICS = set('honorifics');

/** Openers of names whose rest is used alone later: "Hurricane Lorenzo" … "Lorenzo". */
export const NAMED_BY_OPENER = set('named-by-opener');

/** Words that open a compound title: "District Attorney", "First Minister", "Health Secretary". */
export const TITLE_MODIFIERS = set('title-modifiers');

/** Kinds of organisation an apposition names ("Exxon, the world's largest oil company", "Deutsche Boerse, the German stock exchange"). */
export const ORG_CUES = set('org-cues');

/** Scriptures: works, "other". */
export const SCRIPTURES = set('scriptures');

/** Words that qualify a role ("Majority Leader", "Deputy Spokesman"): part of the role, not of an organisation's name. */
export const ROLE_MODIFIERS = set('role-modifiers');
