import { describe, expect, it } from 'vitest';
import { claimKind, claimScope } from '../../src/knowledge/claims/index.ts';
import { segmentClauses } from '../../src/knowledge/claims/clauses.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';

const { claims } = defaultLexicon();

/** Mentions of the given names in the sentence (first occurrence), with the name as id. */
function scope(sentence: string, value: string, names: string[]) {
  const mentions = names.map((name) => ({ id: name, start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length }));
  const at = sentence.indexOf(value);
  const result = claimScope(sentence, at, at + value.length, mentions, claims);
  return { subject: result.subject, entities: result.entities, clause: sentence.slice(result.clause.start, result.clause.end) };
}

describe('a claim belongs to the entities of its own clause', () => {
  const race = 'Velox Rider, built by Harrow Works in 2031, now tops the Valley Cup table with 92.4 points, beating Stormcraft’s 88.7 in the same race.';
  it('gives the first value to the subject of the clause it borrows its subject from', () => {
    expect(scope(race, '92.4', ['Velox Rider', 'Harrow Works', 'Valley Cup', 'Stormcraft'])).toEqual({
      subject: ['Velox Rider'], entities: ['Valley Cup', 'Velox Rider'],
      clause: 'Velox Rider, built by Harrow Works in 2031, now tops the Valley Cup table with 92.4 points' });
  });
  it('gives a value to its owner: "Stormcraft’s 88.7"', () => {
    expect(scope(race, '88.7', ['Velox Rider', 'Harrow Works', 'Valley Cup', 'Stormcraft'])).toEqual({
      subject: ['Stormcraft'], entities: ['Stormcraft'], clause: 'beating Stormcraft’s 88.7 in the same race' });
  });
  it('gives a participle clause the subject of the main clause before it, skipping a subordinate clause', () => {
    const sentence = 'While Pellmark needed six servers, its rival Quillon, with a new design, runs on one, cutting costs by 35% this year.';
    expect(scope(sentence, '35%', ['Pellmark', 'Quillon']).subject).toEqual(['Quillon']);
  });
  it('takes the subject before the first verb in a clause that names its own', () => {
    const sentence = 'Dunmore Rail ridership rose 12% after the Kelso line opened.';
    expect(scope(sentence, '12%', ['Dunmore Rail', 'Kelso']).subject).toEqual(['Dunmore Rail']);
  });
  it('dates the whole clause a leading phrase modifies', () => {
    const sentence = 'By March 2032, Orrin Labs had sold Tessel to Brightwater.';
    expect(scope(sentence, 'March 2032', ['Orrin Labs', 'Tessel', 'Brightwater'])).toEqual({
      subject: ['Orrin Labs'], entities: ['Brightwater', 'Orrin Labs', 'Tessel'], clause: 'By March 2032, Orrin Labs had sold Tessel to Brightwater' });
  });
  it('names no subject when the clause names only a place after the value', () => {
    expect(scope('About 200 people died in Ostrava.', '200', ['Ostrava'])).toEqual({ subject: [], entities: ['Ostrava'], clause: 'About 200 people died in Ostrava' });
  });
  it('gives a bracketed value the subject of what it annotates, and closes the bracket', () => {
    const sentence = 'In 2031, Dara Quell received 80,112 votes (2.4 percent) in the county race.';
    expect(scope(sentence, '2.4 percent', ['Dara Quell'])).toEqual({ subject: ['Dara Quell'], entities: ['Dara Quell'], clause: 'Dara Quell received 80,112 votes (2.4 percent)' });
  });
  it('keeps the entities of another clause of the sentence out', () => {
    const sentence = 'Kestrel Air carried 4,000 passengers, and Marrow Bank lent it 20 million dollars.';
    expect(scope(sentence, '4,000', ['Kestrel Air', 'Marrow Bank']).entities).toEqual(['Kestrel Air']);
    expect(scope(sentence, '20 million', ['Kestrel Air', 'Marrow Bank']).entities).toEqual(['Marrow Bank']);
  });
});

describe('clauses', () => {
  it('cuts at punctuation but not inside numbers, and names each segment’s role', () => {
    const sentence = 'Harlow Mills, founded in 1901, employs 1,200 people (most of them local), which makes it the largest employer.';
    expect(segmentClauses(sentence, claims).map((s) => [sentence.slice(s.start, s.end), s.role])).toEqual([
      ['Harlow Mills', 'main'], ['founded in 1901', 'predicate'], ['employs 1,200 people', 'predicate'],
      ['most of them local', 'aside'], ['which makes it the largest employer', 'relative']]);
  });
});

describe('the kind of a claim', () => {
  it('is the measured quantity and its verb for a figure, without names or filler words', () => {
    const clause = 'Dunmore Rail ridership rose 12% after the Kelso line opened';
    const mark = { start: clause.indexOf('12%'), end: clause.indexOf('12%') + 3 };
    expect(claimKind(clause, mark, [{ start: 0, end: 12 }, { start: clause.indexOf('Kelso'), end: clause.indexOf('Kelso') + 5 }], 'figure', claims))
      .toEqual({ kind: ['line', 'open', 'ridership', 'rise'], action: [] });
  });
  it('is the verbs of the clause and what they were done to for an event', () => {
    const clause = 'The bridge was reopened on 4 May after repairs';
    expect(claimKind(clause, { start: 27, end: 32 }, [], 'event', claims)).toEqual({ action: ['reopen'], kind: ['bridge', 'repair'] });
  });
});
