// Span and type rules added while measuring on the Wikinews dev set; every text here is made up for the test.
import { describe, expect, it } from 'vitest';
import { extractEntitiesByRules } from '../../src/knowledge/entities/index.ts';
import type { DocumentEntity } from '../../src/knowledge/types.ts';

const extract = (...texts: string[]) =>
  extractEntitiesByRules({ id: 't', title: 't', blocks: texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })) });
const typed = (entities: DocumentEntity[]) => entities.map((e) => `${e.name}/${e.type}`).sort();
const spans = (entities: DocumentEntity[]) => entities.flatMap((e) => e.mentions.map((m) => m.text)).sort();

describe('ordinary words in capitals', () => {
  it('drops a capitalised everyday word that nothing types and the text also writes in lower case', () => {
    const entities = extract('The judge read the "Decision and Order" aloud.', 'Her decision was final, said Maria Lopez.');
    expect(typed(entities)).toEqual(['Maria Lopez/person']);
  });

  it('drops adjectives before a noun but keeps the party name', () => {
    const entities = extract('The Democratic mayor met Native American voters and the Democratic Party leader.');
    expect(typed(entities)).toEqual(['Democratic Party/organization']);
  });

  it('drops capitals used for emphasis and acronyms spelled out in lower-case words', () => {
    const entities = extract('The court DISMISSES the suit. Each family needs a BPL card [below poverty line] now, said Ravi Kumar.');
    expect(typed(entities)).toEqual(['Ravi Kumar/person']);
  });

  it('keeps acronyms in brackets and at the start of a sentence', () => {
    const entities = extract('The World Health Organization (WHO) raised the risk. WHO said more was needed.');
    expect(entities).toHaveLength(1);
    expect(entities[0]!.mentions.map((m) => m.text)).toEqual(['World Health Organization', 'WHO', 'WHO']);
  });

  it('reads "US$" as a currency', () => {
    expect(extract('He paid US$500 in fines.')).toEqual([]);
  });
});

describe('headings and list lines', () => {
  it('reads a list\'s line, a name and then its figure, as text, not as a heading whose capitals say nothing', () => {
    expect(spans(extract('Seats won:', 'Kestrel Unionist Party - 8 seats', 'Tarn Alliance – 4 seats'))).toEqual(['Kestrel Unionist Party', 'Tarn Alliance']);
    // A title-cased line without figures is still a heading: its capitals are no names.
    expect(spans(extract('Kestrel Unionist Party Wins Big', 'The vote was counted on Friday.'))).toEqual([]);
  });
});

describe('span boundaries', () => {
  it('ends a name at a compound title and keeps the place before it', () => {
    const entities = extract('Manhattan District Attorney Cyrus R. Vance, Jr. sued. Scotland First Minister Nicola Sturgeon spoke.');
    expect(typed(entities)).toEqual(['Cyrus R. Vance, Jr./person', 'Manhattan/place', 'Nicola Sturgeon/person', 'Scotland/place']);
  });

  it('splits a place glued to a person and strips "X of Y" roles', () => {
    const entities = extract('Former Vice President of the United States Joe Biden won. Montana Secretary of State Corey Stapleton agreed.');
    expect(typed(entities)).toEqual(['Corey Stapleton/person', 'Joe Biden/person', 'Montana/place', 'United States/place']);
  });

  it('keeps "of" and "and" inside one organisation, not between two', () => {
    const entities = extract(
      'Carl Ames of the Bill and Melinda Gates Foundation spoke to the Philippine Institute of Volcanology and Seismology (Phivolcs).',
      'The American Civil Liberties Union of Montana and Native American Rights Fund sued, and Emily Blunt and Nathalie Press watched.',
    );
    const names = typed(entities);
    expect(names).toContain('Bill and Melinda Gates Foundation/organization');
    expect(names).toContain('Philippine Institute of Volcanology and Seismology/organization');
    expect(names).toContain('American Civil Liberties Union of Montana/organization');
    expect(names).toContain('Native American Rights Fund/organization');
    expect(names).toContain('Emily Blunt/person');
    expect(spans(entities)).toContain('Phivolcs');
  });

  it('joins ordinals, named days, dashed names and campus cities', () => {
    const entities = extract(
      'During the Second World War, the Saffir–Simpson scale did not exist.',
      'On "Super Tuesday", the University of California, San Diego, voted.',
    );
    expect(spans(entities)).toEqual(['Saffir–Simpson', 'Second World War', 'Super Tuesday', 'University of California, San Diego']);
  });

  it('keeps a score out of a team name', () => {
    const entities = extract('Caloundra defeated Wynnum 45 points to 24, and Noosa beat Gympie 32–22.');
    expect(spans(entities)).toEqual(['Caloundra', 'Gympie', 'Noosa', 'Wynnum']);
  });
});

describe('type evidence', () => {
  it('does not let a city gazetteer turn a linked surname into a place', () => {
    const entities = extract('Senator Elizabeth Warren spoke. Later, Warren endorsed him, and Biden praised Warren.');
    const warren = entities.find((e) => e.name === 'Elizabeth Warren')!;
    expect(warren.type).toBe('person');
    expect(warren.mentions).toHaveLength(3);
  });

  it('types by the head before "of", by place openers and by pronouns', () => {
    const entities = extract(
      'The United States Department of State warned County Cork and Mount Kenya.',
      'A woman there, Rajamma, and her husband helped.',
    );
    expect(typed(entities)).toEqual([
      'County Cork/place', 'Mount Kenya/place', 'Rajamma/person', 'United States Department of State/organization',
    ]);
  });

  it('types a work before "by <author>" and an illness before "virus"', () => {
    const entities = extract('I am reading The Moral Landscape by Sam Harris. Few had heard of the Zika virus.');
    expect(typed(entities)).toEqual(['Sam Harris/person', 'The Moral Landscape/other', 'Zika/other']);
  });

  it('links a hurricane name used alone', () => {
    const entities = extract('Hurricane Lorenzo hit the Azores. Lorenzo weakened later.');
    expect(typed(entities)).toEqual(['Azores/place', 'Hurricane Lorenzo/other']);
    expect(entities.find((e) => e.name === 'Hurricane Lorenzo')!.mentions).toHaveLength(2);
  });
});

describe('Devanagari', () => {
  it('finds names the article already gives in Latin script, and no everyday Hindi words', () => {
    const entities = extract(
      'Ashodaya works in Mysore and Mandya, said Akram Pasha.',
      'अशोदया मैसूर और मांडया में काम करता है, अकरम ने कहा। इतने लोग घर पर हैं।',
    );
    const mentions = (name: string) => entities.find((e) => e.name === name)!.mentions.map((m) => m.text);
    expect(mentions('Ashodaya')).toEqual(['Ashodaya', 'अशोदया']);
    expect(mentions('Mysore')).toEqual(['Mysore', 'मैसूर']);
    expect(mentions('Mandya')).toEqual(['Mandya', 'मांडया']);
    expect(mentions('Akram Pasha')).toEqual(['Akram Pasha', 'अकरम']);
    expect(entities.flatMap((e) => e.mentions)).toHaveLength(8);
  });
});

describe('common nouns and short forms', () => {
  it('links a clipped short form in brackets to its name', () => {
    const entities = extract('The Philippine Institute of Volcanology and Seismology (Phivolcs) said so. Phivolcs said more later.');
    expect(typed(entities)).toEqual(['Philippine Institute of Volcanology and Seismology/organization']);
    expect(entities[0]!.mentions.map((m) => m.text)).toEqual(['Philippine Institute of Volcanology and Seismology', 'Phivolcs', 'Phivolcs']);
  });

  it('ignores creeds, phobias, religious-law words and common health acronyms; types scriptures as other', () => {
    const entities = extract('Islamophobia and Zionists were discussed. Shari\'a was debated, as was access to PrEP and STD tests, and the Qur\'an.');
    expect(typed(entities)).toEqual(["Qur'an/other"]);
  });

  it('types a name before a place noun as a place', () => {
    expect(typed(extract('Dozens died in Maidan Wardak province.'))).toEqual(['Maidan Wardak/place']);
  });
});

describe('held-out newswire shapes', () => {
  it('types Mc/O\' surnames as people and keeps "US … and … Commission" whole with its acronym', () => {
    const entities = extract('Brian O\'Driscoll and Steve McManaman met. The US Securities and Exchange Commission (SEC) sued. SEC won.');
    expect(typed(entities)).toEqual([
      "Brian O'Driscoll/person", 'Steve McManaman/person', 'US Securities and Exchange Commission/organization',
    ]);
  });

  it('types a named day as other', () => {
    expect(typed(extract('The race was decided on Super Tuesday in the primaries.'))).toEqual(['Super Tuesday/other']);
  });
});

describe('branches, peoples and prefixes', () => {
  it('finds a known surname opening a sentence, even when it is also a word', () => {
    const entities = extract('Donald Trump spoke. Trump said more. Green shoots appeared.');
    expect(typed(entities)).toEqual(['Donald Trump/person']);
    expect(entities[0]!.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
  });

  it('types an organisation followed by a country as the organisation, not its product', () => {
    const entities = extract('Donald Trump sued his tax preparer Mazars USA. Later, Mazars said nothing, according to CNN Philippines.');
    expect(typed(entities)).toEqual(['CNN Philippines/organization', 'Donald Trump/person', 'Mazars USA/organization']);
  });

  it('ignores peoples and capitalised prefixes', () => {
    const entities = extract('Montanans and Native Americans voted. Co-author Jing Zhao said so.');
    expect(typed(entities)).toEqual(['Jing Zhao/person']);
  });
});

describe('sport', () => {
  it('types a city that plays as its club, and leaves countries as places', () => {
    const entities = extract('Swansea beat Leeds 2-1 on Saturday, and Liverpool manager Rafael Benitez watched. France beat Wales.');
    expect(typed(entities)).toEqual([
      'France/place', 'Leeds/organization', 'Liverpool/organization', 'Rafael Benitez/person', 'Swansea/organization', 'Wales/place',
    ]);
  });
});
