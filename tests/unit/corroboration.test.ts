import { describe, expect, it } from 'vitest';
import { corroborate, sameClaim, type Statement } from '../../src/knowledge/claims/index.ts';
import { unsupportedCorroborations } from '../../src/knowledge/claims/corroboration-check.ts';

const statement = (id: string, article: string, key: string, subject: string[], kind: string[], action: string[] = [], context?: string[]): Statement =>
  ({ id, article, key, subject, entities: subject, kind, action, ...(context ? { context } : {}) });

describe('two statements are the same claim', () => {
  it('when different articles state the same value about the same subject and say the same kind of thing', () => {
    const a = statement('a1', 'port-daily', '12|ships', ['harbour-board'], ['dock', 'ship']);
    const b = statement('b1', 'coast-times', '12|ships', ['harbour-board', 'mayor'], ['ship', 'wait']);
    expect(sameClaim(a, b)).toBe(true);
  });
  it('not when they come from the same article', () => {
    const a = statement('a1', 'port-daily', '12|ships', ['harbour-board'], ['ship']);
    const b = statement('a2', 'port-daily', '12|ships', ['harbour-board'], ['ship']);
    expect(sameClaim(a, b)).toBe(false);
  });
  it('not when the values or dates differ', () => {
    const a = statement('a1', 'port-daily', '2031-04-02', ['harbour-board'], ['open']);
    const b = statement('b1', 'coast-times', '2031-04-03', ['harbour-board'], ['open']);
    expect(sameClaim(a, b)).toBe(false);
  });
  it('not when they are about different subjects, even in one sentence with the same number', () => {
    const a = statement('a1', 'port-daily', '90|%', ['tariff-office'], ['tariff', 'cut']);
    const b = statement('b1', 'coast-times', '90|%', ['fever-clinic'], ['tariff', 'cut']);
    expect(sameClaim(a, b)).toBe(false);
  });
  it('not when they say different kinds of thing about the same subject', () => {
    const a = statement('a1', 'port-daily', '90|%', ['river-council'], ['mortality', 'rate']);
    const b = statement('b1', 'coast-times', '90|%', ['river-council'], ['turnout', 'vote']);
    expect(sameClaim(a, b)).toBe(false);
  });
  it('for events, when they share an action and, if both name one, what it was done to', () => {
    const a = statement('a1', 'port-daily', '2031', ['ann-varga'], ['caucus'], ['lose']);
    const b = statement('b1', 'coast-times', '2031', ['ann-varga'], ['nomination'], ['lose']);
    const c = statement('c1', 'gazette', '2031', ['ann-varga'], ['caucus', 'island'], ['lose']);
    const d = statement('d1', 'herald', '2031', ['ann-varga'], [], ['lose']);
    const e = statement('e1', 'ledger', '2031', ['ann-varga'], ['caucus'], ['win']);
    expect([b, c, d, e].map((x) => sameClaim(a, x))).toEqual([false, true, true, false]);
  });
  it('for events naming no action, when they share at least half their content words', () => {
    const plan = { ...statement('a1', 'x', '2031-05-02', ['orrin-labs'], ['plan', 'focus', 'shift']), event: true };
    const same = { ...statement('b1', 'y', '2031-05-02', ['orrin-labs'], ['plan', 'focus', 'stream']), event: true };
    const other = { ...statement('c1', 'z', '2031-05-02', ['orrin-labs'], ['plan', 'budget', 'hire', 'office']), event: true };
    expect([sameClaim(plan, same), sameClaim(plan, other)]).toEqual([true, false]);
  });
  it('not when their sentences date the figure differently: a poll share in May and in July', () => {
    const may = statement('a1', 'may-report', '42.1|%', ['lee-park'], ['poll', 'average'], [], ['2032-05']);
    const july = statement('b1', 'july-report', '42.1|%', ['lee-park'], ['poll', 'average'], [], ['2032-07']);
    const undatedInMay = { ...statement('c1', 'profile', '42.1|%', ['lee-park'], ['poll'], []), published: '2032-05-30' };
    const undatedInJune = { ...statement('d1', 'digest', '42.1|%', ['lee-park'], ['poll'], []), published: '2032-06-02' };
    expect([sameClaim(may, july), sameClaim(may, undatedInMay), sameClaim(may, undatedInJune)]).toEqual([false, true, false]);
  });
  it('when the subject of one is among the other’s entities: active and passive voice', () => {
    const active = { ...statement('a1', 'port-daily', '2031-06', ['orrin-labs'], ['tessel'], ['launch']), entities: ['orrin-labs', 'tessel'] };
    const passive = statement('b1', 'coast-times', '2031-06', ['tessel'], [], ['launch']);
    const other = statement('c1', 'gazette', '2031-06', ['brightwater'], [], ['launch']);
    expect([sameClaim(active, passive), sameClaim(active, other)]).toEqual([true, false]);
  });
  it('never when a statement has no subject', () => {
    const a = statement('a1', 'port-daily', '5|%', [], ['rate']);
    const b = statement('b1', 'coast-times', '5|%', [], ['rate']);
    expect(sameClaim(a, b)).toBe(false);
  });
});

describe('counting sources', () => {
  it('counts the articles stating the same claim, its own included, and names the other statements', () => {
    const a = statement('a1', 'port-daily', '12|ships', ['harbour-board'], ['ship']);
    const a2 = statement('a2', 'port-daily', '12|ships', ['harbour-board'], ['ship']);
    const b = statement('b1', 'coast-times', '12|ships', ['harbour-board'], ['ship']);
    const c = statement('c1', 'gazette', '12|ships', ['ferry-line'], ['ship']);
    const found = corroborate([a, a2, b, c]);
    expect([a, a2, b, c].map((s) => found.get(s)!.sources)).toEqual([2, 2, 2, 1]);
    expect(found.get(b)!.others).toEqual(['a1', 'a2']);
    expect(found.get(a)!.others).toEqual(['b1']);
  });
  it('does not chain: A matches B and B matches C, but A and C share nothing', () => {
    const a = statement('a1', 'x', '40|%', ['north-line'], ['delay']);
    const b = statement('b1', 'y', '40|%', ['north-line', 'south-line'], ['delay', 'fare']);
    const c = statement('c1', 'z', '40|%', ['south-line'], ['fare']);
    const found = corroborate([c, b, a]);
    expect([a, b, c].map((s) => found.get(s)!.sources)).toEqual([2, 3, 2]);
  });
});

describe('the necessary test', () => {
  it('fails a claim whose count exceeds the articles stating its value with a shared entity', () => {
    const claims = [
      { id: 'a', article: 'x', key: '90|%', entities: ['tariff-office'], sources: 3 },
      { id: 'b', article: 'y', key: '90|%', entities: ['tariff-office'], sources: 2 },
      { id: 'c', article: 'z', key: '90|%', entities: ['fever-clinic'], sources: 1 },
    ];
    expect(unsupportedCorroborations(claims)).toEqual([{ id: 'a', sources: 3, supported: 2 }]);
  });
  it('fails a claim with no entity that says it is corroborated', () => {
    expect(unsupportedCorroborations([
      { id: 'a', article: 'x', key: '2031', entities: [], sources: 2 },
      { id: 'b', article: 'y', key: '2031', entities: [], sources: 2 },
    ]).map((v) => v.id)).toEqual(['a', 'b']);
  });
});
