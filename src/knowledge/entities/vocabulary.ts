// Closed word classes that decide where a name starts, stops and what it is.
// All lower-case. These are properties of English news prose, not of any article.
import { MONTH_NUMBERS } from '../lexicon/months.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * A member of a party, as an adjective or a singular noun ("a Tory MP", "Republican Kevin McCarthy", "a Democrat"):
 * not a name (the guideline marks the party, "the Tories", "the Democratic Party", not its members).
 */
export const PARTY_MEMBERS = set(`tory democrat republican conservative liberal socialist communist nationalist unionist
loyalist republican labourite blairite thatcherite`);

/** Capitalised only because they start a sentence or a title: never the first word of a name. */
export const FUNCTION_WORDS = set(`
a an the this that these those there here it its it's i we you he she they me us him her them my our your his their
and or but nor so yet for of in on at to from by with without within into onto upon over under about after before
during since until while when where whence why how what which who whom whose whether if then than as because though
although unless despite throughout between among against toward towards via per across around behind beyond near
not no yes all any some each every both either neither many much more most few less least other another such
is are was were be been being am has have had do does did will would shall should can could may might must
also just only even still already now today tonight tomorrow yesterday meanwhile however moreover furthermore
instead indeed perhaps maybe nevertheless nonetheless otherwise thus hence therefore accordingly besides
after afterwards later earlier once twice first second third last next new former late
mr mrs ms dr prof sir dame
yeah yep yes well oh ah um uh er hmm okay ok like thank thanks please sorry hello hi hey dear
whenever wherever whatever whoever whichever nobody somebody anybody everybody everyone someone anyone nothing
something everything anything one apart let imagine look
`);

/** Religions, their followers and political camps: groups of people, not named entities (CoNLL's MISC/NORP). */
export const GROUP_WORDS = set(`
muslim muslims islam islamic christian christians christianity jewish jew jews judaism hindu hindus hinduism
sikh sikhs sikhism buddhist buddhists buddhism catholic catholics catholicism protestant protestants orthodox
sunni sunnis shia shi'a shi'as shiite shiites evangelical evangelicals atheist atheists god gods allah lord
sharia shari'a sunnah salafi salafis salafist salafists sufi sufis wahhabi jihad jihadi jihadis halal hijab burka
democrats republicans conservatives liberals socialists communists labourites tories congressional
western eastern northern southern arab arabs arabic latino latina latinos hispanic hispanics
`);

/** World regions and bodies that gazetteers of countries and cities miss. */
export const WORLD_REGIONS = set(`middle_east far_east near_east west east north south latin_america south_america
north_america central_america southeast_asia east_asia south_asia central_asia sub-saharan_africa west_africa
east_africa north_africa southern_africa balkans caribbean scandinavia arctic antarctic antarctica earth atlantic
pacific mediterranean baltic sahara himalayas alps amazon_rainforest gaza_strip west_bank northern_ireland`.replace(/_/g, '~'));

/** Words that end a capitalised run instead of joining it (they sit inside many names otherwise). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS));
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`);

/** Upper-case or mixed-case abbreviations used as common nouns, not names. */
export const COMMON_ACRONYMS = set(`
ai agi api gpu cpu tpu npu ram rom ssd usb led lcd oled hdmi gps sms mms vr ar xr iot saas paas iaas ide sdk os ui ux
llm ml nlp rl asr tts ocr cv gan rag roi yoy qoq mom ytd fy eps ebitda gdp cpi vat ipo m&a esg kpi okr b2b b2c d2c
ceo cfo cto coo cio cmo cpo evp svp vp md gm hr pr it qa r&d mp mps mep meps pm pms dj tv pc pcs dvd cd mp3 pdf
url html css json xml sql http https www ftp dns vpn wifi lan wan p2p faq diy vip id ids iq eq am a.m pm p.m
gmt utc bst est edt pst pdt cet ok tbd tba etc eg ie aka vs nb ps asap rsvp fyi btw
km kg mph kmh cm mm mg ml gb mb tb kb gbps mbps ghz mhz kw mw gw kwh mwh hp cc co2 ev evs suv suvs
ngo ngos dna rna mri ct icu er ppe pcr hq uk's q1 q2 q3 q4 h1 h2 flops tflops pflops 2d 3d 4k 8k hd uhd
lgbt lgbtq lgbtqi lgbtqia std stds sti stis prep fgm opd phd mba bsc msc
`);

/** Titles and roles that precede a name but are not part of it (CoNLL convention). */
export const TITLES = set(`
mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady mx
president vice prime minister secretary senator sen sen. rep rep. representative congressman congresswoman
governor gov gov. mayor chancellor premier king queen prince princess duke duchess emperor sheikh sultan emir
ayatollah imam sayyid mullah maulana pope cardinal archbishop bishop reverend rev rev. father brother sister rabbi pastor saint
general gen gen. colonel col col. major maj lieutenant lt lt. captain capt capt. sergeant sgt sgt. admiral commander
chief officer detective inspector constable judge justice attorney prosecutor ambassador envoy commissioner
chairman chairwoman chair director ceo cfo cto founder co-founder cofounder executive professor coach manager
deputy acting former late interim incumbent vice-president vice-chairman ex-president supreme leader speaker spokesman spokeswoman spokesperson minister-president
whip assemblyman assemblywoman assemblymember councillor councilor councilman councilwoman alderman lawmaker legislator sheriff magistrate comptroller treasurer
`);

/** A final word that makes the whole name an organisation. */
export const ORG_HEADS = set(`
inc inc. corp corp. corporation co co. ltd ltd. limited llc llp plc gmbh ag sa nv company companies group holdings
labs lab laboratories technologies tech systems software networks solutions industries enterprises ventures
capital partners fund investments bank bancorp insurance securities exchange motors airlines airways media
energy petroleum mining steel telecom telecoms chemicals
studios pictures records entertainment games interactive foods brands pharmaceuticals pharma therapeutics
university college institute institution school academy polytechnic seminary council committee commission ministry department
agency authority bureau office service services force forces corps army navy police guard guards militia brigade directorate
brigades battalion regiment court parliament senate congress assembly cabinet government administration
association federation union foundation trust society club clubs fc afc team league coalition alliance front community
nation tribe tribes
movement party organisation organization network broadcasting broadcasting corporation times post journal
telegraph guardian herald tribune gazette press news daily chronicle observer mirror express standard review
magazine radio television tv channel hospital clinic church mosque synod board administration embassy consulate
agency ai
`);

/** A final word that makes the whole name a place. */
export const PLACE_HEADS = set(`
city county province state states region district territory island islands isle river lake mountain mountains
mount sea ocean gulf bay valley desert peninsula street avenue road square park airport bridge strait canal coast
beach forest village town borough county canyon falls harbour harbor port highway station plaza heights hills
kingdom republic emirates fault trench ridge basin plateau reef glacier volcano crater delta lagoon marsh
`);

/** A first word that makes the whole name a place: "County Cork", "Mount Everest", "Rue du Bac", "Fort Peck". */
export const PLACE_OPENERS = set(`county mount mt lake fort cape rue place avenue avenida piazza plaza boulevard isle isla
region province`);

/** A final word that makes the whole name an event, work, law, benchmark or other named thing. */
export const OTHER_HEADS = set(`
olympics olympiad games cup championship championships tournament open prix marathon award awards prize prizes
festival war wars battle election elections referendum act bill treaty accord accords agreement convention
protocol amendment constitution declaration summit conference expo fair show series season revolution crisis
pandemic epidemic syndrome disease virus day week leaderboard index benchmark bench report plan doctrine
scandal affair movement strike
`);

/** Nouns after a name that say it is a product (software, model, device, service). */
export const PRODUCT_CUES = set(`
model models app apps application applications software tool tools chip chips gpu gpus processor processors
platform platforms framework frameworks database databases browser browsers device devices phone phones
smartphone smartphones console consoles engine engines assistant assistants chatbot chatbots bot
extension plugin library libraries language compiler editor os kernel distribution distro api apis sdk
project projects headset laptop laptops tablet tablets car cars vehicle aircraft drone drones jet jets rifle vaccine drug
`);

/** Names of illnesses used as names ("COVID-19", "Ebola"); typed 'other' by the annotation convention. */
export const DISEASES = set(`covid covid-19 sars sars-cov-2 mers ebola hiv aids zika h1n1 h5n1 mpox monkeypox`);

/** Words that, right before a name, say it is a place. */
export const PLACE_PREPOSITIONS = set(`in near outside inside across throughout from to into toward towards via`);

/** Lower-case words allowed inside a name between capitalised words ("Bank of England", "Bill de Blasio"). */
export const NAME_PARTICLES = set(`de da di du del della der den van von ter ten la le bin ibn al el bint y dos das`);

/** Heads that take "of ..." ("Department of Defense", "University of Oxford", "Gulf of Mexico"). */
export const OF_HEADS = set(`
department ministry secretary university college institute school academy bank council court house chamber
federation association society union league party commission committee agency bureau office board museum
church order republic kingdom state states gulf bay sea isle island islands cape lake mount city province county
district duke duchess prince princess king queen battle war festival tower statue friends
centers centre center centres organization organisation federation confederation government group directorate
constitution declaration treaty charter
`);

/** Verbs of speech: the subject is a person or an organisation. */
export const SPEECH_VERBS = set(`said says told tells added adds wrote writes explained argued noted stated claimed
asked replied announced insisted warned tweeted posted recalled admitted acknowledged`);
