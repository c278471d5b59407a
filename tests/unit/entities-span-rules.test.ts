// The rules that stay beside the tagger, pass by pass, each on a made-up example (span-rules.ts and the files it runs).
import { describe, expect, it } from 'vitest';
import { KeyGroups } from '../../src/knowledge/union-find.ts';
import { extractEntitiesByRules } from '../../src/knowledge/entities/index.ts';
import { extractTypedEntities } from '../../src/knowledge/entities/document.ts';
import { reportsBusiness } from '../../src/knowledge/entities/clubs.ts';
import { peopleByTheirSurnames, peopleNamedInFull, typedByTheirNames, voteTypes } from '../../src/knowledge/entities/entity-types.ts';
import { linkShortForms } from '../../src/knowledge/entities/link.ts';
import type { EntityType } from '../../src/knowledge/types.ts';
import { prepareSentences } from '../../src/knowledge/entities/tagger/tag.ts';
import { peopleByTheirAge, worksByTheirThe } from '../../src/knowledge/entities/name-types.ts';
import { listedWithNames, withoutCommonNouns, withoutRunInHeadings, withCapitalThe, withRuleNames } from '../../src/knowledge/entities/span-rules.ts';
import { entities, entityMentions, extractFrom } from '../support/entity-names.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const lexicon = defaultLexicon();

/** A mention as voteTypes reads it: the tagger's type, and the rule engine's when given. */
const mention = (key: string, type: EntityType, ruleType?: EntityType) => ({ block: 1, start: 0, end: key.length, text: key, key, type, ...(ruleType ? { ruleType } : {}) });

/** The sentences of `text` and a span of the given type over each of `named` (its words as the text writes them, in text order). */
function spansIn(text: string, named: Array<[string, EntityType]>) {
  const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
  let searchFrom = 0;
  const spans = named.map(([words, type]) => {
    const start = text.indexOf(words, searchFrom);
    searchFrom = start + words.length;
    const sentence = sentences.findIndex((s) => s.tokens.some((t) => t.start === start));
    const tokens = sentences[sentence]!.tokens;
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === start + words.length) + 1;
    return { block: 1, start, end: start + words.length, type, sentence, from, to };
  });
  return { spans, sentences };
}

describe('rules that stay beside the tagger', () => {
  it('a creed or its people alone is no name ("Islam", "Sikhism"), as a people\'s word is not', () => {
    expect(entities('Critics said the law was prejudiced against Muslim and Islam, and Christian groups agreed.')).toEqual([]);
    expect(entities('He said Sikhism and Islam teach charity.')).toEqual([]);
  });

  it('"Mr" and a surname no list knows are the person, without the "Mr"; "DR Congo" is no doctor', () => {
    expect(entities('He was joined by Paul Tavernakis, the hotel manager he plays in the film, Mr Tavernakis\'s wife and his family.'))
      .toEqual(['Paul Tavernakis/person']);
    expect(entities('Fighting in DR Congo has displaced millions.')).toEqual(['DR Congo/place']);
  });

  it('a number after a small word closing a name is no part of it; one right after a name ("Apollo 11") or after "of" may be', () => {
    expect(entities('Harwell served in Parliament for 47 years.', 'Velmont won an Oscar for the 1959 film.', 'Stands in Hall 25 of the 27 were empty.')
      .map((e) => e.split('/')[0])).toEqual(['Hall 25', 'Harwell', 'Oscar', 'Parliament', 'Velmont']);
    expect(entities('The Class of 2020 graduated.').map((e) => e.split('/')[0])).toEqual(['Class of 2020']);
  });

  it('a results table’s figures after a name are no part of it; one number that none follows is', () => {
    const names = (...lines: string[]) => entities(...lines).map((e) => e.split('/')[0]);
    expect(names('Leaders after round two: Torvald Ekersund 69 67, Hamid Larbaoui 71 70.')).toEqual(['Hamid Larbaoui', 'Torvald Ekersund']);
    expect(entities('Standings: Veldhoven Sport 6 1 4 1 5 5 7, Almere Wanderers 6 4 1 1 12 6 13')).toContain('Almere Wanderers/organization');
    expect(names('Fastest lap went to Ostrava 22.104 ahead of Brennan.')).toContain('Ostrava');
    expect(names('Velbrook released Skyline 95 on Monday.')).toEqual(expect.arrayContaining(['Skyline 95']));
  });

  it('a person’s given names, particles and a surname the tagger cut at the particles are one name ("de la")', () => {
    expect(entities('The spokeswoman, Luz Marina Quiñones de la Rosa, said the rebels had fled.')).toEqual(['Luz Marina Quiñones de la Rosa/person']);
  });

  it('a model in capitals alone, after its maker and model, is that product, not an organisation its acronym suggests', () => {
    const text = 'Nintendo will launch the Nintendo QX in Europe in March. The QX has two screens and costs £99. Nintendo said the QX had ' +
      'sold 2.8 million in Japan. Retailers said demand for the QX was strong.';
    expect(entities(text)).toEqual(expect.arrayContaining(['Nintendo QX/product', 'Nintendo/organization']));
    expect(entities(text).filter((e) => e.startsWith('QX/'))).toEqual([]);
    expect(extractFrom(text).find((e) => e.name === 'Nintendo QX')?.mentions.map((m) => m.text)).toEqual(['Nintendo QX', 'QX', 'QX', 'QX']);
  });

  it('a generational suffix closes a person’s name: the tagger’s lone "Jr." joins it, and the surname before it is the short form', () => {
    expect(entities('Pastor Marvin Lucas King Jr. spoke on Monday. King was cheered.')).toEqual(['Marvin Lucas King Jr./person']);
    const [person] = extractFrom('Former owner Edwin J. Castellano Jr. was pardoned. Castellano thanked him.');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Edwin J. Castellano Jr.', 'Castellano']);
  });

  it('an abbreviated legal suffix keeps its full stop inside a sentence, and the company is one with the suffix at a sentence’s end', () => {
    const companies = extractFrom('Shares of Velbrook Freight Inc. (NASDAQ: VLBF) rose. Analysts liked Velbrook Freight Inc.').filter((e) => e.name.startsWith('Velbrook'));
    expect(companies.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([['Velbrook Freight Inc', 'organization', ['Velbrook Freight Inc.', 'Velbrook Freight Inc']]]);
  });

  it('a name spelled like an everyday acronym ("Ide", "Wan") keeps its last word; the acronym written as one is cut', () => {
    expect(entities('The critic Wendy Ide reviewed it.').map((e) => e.split('/')[0])).toEqual(['Wendy Ide']);
    expect(entities('Sales of every Zentrix H300 GPU fell.').map((e) => e.split('/')[0])).not.toContain('Zentrix H300 GPU');
  });

  it('a company named as companies abroad are ("… Nationalbank", "Banco …", "… AB") is an organisation, whatever the tagger typed it', () => {
    const typed = entities('Analysts at Vestfold Nationalbank cut the forecast.', 'Shares in Banco Ribeira Alta rose.', 'Algarvia Resorts owns the course.');
    expect(typed).toEqual(expect.arrayContaining(['Vestfold Nationalbank/organization', 'Algarvia Resorts/organization']));
    expect(typed.filter((e) => e.startsWith('Banco') || e.endsWith('Ribeira Alta/organization'))).not.toEqual([]);
  });

  it('a party’s own name alone is never a place, however prepositions of place stand before it', () => {
    expect(entities('There is unrest in Labour over the plans.', 'Voters moved to Labour from the Tories, and support in Labour fell again.'))
      .toEqual(['Labour/organization', 'Tories/organization']);
  });

  it('a name that ends in a kind of scheme is other, unless a body’s head is in it', () => {
    expect(entities('Ministers backed the Institute for Fiscal Policy and scrapped the Marlow Tenancy Scheme on Monday.', 'Claims for the Vellmark Fishing Policy rose.'))
      .toEqual(['Institute for Fiscal Policy/organization', 'Marlow Tenancy Scheme/other', 'Vellmark Fishing Policy/other']);
  });

  it('a name before the kind of land or water it is names a place, in every mention; a body by its name stays one', () => {
    expect(entities('Fires in the Amazon rainforest spread on Monday, and Amazon fires worried leaders at the summit.')).toEqual(['Amazon/place']);
    expect(entities('The government said Kestrel Union sea patrols had arrived too late.', 'The Kestrel Union said it would send ships.')).toEqual(['Kestrel Union/organization']);
  });

  it('an event’s adjective before a common noun is no name; the event by its name is other', () => {
    expect(entities('The Olympic champion lost to Vanya Petrenko.', 'Petrenko won Olympic gold at the Olympic Games in Athens.'))
      .toEqual(['Athens/place', 'Olympic Games/other', 'Vanya Petrenko/person']);
    expect(entities('The Olympic 100m champion and the Olympic 10,000m silver medallist met Vanya Petrenko.')).toEqual(['Vanya Petrenko/person']);
    // "the Games" alone is the event too.
    expect(entities('Vanya Petrenko missed a test before the Athens Olympics, and the Games went on without her.')).toContain('Games/other');
  });

  it('a number before a measure is a quantity, no part of the name before it', () => {
    expect(entities('The striker was fouled by Vellacott 35 yards from goal.').map((e) => e.split('/')[0])).toEqual(['Vellacott']);
    expect(entities('He bought Windows 95 computers for the office.')).toEqual(['Windows 95/product']);
  });

  it('an everyday word and "of" opening a sentence before an organisation’s full name are no part of it', () => {
    expect(entities('Standings of Northern Hockey League teams after games played on Thursday .', 'Bank of Tarn officials met on Friday .'))
      .toEqual(['Bank of Tarn/organization', 'Northern Hockey League/organization']);
  });

  it('a quantity or an ordinal is no name, alone or opening one; an ordinal inside a name stays', () => {
    const spans = (text: string, names: Array<[string, EntityType]>) => {
      const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
      const tokens = sentences[0]!.tokens;
      const tagged = names.map(([name, type]) => {
        const words = name.split(' ');
        const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w));
        return { block: 1, start: tokens[from]!.start, end: tokens[from + words.length - 1]!.end, type, sentence: 0, from, to: from + words.length };
      });
      return withoutCommonNouns(tagged, sentences, lexicon).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    };
    expect(spans('Kestrel paid £100m for a 320kg 60GB Zune in its 23rd year , and 50m for Gerrard .', [['100m', 'other'], ['320kg', 'product'], ['60GB Zune', 'product'], ['23rd', 'other'], ['50m for Gerrard', 'organization']]))
      .toEqual(['Zune/product', 'Gerrard/organization']);
    expect(spans('The 14th Amendment and 3M stand .', [['14th Amendment', 'other'], ['3M', 'organization']])).toEqual(['14th Amendment/other', '3M/organization']);
  });

  it('a title described as a film or by its cast is a work in every mention; a court, a party or a channel is not', () => {
    const found = entities('Critics favour The Glass Orchard, starring Mara Quill, for best picture.', 'Quill won praise for her role as Edith Vane in The Glass Orchard.');
    expect(found).toContain('The Glass Orchard/other');
    expect(entities('The man appeared in Kelmouth District Court on Monday.')).not.toContain('Kelmouth District Court/other');
    expect(entities('Mr Brown will have a key role in Labour\'s campaign.')).not.toContain('Labour/other');
  });

  it('a title an award or a nomination is for, and names listed with a work, are works; a person listed or awarded is not', () => {
    expect(entities('Pella Marsh took a Bafta for Copper Kettle Road on Sunday.', 'Copper Kettle Road was made for $2m.')).toContain('Copper Kettle Road/other');
    const listed = entities('Critics liked the comedy Copper Kettle Road.', 'The nominees are Copper Kettle Road, Silent Harbour and Lamplight Bay.');
    expect(listed).toContain('Silent Harbour/other');
    expect(listed).toContain('Lamplight Bay/other');
    expect(entities('The comedy Copper Kettle Road, Tom Ashby and Silent Harbour were all nominated.')).toContain('Tom Ashby/person');
    // Names between commas alone are no list: a clause and its subject.
    expect(entities('After a cameo in the film Copper Kettle Road, Ashby\'s breakthrough role came in 1990.', 'Ashby said she was glad.')).toContain('Ashby/person');
  });

  it('a work the article names by a person’s given name stays apart from the person', () => {
    expect(entityMentions('The success of the film Dusty, a portrait of the singer Dusty Varga, surprised critics.', 'Dusty earned six nominations. Varga died in 2004.'))
      .toEqual([['Dusty', 'other', ['Dusty', 'Dusty']], ['Dusty Varga', 'person', ['Dusty Varga', 'Varga']]]);
  });

  it('honorifics of the press abroad, and an everyday noun opening the sentence, are no part of the name after them', () => {
    expect(entities('The petition was filed by activist Shri Manjunath Gowda Hiremath on Tuesday.')).toEqual(['Manjunath Gowda Hiremath/person']);
    expect(entities('Opener Shafiqul Alam Tipu made 45 before he was bowled.')).toEqual(['Shafiqul Alam Tipu/person']);
    expect(entities('Steelmaker Siderurgica Paranaense SA rose 4 percent.')).toEqual(['Siderurgica Paranaense SA/organization']);
    expect(entities('Sri Lanka won by six wickets.')).toEqual(['Sri Lanka/place']);
    expect(entities('The Speaker, Rt. Hon. Adekunle Olatunji, announced it, and RT reported it.')).toEqual(['Adekunle Olatunji/person', 'RT/organization']);
    expect(entities('The caucus, led by Hon. Dominic Agbaje, said it was not enough.')).toEqual(['Dominic Agbaje/person']);
  });

  it('a person’s name stops before "of" and what follows it, where the person lives or works, is a name of its own', () => {
    expect(entities('She leaves her brother Mykola Semchuk of Edmonton and her sister.')).toEqual(['Edmonton/place', 'Mykola Semchuk/person']);
    expect(entities('"Prices will rise," said Kiri Papadakis of Hartigan Stockbroking.')).toEqual(['Hartigan Stockbroking/organization', 'Kiri Papadakis/person']);
    expect(entities('The Secretary of Health spoke. Summer Of Love was a hit.')).not.toContain('Health/place');
  });

  it('figures after names in brackets or before a semicolon are scores, no part of the names', () => {
    const found = entities('Chennai Super Kings 186/4 (Ravi Whitcombe 58, Anil Pandey 44; Jas Sandhu 2-27) lost to Mumbai Indians.');
    expect(found).toContain('Anil Pandey/person');
    expect(found).toContain('Ravi Whitcombe/person');
    // Not a score: a number that closes a name ("Halo 2", a game: a work or a product, the type is not the point here).
    expect(entities('If you have finished Doom 3, Half Life 2 and Halo 2, try this.').map((e) => e.split('/')[0])).toContain('Halo 2');
  });

  it('a name no list knows that the article uses as a place is a place, apart from the body named after it', () => {
    const found = entities('A vaccine tested on children in Korvani and Selumba districts cut malaria by half, researchers said.',
      'Mothers who took part in the trial in Korvani described long days at the Korvani District Hospital.');
    expect(found).toContain('Korvani/place');
    expect(found).toContain('Korvani District Hospital/organization');
  });

  it('a town, a comma and a state’s abbreviation are two places, the abbreviation named as its state; an honorific is no state', () => {
    expect(entityMentions('KELMOUTH, Miss. — Odessa Varley, the lawyer, died on Monday in Kelmouth.', 'She was born near Tarnby, Man., and later lived in Mississippi.',
      'Miss Varley said so in 1990.'))
      .toEqual([['Kelmouth', 'place', ['KELMOUTH', 'Kelmouth']], ['Manitoba', 'place', ['Man.']], ['Mississippi', 'place', ['Miss.', 'Mississippi']],
        ['Odessa Varley', 'person', ['Odessa Varley', 'Varley']], ['Tarnby', 'place', ['Tarnby']]]);
  });

  it('a name after "the" or its maker’s possessive and before a kind of product is a product; a maker or a place before one is not', () => {
    expect(entities('Kestrel\'s KPX handheld console will go on sale in March.', 'The KPX can play films.')).toContain('KPX/product');
    const makers = entities('He bought a Nokia phone. The US car market fell. Halvex cars sold well.');
    expect(makers).toContain('US/place');
    expect(makers).not.toContain('Nokia/product');
  });

  it('a company the gazetteers list by its full name is a company, though shaped like a person’s name', () => {
    expect(entities('Fannie Mae said on Monday that it would restate its accounts.')).toEqual(['Fannie Mae/organization']);
  });

  it('a double given name and a surname are a person’s, though the tagger reads a place', () => {
    expect(entities('"Growth will return," said Jean-Philippe Morvaix, the OECD\'s chief economist.')).toEqual(['Jean-Philippe Morvaix/person', 'OECD/organization']);
  });

  it('an organisation, a post no role list holds, and a person’s full name are two names, and the post none', () => {
    expect(entities('The study was led by Linnean Society Senior Research Fellow Harold Pennwick, who said the birds were safe.'))
      .toEqual(['Harold Pennwick/person', 'Linnean Society/organization']);
    expect(entities('The new rules were explained by Agency Board Member Susan Kettleby on Monday.')).toEqual(['Susan Kettleby/person']);
  });

  it('a full name the rules found, opening with a given name, stays a person’s when the tagger typed only its surname', () => {
    expect(entities('According to Connecticut Senator Richard Pennwick, the plane is old.')).toEqual(['Connecticut/place', 'Richard Pennwick/person']);
  });

  it('a given name after a person’s kin word is a person, whatever the rules guess; a firm’s partner is not', () => {
    expect(entities('The singer died on Monday at his home in Ohio.', 'He is survived by his wife Marguerite and their son.')).toContain('Marguerite/person');
    // In a business report, where the rules' guess of a company still votes (voteTypes).
    expect(entities('Ostrava Mining said it would sell the unit to its Belgian partner Veldaris. Its shares rose, and analysts expect profits and revenue to follow.'))
      .not.toContain('Veldaris/person');
    // So does a role in the singular before a given name; a team's plural ("leaders Kestrel") does not.
    expect(entities('The soap’s highest audience came when Tomas handed divorce papers to wife Angie.')).toContain('Angie/person');
  });

  it('a capital "The" in mid-sentence belongs to a publication’s name, not one that opens a sentence', () => {
    const text = 'The memo was leaked to The Information in March.';
    const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    const at = (word: string, from = 0) => sentences[0]!.tokens.findIndex((t, i) => i >= from && t.text === word);
    const information = { block: 1, start: text.indexOf('Information'), end: text.indexOf('Information') + 11, type: 'organization' as const, sentence: 0, from: at('Information'), to: at('Information') + 1 };
    expect(withCapitalThe([information], sentences).map((s) => text.slice(s.start, s.end))).toEqual(['The Information']);
    const memo = { block: 1, start: 4, end: 8, type: 'organization' as const, sentence: 0, from: 1, to: 2 };
    expect(withCapitalThe([memo], sentences).map((s) => text.slice(s.start, s.end))).toEqual(['memo']);
  });

  it('a product’s name without its maker’s is that product’s, unless it reads as a body or ends another name too', () => {
    const typed: Array<[string, EntityType]> = [['Zorvan', 'organization'], ['Zorvan Pulse', 'product'], ['Pulse', 'product'], ['Zorvan Dock', 'product'],
      ['Dock', 'organization'], ['Kelda', 'organization'], ['Kelda Linux', 'product'], ['Tarn Linux', 'product'], ['Linux', 'product']];
    const groups = new KeyGroups();
    for (const [key] of typed) groups.add(key);
    const types = new Map(typed);
    linkShortForms(groups.keys(), (k) => types.get(k)!, groups, lexicon, new Set(), new Set());
    expect(['Pulse', 'Dock', 'Linux'].map((k) => groups.find(k))).toEqual([groups.find('Zorvan Pulse'), 'Dock', 'Linux']);
  });

  it('a word the article votes a place stays apart from a body named after it, but not from a company', () => {
    const typed: Array<[string, EntityType]> = [['Vornaki', 'place'], ['Vornaki Relief Network', 'organization'], ['Quell', 'place'], ['Quell Microsystems', 'organization'],
      ['Tarsk', 'organization'], ['Tarsk Heritage Trust', 'organization']];
    const groups = new KeyGroups();
    for (const [key] of typed) groups.add(key);
    const types = new Map(typed);
    linkShortForms(groups.keys(), (k) => types.get(groups.find(k))!, groups, lexicon, new Set(), new Set());
    expect(['Vornaki', 'Quell', 'Tarsk'].map((k) => groups.find(k))).toEqual(['Vornaki', groups.find('Quell Microsystems'), groups.find('Tarsk Heritage Trust')]);
  });

  it('a company\'s name without its legal suffixes is the company ("Tasman Brewing" of "Tasman Brewing Group Ltd"), however it was typed', () => {
    const typed: Array<[string, EntityType]> = [['Tasman Brewing Group Ltd', 'organization'], ['Tasman Brewing', 'place'], ['Tasman Brewing Awards', 'other']];
    const groups = new KeyGroups();
    for (const [key] of typed) groups.add(key);
    const types = new Map(typed);
    linkShortForms(groups.keys(), (k) => types.get(groups.find(k))!, groups, lexicon, new Set(), new Set());
    expect(groups.find('Tasman Brewing')).toBe(groups.find('Tasman Brewing Group Ltd'));
    expect(groups.find('Tasman Brewing Awards')).not.toBe(groups.find('Tasman Brewing Group Ltd'));
  });

  it('a club named for its place is named by its last word too, where the article names one such club', () => {
    const link = (typed: Array<[string, EntityType]>) => {
      const groups = new KeyGroups();
      for (const [key] of typed) groups.add(key);
      const types = new Map(typed);
      linkShortForms(groups.keys(), (k) => types.get(k)!, groups, lexicon, new Set(), new Set());
      return groups;
    };
    const one = link([['Leeds United', 'organization'], ['United', 'organization'], ['Citizens Rovers', 'organization'], ['Rovers', 'organization']]);
    expect([one.find('United'), one.find('Rovers')]).toEqual([one.find('Leeds United'), 'Rovers']);
    const two = link([['Leeds United', 'organization'], ['Dundee United', 'organization'], ['United', 'organization']]);
    expect(two.find('United')).toBe('United');
  });

  it('a subheading in capitals run into its paragraph is no name, with or without the word it ran into; a name in capitals is', () => {
    const { spans, sentences } = spansIn('Crowds came. HOW IT BEGAN The first race was in 1931, and KEY RACE FACTS ran in the ROYAL MAIL paper beside OSLO and BRENTFORD.',
      [['BEGAN The', 'organization'], ['KEY RACE FACTS', 'other'], ['ROYAL MAIL', 'organization'], ['OSLO', 'place'], ['BRENTFORD', 'organization']]);
    expect(withoutRunInHeadings(spans, sentences, lexicon).map((s) => sentences[s.sentence]!.tokens.slice(s.from, s.to).map((t) => t.text).join(' ')))
      .toEqual(['ROYAL MAIL', 'OSLO', 'BRENTFORD']);
    expect(entities('Crowds came. HOW IT BEGAN The first race was held in Kestrelford in 1931.')).toEqual(['Kestrelford/place']);
  });

  it('a name read as a person’s that keeps a "The" in mid-sentence is a work’s; "The" opening the sentence or before a title is not', () => {
    const { spans, sentences } = spansIn('She sang on The Marigold Hours, and The Rev Ansel Pike wept. The Kestrel Boys sold out.',
      [['The Marigold Hours', 'person'], ['The Rev Ansel Pike', 'person'], ['The Kestrel Boys', 'person']]);
    expect(worksByTheirThe(spans, sentences, lexicon).map((s) => s.type)).toEqual(['other', 'person', 'person']);
  });

  it('a name with an age between commas after it is a person’s; one word, a body’s head or a known place is not', () => {
    const { spans, sentences } = spansIn('Police named him as Dervan Okoth, 19, and the club as Harrow Athletic, 22, with Leeds, 51, and New York, 20, behind.',
      [['Dervan Okoth', 'organization'], ['Harrow Athletic', 'organization'], ['Leeds', 'place'], ['New York', 'place']]);
    expect(peopleByTheirAge(spans, sentences, lexicon).map((s) => s.type)).toEqual(['person', 'organization', 'place', 'place']);
  });

  it('a name listed between two names of one kind is of that kind', () => {
    const text = 'Teams moved their data to Cassandra, Zorblax, or MongoDB last year.';
    const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    const at = (word: string) => sentences[0]!.tokens.findIndex((t) => t.text === word);
    const span = (word: string) => ({ block: 1, start: text.indexOf(word), end: text.indexOf(word) + word.length, type: 'product' as const, sentence: 0, from: at(word), to: at(word) + 1 });
    const listed = listedWithNames([span('Cassandra'), span('MongoDB')], sentences, lexicon);
    expect(listed.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([['Cassandra', 'product'], ['Zorblax', 'product'], ['MongoDB', 'product']]);
    // Not across a word that is no joiner: "Cassandra, Zorblax users or MongoDB".
    const other = 'Teams moved their data to Cassandra, Zorblax users or MongoDB last year.';
    const s2 = prepareSentences([{ index: 1, kind: 'paragraph', text: other }], lexicon);
    const at2 = (word: string) => s2[0]!.tokens.findIndex((t) => t.text === word);
    const span2 = (word: string) => ({ block: 1, start: other.indexOf(word), end: other.indexOf(word) + word.length, type: 'product' as const, sentence: 0, from: at2(word), to: at2(word) + 1 });
    expect(listedWithNames([span2('Cassandra'), span2('MongoDB')], s2, lexicon)).toHaveLength(2);
  });

  it('a name of two or more words from the rule engine fills only where the tagger found nothing', () => {
    const text = 'Leaders of Acme Corp met Dana Whitfield in Oslo.';
    const [sentence] = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    const at = (word: string) => sentence!.tokens.findIndex((t) => t.text === word);
    sentence!.ruleTags = sentence!.tokens.map(() => 'O');
    sentence!.ruleTags[at('Acme')] = 'B-organization';
    sentence!.ruleTags[at('Corp')] = 'L-organization';
    sentence!.ruleTags[at('Dana')] = 'B-place';
    sentence!.ruleTags[at('Whitfield')] = 'L-place';
    sentence!.ruleTags[at('Oslo')] = 'U-place';
    const dana = { block: 1, start: text.indexOf('Dana'), end: text.indexOf('Whitfield') + 9, type: 'person' as const, sentence: 0, from: at('Dana'), to: at('Whitfield') + 1 };
    const result = withRuleNames([dana], [sentence!], lexicon).map((s) => [text.slice(s.start, s.end), s.type]);
    // Acme Corp is added; the tagger's Dana Whitfield wins over the rule's; a one-word rule name is not added.
    expect(result).toEqual([['Acme Corp', 'organization'], ['Dana Whitfield', 'person']]);    // A fragment the tagger took for a person does not make a person of a name that ends in a head word.
    const corps = { block: 1, start: text.indexOf('Corp'), end: text.indexOf('Corp') + 4, type: 'person' as const, sentence: 0, from: at('Corp'), to: at('Corp') + 1 };
    expect(withRuleNames([corps, dana], [sentence!], lexicon).map((s) => [text.slice(s.start, s.end), s.type])).toEqual([['Acme Corp', 'organization'], ['Dana Whitfield', 'person']]);
  });

  it('one type per entity: the tagger votes, the rules vote lighter, and a lone word is a weaker person', () => {
    const groups = new KeyGroups();
    for (const key of ['Quillon', 'Maren Dost', 'Dost']) groups.add(key);
    groups.union('Maren Dost', 'Dost');
    const types = voteTypes(groups, [
      // A lone word the tagger calls a person three times and the rules an organization three times: an organization.
      mention('Quillon', 'person', 'organization'), mention('Quillon', 'person', 'organization'), mention('Quillon', 'person', 'organization'),
      // A person named in full keeps the tagger's type against the rules.
      mention('Maren Dost', 'person', 'place'), mention('Dost', 'person', 'organization'),
    ], lexicon);
    expect(types.get(groups.find('Quillon'))).toBe('organization');
    expect(types.get(groups.find('Dost'))).toBe('person');
  });

  it('a lone word that is no known name is a person only on strong evidence, from the rules as from the tagger', () => {
    const groups = new KeyGroups();
    for (const key of ['Vextora', 'Michael']) groups.add(key);
    const types = voteTypes(groups, [
      // "Shares of Vextora" and "Vextora said": an organization once, a person once, and the rules say person twice.
      mention('Vextora', 'organization', 'person'), mention('Vextora', 'person', 'person'),
      // The same votes for a known first name stay a person.
      mention('Michael', 'organization', 'person'), mention('Michael', 'person', 'person'),
    ], lexicon);
    expect(types.get(groups.find('Vextora'))).toBe('organization');
    expect(types.get(groups.find('Michael'))).toBe('person');
  });

  it('the rules\' guess, from no evidence at all, is no vote, but in a sports or business report', () => {
    const groups = new KeyGroups();
    groups.add('Quillon');
    // The tagger calls the lone word a person three times; the rules only guessed it an organization.
    const guessed = { ...mention('Quillon', 'person', 'organization'), ruleGuessed: true as const };
    const votes = [guessed, guessed, guessed];
    expect(voteTypes(groups, votes, lexicon).get('Quillon')).toBe('person');
    expect(voteTypes(groups, votes, lexicon, true).get('Quillon')).toBe('organization');
    expect(voteTypes(groups, votes, lexicon, false, true).get('Quillon')).toBe('organization');
  });

  it('the rule engine marks the types it only guessed, and the tagger\'s sentences carry the mark', () => {
    const text = 'Shares in Corvanta rose after Corvanta Holdings said profits doubled. Tamsin Orrell met Quellbrook at the fair.';
    const typed = extractTypedEntities({ id: 'x', title: '', blocks: [{ index: 1, kind: 'paragraph', text }] }, lexicon);
    const guessed = typed.entities.filter((e) => typed.guessed.has(e)).map((e) => e.name);
    expect(guessed).toContain('Quellbrook');
    expect(guessed).not.toContain('Corvanta Holdings');
    const [sentence] = prepareSentences([{ index: 1, kind: 'paragraph', text: 'Tamsin Orrell met Quellbrook at the fair.' }], lexicon);
    const at = sentence!.tokens.findIndex((t) => t.text === 'Quellbrook');
    expect([sentence!.ruleTags[at], sentence!.ruleGuessed?.[at]]).toEqual(['U-organization', 1]);
  });

  it('an article with four words of business reports business; one with fewer does not', () => {
    const sentencesOf = (text: string) => prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    expect(reportsBusiness(sentencesOf('The brewer said profits rose and its shares gained after the takeover.'), lexicon.entities)).toBe(true);
    expect(reportsBusiness(sentencesOf('The firm said its shares gained. Shares Profits Takeover.'), lexicon.entities)).toBe(false);
    // A maker is a company ("the largest US food maker").
    expect(reportsBusiness(sentencesOf('The food maker said its brands sell in four markets, as rival firms do.'), lexicon.entities)).toBe(true);
  });

  it('in a report of a team sport a product’s vote counts only where nothing else was voted or the article states it', () => {
    const groups = new KeyGroups();
    for (const key of ['Dravetic', 'Kestrel 9']) groups.add(key);
    const votes = [mention('Dravetic', 'product', 'person'), mention('Dravetic', 'product', 'person'), mention('Kestrel 9', 'product')];
    const inSport = voteTypes(groups, votes, lexicon, true);
    expect([inSport.get('Dravetic'), inSport.get('Kestrel 9')]).toEqual(['person', 'product']);
    expect(voteTypes(groups, votes, lexicon).get('Dravetic')).toBe('product');
  });

  it('a full name opening with a given name, whose last word the article names a person by, is that person, whatever it voted', () => {
    const groups = new KeyGroups();
    const typed: Array<[string, EntityType]> = [['Milan Varosic', 'organization'], ['Varosic', 'person'], ['Jackson Five', 'organization'], ['Five', 'person'],
      ['Bill Tarrant Foundation', 'organization'], ['Foundation', 'person'], ['Sydney Leeds', 'organization'], ['Leeds', 'person'], ['Maria Ostrova', 'place'],
      ['Kostas Demetriou', 'organization'], ['Demetriou', 'person'], ['New Haldane', 'organization'], ['Haldane', 'person']];
    for (const [key] of typed) groups.add(key);
    expect(peopleByTheirSurnames(groups, new Map(typed), lexicon)).toEqual(['Milan Varosic', 'Kostas Demetriou']);
  });

  it('a group with a full name read as a person’s and its surname read so once is a person’s, however the rest of it voted', () => {
    const groups = new KeyGroups();
    // Each group: a full name and its last word, linked; the mentions say how the tagger read each form.
    const pairs = [['Emily Stanforth', 'Stanforth'], ['Ted Barlowe', 'Barlowe'], ['Emily Westbank', 'Westbank'], ['Aston Villa', 'Villa']];
    for (const [full, short] of pairs) groups.union(full!, short!);
    const read: Array<[string, EntityType]> = [['Emily Stanforth', 'person'], ['Stanforth', 'person'], ['Stanforth', 'organization'], ['Stanforth', 'organization'],
      ['Ted Barlowe', 'organization'], ['Barlowe', 'person'], ['Emily Westbank', 'person'], ['Westbank', 'organization'], ['Aston Villa', 'person'], ['Villa', 'person']];
    const types = new Map(pairs.map(([full]) => [groups.find(full!), 'organization' as EntityType]));
    expect(peopleNamedInFull(groups, types, read.map(([key, type]) => mention(key, type)), lexicon)).toEqual([groups.find('Emily Stanforth')]);
  });

  it('a name with an institution’s head before its "of" or "for" is a body’s, whatever its mentions voted; a republic or an isle is no body', () => {
    const typed: Array<[string, EntityType]> = [['District Court for Northern Kestrelmark', 'place'], ['Association of Haldane Growers', 'person'],
      ['Republic of Tarnland', 'place'], ['Isle of Skarn', 'place']];
    const groups = new KeyGroups();
    for (const [key] of typed) groups.add(key);
    expect([...typedByTheirNames(groups, new Map(typed), lexicon)]).toEqual([['District Court for Northern Kestrelmark', 'organization'], ['Association of Haldane Growers', 'organization']]);
  });

  it('a name in capitals ending in an event’s word is the event, typed a place or a body; not a company’s "Games" nor a board of elections', () => {
    const typed: Array<[string, EntityType]> = [['Kestrelford Grand Prix', 'place'], ['Tarnby Marathon', 'organization'], ['Oslo Games', 'organization'],
      ['Brightfox Games', 'organization'], ['State Board of Elections', 'organization'], ['Veterans Against the War', 'organization'], ['Harlan Cup', 'person']];
    const groups = new KeyGroups();
    for (const [key] of typed) groups.add(key);
    expect([...typedByTheirNames(groups, new Map(typed), lexicon)]).toEqual([['Kestrelford Grand Prix', 'other'], ['Tarnby Marathon', 'other'], ['Oslo Games', 'other']]);
  });

  it('after a given name alone, an everyday word or an event’s head word the article names a person by is a surname, a building’s word is not', () => {
    const groups = new KeyGroups();
    const typed: Array<[string, EntityType]> = [['Norah Day', 'other'], ['Day', 'person'], ['Oliver Straw', 'organization'], ['Straw', 'person'],
      ['Crystal Palace', 'place'], ['Palace', 'person'], ['Edith Marsh Day', 'other'], ['Grace Hall Festival', 'other'], ['Festival', 'person']];
    for (const [key] of typed) groups.add(key);
    expect(peopleByTheirSurnames(groups, new Map(typed), lexicon)).toEqual(['Norah Day', 'Oliver Straw']);
  });

  it('a surname two people of the article share is a person, kept apart from both', () => {
    expect(entities('Skater Mirela Tanaka, 19, won gold in Sapporo. Her coach is her aunt, former champion Yoko Tanaka.', 'Tanaka trained for ten years. Tanaka said the ice was fast.'))
      .toEqual(['Mirela Tanaka/person', 'Sapporo/place', 'Tanaka/person', 'Yoko Tanaka/person']);
  });

  it('an everyday noun that opens a sentence before a full name is not part of the name', () => {
    expect(entities('Skater Mirela Tanaka won gold in Sapporo on Sunday.')).toEqual(['Mirela Tanaka/person', 'Sapporo/place']);
  });

  it('a saint’s name opening an institution’s name stays in it', () => {
    expect(entities('Nurses at Saint Brendan Hospital in Galway went on strike on Monday.', 'A spokesman for Saint Brendan Hospital said talks would resume.'))
      .toEqual(['Galway/place', 'Saint Brendan Hospital/organization']);
    expect(entities('He studied at St Columba College before moving to Dublin.')).toEqual(['Dublin/place', 'St Columba College/organization']);
  });

  it('a party’s member, as an adjective or a singular noun, is no name; the party is', () => {
    expect(entities('Tory leader Michael Howard said a Tory government would cut taxes. Democrat Ann Spearman disagreed. The Tories and the Democrats lost.'))
      .toEqual(['Ann Spearman/person', 'Democrats/organization', 'Michael Howard/person', 'Tories/organization']);
    // Two words in the singular before a noun or a role; a person whose surname is a party's member stays.
    expect(entities('Liberal Democrat chairman Ann Spearman attacked Lib Dem plans, and Lib Dem spokesman Tom Wrenn agreed. Mayor Jon Tory said no.'))
      .toEqual(['Ann Spearman/person', 'Jon Tory/person', 'Tom Wrenn/person']);
  });

  it('a bracketed acronym’s letters take in the words before the name the tagger found, titles and small words too, and give it the acronym’s type; a post’s acronym does not', () => {
    expect(entities('A spokesman for the U.N. High Commissioner for Exiles ( UNHCE ) in Kalmar said about 20,000 people had crossed the border.'))
      .toEqual(['Kalmar/place', 'U.N. High Commissioner for Exiles/organization']);
    expect(entities('A spokesman for the British Chambers of Trade ( BCT ) said exports fell.')).toEqual(['British Chambers of Trade/organization']);
    expect(entities('She became a Member of Parliament ( MP ) for Kalmar in 2001.')).toContain('Parliament/organization');
  });

  it('two names cut at "in" are one when the acronym after them has a letter for each of their capitalised words', () => {
    expect(entities('The Organisation for Trade and Cooperation in Asia ( OTCA ) said on Monday that elections in Kalmar would be held in May.'))
      .toEqual(['Kalmar/place', 'Organisation for Trade and Cooperation in Asia/organization']);
  });

  it('what wire copy calls a company, opening the sentence, is no part of its name', () => {
    expect(entities('Rival Kestrel Communications Corp said on Monday its browser would run on the new system.')).toEqual(['Kestrel Communications Corp/organization']);
    expect(entities('Carmaker Halvard Motors said sales rose.')).toEqual(['Halvard Motors/organization']);
  });

  it('a country is a place, though it acts as its government does', () => {
    expect(entities('The Russian Federation said on Monday it would appeal.')).toEqual(['Russian Federation/place']);
  });

  it('a ship named with its prefix is other, whatever its name alone would be', () => {
    expect(entities('The frigate HMS Kent and the carrier USS Halvard sailed from Portsmouth.')).toEqual(['HMS Kent/other', 'Portsmouth/place', 'USS Halvard/other']);
    expect(entities('The wreck of the U.S.S. Tarnfin was found near Kalmar. The Tarnfin had sunk in 1944.')).toContain('U.S.S. Tarnfin/other');
  });

  it('a company’s first word alone is the company by its legal name, not another body whose name opens with it', () => {
    const found = extractFrom('A judge sentenced a former Brevon Corp. chief executive to 24 years. Prosecutors from the Brevon Task Force had asked for 30 years.',
      'The collapse of Brevon cost thousands of jobs, and Brevon shareholders lost their savings.');
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Brevon Corp', ['Brevon Corp.', 'Brevon', 'Brevon']], ['Brevon Task Force', ['Brevon Task Force']]]);
  });

  it('a name described right after it as a kind of thing one uses or buys is a product; a person so described is not', () => {
    expect(entities('Kestrinol, the antiviral drug made by Swiss group Halvard, remained the main treatment. Doctors also used Brevazin, a drug from Tarnow Pharma.'))
      .toEqual(['Brevazin/product', 'Halvard/organization', 'Kestrinol/product', 'Tarnow Pharma/organization']);
    expect(entities('Jon Brillane, a software engineer, said so.')).toEqual(['Jon Brillane/person']);
    // The article states the kind, so the type weighs more across articles.
    const [drug] = extractFrom('Doctors used Brevazin, a drug from Tarnow Pharma.');
    expect([drug!.name, drug!.type, drug!.typeStated]).toEqual(['Brevazin', 'product', true]);
  });

  it('a word with capitals inside is a company’s name, not a place’s', () => {
    expect(entities('After a string of corporate scandals in the United States - from Brevon to TarnowCom - new laws force companies to be more open.'))
      .toContain('TarnowCom/organization');
  });

  it('an organisation’s acronym the rules ran on into a person’s name is two names', () => {
    expect(entities('Aides told the BBC Michael Brandt has always been in favour.')).toEqual(['BBC/organization', 'Michael Brandt/person']);
  });

  it('a name that ends in an institution’s head is a body’s, though the tagger read a place; a place the gazetteers know stays one', () => {
    expect(entities('The course at West Virginia University, US, would close, said Max Brill.')).toContain('West Virginia University/organization');
    expect(entities('Talks on the West Bank resumed on Monday.')).toEqual(['West Bank/place']);
  });

  it('a lone everyday acronym ("TV", "CEO") is no name', () => {
    expect(entities('A study by Gartner said real-time TV broadcasts to mobiles are unlikely until 2007.', 'People want to watch TV on the move.',
      'TV-like services are offered by operators.', 'TV content can be moved onto phones.')).toEqual(['Gartner/organization']);
  });

  it('a name’s own shape counts once, so one apposition that says what it is outweighs many bare mentions', () => {
    const texts = ['Varnholt Kestrel, the Dutch stock exchange that wants to buy its rival, raised its dividend.', 'Varnholt Kestrel said profits rose.',
      'Shares in Varnholt Kestrel fell.', 'Varnholt Kestrel will meet investors.', 'Analysts expect Varnholt Kestrel to bid again.'];
    expect(entities(...texts)).toEqual(['Varnholt Kestrel/organization']);
    expect(extractEntitiesByRules({ id: 't', title: 't', blocks: texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })) })
      .map((e) => `${e.name}/${e.type}`)).toEqual(['Varnholt Kestrel/organization']);
  });

  it('an acronym introduced after lower-case words it abbreviates is a common noun; one after a name is the name', () => {
    expect(entities('Competition from liquefied natural gas (LNG) terminals worries Norvanta Energy.', 'LNG prices rose in Rotterdam.',
      'The World Health Organization (WHO) said non-governmental organisations (NGOs) helped.'))
      .toEqual(['Norvanta Energy/organization', 'Rotterdam/place', 'World Health Organization/organization']);
  });

  it('a name the rules read whole, of which the tagger found fragments of two types, takes the rules’ type', () => {
    expect(entities('She studied at the University of California, Berkeley.')).toEqual(['University of California, Berkeley/organization']);
  });

  it('a role between an organisation and a person’s name is neither ("Senate Majority Leader Dana Whitcombe")', () => {
    // Whether the tagger finds "Assembly" at all is its own affair; no name takes in a role.
    const found = entities('Senate Majority Leader Dana Whitcombe said the bill would pass, and Assembly Minority Leader, Paul Okoro, agreed.');
    expect(found).toEqual(expect.arrayContaining(['Dana Whitcombe/person', 'Paul Okoro/person', 'Senate/organization']));
    expect(found.filter((name) => /Leader|Majority|Minority/u.test(name))).toEqual([]);
  });

  it('two names joined by "and the" are two names', () => {
    expect(entities('Drones struck the Varnoq and the Keshtal oil fields on Saturday.')).toEqual(['Keshtal/other', 'Varnoq/other']);
  });

  it('a country whose name has "and" in it is one place', () => {
    expect(entities('Bosnia and Herzegovina and the Netherlands agreed on Monday.', 'Trinidad and Tobago won in Lima.'))
      .toEqual(['Bosnia and Herzegovina/place', 'Lima/place', 'Netherlands/place', 'Trinidad and Tobago/place']);
  });

  it('titles and a party before a full name are left out of it, whatever the name was taken for', () => {
    expect(entities('Tory MP Dominic Farrow said the plan was wrong. Labour MP Dawn Halloran agreed.', 'Tory Party members met in Leeds.'))
      .toEqual(['Dawn Halloran/person', 'Dominic Farrow/person', 'Labour/organization', 'Leeds/place', 'Tory Party/organization']);
  });

  it('a nationality that is a given name too ("Dane") is left out before a given name and a surname', () => {
    expect(entities('The title went to Dane Henrik Solvang, who beat Torsten Miller.')).toEqual(['Henrik Solvang/person', 'Torsten Miller/person']);
  });
});
