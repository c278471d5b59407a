// Closed word classes that decide where a name starts, stops and what it is: the lists of
// ../lexicon/entity-words.json as sets, built by buildEntityWords for a lexicon (../lexicon/index.ts), which the
// entity rules receive. All lower-case. These are properties of English news prose, not of any article.
import type { MonthNumbers } from '../lexicon/months.ts';
import type { SpeechVerbs } from '../lexicon/speech-verbs.ts';
import { alternation } from '../lexicon/patterns.ts';

/** entity-words.json as read: each list by its name. */
export type EntityWordLists = Readonly<Record<string, readonly string[]>>;

/** The entity rules' word classes. Named as the constants they were, so the rules read the same. */
export type EntityWords = ReturnType<typeof buildEntityWords>;

export function buildEntityWords(lists: EntityWordLists, months: MonthNumbers, speech: SpeechVerbs) {
  const list = (name: string): readonly string[] => {
    const words = lists[name];
    if (!words) throw new Error(`entity-words.json: no list "${name}"`);
    return words;
  };
  const set = (name: string): ReadonlySet<string> => new Set(list(name));
  return {
    /**
     * A member of a party, as an adjective or a singular noun ("a Tory MP", "Republican Kevin McCarthy", "a Democrat"):
     * not a name (the guideline marks the party, "the Tories", "the Democratic Party", not its members).
     */
    PARTY_MEMBERS: set('party-members'),

    /** Words that name a party with a lower-case "party" after them ("the Democratic party"). */
    PARTY_ADJECTIVES: set('party-adjectives'),

    /** Capitalised only because they start a sentence or a title: never the first word of a name. */
    FUNCTION_WORDS: set('function-words'),

    /** Religions, their followers and political camps: groups of people, not named entities (CoNLL's MISC/NORP). */
    GROUP_WORDS: new Set([...list('creeds'), ...list('group-words')]),

    /** Religions and their followers, GROUP_WORDS's first part: alone, never a name ("Muslim", "Islam"); a deity's name may be ("God"). */
    CREEDS: set('creeds'),

    /** World regions and bodies that gazetteers of countries and cities miss. */
    WORLD_REGIONS: set('world-regions'),

    /** Peoples and nationals the country data has no demonym for: former states ("Yugoslav", "Soviet"), nations within countries ("Scot", "Kurd"), "-man" forms. */
    PEOPLES: set('peoples'),

    /** Countries and cities by the names they had in older news ("Zaire", "Yugoslavia", "Bombay", "Leningrad"), and cities the city data spells otherwise ("Grozny" for "Groznyy"). */
    FORMER_COUNTRIES: set('former-countries'),
    FORMER_CITY_NAMES: set('former-city-names'),

    /** Words that end a capitalised run instead of joining it (they sit inside many names otherwise). */
    MONTHS: new Set(Object.keys(months)) as ReadonlySet<string>,
    WEEKDAYS: set('weekdays'),
    /** The weekdays' full names: an abbreviation ("Sun", "Wed") stands in names ("Sun Microsystems") more often than in dates. */
    DAY_NAMES: new Set([...set('weekdays')].filter((day) => day.endsWith('day'))) as ReadonlySet<string>,

    /** Upper-case or mixed-case abbreviations used as common nouns, not names. */
    COMMON_ACRONYMS: set('common-acronyms'),

    /** Titles and roles that precede a name but are not part of it (CoNLL convention). */
    TITLES: set('titles'),

    /** A final word that makes the whole name an organisation. */
    ORG_HEADS: set('org-heads'),

    /** A final word that makes the whole name a place. */
    PLACE_HEADS: set('place-heads'),

    /** A first word that makes the whole name a place: "County Cork", "Mount Everest", "Rue du Bac", "Fort Peck". */
    PLACE_OPENERS: set('place-openers'),

    /** A final word that makes the whole name an event, work, law, benchmark or other named thing. */
    OTHER_HEADS: set('other-heads'),

    /** Nouns after a name that say it is a product (software, model, device, service). */
    PRODUCT_CUES: set('product-cues'),

    /** Names of illnesses used as names ("COVID-19", "Ebola"); typed 'other' by the annotation convention. */
    DISEASES: set('diseases'),

    /** Words that, right before a name, say it is a place. */
    PLACE_PREPOSITIONS: set('place-prepositions'),

    /** Lower-case words allowed inside a name between capitalised words ("Bank of England", "Bill de Blasio"). */
    NAME_PARTICLES: set('name-particles'),

    /** Heads that take "of ..." ("Department of Defense", "University of Oxford", "Gulf of Mexico"). */
    OF_HEADS: set('of-heads'),

    /** The verbs that report speech (../lexicon/speech-verbs.json). */
    SPEECH_VERBS: speech.SPEECH_VERBS,

    /** Heads of "X of Y" names that make an organisation ("University of Bristol", "Ministry of Defence"). */
    OF_ORG: set('of-org'),

    /** Heads of "X of Y" names that make a place ("Republic of Ireland", "Gulf of Mexico"). */
    OF_PLACE: set('of-place'),

    /** Openers of names of events and other things ("Hurricane Lorenzo", "Operation Desert Storm"). */
    OTHER_OPENERS: set('other-openers'),

    /** Verbs that, followed by "by", name a product's maker ("Sora, released by OpenAI"). */
    MAKER_VERBS: set('maker-verbs'),

    /** Words after the name of a benchmark or ranking ("… scores", "… leaderboard"): an "other", not a product. */
    BENCHMARK_CUES: set('benchmark-cues'),

    /** Kinds of place that follow or precede a place's name ("Kerala province", "the Nile valley"). */
    PLACE_NOUNS: set('place-nouns'),

    /** Verbs an organisation does ("operates", "employs", "funded"). */
    AGENT_VERBS: set('agent-verbs'),

    /** Family words after a person's possessive ("Smith's wife"). */
    KIN: set('kin'),

    /** Nouns an organisation's name modifies ("Acme spokesman", "BBC staff"). */
    ORG_MODIFIED: set('org-modified'),

    /** People by sex or age ("Men's singles", "Women's downhill"): a heading's word, never a name alone. */
    PEOPLE_NOUNS: set('people-nouns'),
    EVENT_ADJECTIVES: set('event-adjectives'),
    GEOGRAPHIC_NOUNS: set('geographic-nouns'),
    /** Where games are played, in lower case after a venue's name ('the Ali Sami Yen stadium'): read only after the tagger. */
    VENUE_NOUNS: set('venue-nouns'),
    /** The press's abbreviations of American states and Canadian provinces, as written before their full stop, and the names they stand for ('Ill=Illinois'): read only after the tagger. */
    STATE_ABBREVIATIONS: new Map(list('state-abbreviations').map((pair) => pair.split('=') as [string, string])),
    DIRECTOR_KINDS: set('director-kinds'),
    COACHED_TEAMS: set('coached-teams'),
    SCHEME_HEADS: set('scheme-heads'),

    /** First halves of two peoples' words joined ("Anglo-Dutch", "Franco-German"): with a people's word after the hyphen, no name. */
    DEMONYM_PREFIXES: set('demonym-prefixes'),

    /** What a wire headline says it reports after a name ("PREMIER LEAGUE SUMMARIES", "NBA RESULTS"): no part of the name. */
    REPORT_WORDS: set('report-words'),

    /** Words of number before "of" ("Thousands of Kurds", "Most of Europe"): how many, never part of the name after them. */
    QUANTITY_OPENERS: set('quantity-openers'),

    /** What wire copy calls a company or a body right before its name ("Rival Netscape …", "Carmaker Kestrel …"): no part of it. */
    COMPANY_DESCRIPTORS: set('company-descriptors'),

    /** Words that open a clause ("When", "Although", "But"): capitalised only because they open it, never a name's first word. */
    CLAUSE_OPENERS: set('clause-openers'),

    /** Kinds of thing one uses or buys, heading an apposition after a name ("Tamiflu, the antiviral drug made by …"): the name is a product's. */
    PRODUCT_KINDS: set('product-kinds'),

    /** Heads that make a name a body's whatever its mentions vote ("United States District Court", "Mercy Hospital"): never a place's or a person's. */
    INSTITUTION_HEADS: set('institution-heads'),

    /** A body named for what it deals with, the subject after "on": "Commission on Presidential Debates", "Panel on Climate Change". */
    TOPIC_BODY_HEADS: set('topic-body-heads'),

    /** A word for a newspaper before its name ("Russian daily Kommersant"): read after the tagger only, apart from 'org-cues', which the rule engine weighs too. */
    PRESS_CUES: set('press-cues'),

    /** The last word of an event's name ("Birmingham Grand Prix", "Athens Games", "New York Marathon"), read after the tagger only. */
    EVENT_NAME_HEADS: set('event-name-heads'),

    /** A building's last word ("Crystal Palace", "Albert Hall"): after a given name, a place's name more often than a surname. */
    BUILDING_HEADS: set('building-heads'),
    /**
     * Words that close ("Danmarks Nationalbank", "Volvo AB") or open ("Banco Santander", "Éditions Sindbad") a company's name
     * in other languages, and the English words of a trade the tagger reads as a surname ("Algarvia Resorts"). Read only
     * after the tagger, to type a name it took for a person's or a place's; neither the features nor the rule engine see them.
     */
    COMPANY_HEADS_ABROAD: set('company-heads-abroad'),
    COMPANY_OPENERS_ABROAD: set('company-openers-abroad'),
    /** "Jr.", "Sr." closing a person's name: the surname is the word before. Read after the tagger only. */
    GENERATIONAL_SUFFIXES: set('generational-suffixes'),
    /** Legal suffixes written with a full stop inside a sentence ("Acme Corp. said"), which stays with the name. Read after the tagger only. */
    COMPANY_ABBREVIATIONS: set('company-abbreviations'),

    /** Marks a team sheet puts after a player's name: a penalty or own goal after a minute, the captain's mark ("Humphreys (capt)"). */
    SHEET_MARKS: set('sheet-marks'),

    /** A team's people and parts ("Leeds manager", "the Chelsea squad"): the name before them is a club. */
    TEAM_ROLES: set('team-roles'),
    /** Words of acting and directing around a work's title ("X, starring Y", "her role as Z in X"): read by the works rule. */
    ACTING_WORDS: set('acting-words'),
    /** Words that make the number before them a quantity ("Miller 35 yards from goal"), no part of a name ("Windows 95"). */
    MEASURE_WORDS: set('measure-words'),
    /** Words a club's name opens or ends with ("Ravensby Athletic", "Real Norvale"): read only on lines of standings. */
    CLUB_HEADS: set('club-heads'),

    /** Verbs between two sides of a match ("beat", "drew", "v"). */
    MATCH_VERBS: set('match-verbs'),

    /** Publications whose "The" is part of the name even at the start of a sentence. */
    MEDIA_HEADS: set('media-heads'),

    /** A saint's title that opens the names of institutions and places ("Saint Francis Hospital"). */
    SAINTS: set('saints'),

    /** Ordinals that open a headed name ("the Second World War"). */
    ORDINALS: set('ordinals'),

    /** Words that name a day with a weekday ("Super Tuesday", "Black Friday"). */
    DAY_NAMERS: set('day-namers'),

    /** Small words and marks that sit inside names ("Bank of England", "Ludwig van Beethoven", "O'Brien"). */
    CONTINUERS: set('continuers'),

    /** Honorifics that come before a name and never end one ("Blair and Mr Brown" is two names, not "Blair and Mr"). */
    HONORIFICS: set('honorifics'),
    /** Honorifics of the press abroad ('Shri', 'Smt.', 'Fr', 'Alhaji', 'Hon.'): read only after the tagger, so the model's features are unchanged. */
    HONORIFICS_ABROAD: set('honorifics-abroad'),

    /** Openers of names whose rest is used alone later: "Hurricane Lorenzo" … "Lorenzo". */
    NAMED_BY_OPENER: set('named-by-opener'),

    /** Words that open a compound title: "District Attorney", "First Minister", "Health Secretary". */
    TITLE_MODIFIERS: set('title-modifiers'),

    /** Kinds of organisation an apposition names ("Exxon, the world's largest oil company", "Deutsche Boerse, the German stock exchange"). */
    ORG_CUES: set('org-cues'),
    /** Kinds among ORG_CUES that name products or people as often as bodies ("the service Gmail", "producer Ivo Brandt"). */
    KINDS_NOT_ONLY_BODIES: set('kinds-not-only-bodies'),
    /** Function words a kind noun may follow as a noun ("the bank Barclays", "its rival Kestrel"), unlike "to" or "will". */
    KIND_DETERMINERS: set('kind-determiners'),
    /** Small words that stay small inside a place's name written out of capitals ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    PLACE_NAME_SMALL_WORDS: set('place-name-small-words'),

    /** Scriptures: works, "other". */
    SCRIPTURES: set('scriptures'),

    /** Words that qualify a role ("Majority Leader", "Deputy Spokesman"): part of the role, not of an organisation's name. */
    ROLE_MODIFIERS: set('role-modifiers'),

    /** Kinds of work named just before a title ("the comedy Sideways", "the album Hot Fuss"): the title is a work, other. */
    WORK_KINDS: set('work-kinds'),

    /** A ship's prefix ("MV", "HMS"): a ship may be named with a title and a person's name ("MV Professor Albrecht Penck"). */
    VESSEL_PREFIXES: set('vessel-prefixes'),

    /** Words of reporting on team sports, whose clubs are named after their cities ("Owen left Liverpool"); not chess or tennis, whose cities are venues. */
    SPORTS_WORDS: set('sports-words'),

    /** Words of reporting on business ("shares", "takeover"): where they abound, a lone name nothing types is more likely a company's. */
    BUSINESS_WORDS: set('business-words'),

    /** Posts in team sports that are everyday words too ("coach" is a bus): a sports word only beside a name ("Wynnum coach", "coach Matt Myers"). */
    SPORTS_POSTS: set('sports-posts'),

    /** More of a club's people than TEAM_ROLES holds ("a Liverpool player"): read only when an article's cities are weighed as clubs. */
    CLUB_PEOPLE: set('club-people'),

    /** Lower-case particles that open a surname written without the given name ("van Gogh", "de Klerk", "bin Salman"). */
    SURNAME_PARTICLES: set('surname-particles'),

    /** Prepositions that put a city on the map even in a sports report ("a hotel in Leeds"); "from", "to" and "at" do not. */
    PLACE_USES: set('place-uses'),

    /**
     * How the tokenizer cuts text (tokens.ts), made once per lexicon: dotted acronyms first ("U.S."), initials and
     * abbreviated titles ("W.", "Dr."; the titles, as written, from "token-abbreviations"), then words with inner
     * apostrophes, hyphens, dots, ampersands ("O'Brien", "GPT-5", "Node.js", "AT&T"), then any other single character.
     */
    TOKEN: new RegExp(`(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu})|(?:${alternation(list('token-abbreviations'))})\\.|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*|[^\\s]`, 'gu'),
    /** The labels of photo credits ("Photo:", "Image:"), in lower case. */
    CREDIT_LABELS: new Set(list('credit-labels').map((label) => label.toLowerCase())) as ReadonlySet<string>,
    /** A caption glued to its photo credit's label by scraping ("Jo JorgensenImage:"): the text, then the label, as written. */
    CREDIT_GLUED: new RegExp(`^(.*[\\p{Ll}\\p{N}.)])(${alternation(list('credit-labels'))})$`, 'u'),
    /** A prefix glued by a hyphen to a capitalised name ("pro-Trump", "anti-Kremlin"): the prefix, then the name. */
    HYPHEN_PREFIXED: new RegExp(`^(${alternation(list('hyphen-prefixes'))})-(\\p{Lu}.*)$`, 'u'),
    /** "v", "vs", "versus" between two teams, a dot optional. */
    VERSUS: new RegExp(`^(?:${alternation(list('versus-words'))})\\.?$`),
    /** Match verbs that say nothing of a city's team after its name ("Leeds v", "Leeds led"), or before it ("against Leeds", "host Leeds"). */
    MATCH_WORDS_NOT_AFTER_CITY: set('match-words-not-after-city'),
    MATCH_WORDS_NOT_BEFORE_CITY: set('match-words-not-before-city'),
    /** Lower-case words that join two name-like tokens into one run ("Bank of England"), besides the name particles. */
    NAME_CONNECTORS: list('name-connectors'),
    /** Articles between a name's comma and a role that make an apposition ("Smith, the minister"). */
    APPOSITION_ARTICLES: set('apposition-articles'),
    /** A particle glued to a capitalised name by an apostrophe or hyphen ("al-Muhandis", "O'Brien", "d'Estaing"): part of a name. */
    PARTICLE_PREFIX: new RegExp(`^(?:${alternation(list('prefix-particles'))})['’-]\\p{Lu}`, 'u'),
    /** A company's legal suffix, with or without its dot ("Inc.", "plc"): a name that ends in one is complete. */
    COMPANY_SUFFIX: new RegExp(`^(?:${alternation(list('company-suffixes'))})\\.?$`),
    /** The words of an industry that close a company's name ("Sun Microsystems", "Ford Motors", "Sony Pictures Entertainment"). */
    INDUSTRY_HEADS: set('industry-heads'),
    /** A number written with one of these, case and all, is a quantity or an ordinal, no name ("£100m", "320kg", "23rd"; not "3M"). */
    QUANTITY: new RegExp(`^\\d[\\d.,]*(?:${alternation(list('quantity-suffixes'))})$`),
    /** Awards known by a name alone ("the Oscars", "a Bafta", "the Golden Globes"): events and prizes, other. */
    AWARD_NAMES: set('award-names'),
    /** Events known by a name without a head word ("Six Nations", "Super Bowl", "Tour de France"): other. */
    EVENT_NAMES: set('event-names'),
    /** Legislatures known by their own names ("the Commons", "the Knesset", "the Bundestag"): organisations. */
    CHAMBER_NAMES: set('chamber-names'),
    /** Words that close a club's name and nothing else's ("Newcastle United", "Bristol Rovers"; not "City": "Mexico City"). */
    CLUB_SUFFIXES: set('club-suffixes'),
    /** News agencies by name ("Interfax said", "according to Xinhua"): organisations, whatever the sentence makes them look like. */
    NEWS_AGENCIES: set('news-agencies'),
    /** Plural nouns whose possessive stands inside a name ("People's Liberation Army", "Women's Institute", "Workers' Party"). */
    POSSESSIVE_NAME_WORDS: set('possessive-name-words'),
    /** Words after a name that make it an illness's name ("Zika fever", "Spanish flu"). */
    ILLNESS_WORDS: set('illness-words'),
    /** Words before a name that make it a work ("read Hamlet", "the film Parasite"). */
    WORK_CUES: set('work-cues'),
    /** Pronouns of a person that refer back to a name just before them ("Rajamma and her husband"). */
    PERSON_PRONOUNS: set('person-pronouns'),
    /** Words skipped between a name's comma and its apposition's role ("Smith, the former minister"). */
    APPOSITION_DETERMINERS: set('apposition-determiners'),
    /** Determiners before a city used as a modifier ("a London hotel", "the Glasgow clubs"). */
    MODIFIER_DETERMINERS: set('modifier-determiners'),
    /** Tokens that join the members of a list of names ("Redis, PostgreSQL, or Linux"). */
    LIST_CONNECTORS: set('list-connectors'),
    /** Adverbs and auxiliaries between a name and its verb ("mainly works", "has helped"). */
    AGENT_VERB_FILLERS: set('agent-verb-fillers'),
    /** Prepositions that place a name ("replaced at Chelsea by Jose Mourinho"): then "by" names no author. */
    PLACING_PREPOSITIONS: set('placing-prepositions'),
    /** Suffixes glued to a name that make it a thing used or a base ("AI-powered", "London-based"). */
    MADE_WITH_SUFFIXES: set('made-with-suffixes'),
    /** Lower-case words after "the" and a name that show the name is no modifier ("the Senate has"). */
    MODIFIER_STOPS: set('modifier-stops'),
    /** Lower-case words after a people's adjective that show it is no adjective ("Germans and"). */
    ADJECTIVE_STOPS: set('adjective-stops'),
  };
}
