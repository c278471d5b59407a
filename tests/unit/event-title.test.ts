import { describe, expect, it } from 'vitest';
import { eventClause, eventTitle } from '../../src/integrations/pagefind-event-title.ts';

// Made-up sentences; each expected clause was read and checked by hand.
describe('event titles: the date, then the clause the date belongs to', () => {
  it('keeps the phrase that holds the date and drops the date with its preposition', () => {
    expect(eventClause('The museum reopened its east wing in 2019, after a long repair.', '2019')).toBe('The museum reopened its east wing');
    expect(eventTitle('March 2021', 'Harbour Labs moved to Oslo on 3 March 2021.', 'on 3 March 2021')).toBe('March 2021 — Harbour Labs moved to Oslo on 3 March 2021');
    expect(eventTitle('3 March 2021', 'Harbour Labs moved to Oslo on 3 March 2021.', '3 March 2021')).toBe('3 March 2021 — Harbour Labs moved to Oslo');
  });

  it('gives a phrase without a subject the phrase before it', () => {
    expect(eventClause('Quillon Maps, launched by Vesta in June 2023 under an open licence, now leads its market.', 'June 2023')).toBe(
      'Quillon Maps, launched by Vesta under an open licence',
    );
  });

  it('skips relative clauses and adverbials when it looks for that subject', () => {
    expect(eventClause('In May, Corvane, which owns two ferries, forecast a loss in 2024, followed by a recovery.', '2024')).toBe('Corvane forecast a loss');
  });

  it('moves past a phrase that is only its date, or a subordinate one, to the main clause', () => {
    expect(eventClause('By Q3 2022, the council had sold both depots.', 'Q3 2022')).toBe('The council had sold both depots');
    expect(eventClause('Once finished in 2027, the bridge will carry trams.', '2027')).toBe('The bridge will carry trams');
    expect(eventClause('The orchestra toured Peru and Chile, in 2018.', '2018')).toBe('The orchestra toured Peru and Chile');
  });

  it('drops a leading conjunction, and keeps a date whose preposition says more than when ("since")', () => {
    expect(eventClause('Sales were flat in spring, but exports rose in 2020.', '2020')).toBe('Exports rose');
    expect(eventClause('Norlake won the cup twice, but has lost every final since 2011.', '2011')).toBe('Has lost every final since 2011');
  });

  it('keeps a date that modifies a noun or is one of two', () => {
    expect(eventClause('The 2015 edition drew record crowds.', '2015')).toBe('The 2015 edition drew record crowds');
    expect(eventClause('She won the title in 2009 and 2012.', '2009')).toBe('She won the title in 2009 and 2012');
    expect(eventClause('"1998 was the year we started," she said.', '1998')).toBe('1998 was the year we started');
  });

  it('falls back to the sentence when the date is not found, and shortens a long clause at a word', () => {
    expect(eventClause('The plant closed.', 'last spring')).toBe('The plant closed');
    const long = `In 2010 the firm ${'built and sold many small electric boats '.repeat(4)}across the lakes.`;
    const clause = eventClause(long, '2010');
    expect(clause.endsWith('…')).toBe(true);
    expect(clause.length).toBeLessThanOrEqual(111);
    expect(clause.startsWith('The firm built and sold')).toBe(true);
  });
});
