// The text real archives contain, each on a made-up example: headlines and datelines in capitals, wire and sports lines,
// credits and speaker labels, companies, works and products by the words around them. The learned recognizer must find the
// names in it, and nothing else. Where names start and stop is entities-name-bounds.test.ts; the rules beside the tagger,
// pass by pass, entities-span-rules.test.ts.
import { describe, expect, it } from 'vitest';
import { withoutLeadingTitles } from '../../src/knowledge/entities/name-bounds.ts';
import { prepareSentences } from '../../src/knowledge/entities/tagger/tag.ts';
import { asSpeakers } from '../../src/knowledge/entities/span-rules.ts';
import { entities, entityMentions, extractFrom } from '../support/entity-names.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const lexicon = defaultLexicon();

describe('text as archives write it', () => {
  it('a wire dateline in capitals with its agency; the city named as places are written', () => {
    expect(entities('OSLO (Reuters) - Norwegian oil firm Statoil said on Monday that chief executive Helge Lund would meet investors in Bergen.'))
      .toEqual(['Bergen/place', 'Helge Lund/person', 'Oslo/place', 'Reuters/organization', 'Statoil/organization']);
  });

  it('a wire dateline with a date and its agency: the town a place, however little known; the "The" opening the sentence after it no part of a name', () => {
    expect(entities('KALMAR, Jan 12 (AFP) - The Nordic Health Organisation warned on Thursday that the virus could spread.'))
      .toEqual(['AFP/organization', 'KALMAR/place', 'Nordic Health Organisation/organization']);
  });

  it('a publication’s "The" opening a sentence is no part of its name, and the mention is the same publication as one with "The" in mid-sentence', () => {
    expect(entityMentions('The Halden Herald reported the deal on Monday.', 'The chairman later told The Halden Herald that he would resign.'))
      .toEqual([['The Halden Herald', 'organization', ['Halden Herald', 'The Halden Herald']]]);
  });

  it('what a wire headline says it reports, after a name, is no part of the name', () => {
    const found = entities('SOCCER - ENGLISH PREMIER LEAGUE SUMMARIES.', 'Summaries of English Premier League matches on Saturday:');
    expect(found).toContain('English Premier League/organization');
    expect(found.filter((name) => /Summaries/u.test(name))).toEqual([]);
  });

  it('a dateline on its own line: places before the date, one per comma', () => {
    expect(entities('PORT ELDER , Westmark 1998-03-14', 'The harbour reopened on Saturday after a storm .')).toEqual(['PORT ELDER/place', 'Westmark/place']);
    expect(entities('SAN MIRADOR DE LAS VEGAS Mar 14', 'The harbour reopened on Saturday after a storm .')).toEqual(['SAN MIRADOR DE LAS VEGAS/place']);
  });

  it('a place in a dateline is the place the body names, under the body’s spelling', () => {
    expect(entityMentions('KALMAR 1998-03-14', 'The harbour in Kalmar reopened on Saturday .')).toEqual([['Kalmar', 'place', ['KALMAR', 'Kalmar']]]);
  });

  it('an all-capitals headline names what the body names, in the body’s spelling', () => {
    expect(entities('BRUSSELS TIGHTENS RULES ON BANK BONUSES', 'The European Commission said on Tuesday that banks in Brussels and Paris must cut bonuses.'))
      .toEqual(['Brussels/place', 'European Commission/organization', 'Paris/place']);
  });

  it('a headline in capitals is re-cased: names the body gives in full or in part, known given names, the body’s spelling of a name', () => {
    // Made up: the body names "Halvorsen", "Brightwater Holdings" and "the WHO"; the headline gives more.
    expect(entities('OSLO MINISTER MARIT HALVORSEN SAYS BRIGHTWATER HOLDINGS MUST REPORT TO THE WHO IN GENEVA',
      'Halvorsen said on Tuesday that Brightwater Holdings had not answered the WHO. The firm said it would reply.'))
      .toEqual(['Brightwater Holdings/organization', 'Geneva/place', 'Marit Halvorsen/person', 'Oslo/place', 'WHO/organization']);
  });

  it('initials and a surname are a person, opening a line too; a middle initial stays inside the full name; a list mark is no initial', () => {
    expect(entities('Bowling figures :', 'T. Halvorsen 12-3-40-2', 'K. Brandvold and J. Okafor were picked.'))
      .toEqual(['J. Okafor/person', 'K. Brandvold/person', 'T. Halvorsen/person']);
    expect(entities('Retired teacher Dana R. Whitcombe said so.')).toEqual(['Dana R. Whitcombe/person']);
    expect(entities('A. Introduction to the plan', 'B. Scope of the review')).toEqual([]);
  });

  it('a scoreboard: a dictionary word after an initial is a surname where the article names others by their initials; figures and codes are no name', () => {
    expect(entities('T. Halvorsen c Brandvold b Okafor 31', 'G. Thorpe not out 54', 'Extras (lb-8 nb-3) 11', 'Bowling: Jon Okafor 18-4-40-1, Erik Brandvold 15-2-51-1, Tariq Mahmood 20-6-45-1.'))
      .toEqual(['Erik Brandvold/person', 'G. Thorpe/person', 'Jon Okafor/person', 'T. Halvorsen/person', 'Tariq Mahmood/person']);
  });

  it('a name right after the kind of body it is names an organisation in every mention; not a person’s', () => {
    expect(entities('The sale of oil giant Verhoyan followed a tax claim, and firms like Verhoyan were worried.', 'Verhoyan declined to comment.'))
      .toEqual(['Verhoyan/organization']);
    expect(entities('Verhoyan said the tax claim was unfair, and companies such as Brelmont agreed.')).toContain('Brelmont/organization');
    expect(entities('The film was made by the producer Ivo Brandt and the studio Brelmont.')).toEqual(['Brelmont/organization', 'Ivo Brandt/person']);
    // A newspaper's kind: "the daily", "the weekly".
    expect(entities('The weekly Tarnovec said the minister had resigned.')).toEqual(['Tarnovec/organization']);
    // What the article says its full name is settles it, however the bare short forms vote.
    expect(entityMentions('Regulators have filed complaints against media giant Corvane Universal, its boss and another executive. Corvane said it ' +
      'would fight the claims. Corvane\'s board rejected an offer, and Corvane advisers were questioned.'))
      .toEqual([['Corvane Universal', 'organization', ['Corvane Universal', 'Corvane', 'Corvane', 'Corvane']]]);
  });

  it('a name before a post in lower case and a person’s name is the body the person leads, not a person; a person’s own name stays', () => {
    expect(entities('Sinn Varra leader Ivo Brandt said the ceasefire would hold.')).toEqual(['Ivo Brandt/person', 'Sinn Varra/organization']);
    expect(entities('Tory leader Mara Lindqvist said so, and Anna Holt aide Ivo Brandt agreed.')).toEqual(['Anna Holt/person', 'Ivo Brandt/person', 'Mara Lindqvist/person']);
  });

  it('a company’s acronym alone is the company, not a service or a division named after it, unless that name ends as a company’s', () => {
    expect(entityMentions('The company said KTN Communicator, its new phone service, was free. KTN said more people use it. Shares of KTN rose.'))
      .toEqual(expect.arrayContaining([['KTN', 'organization', ['KTN', 'KTN']]]));
    expect(entityMentions('KTN Group said profits rose. KTN shares fell.')).toEqual([['KTN Group', 'organization', ['KTN Group', 'KTN']]]);
    // A word no dictionary has is the company of a name of two words ("Vivendi Universal").
    expect(entityMentions('Regulators are looking at Velmora Universal, the media group. Velmora said it would cooperate, and Velmora shares fell.'))
      .toEqual([['Velmora Universal', 'organization', ['Velmora Universal', 'Velmora', 'Velmora']]]);
  });

  it('a place the gazetteers know with its "the" is that place after a "the" in lower case', () => {
    expect(entities('The court sits in the Hague and the Bronx.')).toEqual(['Bronx/place', 'Hague/place']);
  });

  it('an industry alone, the name before it left out, takes it back ("VR Pharmaceuticals")', () => {
    expect(entities('The nasal spray from Dutch drugs group VR Pharmaceuticals won approval in Kalmar.'))
      .toEqual(['Kalmar/place', 'VR Pharmaceuticals/organization']);
  });

  it('a name that ends in a company’s legal suffix is a company, and its everyday first word alone is the company too', () => {
    expect(entities('Shares of Halden Motor Co rose, while Brightwater Holdings Ltd fell.')).toEqual(['Brightwater Holdings Ltd/organization', 'Halden Motor Co/organization']);
    expect(entities('Shares of Halden Asset Management, Inc rose.')).toEqual(['Halden Asset Management, Inc/organization']);
    expect(entities('Kestrel Inc. unveiled a phone in Tarn on Wednesday.')).toEqual(['Kestrel Inc/organization', 'Tarn/place']);
    // A name that ends in its industry is a company too, and so is its everyday first word, whatever that alone reads as.
    const [maker] = extractFrom('Kestrel Microsystems unveiled a new server on Monday.', 'Analysts said Kestrel would ship the chips in May, and Kestrel shares rose.');
    expect([maker!.name, maker!.type, maker!.mentions.map((m) => m.text)]).toEqual(['Kestrel Microsystems', 'organization', ['Kestrel Microsystems', 'Kestrel', 'Kestrel']]);
    const [company] = extractFrom('On Friday Harbour Freight Company said regulators were looking at its accounts.', 'Regulators said Harbour had helped them, and Harbour shares fell.');
    expect(company!.name).toBe('Harbour Freight Company');
    expect(company!.mentions.map((m) => m.text)).toEqual(['Harbour Freight Company', 'Harbour', 'Harbour']);
  });

  it('an award or an event known by its name alone is other, a legislature or a news agency known by its own name an organisation, in every mention', () => {
    expect(entities('The film won two Oscars on Sunday.', 'Its director said the Oscars mattered more than the Golden Globes.'))
      .toEqual(['Golden Globes/other', 'Oscars/other']);
    expect(entities('Wales won the Six Nations, and the Commons cheered.', 'The Commons voted on the Six Nations the next day.'))
      .toEqual(['Commons/organization', 'Six Nations/other', 'Wales/place']);
    expect(entities('The minister resigned on Monday, Interfax said, and Xinhua agreed.')).toEqual(['Interfax/organization', 'Xinhua/organization']);
  });

  it('a city opening an organisation’s name stays the city; a club named for it is the club', () => {
    expect(entities('Traders in London said the London Stock Exchange would stay open, and London agreed.'))
      .toEqual(['London Stock Exchange/organization', 'London/place']);
    expect(entities('Newcastle United won 2-1 on Saturday, and Newcastle boss Dana Whitlow was pleased.'))
      .toEqual(['Dana Whitlow/person', 'Newcastle United/organization']);
    // A place's short form in brackets is the place's, not the body named after it.
    expect(entityMentions('Wildfires spread across British Columbia (B.C.) on Tuesday.', 'The B.C. Wildfire Service said crews were stretched.', 'Towns in B.C. were evacuated.'))
      .toEqual([['B.C. Wildfire Service', 'organization', ['B.C. Wildfire Service']], ['British Columbia', 'place', ['British Columbia', 'B.C.', 'B.C.']]]);
    // A club by the word that closes its name, however the tagger typed it.
    expect(entities('Kelso Rovers won 2-1 on Saturday.', 'Dana Whitlow was pleased.')).toEqual(['Dana Whitlow/person', 'Kelso Rovers/organization']);
  });

  it('two people each after a title, joined at "and", are two people without their titles; a people’s word of two words is no name', () => {
    expect(entities('South African President Halvard Moe and Deputy President Tove Lien met in Bergen .', 'Sri Lankan officials agreed .'))
      .toEqual(['Bergen/place', 'Halvard Moe/person', 'Tove Lien/person']);
  });

  it('a place the gazetteers list by a name of two words or more is a place, however the tagger typed it', () => {
    expect(entities('The war crimes tribunal in The Hague indicted him on Tuesday, NATO said.')).toEqual(['NATO/organization', 'The Hague/place']);
  });

  it('a plural noun’s possessive inside a name belongs to it; a place’s possessive before a name does not', () => {
    expect(entities('The People’s Liberation Army and the National People’s Congress met , and the Women’s Institute agreed .', 'Britain’s Labour Party did not .'))
      .toEqual(['Britain/place', 'Labour Party/organization', "National People's Congress/organization", "People's Liberation Army/organization", "Women's Institute/organization"]);
  });

  it('a rank that opens an organisation’s name stays in it; before a person’s name it does not', () => {
    expect(entities('Halvard Moe played in Major League Baseball before he joined Major League Soccer.'))
      .toEqual(['Halvard Moe/person', 'Major League Baseball/organization', 'Major League Soccer/organization']);
    expect(entities('General Halvard Moe met Major Tove Lien in Bergen.')).toEqual(['Bergen/place', 'Halvard Moe/person', 'Tove Lien/person']);
  });

  it('an article all in capitals: names the lexicon knows, and a person after a title', () => {
    expect(entities('PRESIDENT HALVORSEN MET PRIME MINISTER KAREN BROWN IN OSLO ON TUESDAY.', 'THE TWO LEADERS DISCUSSED NATO AND NORTHERN IRELAND, A SPOKESMAN SAID.'))
      .toEqual(['Halvorsen/person', 'Karen Brown/person', 'Nato/organization', 'Northern Ireland/place', 'Oslo/place']);
  });

  it('a mention in a re-cased headline quotes the article as written', () => {
    const [entity] = extractFrom('KELLNER PRESS SOLD', 'The owners of Kellner Press sold it.');
    expect(entity!.name).toBe('Kellner Press');
    expect(entity!.mentions.map((m) => m.text)).toEqual(['KELLNER PRESS', 'Kellner Press']);
  });

  it('a results list: people and their countries', () => {
    expect(entities('1. Jesper Lindqvist (Sweden) 25.76 points', '2. Marco Bellini (Italy) 24.10'))
      .toEqual(['Italy/place', 'Jesper Lindqvist/person', 'Marco Bellini/person', 'Sweden/place']);
  });

  it('a photo credit names its photographer, and "Image" is no name', () => {
    expect(entities('The mayor, Diane Okafor, opened the new bridge over the Tamsin River. Image: Lucas Brandt.'))
      .toEqual(['Diane Okafor/person', 'Lucas Brandt/person', 'Tamsin River/place']);
    // A credit on a line of its own, with the agency after a slash.
    expect(entities('The mayor opened the new bridge on Monday.', 'Photo: Lucas Brandt / Kellner Press', 'Picture: Anna Vesterlund/AFP'))
      .toEqual(['AFP/organization', 'Anna Vesterlund/person', 'Kellner Press/organization', 'Lucas Brandt/person']);
  });

  it('interview speaker labels: ((WN)) is no name, a person’s label is the person', () => {
    expect(entities('((WN)) How did the campaign start?', '((Helena Brooks)) We met in Leeds in 2018 and founded Clearwater Trust.'))
      .toEqual(['Clearwater Trust/organization', 'Helena Brooks/person', 'Leeds/place']);
    expect(entities('Q: What did Oxfam ask for?', 'A: Oxfam asked Canada and Japan for more aid.'))
      .toEqual(['Canada/place', 'Japan/place', 'Oxfam/organization']);
  });

  it('a speaker label holding a full name is a person, whatever type the tagger gave it', () => {
    const sentences = prepareSentences([
      { index: 1, kind: 'paragraph', text: '((Marisol Quenby)) We found it.' },
      { index: 2, kind: 'paragraph', text: '((WNX)) And then?' },
    ], lexicon);
    const label = { block: 1, start: 2, end: 16, type: 'place' as const, sentence: 0, from: 2, to: 4 };
    const initials = { block: 2, start: 2, end: 5, type: 'organization' as const, sentence: 1, from: 2, to: 3 };
    expect(asSpeakers([label, initials], sentences)).toEqual([{ ...label, type: 'person' }, initials]);
  });

  it('titles and roles taken in with a person are left out of the name', () => {
    const spans = [{ block: 1, start: 0, end: 29, type: 'person' as const, sentence: 0, from: 0, to: 3 }];
    const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text: 'Assemblywoman Dana Voskuijlen said no.' }], lexicon);
    expect(withoutLeadingTitles(spans, sentences, lexicon)).toEqual([{ block: 1, start: 14, end: 29, type: 'person', sentence: 0, from: 1, to: 3 }]);
    // Taken for an organisation, the same span is the person after the title.
    const organization = [{ ...spans[0]!, type: 'organization' as const }];
    expect(withoutLeadingTitles(organization, sentences, lexicon)).toEqual([{ block: 1, start: 14, end: 29, type: 'person', sentence: 0, from: 1, to: 3 }]);
    // A saint's name opening an institution stays: "Saint Dana Hospital" is no person.
    const hospital = prepareSentences([{ index: 1, kind: 'paragraph', text: 'Saint Dana Hospital said no.' }], lexicon);
    const institution = [{ block: 1, start: 0, end: 19, type: 'organization' as const, sentence: 0, from: 0, to: 3 }];
    expect(withoutLeadingTitles(institution, hospital, lexicon)).toEqual(institution);
  });

  it('a surname that is an everyday word too closes the name after a given name, with its lone mentions', () => {
    expect(entityMentions('Later, Tory MP Graham Stones joined calls for an inquiry. Mr Stones said the report should be published.'))
      .toEqual([['Graham Stones', 'person', ['Graham Stones', 'Stones']]]);
    // Not a title, a month or a country after the given name.
    expect(entities('On Tuesday the court heard from Anna in January, and Peter President Ellis spoke.')).not.toContain('Anna January/person');
  });

  it('a given name that is also a small word ("Will") opens a person’s name in mid-sentence; an honorific does not', () => {
    expect(entities('The film starred Will Thompson and was made by Will Davies, who thanked Sir Paul.'))
      .toEqual(['Paul/person', 'Will Davies/person', 'Will Thompson/person']);
  });

  it('a double-barrelled surname is a person’s, in full and alone', () => {
    expect(entities('Maren Oakes-Tindall lost to Elena Varga in an exhibition match on Sunday.', 'Oakes-Tindall was speaking after the loss.',
      'Oakes-Tindall slid down the rankings after an illness.')).toEqual(['Elena Varga/person', 'Maren Oakes-Tindall/person']);
  });

  it('a title after the kind of work it is names a work, in all its mentions', () => {
    expect(entities('The comedy Greywater Lane won three awards on Sunday, Ann Fenwick said.', 'Greywater Lane had been made for $4m.'))
      .toEqual(['Ann Fenwick/person', 'Greywater Lane/other']);
    // A possessor after the kind is no title.
    expect(entities('In the game Norway’s keeper saved twice, Ann Fenwick said.')).toContain('Norway/place');
    // Animations, blockbusters, sequels and soaps are works too.
    expect(entities('The animation Harbour Tails took $80m, and the soap Marsh Row drew nine million viewers.', 'Harbour Tails outsold Marsh Row.'))
      .toEqual(['Harbour Tails/other', 'Marsh Row/other']);
    // Not a name that modifies the kind itself.
    expect(entities('Critics loved the blockbuster London musicals this year.')).toEqual(['London/place']);
  });

  it('a named competition is an event, other', () => {
    expect(entities('Norvale chased a first Grand Slam since 1978, coach Tam Reid said.')).toContain('Grand Slam/other');
  });

  it('a dash with a space each side ends a name', () => {
    expect(entities('"Nobody wants to play Kestrel Moonbrook - I want players to build worlds," said Ann Fenwick.').map((e) => e.split('/')[0]))
      .toEqual(['Ann Fenwick', 'Kestrel Moonbrook']);
  });

  it('text that arrives tokenised, with spaces before commas and brackets', () => {
    expect(entities('The meeting in Geneva on February 03 , 2009 was chaired by Karl Weber ( Switzerland ) and attended by UNICEF .'))
      .toEqual(['Geneva/place', 'Karl Weber/person', 'Switzerland/place', 'UNICEF/organization']);
  });
});
