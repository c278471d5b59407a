// The word lists are one value passed in, not module state: a lexicon built from changed lists changes
// what extraction finds, for the calls given it, while the committed lexicon goes on giving what it gave.
// Made-up articles; each list is changed by one word.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/claims/index.ts';
import { resolveCorpus } from '../../src/knowledge/entities/corpus.ts';
import { extractEntities } from '../../src/knowledge/entities/index.ts';
import { tokenize } from '../../src/knowledge/entities/tokens.ts';
import { splitSentences } from '../../src/knowledge/sentences.ts';
import { entities } from '../support/entity-names.ts';
import { buildLexicon, committedLexiconData, defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import { extractTimes } from '../../src/knowledge/time/index.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';
import { documentEntity } from '../support/document-entities.ts';

const data = committedLexiconData();

const article = (...texts: string[]): ArticleInput => ({
  id: 'a',
  title: 'a',
  published: '2031-01-20',
  blocks: texts.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })),
});

describe('a lexicon built from other lists', () => {
  it('a speech verb added: the quote gets its speaker', () => {
    const quote = article('“The new harbour bridge will open long before the winter storms arrive,” Tamsin Orrow quipped.');
    const lexicon = buildLexicon({ ...data, speech: { ...data.speech, verbs: [...data.speech.verbs, 'quipped'] } });
    expect(extractQuotes(quote, lexicon).map((q) => q.speaker)).toEqual(['Tamsin Orrow']);
    expect(extractQuotes(quote, defaultLexicon()).map((q) => q.speaker)).toEqual([null]);
  });

  it('a title added: it is left out of the name it precedes', () => {
    const text = article('The port was closed on Friday by Harbourmaster Tamsin Orrow, who cited the storm.');
    const lexicon = buildLexicon({ ...data, entities: { ...data.entities, titles: [...data.entities['titles']!, 'harbourmaster'] } });
    expect(extractEntities(text, lexicon).map((e) => `${e.name}/${e.type}`)).toEqual(['Tamsin Orrow/person']);
    // Without it the word is read as part of the name (typed as the tagger guesses).
    expect(extractEntities(text, defaultLexicon()).map((e) => e.name)).toEqual(['Harbourmaster Tamsin Orrow']);
  });

  it('a month abbreviation added: the date is found, and the time patterns are built from the list', () => {
    const text = article('The bridge reopens on 3 Febr. 2031, the council said.');
    const lexicon = buildLexicon({ ...data, months: { ...data.months, abbreviations: { ...data.months.abbreviations, febr: 2 } } });
    expect(extractTimes(text, lexicon).map((t) => [t.text, t.value])).toEqual([['3 Febr. 2031', '2031-02-03']]);
    expect(extractTimes(text, defaultLexicon())).toEqual([]);
  });

  it('a designator added: resolution joins the name with and without it', () => {
    const docs = [
      { article: 'a1', entities: [documentEntity('Vantor Syndicate', 'organization', { 'Vantor Syndicate': 2 })] },
      { article: 'a2', entities: [documentEntity('Vantor', 'organization', { Vantor: 3 })] },
    ];
    const designators = [...data.resolution.designators.designators, 'syndicate'];
    const lexicon = buildLexicon({ ...data, resolution: { ...data.resolution, designators: { ...data.resolution.designators, designators } } });
    expect(resolveCorpus(docs, lexicon).map((e) => [e.name, e.mentions.length])).toEqual([['Vantor', 5]]);
    expect(resolveCorpus(docs, defaultLexicon()).map((e) => [e.name, e.mentions.length])).toEqual([['Vantor', 3], ['Vantor Syndicate', 2]]);
  });
});

describe('lists that were written inside the rules, now read from the data files', () => {
  it('a sentence abbreviation added: its full stop ends no sentence', () => {
    const block = { index: 1, kind: 'paragraph' as const, text: 'The ferry docked at Kell Hbr. Crews unloaded it at dawn.' };
    const lexicon = buildLexicon({ ...data, sentences: { ...data.sentences, abbreviations: [...data.sentences.abbreviations, 'hbr'] } });
    expect(splitSentences(block, lexicon.sentences).map((s) => s.text)).toEqual(['The ferry docked at Kell Hbr. Crews unloaded it at dawn.']);
    expect(splitSentences(block, defaultLexicon().sentences).map((s) => s.text)).toEqual(['The ferry docked at Kell Hbr.', 'Crews unloaded it at dawn.']);
  });

  it("a speaker's title added: it is left out of the quote's speaker", () => {
    const quote = article('“The new harbour bridge will open long before the winter storms arrive,” said Harbourmaster Tamsin Orrow.');
    const lexicon = buildLexicon({ ...data, claims: { ...data.claims, 'speaker-titles': [...data.claims['speaker-titles'], 'Harbourmaster'] } });
    expect(extractQuotes(quote, lexicon).map((q) => q.speaker)).toEqual(['Tamsin Orrow']);
    expect(extractQuotes(quote, defaultLexicon()).map((q) => q.speaker)).toEqual(['Harbourmaster Tamsin Orrow']);
  });

  it('initials run together end no sentence before a name, and do before a word that opens sentences', () => {
    const block = { index: 1, kind: 'paragraph' as const, text: 'Lawyers for R.J. Halden met George T.W. Marsh in Washington, D.C. They said so.' };
    expect(splitSentences(block, defaultLexicon().sentences).map((s) => s.text))
      .toEqual(['Lawyers for R.J. Halden met George T.W. Marsh in Washington, D.C.', 'They said so.']);
    expect(entities('Lawyers for R.J. Halden and Ann Holt met F.W. de Vries in Kalmar.')).toEqual(['Ann Holt/person', 'F.W. de Vries/person', 'Kalmar/place', 'R.J. Halden/person']);
  });

  it("a company's suffix, a unit or a month closes a sentence before a word that opens one; a title before a name does not", () => {
    const block = { index: 1, kind: 'paragraph' as const, text: 'Sources told the FT. But Kelvar Motors Corp. The board met at 9 p.m. It was Oct. He asked Dr. A. Loss about it.' };
    expect(splitSentences(block, defaultLexicon().sentences).map((s) => s.text))
      .toEqual(['Sources told the FT.', 'But Kelvar Motors Corp.', 'The board met at 9 p.m.', 'It was Oct.', 'He asked Dr. A. Loss about it.']);
    const found = entities('Analysts told the FT. But Kelvar Motors said the plant in Tarnow would stay open.');
    expect(found).toEqual(expect.arrayContaining(['Kelvar Motors/organization', 'Tarnow/place']));
    expect(found.filter((name) => name.includes('But'))).toEqual([]);
  });

  it("an abbreviated title added: the tokenizer keeps its dot, with the pattern built from the list", () => {
    const lexicon = buildLexicon({ ...data, entities: { ...data.entities, 'token-abbreviations': [...data.entities['token-abbreviations']!, 'Insp'] } });
    expect(tokenize('Insp. Kell', 0, lexicon.entities).map((t) => t.text)).toEqual(['Insp.', 'Kell']);
    expect(tokenize('Insp. Kell', 0, defaultLexicon().entities).map((t) => t.text)).toEqual(['Insp', '.', 'Kell']);
  });

  it('a name and the modifier after its hyphen are two tokens; a given name of two syllables is one, the dictionary says which', () => {
    const lexicon = defaultLexicon();
    const texts = (text: string) => tokenize(text, 0, lexicon.entities, (lower) => lexicon.gazetteers.words.has(lower)).map((t) => t.text);
    expect(texts('Kremlin-backed rebels met Tung Chee-hwa')).toEqual(['Kremlin', '-backed', 'rebels', 'met', 'Tung', 'Chee-hwa']);
  });

  it('a count noun added: four digits before it are a count, not a year', () => {
    const text = article('Since 2000 kayakers have crossed the bay.');
    const lexicon = buildLexicon({ ...data, time: { ...data.time, 'count-nouns': [...data.time['count-nouns'], 'kayakers'] } });
    expect(extractTimes(text, lexicon)).toEqual([]);
    expect(extractTimes(text, defaultLexicon()).map((t) => [t.text, t.value])).toEqual([['2000', '2000']]);
  });
});

describe('the committed lexicon', () => {
  it('is built once', () => {
    expect(defaultLexicon()).toBe(defaultLexicon());
  });

  it('is built without changing the lists it is built from', () => {
    const lists = committedLexiconData();
    const before = JSON.stringify([lists.sentences, lists.time, lists.speech, lists.claims, lists.entities, lists.months]);
    buildLexicon(lists);
    expect(JSON.stringify([lists.sentences, lists.time, lists.speech, lists.claims, lists.entities, lists.months])).toBe(before);
  });
});
