// Resolution across articles, rule by rule, on made-up articles' entities (built by hand, so these tests
// hold whatever the recognizer inside one article does).
import { describe, expect, it } from 'vitest';
import { resolveCorpus, type CorpusEntity } from '../../src/knowledge/entities/corpus.ts';
import { canonicalName } from '../../src/knowledge/entities/resolution/canonical.ts';
import { relateForm } from '../../src/knowledge/entities/resolution/form-relations.ts';
import { foldKeys } from '../../src/knowledge/entities/resolution/name-keys.ts';
import {
  countryOf,
  isClippedForm,
  isGivenNameVariant,
  isInitialism,
  isPluralVariant,
  withoutDesignators,
} from '../../src/knowledge/entities/resolution/variants.ts';
import type { DocumentEntity, EntityType } from '../../src/knowledge/types.ts';
import { documentEntity } from '../support/document-entities.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const lexicon = defaultLexicon();

const entity = documentEntity;
const doc = (article: string, ...entities: DocumentEntity[]) => ({ article, entities });
const named = (entities: CorpusEntity[], name: string) => entities.filter((e) => e.name === name);
const one = (entities: CorpusEntity[], name: string) => {
  const found = named(entities, name);
  expect(found, `exactly one entity named ${name}`).toHaveLength(1);
  return found[0]!;
};
const formsOf = (e: CorpusEntity) => [...new Set(e.mentions.map((m) => m.text))].sort();

describe('the canonical name', () => {
  it('is the full form most articles use, whatever one article calls it at length', () => {
    const docs = [
      doc('a1', entity('Corvane Harbour Trust', 'organization', { 'Corvane Harbour Trust': 1, 'CHT': 1 })),
      doc('a2', entity('CHT', 'organization', { CHT: 4 })),
      doc('a3', entity('CHT', 'organization', { CHT: 2 })),
      doc('a4', entity('CHT', 'organization', { CHT: 3 })),
    ];
    // The expansion is used once: it does not rename what every other article calls CHT.
    expect(one(resolveCorpus(docs), 'CHT').mentions).toHaveLength(11);
  });

  it('gives way to an expansion in real use, which then counts its acronym’s uses', () => {
    const uses = [
      { text: 'NPL', article: 'a', mentions: 9 }, { text: 'NPL', article: 'b', mentions: 5 }, { text: 'NPL', article: 'c', mentions: 2 },
      { text: 'Northern Pilots League', article: 'a', mentions: 1 }, { text: 'Northern Pilots League', article: 'd', mentions: 1 },
      { text: 'Northern Pilots League', article: 'e', mentions: 1 },
      { text: 'Pilots League', article: 'f', mentions: 1 }, { text: 'Pilots League', article: 'g', mentions: 1 },
      { text: 'Pilots League', article: 'h', mentions: 1 }, { text: 'Pilots League', article: 'i', mentions: 1 },
    ];
    expect(canonicalName(uses, 'organization', lexicon)).toBe('Northern Pilots League');
  });

  it('takes the spelling most articles use, and breaks ties by length, then alphabetically, in any order', () => {
    expect(canonicalName([
      { text: 'zPad', article: 'a', mentions: 1 }, { text: 'zPad', article: 'b', mentions: 1 }, { text: 'Zpad', article: 'c', mentions: 5 },
    ], 'product', lexicon)).toBe('zPad');
    const tie = [
      { text: 'Orla Venn', article: 'a', mentions: 2 }, { text: 'Orla Vennick', article: 'b', mentions: 2 },
    ];
    expect(canonicalName(tie, 'person', lexicon)).toBe('Orla Vennick');
    expect(canonicalName([...tie].reverse(), 'person', lexicon)).toBe('Orla Vennick');
    expect(canonicalName([{ text: 'Brem', article: 'a', mentions: 1 }, { text: 'Acre', article: 'b', mentions: 1 }], 'place', lexicon)).toBe('Acre');
  });

  it('names a person by their full name, never their surname, however often the surname is used', () => {
    const docs = [
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 30 })),
      doc('a2', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 12 })),
    ];
    expect(one(resolveCorpus(docs), 'Marta Quell').mentions).toHaveLength(44);
  });
});

describe('short forms join a longer name only on evidence', () => {
  it('keeps a surname with the person its own article names in full', () => {
    const [marta] = resolveCorpus([doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 3 }))]);
    expect(marta).toMatchObject({ name: 'Marta Quell', type: 'person' });
    expect(marta!.mentions).toHaveLength(4);
  });

  it('joins a lone surname to the person the corpus pairs it with in several articles', () => {
    const docs = [
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a2', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a3', entity('Quell', 'person', { Quell: 5 })),
    ];
    const entities = resolveCorpus(docs);
    expect(named(entities, 'Quell')).toEqual([]);
    expect(one(entities, 'Marta Quell').mentions).toHaveLength(11);
  });

  it('a lone surname joined to a person votes as that person, however many mentions its articles typed otherwise', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Rowan Tallis', 'person', { 'Rowan Tallis': 1, Tallis: 1 })),
      doc('a2', entity('Rowan Tallis', 'person', { 'Rowan Tallis': 1, Tallis: 1 })),
      doc('a3', entity('Tallis', 'organization', { Tallis: 12 })),
      doc('a4', entity('Tallis', 'organization', { Tallis: 12 })),
    ]);
    expect(one(entities, 'Rowan Tallis').type).toBe('person');
    expect(one(entities, 'Rowan Tallis').mentions).toHaveLength(28);
  });

  it('pairs a surname with the one person of that surname its article names, even where the article kept them apart', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a2', entity('Marta Quell', 'person', { 'Marta Quell': 1 }), entity('Quell', 'person', { Quell: 6 })),
      doc('a3', entity('Quell', 'person', { Quell: 5 })),
    ]);
    expect(named(entities, 'Quell')).toEqual([]);
    expect(one(entities, 'Marta Quell').mentions).toHaveLength(15);
  });

  it('reads a person’s name that the articles took for an organisation as a person’s name', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Dario Vennick', 'organization', { 'Dario Vennick': 1, Vennick: 4 })),
      doc('a2', entity('Dario Vennick', 'organization', { 'Dario Vennick': 1, Vennick: 3 })),
      doc('a3', entity('Vennick', 'organization', { Vennick: 5 })),
      doc('a4', entity('Vennick', 'organization', { Vennick: 5 })),
      // An acronym opening a name is no given name, whatever a list of names holds.
      doc('b1', entity('ISIS Council', 'organization', { 'ISIS Council': 1, ISIS: 3 })),
      doc('b2', entity('ISIS', 'organization', { ISIS: 2 })),
    ]);
    // Named by the full name, as a person would be, though typed an organisation.
    expect(named(entities, 'Vennick')).toEqual([]);
    expect(one(entities, 'Dario Vennick').mentions).toHaveLength(19);
    expect(one(entities, 'ISIS').mentions).toHaveLength(5);
    expect(one(entities, 'ISIS Council').mentions).toHaveLength(1);
  });

  it('leaves a lone surname alone when only one article pairs it, or when two people share it', () => {
    const once = resolveCorpus([
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a3', entity('Quell', 'person', { Quell: 5 })),
    ]);
    expect(one(once, 'Quell').mentions).toHaveLength(5);
    const shared = resolveCorpus([
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a2', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 })),
      doc('a4', entity('Dario Quell', 'person', { 'Dario Quell': 1, Quell: 2 })),
      doc('a5', entity('Dario Quell', 'person', { 'Dario Quell': 1, Quell: 2 })),
      doc('a3', entity('Quell', 'person', { Quell: 5 })),
    ]);
    expect(one(shared, 'Quell').mentions).toHaveLength(5);
  });

  it('joins an acronym an article defined to its expansion in the other articles too', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Halvard Water Board', 'organization', { 'Halvard Water Board': 1, HWB: 2 })),
      doc('a2', entity('HWB', 'organization', { HWB: 3 })),
    ]);
    expect(formsOf(one(entities, 'HWB'))).toEqual(['HWB', 'Halvard Water Board']);
  });

  it('does not merge a name with a longer name that merely contains it', () => {
    const entities = resolveCorpus([
      // One article grouped them; containment is all that ties them.
      doc('a1', entity('Quarrow Echo', 'organization', { Quarrow: 6, 'Quarrow Echo': 1 })),
      doc('a2', entity('Quarrow', 'place', { Quarrow: 4 })),
      doc('b1', entity('Rocky Lumen', 'product', { 'Rocky Lumen': 5, Lumen: 3 })),
      doc('b2', entity('Lumen', 'product', { Lumen: 6 })),
      doc('c1', entity('Tessel Copilot', 'product', { 'Tessel Copilot': 2, Tessel: 2 })),
      doc('c2', entity('Tessel', 'organization', { Tessel: 3 })),
      doc('d1', entity('Vantor Office', 'product', { 'Vantor Office': 1, Vantor: 9 })),
      doc('d2', entity('Vantor', 'organization', { Vantor: 7 })),
    ]);
    expect(one(entities, 'Quarrow').mentions).toHaveLength(10);
    expect(one(entities, 'Quarrow Echo').mentions).toHaveLength(1);
    expect(one(entities, 'Lumen').mentions).toHaveLength(9);
    expect(one(entities, 'Rocky Lumen').mentions).toHaveLength(5);
    expect(one(entities, 'Tessel').mentions).toHaveLength(5);
    expect(one(entities, 'Tessel Copilot').mentions).toHaveLength(2);
    expect(one(entities, 'Vantor').mentions).toHaveLength(16);
    expect(one(entities, 'Vantor Office').mentions).toHaveLength(1);
  });

  it('joins a contained form that is never used without its longer name, in several articles', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Scorra Institute of Tides', 'organization', { 'Scorra Institute of Tides': 1, Scorra: 2 })),
      doc('a2', entity('Scorra Institute of Tides', 'organization', { 'Scorra Institute of Tides': 1, Scorra: 3 })),
    ]);
    expect(formsOf(one(entities, 'Scorra'))).toEqual(['Scorra', 'Scorra Institute of Tides']);
  });
});

describe('a product and its model', () => {
  it('keeps the model an article tied to its maker, and gathers the articles that name the model alone', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Tarvo QX', 'product', { 'Tarvo QX': 1, QX: 4 })),
      doc('a2', entity('Tarvo QX', 'product', { 'Tarvo QX': 1, QX: 2 })),
      doc('a3', entity('QX', 'organization', { QX: 3 })),
    ], lexicon);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Tarvo QX', 'product', 11]]);
  });
});

describe('variant forms of one name', () => {
  it('tells how a form relates to its article’s name', () => {
    expect(relateForm('Quell', 'Marta Quell', 'person', lexicon)).toBe('short');
    expect(relateForm('Marta Quell', 'Envoy With Marta Quell', 'person', lexicon)).toBe('full');
    expect(relateForm('HWB', 'Halvard Water Board', 'organization', lexicon)).toBe('short');
    expect(relateForm('Vantor', 'Vantor Office', 'product', lexicon)).toBe('contained');
    expect(relateForm('Lorrin', 'Hurricane Lorrin', 'other', lexicon)).toBe('short');
    expect(relateForm('Vantor Party', 'Vantor', 'organization', lexicon)).toBe('full');
    expect(relateForm('Zeta Nine', 'Kalo Basin', 'place', lexicon)).toBe('linked');
    // A person's name that one article typed an organisation keeps its surname; a product does not.
    expect(relateForm('Quell', 'Marta Quell', 'organization', lexicon)).toBe('short');
    expect(relateForm('Lumen', 'Rocky Lumen', 'product', lexicon)).toBe('contained');
    // A product's model in capitals after its maker is its short form, as a surname is a person's ("DS" of "Nintendo DS").
    expect(relateForm('QX', 'Tarvo QX', 'product', lexicon)).toBe('short');
    expect(relateForm('QX', 'Tarvo QX', 'organization', lexicon)).toBe('contained');
    expect(relateForm('ハル', 'Haru Port', 'place', lexicon)).toBe('short');
    // A club named for its town, by its last word; not a body whose first word is no town.
    expect(relateForm('Wanderers', 'Bristol Wanderers', 'organization', lexicon)).toBe('short');
    expect(relateForm('United', 'Citizens United', 'organization', lexicon)).toBe('contained');
  });

  it('folds case, diacritics, dots and hyphens, and writes umlauts both ways', () => {
    expect(foldKeys('WorldNet')).toEqual(foldKeys('Worldnet'));
    expect(foldKeys('U.S.')).toEqual(['us']);
    expect(foldKeys('Rhein-Börse')).toEqual(['rhein borse', 'rhein boerse']);
    expect(foldKeys('Rhein Boerse')).toEqual(['rhein boerse']);
  });

  it('recognises initialisms with or without dots, and refuses near misses', () => {
    expect(isInitialism('EU', 'European Union', lexicon)).toBe(true);
    expect(isInitialism('U.S.', 'United States', lexicon)).toBe(true);
    expect(isInitialism('NPL', 'Northern Pilots League', lexicon)).toBe(true);
    expect(isInitialism('KTIP', 'KT Independence Party', lexicon)).toBe(true);
    expect(isInitialism('BoK', 'Bank of Kessel', lexicon)).toBe(true);
    expect(isInitialism('TCC', 'US Tidal Control Commission', lexicon)).toBe(true);
    expect(isInitialism('IP', 'KT Independence Party', lexicon)).toBe(false);
    expect(isInitialism('S&N', 'Six Nations', lexicon)).toBe(false);
    expect(isInitialism('S&N', 'Selby & Norwell', lexicon)).toBe(true);
    expect(isInitialism('Eu', 'European Union', lexicon)).toBe(false);
  });

  it('recognises clipped forms, not words that only start alike', () => {
    expect(isClippedForm('Lib Dems', 'Liberal Democrats', lexicon)).toBe(true);
    expect(isClippedForm('Prog Cons', 'Progressive Conservatives', lexicon)).toBe(true);
    expect(isClippedForm('New York', 'New Yorker', lexicon)).toBe(false);
    expect(isClippedForm('Radio News', 'Radio Newcastle', lexicon)).toBe(false);
    expect(isClippedForm('The Sims', 'The Simpsons', lexicon)).toBe(false);
    expect(isPluralVariant('Lib Dem', 'Lib Dems')).toBe(true);
    expect(isPluralVariant('Lion', 'Lions')).toBe(false);
  });

  it('knows designators, given-name variants and countries', () => {
    expect(withoutDesignators('Vantor Party', lexicon)).toBe('vantor');
    expect(withoutDesignators('Tessel Holdings Inc.', lexicon)).toBe('tessel');
    expect(withoutDesignators('Party', lexicon)).toBe('party');
    expect(withoutDesignators('The Office', lexicon)).toBe('the office');
    expect(isGivenNameVariant('Mitch Farrow', 'Mitchell Farrow', lexicon)).toBe(true);
    expect(isGivenNameVariant('Bill Farrow', 'William Farrow', lexicon)).toBe(true);
    expect(isGivenNameVariant('Mitch Farrow', 'Mitchell Farrant', lexicon)).toBe(false);
    expect(isGivenNameVariant('Mitch Farrow', 'Martin Farrow', lexicon)).toBe(false);
    expect(countryOf('United Kingdom', lexicon)).toBe('GBR');
    expect(countryOf('UK', lexicon)).toBe('GBR');
    expect(countryOf('Britain', lexicon)).toBe('GBR');
    expect(countryOf('Turkey', lexicon)).toBe('TUR');
    expect(countryOf('U.S.', lexicon)).toBe('USA');
    expect(countryOf('USA', lexicon)).toBe('USA');
    expect(countryOf('IT', lexicon)).toBeUndefined();
    expect(countryOf('SA', lexicon)).toBeUndefined();
    expect(countryOf('Us', lexicon)).toBeUndefined();
  });

  it('joins the variants of one name across articles', () => {
    const entities = resolveCorpus([
      doc('a1', entity('United States', 'place', { 'United States': 2 })),
      doc('a2', entity('US', 'place', { US: 5 })),
      doc('a3', entity('U.S.', 'place', { 'U.S.': 4 })),
      doc('a4', entity('USA', 'place', { USA: 1 })),
      doc('a5', entity('United States', 'place', { 'United States': 1 })),
      doc('a6', entity('United States', 'place', { 'United States': 1 })),
      doc('b1', entity('European Union', 'organization', { 'European Union': 1, EU: 2 })),
      doc('b2', entity('EU', 'organization', { EU: 3 })),
      doc('b3', entity('European Union', 'organization', { 'European Union': 1 })),
      doc('c1', entity('Liberal Democrats', 'organization', { 'Liberal Democrats': 2 })),
      doc('c2', entity('Lib Dems', 'organization', { 'Lib Dems': 2 })),
      doc('c6', entity('Liberal Democrats', 'organization', { 'Liberal Democrats': 1 })),
      // Typed a person in two articles of three ("Lib Dem leader"): a real share of its votes still says organization.
      doc('c3', entity('Lib Dem', 'person', { 'Lib Dem': 1 })),
      doc('c4', entity('Lib Dem', 'organization', { 'Lib Dem': 1 })),
      doc('c5', entity('Lib Dem', 'person', { 'Lib Dem': 1 })),
      doc('d1', entity('NorthCom', 'organization', { NorthCom: 2 })),
      doc('d2', entity('Northcom', 'organization', { Northcom: 1 })),
      doc('e1', entity('Rhein Börse', 'organization', { 'Rhein Börse': 1 })),
      doc('e2', entity('Rhein Boerse', 'organization', { 'Rhein Boerse': 3 })),
      doc('f1', entity('Mitch Farrow', 'person', { 'Mitch Farrow': 2 })),
      doc('f2', entity('Mitchell Farrow', 'person', { 'Mitchell Farrow': 1 })),
      doc('f3', entity('Bill Farrow', 'person', { 'Bill Farrow': 1 })),
      doc('f4', entity('William Farrow', 'person', { 'William Farrow': 2 })),
      doc('f5', entity('Billy Farrow', 'person', { 'Billy Farrow': 1 })),
      doc('g1', entity('United Kingdom', 'place', { 'United Kingdom': 1 })),
      doc('g2', entity('UK', 'place', { UK: 3 })),
      doc('g3', entity('United Kingdom', 'place', { 'United Kingdom': 1 })),
      // A name the press gives the country that world-countries lacks (country-forms.json).
      doc('g4', entity('Britain', 'place', { Britain: 2 })),
      doc('h1', entity('Vantor Party', 'organization', { 'Vantor Party': 1 })),
      doc('h2', entity('Vantor', 'organization', { Vantor: 4 })),
      // A party and its members in the plural; an award with and without its plural.
      doc('i1', entity('Kestrel Party', 'organization', { 'Kestrel Party': 1 })),
      doc('i2', entity('Kestrels', 'organization', { Kestrels: 3 })),
      doc('j1', entity('Lumen', 'other', { Lumen: 2 })),
      doc('j2', entity('Lumens', 'other', { Lumens: 1 })),
      // A listed body's nickname (body-forms.json), in more articles than its name, still gives way to the name.
      doc('k1', entity('Tories', 'organization', { Tories: 3 })),
      doc('k2', entity('Tories', 'organization', { Tories: 2 })),
      doc('k3', entity('Tories', 'organization', { Tories: 1 })),
      doc('k4', entity('Tories', 'organization', { Tories: 1 })),
      doc('k5', entity('Conservatives', 'organization', { Conservatives: 2 })),
      doc('k6', entity('Conservative Party', 'organization', { 'Conservative Party': 1 })),
      doc('k7', entity('Conservatives', 'organization', { Conservatives: 1 })),
      doc('k8', entity('Conservatives', 'organization', { Conservatives: 1 })),
    ]);
    expect(formsOf(one(entities, 'United States'))).toEqual(['U.S.', 'US', 'USA', 'United States']);
    expect(formsOf(one(entities, 'European Union'))).toEqual(['EU', 'European Union']);
    expect(formsOf(one(entities, 'Liberal Democrats'))).toEqual(['Lib Dem', 'Lib Dems', 'Liberal Democrats']);
    expect(formsOf(one(entities, 'NorthCom'))).toEqual(['NorthCom', 'Northcom']);
    expect(formsOf(one(entities, 'Rhein Boerse'))).toEqual(['Rhein Boerse', 'Rhein Börse']);
    expect(formsOf(one(entities, 'Mitch Farrow'))).toEqual(['Mitch Farrow', 'Mitchell Farrow']);
    expect(formsOf(one(entities, 'William Farrow'))).toEqual(['Bill Farrow', 'Billy Farrow', 'William Farrow']);
    expect(formsOf(one(entities, 'United Kingdom'))).toEqual(['Britain', 'UK', 'United Kingdom']);
    expect(formsOf(one(entities, 'Vantor'))).toEqual(['Vantor', 'Vantor Party']);
    expect(formsOf(one(entities, 'Kestrels'))).toEqual(['Kestrel Party', 'Kestrels']);
    expect(formsOf(one(entities, 'Lumen'))).toEqual(['Lumen', 'Lumens']);
    expect(formsOf(one(entities, 'Conservatives'))).toEqual(['Conservative Party', 'Conservatives', 'Tories']);
    expect(entities).toHaveLength(12);
  });

  it('does not join what only looks alike', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Jon Pellow', 'person', { 'Jon Pellow': 1 })),
      doc('a2', entity('Jon Pellows', 'person', { 'Jon Pellows': 1 })),
      doc('b1', entity('Downey Street', 'place', { 'Downey Street': 3 })),
      doc('b2', entity('DS', 'product', { DS: 4 })),
      doc('c1', entity('Mitch Farrow', 'person', { 'Mitch Farrow': 1 })),
      doc('c2', entity('Marcus Farrow', 'person', { 'Marcus Farrow': 1 })),
      // "Al" is Alan's or Albert's: with both in the corpus, it joins neither, and they stay two people.
      doc('e1', entity('Al Brenner', 'person', { 'Al Brenner': 1 })),
      doc('e2', entity('Alan Brenner', 'person', { 'Alan Brenner': 1 })),
      doc('e3', entity('Albert Brenner', 'person', { 'Albert Brenner': 1 })),
      doc('d1', entity('Selby Nations', 'organization', { 'Selby Nations': 1 })),
      doc('d2', entity('S&N', 'organization', { 'S&N': 1 })),
      // One word and its plural: the same award, but a club's nickname is not its saint, nor a family a person.
      doc('f1', entity('Saint', 'organization', { Saint: 1 })),
      doc('f2', entity('Saints', 'organization', { Saints: 2 })),
      doc('g1', entity('Pellow', 'person', { Pellow: 1 })),
      doc('g2', entity('Pellows', 'other', { Pellows: 1 })),
      // Only a party's name meets its members in the plural, and only an entity known by the plural alone.
      doc('h1', entity('Harrier Group', 'organization', { 'Harrier Group': 1 })),
      doc('h2', entity('Harriers', 'organization', { Harriers: 2 })),
      doc('i1', entity('Tidings Corp', 'organization', { 'Tidings Corp': 1, Tidings: 2 })),
      doc('i2', entity('Tiding Party', 'organization', { 'Tiding Party': 1 })),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual([
      'Al Brenner', 'Alan Brenner', 'Albert Brenner', 'DS', 'Downey Street', 'Harrier Group', 'Harriers', 'Jon Pellow', 'Jon Pellows',
      'Marcus Farrow', 'Mitch Farrow', 'Pellow', 'Pellows', 'S&N', 'Saint', 'Saints', 'Selby Nations', 'Tiding Party', 'Tidings',
    ]);
  });
});

describe('types', () => {
  it('come from every article, one vote each, however long the article', () => {
    const entities = resolveCorpus([
      doc('a1', entity('Corla Vest', 'person', { 'Corla Vest': 1 })),
      doc('a2', entity('Corla Vest', 'person', { 'Corla Vest': 1 })),
      doc('a3', entity('Corla Vest', 'organization', { 'Corla Vest': 40 })),
    ]);
    expect(one(entities, 'Corla Vest').type).toBe('person');
  });

  it('an article that states what kind of thing a name is outweighs the guesses of several others', () => {
    const stated: DocumentEntity = { ...entity('Greywater Lane', 'other', { 'Greywater Lane': 2 }), typeStated: true };
    const entities = resolveCorpus([
      doc('a1', stated),
      doc('a2', entity('Greywater Lane', 'organization', { 'Greywater Lane': 1 })),
      doc('a3', entity('Greywater Lane', 'organization', { 'Greywater Lane': 1 })),
      doc('a4', entity('Greywater Lane', 'organization', { 'Greywater Lane': 1 })),
    ]);
    expect(one(entities, 'Greywater Lane').type).toBe('other');
  });

  it('split a place’s name into the place and its club when the articles’ company clearly differs', () => {
    // Each story has its own cast besides the company its kind keeps.
    const city = (id: string, type: EntityType = 'place') =>
      doc(id, entity('Bremen', type, { Bremen: 2 }), entity('Harbour Authority', 'organization', { 'Harbour Authority': 1 }),
        entity('Weser Quay', 'place', { 'Weser Quay': 1 }), entity(`Resident ${id}`, 'person', { [`Resident ${id}`]: 1 }));
    const club = (id: string, type: EntityType = 'organization') =>
      doc(id, entity('Bremen', type, { Bremen: 2 }), entity('Kestrel Rovers', 'organization', { 'Kestrel Rovers': 1 }),
        entity('Nordstern Arena', 'place', { 'Nordstern Arena': 1 }), entity(`Striker ${id}`, 'person', { [`Striker ${id}`]: 1 }));
    const docs = [city('c1'), city('c2'), city('c3'), city('c4'), club('k1'), club('k2'), club('k3'), club('k4', 'place')];
    const bremen = named(resolveCorpus(docs), 'Bremen');
    expect(bremen.map((e) => [e.type, [...new Set(e.mentions.map((m) => m.article))].sort()])).toEqual([
      ['organization', ['k1', 'k2', 'k3', 'k4']],
      ['place', ['c1', 'c2', 'c3', 'c4']],
    ]);
    expect(JSON.stringify(resolveCorpus([...docs].reverse()))).toBe(JSON.stringify(resolveCorpus(docs)));
  });

  it('keep one entity when both senses come out the same type: no two "Bremen" places', () => {
    const city = (id: string) =>
      doc(id, entity('Bremen', 'place', { Bremen: 2 }), entity('Harbour Authority', 'organization', { 'Harbour Authority': 1 }),
        entity('Weser Quay', 'place', { 'Weser Quay': 1 }), entity(`Resident ${id}`, 'person', { [`Resident ${id}`]: 1 }));
    // Twenty city stories; among the sports stories, three call Bremen the club and four the place: the sports
    // sense holds more place votes than club votes.
    const sport = (id: string, type: EntityType) =>
      doc(id, entity('Bremen', type, { Bremen: 2 }), entity('Kestrel Rovers', 'organization', { 'Kestrel Rovers': 1 }),
        entity('Nordstern Arena', 'place', { 'Nordstern Arena': 1 }), entity(`Striker ${id}`, 'person', { [`Striker ${id}`]: 1 }));
    const docs = [...Array.from({ length: 20 }, (_, k) => city(`c${k}`)), ...['k1', 'k2', 'k3'].map((id) => sport(id, 'organization')),
      ...['p1', 'p2', 'p3', 'p4'].map((id) => sport(id, 'place'))];
    expect(named(resolveCorpus(docs), 'Bremen').map((e) => e.type)).toEqual(['place']);
  });

  it('keep one entity when the articles that disagree keep the same company, or the name is no place', () => {
    const same = (id: string, type: EntityType) =>
      doc(id, entity('Bremen', type, { Bremen: 2 }), entity('Harbour Authority', 'organization', { 'Harbour Authority': 1 }),
        entity(`Resident ${id}`, 'person', { [`Resident ${id}`]: 1 }));
    const noisy = [same('a', 'place'), same('b', 'place'), same('c', 'place'), same('d', 'place'), same('e', 'organization'),
      same('f', 'organization'), same('g', 'organization')];
    expect(named(resolveCorpus(noisy), 'Bremen')).toHaveLength(1);
    const film = (id: string, type: EntityType, other: string) =>
      doc(id, entity('Glass Orchard', type, { 'Glass Orchard': 1 }), entity(other, 'organization', { [other]: 1 }),
        entity(`Critic ${id}`, 'person', { [`Critic ${id}`]: 1 }));
    const films = [film('a', 'place', 'Award Guild'), film('b', 'place', 'Award Guild'), film('c', 'place', 'Award Guild'),
      film('d', 'organization', 'Box Office Tally'), film('e', 'organization', 'Box Office Tally'), film('f', 'organization', 'Box Office Tally')];
    expect(named(resolveCorpus(films), 'Glass Orchard')).toHaveLength(1);
  });
});

describe('determinism', () => {
  it('gives the same entities whatever order the articles come in', () => {
    const docs = [
      doc('a1', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 }), entity('EU', 'organization', { EU: 1 })),
      doc('a2', entity('Marta Quell', 'person', { 'Marta Quell': 1, Quell: 2 }), entity('European Union', 'organization', { 'European Union': 1, EU: 1 })),
      doc('a3', entity('Quell', 'person', { Quell: 5 }), entity('Quarrow Echo', 'organization', { Quarrow: 2, 'Quarrow Echo': 1 })),
    ];
    const forward = resolveCorpus(docs);
    expect(resolveCorpus([docs[2]!, docs[0]!, docs[1]!])).toEqual(forward);
    expect(forward.map((e) => e.name)).toEqual(['European Union', 'Marta Quell', 'Quarrow', 'Quarrow Echo']);
  });
});
