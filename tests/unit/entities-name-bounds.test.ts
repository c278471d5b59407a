// Where names start and stop, and what is no name, each on a made-up example: particles, dates, peoples' words,
// names joined at "and", roles between names, parties named by their members.
import { describe, expect, it } from 'vitest';
import { entities, entityMentions } from '../support/entity-names.ts';
import { withoutCommonNouns } from '../../src/knowledge/entities/span-rules.ts';
import { bodiesNamedForTheirSubject, splitAtRoles } from '../../src/knowledge/entities/name-bounds.ts';
import { splitAtAnd, splitAtFor } from '../../src/knowledge/entities/joined-names.ts';
import type { EntityType } from '../../src/knowledge/types.ts';
import { prepareSentences } from '../../src/knowledge/entities/tagger/tag.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const lexicon = defaultLexicon();

/** The words before "said" as one span of `type`, as `splitter` parts them: "words/type" each. */
function splitBeforeSaid(splitter: typeof splitAtAnd, text: string, type: EntityType): string[] {
  const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
  const tokens = sentences[0]!.tokens;
  const to = tokens.findIndex((t) => t.text === 'said');
  const span = { block: 1, start: 0, end: tokens[to - 1]!.end, type, sentence: 0, from: 0, to };
  return splitter([span], sentences, lexicon).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
}

describe('names around roles and particles', () => {
  it('a body named for its subject keeps the subject after "on"; a day, a place or a possessive does not join it', () => {
    const run = (text: string, spanned: Array<[string, EntityType]>) => {
      const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
      const tokens = sentences[0]!.tokens;
      const spans = spanned.map(([words, type]) => {
        const first = words.split(' ')[0]!;
        const from = tokens.findIndex((t) => t.text === first);
        const to = from + words.split(' ').length;
        return { block: 1, start: tokens[from]!.start, end: tokens[to - 1]!.end, type, sentence: 0, from, to };
      });
      return bodiesNamedForTheirSubject(spans, sentences, lexicon).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    };
    expect(run('Members of the Harbour Commission on Coastal Safety and Pilotage met.', [['Harbour Commission', 'place'], ['Coastal Safety', 'product'], ['Pilotage', 'person']]))
      .toEqual(['Harbour Commission on Coastal Safety and Pilotage/organization']);
    // The head alone, outside every span the tagger found.
    expect(run('He wrote to the Commission on Rural Schools twice.', [['Rural Schools', 'person']])).toEqual(['Commission on Rural Schools/organization']);
    expect(run('The Harbour Commission on Tuesday met the Marine Council on Norway and the Tidal Panel on Fishing’s chair.',
      [['Harbour Commission', 'organization'], ['Marine Council', 'organization'], ['Norway', 'place'], ['Tidal Panel', 'organization'], ['Fishing', 'organization']]))
      .toEqual(['Harbour Commission/organization', 'Marine Council/organization', 'Norway/place', 'Tidal Panel/organization', 'Fishing/organization']);
  });

  it('a word that opens the clause is no part of the name after it', () => {
    expect(entities('When DeepVista announced they were shutting down their video app, the press scrambled.')).toEqual(['DeepVista/organization']);
    expect(entities('When KestrelAI announced it, users left. But B&B said no.')).toEqual(['B&B/organization', 'KestrelAI/organization']);
  });

  it('a surname’s particle in lower case belongs to it', () => {
    expect(entities('Neighbours ran to help van Dorsten when the barn caught fire, and the police thanked de Wees.'))
      .toEqual(['de Wees/person', 'van Dorsten/person']);
  });

  it('the half of the day after a time is no name', () => {
    expect(entities('The attacks occurred at 4:00 A.M. local time in Kalmar, the agency said.')).toEqual(['Kalmar/place']);
  });

  it('a month with a year or a day, or months joined by hyphens, are a date, no name; "May" alone may be a person', () => {
    const text = 'The advice came in March 2003 from May, for June-July and the January-to-March quarter.';
    const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    const at = (word: string) => sentences[0]!.tokens.findIndex((t) => t.text === word);
    const span = (from: number, to: number) => ({ block: 1, start: sentences[0]!.tokens[from]!.start, end: sentences[0]!.tokens[to - 1]!.end, type: 'other' as const, sentence: 0, from, to });
    expect(withoutCommonNouns([span(at('March'), at('2003') + 1), { ...span(at('May'), at('May') + 1), type: 'person' as const }], sentences, lexicon)
      .map((s) => text.slice(s.start, s.end))).toEqual(['May']);
    // Months joined by hyphens, one token, are a stretch of time.
    expect(withoutCommonNouns([span(at('June-July'), at('June-July') + 1), span(at('January-to-March'), at('January-to-March') + 1)], sentences, lexicon)).toEqual([]);
  });

  it('a people’s word is no name, but a language may be', () => {
    const text = 'The Norwegian replied in English.';
    const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
    const at = (word: string, type: EntityType) => {
      const i = sentences[0]!.tokens.findIndex((t) => t.text === word);
      return { block: 1, start: sentences[0]!.tokens[i]!.start, end: sentences[0]!.tokens[i]!.end, type, sentence: 0, from: i, to: i + 1 };
    };
    expect(withoutCommonNouns([at('Norwegian', 'organization'), at('English', 'other')], sentences, lexicon).map((s) => text.slice(s.start, s.end))).toEqual(['English']);
    const joined = 'Indian and Chinese investors came.';
    const [sentence] = prepareSentences([{ index: 1, kind: 'paragraph', text: joined }], lexicon);
    expect(withoutCommonNouns([{ block: 1, start: 0, end: 18, type: 'organization', sentence: 0, from: 0, to: 3 }], [sentence!], lexicon)).toEqual([]);
  });

  it('a nationality before a full name is no part of it, and a people the country lists miss is no name either', () => {
    expect(entities('Unseeded Spaniard Carlos Moreno beat Briton Tim Wells in Kalmar.')).toEqual(['Carlos Moreno/person', 'Kalmar/place', 'Tim Wells/person']);
    expect(entities('Yugoslav state oil firm Brevopetrol said Kurdish and Serb buyers had called.')).toEqual(['Brevopetrol/organization']);
    expect(entities('Arab and Kashmiri leaders met Tibetan monks and Latino voters in Kalmar.')).toEqual(['Kalmar/place']);
    expect(entities('Ousted Zairean leader Mobutu Sese Seko arrived in Kalmar.')).toEqual(['Kalmar/place', 'Mobutu Sese Seko/person']);
  });

  it('countries and cities by the names older news gives them are places', () => {
    expect(entities('Troops left Grozny for Bombay, and envoys from Zaire and Yugoslavia met in Leningrad on Monday.'))
      .toEqual(['Bombay/place', 'Grozny/place', 'Leningrad/place', 'Yugoslavia/place', 'Zaire/place']);
  });

  it('titles joined by a hyphen are a title, no part of the name after them', () => {
    expect(entities('U.N. Secretary-General Oskar Brandvik urged action, and Attorney-General Mara Lindqvist agreed.'))
      .toEqual(['Mara Lindqvist/person', 'Oskar Brandvik/person', 'U.N./organization']);
  });

  it('how many, opening a name, is no part of it; a people in the plural is no name, whatever type the tagger gave it', () => {
    expect(entities('KALMAR, Iraq ( Reuters ) - Thousands of Kurds fled towards the border on Sunday , aid workers said .'))
      .toEqual(['Iraq/place', 'KALMAR/place', 'Reuters/organization']);
    expect(entities('Most of Europe was cold, and the Kurds waited.')).toEqual(['Europe/place']);
  });

  it('people by sex or age over a results list are no name', () => {
    expect(entities("Men's singles", "Women's downhill results on Saturday: 1. Anna Lindvall (Sweden) 1:32.45")).toEqual(['Anna Lindvall/person', 'Sweden/place']);
  });

  it('a people’s word and "Government" name no body, capitalised or not', () => {
    expect(entities('A spokesman for the Kenyan Government said aid would arrive in Kalmar.')).toEqual(['Kalmar/place']);
  });

  it('two peoples’ words joined by a hyphen are no name', () => {
    expect(entities('Anglo-Dutch group Kestrel Holdings said on Monday that a Swiss-German bid had failed.')).toEqual(['Kestrel Holdings/organization']);
  });

  it('a title’s modifier after a place is the title’s; a place cut short before the words that complete a known place’s name is that place', () => {
    expect(entities('U.S. District Judge Tom Lake said the men had lied.')).toEqual(['Tom Lake/person', 'U.S./place']);
    expect(entities('Kansas City Mayor Jo Halden said no.')).toEqual(['Jo Halden/person', 'Kansas City/place']);
  });

  it('after a title, one word no dictionary or place list holds is a person’s surname, not part of an organisation’s name', () => {
    expect(entities('Senator McBrevik said no on Tuesday.')).toEqual(['McBrevik/person']);
    expect(entities('Cardinal O\'Halloran said the church would help.')).toEqual(['O\'Halloran/person']);
  });

  it('a known place or body run into a person’s name after it are two names, the person’s its last words', () => {
    expect(entities('She lost to the former Senator from New York Helena Varrick in 2016.')).toEqual(['Helena Varrick/person', 'New York/place']);
    expect(entities('Ambassador to the United Nations Nikki Halvorsen resigned.')).toEqual(['Nikki Halvorsen/person', 'United Nations/organization']);
    // The tagger's body and person, which the rules ran into one, stay two; the person's given names go with the person.
    expect(entities('"It is wrong," Hong Kong director of Amnesty International Man-kei Lo said on Monday.'))
      .toEqual(['Amnesty International/organization', 'Hong Kong/place', 'Man-kei Lo/person']);
    // Not a place before a name that ends in a word of English: "Newcastle Brown Ale", "Nairobi Serena Hotel".
    expect(entities('He drank Newcastle Brown Ale at the Nairobi Serena Hotel.').map((e) => e.split('/')[0])).not.toContain('Brown Ale');
  });

  it('a number before every mention of a one-word name is part of it; a quantity before one mention is not', () => {
    const names = (...paragraphs: string[]) => entities(...paragraphs).map((e) => e.split('/')[0]);
    expect(names('Rapper 40 Kestrel topped the chart on Sunday.', '40 Kestrel said the album took a year, and 40 Kestrel will tour in May.')).toEqual(['40 Kestrel']);
    expect(names('He sold 40 Kestrel shares.', 'Kestrel said profits rose.')).toEqual(['Kestrel']);
  });

  it('two names joined at "for" are two when each is a name by itself; a name that goes on past "for" stays whole', () => {
    const split = (text: string, type: EntityType = 'organization') => splitBeforeSaid(splitAtFor, text, type);
    // A known place, then words no dictionary has: a name of the type the tagger saw. "the" after "for" is neither's.
    expect(split('Norway for Dynamo Kestrava said so.')).toEqual(['Norway/place', 'Dynamo Kestrava/organization']);
    expect(split('Norway for the Dynamo Kestrava said so.')).toEqual(['Norway/place', 'Dynamo Kestrava/organization']);
    expect(split('Microsoft for Nokia said so.')).toEqual(['Microsoft/organization', 'Nokia/organization']);
    // Words before "for" that are no name alone, or end in a head word; and no name after it.
    expect(split('Institute for Fiscal Studies said so.')).toEqual(['Institute for Fiscal Studies/organization']);
    expect(split('Transport for London said so.')).toEqual(['Transport for London/organization']);
    expect(split('Halvard Commission for Norway said so.')).toEqual(['Halvard Commission for Norway/organization']);
    expect(split('Norway for Peace said so.')).toEqual(['Norway for Peace/organization']);
  });

  it('two names joined at "and" are two when each is a name by itself', () => {
    const split = (text: string, type: EntityType = 'organization') => splitBeforeSaid(splitAtAnd, text, type);
    expect(split('Microsoft and Nokia said so.')).toEqual(['Microsoft/organization', 'Nokia/organization']);
    expect(split('Maren Holt and Ivo Brandt said so.', 'person')).toEqual(['Maren Holt/person', 'Ivo Brandt/person']);
    expect(split('Holt and I said so.', 'person')).toEqual(['Holt/person']);
    // People after their people's word part too.
    expect(split('Norwegians Maren Holt and Ivo Brandt said so.', 'other')).toEqual(['Norwegians Maren Holt/person', 'Ivo Brandt/person']);
    // Names with "and" inside stay whole.
    expect(split('Marks and Spencer said so.')).toEqual(['Marks and Spencer/organization']);
    expect(split('Department of Trade and Industry said so.')).toEqual(['Department of Trade and Industry/organization']);
    expect(split('Trinidad and Tobago said so.', 'place')).toEqual(['Trinidad and Tobago/place']);
    expect(split('Bradford & Bingley said so.')).toEqual(['Bradford & Bingley/organization']);
    // Two institutions, each a name no dictionary opens with an organisation's head in it, part even after an "of".
    expect(split('Halvard Institute of Technology and Velzor University said so.')).toEqual(['Halvard Institute of Technology/organization', 'Velzor University/organization']);
    expect(split('Department of Health and Human Services said so.')).toEqual(['Department of Health and Human Services/organization']);
    // So do two names each closed by a head, and a head with "of" before a place; not the halves of one name whose head closes both.
    expect(split('Tarnow Ventures and Baltic Birch Capital said so.')).toEqual(['Tarnow Ventures/organization', 'Baltic Birch Capital/organization']);
    expect(split('University of Bristol and Velzor University said so.')).toEqual(['University of Bristol/organization', 'Velzor University/organization']);
    expect(split('US Securities and Exchange Commission said so.')).toEqual(['US Securities and Exchange Commission/organization']);
    expect(split('Association of Payment and Clearing Services said so.')).toEqual(['Association of Payment and Clearing Services/organization']);
    expect(split('Birmingham and Midlands Institute said so.')).toEqual(['Birmingham and Midlands Institute/organization']);
    // A person's name (here a surname the article gives in full elsewhere) and a name shaped as a person's are two people.
    expect(entities('Katerina Vasilou and Kostas Demetriou missed a test. And Vasilou and Demetriou face a criminal trial later this year.'))
      .toEqual(['Katerina Vasilou/person', 'Kostas Demetriou/person']);
    // Names the article gives alone elsewhere part, even after an "of". The spans, by their words, in text order.
    const splitIn = (text: string, names: string[]) => {
      const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
      const tokens = sentences[0]!.tokens;
      let from = 0;
      const tagged = names.map((name) => {
        const words = name.split(' ');
        while (!words.every((w, k) => tokens[from + k]?.text === w)) from++;
        const span = { block: 1, start: tokens[from]!.start, end: tokens[from + words.length - 1]!.end, type: 'organization' as const, sentence: 0, from, to: from + words.length };
        from += words.length;
        return span;
      });
      return splitAtAnd(tagged, sentences, lexicon).map((s) => text.slice(s.start, s.end));
    };
    expect(splitIn('Kestrel Labs and Dunmore Trust said so, Kestrel Labs more than Dunmore Trust.', ['Kestrel Labs and Dunmore Trust', 'Kestrel Labs', 'Dunmore Trust']))
      .toEqual(['Kestrel Labs', 'Dunmore Trust', 'Kestrel Labs', 'Dunmore Trust']);
    expect(splitIn('Kestrel Marsh and Dunmore Spencer said so, Kestrel Marsh first.', ['Kestrel Marsh and Dunmore Spencer', 'Kestrel Marsh']))
      .toEqual(['Kestrel Marsh and Dunmore Spencer', 'Kestrel Marsh']);
    expect(splitIn('University of Tarn and Kestrel Labs said so, as Kestrel Labs and the University of Tarn agreed.', ['University of Tarn and Kestrel Labs', 'Kestrel Labs', 'University of Tarn']))
      .toEqual(['University of Tarn', 'Kestrel Labs', 'Kestrel Labs', 'University of Tarn']);
  });

  it('an organisation, a role and a person’s name taken as one name are two names, without the role', () => {
    const spanOf = (text: string, type: EntityType) => {
      const sentences = prepareSentences([{ index: 1, kind: 'paragraph', text }], lexicon);
      const tokens = sentences[0]!.tokens;
      const to = tokens.findIndex((t) => t.text === 'said');
      const span = { block: 1, start: 0, end: tokens[to - 1]!.end, type, sentence: 0, from: 0, to };
      return splitAtRoles([span], sentences, lexicon).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    };
    expect(spanOf('Zentrix Chief Executive Dana Whitlow said no.', 'organization')).toEqual(['Zentrix/organization', 'Dana Whitlow/person']);
    expect(spanOf('Ohio Press Secretary Dana Whitlow said no.', 'other')).toEqual(['Ohio/place', 'Dana Whitlow/person']);
    // A role after "of" names the body; a county is a place, not part of the role.
    expect(spanOf('Kerrow County Attorney Dana Whitlow said no.', 'organization')).toEqual(['Kerrow County/place', 'Dana Whitlow/person']);
    expect(spanOf('Kerrow Board of Governors Speaker Dana Whitlow said no.', 'person')).toEqual(['Kerrow Board of Governors/organization', 'Dana Whitlow/person']);
    // An everyday word or a people's name before the role is no organisation; a ship may bear a title and a name.
    expect(spanOf('Democratic Senator Dana Whitlow said no.', 'person')).toEqual(['Dana Whitlow/person']);
    expect(spanOf('Finance Minister Dana Whitlow said no.', 'other')).toEqual(['Dana Whitlow/person']);
    expect(spanOf('MV Professor Dana Whitlow said no.', 'other')).toEqual(['MV Professor Dana Whitlow/other']);
  });

  it('a party’s word before "party" in lower case names the party, one with the article’s other mentions of it', () => {
    // The parties alone: the candidate's type is the tagger's business, not this rule's.
    expect(entityMentions('Jo Halden won the Democratic party\'s primary on Tuesday.', 'Labour won the seat. The Labour party said it was pleased.')
      .filter(([name]) => name !== 'Jo Halden')).toEqual([
      ['Democratic party', 'organization', ['Democratic party']], ['Labour party', 'organization', ['Labour', 'Labour party']]]);
  });

  it('a party named by its members, in the plural, is the party', () => {
    expect(entities('Ann Fenwick said the Tories would cut spending, and the Conservatives denied it.')).toEqual(['Ann Fenwick/person', 'Conservatives/organization', 'Tories/organization']);
  });

  it('a name after an honorific or a title is the name a person goes by, given in full or not, and never another person’s given name', () => {
    expect(entities('Mr Quarrie attacked the plans on Monday.', 'Later Mr Quarrie said the budget was unfair.')).toEqual(['Quarrie/person']);
    expect(entities('Party members backed Morgan Selwyn on Tuesday.', 'Mr Morgan said Mr Selwyn would stay.'))
      .toEqual(['Morgan Selwyn/person', 'Morgan/person']);
    // A capitalised title works so ("Prince Charles" is not Charles Kennedy); a lower-case role does not.
    expect(entities('Prince Tobias and his bride greeted guests on Friday.', 'Liberal leader Tobias Kell said Prince Tobias was welcome.'))
      .toEqual(['Tobias Kell/person', 'Tobias/person']);
  });

  it('a role with its "of" after a place is no part of the place', () => {
    expect(entities('She resigned to become the United Kingdom Secretary of State, a post she held until 2010.')).toEqual(['United Kingdom/place']);
  });

  it('a nickname in quotes inside a full name is part of one person, who keeps the short forms', () => {
    expect(entityMentions('The party chose radio host Desmond "Dizzy" Ashcombe as its candidate. Ashcombe, known to all as "Dizzy", said Dizzy Ashcombe would win.'))
      .toEqual([['Desmond "Dizzy" Ashcombe', 'person', ['Desmond "Dizzy" Ashcombe', 'Ashcombe', 'Dizzy', 'Dizzy Ashcombe']]]);
    expect(entities("Drummer Tomasz 'Tiny' Van Brakel left the band, and Keziah “Kay” Olumide joined it."))
      .toEqual(['Keziah "Kay" Olumide/person', "Tomasz 'Tiny' Van Brakel/person"]);
    // Not after a word that is a verb's or an adverb's form, nor around quoted words after a name.
    expect(entities('Critics called his Westernised "Jimmy" Bond a mistake, and Laura Venn called it "Nonsense" on Monday.'))
      .not.toContain('Westernised "Jimmy" Bond/person');
  });

  it('a given name of two syllables joined by a hyphen is whole, and the surname before it is the person’s short form', () => {
    expect(entityMentions('Opposition leader Pak Hyo-sung met Governor Chae Min-seok in Busan. Mr Pak said the talks went well.'))
      .toEqual(expect.arrayContaining([['Pak Hyo-sung', 'person', ['Pak Hyo-sung', 'Pak']], ['Chae Min-seok', 'person', ['Chae Min-seok']]]));
    // A modifier after a name stays apart ("Obama-backed"), and a particle after the hyphen goes on to the surname.
    // (Whether the Kremlin acting is read as the body or the place is the tagger's guess; its bounds are the rules'.)
    const found = entities('The Kremlin-backed plan of minister Anneke Smit-van Dalen was debated.');
    expect(found).toContain('Anneke Smit-van Dalen/person');
    expect(found.map((name) => name.split('/')[0])).toEqual(['Anneke Smit-van Dalen', 'Kremlin']);
  });
});
