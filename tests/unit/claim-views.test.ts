import { describe, expect, it } from 'vitest';
import type { KbEntity, KbFigure } from '../../src/knowledge/knowledge-base.ts';
import { claimSnippet, snippetText } from '../../src/views/claim-snippet.ts';
import { keyFigures } from '../../src/views/key-figures.ts';

const sentence = 'Velox Rider now tops the table with 92.4 points, beating Stormcraft’s 88.7 in the same race.';

function figure(id: string, value: string, clause: string, overrides: Partial<KbFigure> = {}): KbFigure {
  const at = clause.indexOf(value);
  return {
    id, value, claim: value, text: sentence, article: 'a1', paragraph: 1, entities: [], subject: ['velox-rider'],
    clause, clauseStart: (overrides.text ?? sentence).indexOf(clause), mark: { start: at, end: at + value.length }, kind: [], action: [],
    sources: 1, corroboratedBy: [], ...overrides,
  };
}

describe('claim snippets', () => {
  it('show the clause with the value marked and ellipses where the sentence goes on', () => {
    const second = figure('f2', '88.7', 'beating Stormcraft’s 88.7 in the same race');
    expect(claimSnippet(second)).toEqual({ leading: true, before: 'beating Stormcraft’s ', mark: '88.7', after: ' in the same race', trailing: false });
    const first = figure('f1', '92.4', 'Velox Rider now tops the table with 92.4 points');
    expect(snippetText(first)).toBe('Velox Rider now tops the table with 92.4 points …');
  });
  it('cut a long clause at words around the value', () => {
    const long = figure('f1', '92.4', 'Velox Rider now tops the table with 92.4 points');
    expect(snippetText(long, 24)).toBe('… table with 92.4 points …');
  });
});

describe('key figures', () => {
  const key = [{ id: 'stormcraft' }, { id: 'velox-rider' }] as KbEntity[];
  const kb = (figures: KbFigure[]) => ({ figures, articles: [{ id: 'a1' }, { id: 'a2' }] as never });
  it('put corroborated figures first, then figures about key entities, and never repeat words or a value', () => {
    // f1's clause overlaps f2's in their sentence, f4 repeats f2's value: neither gets a card.
    const a = figure('f1', '92.4', 'Velox Rider now tops the table with 92.4 points, beating Stormcraft’s 88.7');
    const b = figure('f2', '88.7', 'beating Stormcraft’s 88.7 in the same race', { subject: ['stormcraft'] });
    const c = figure('f3', '12', 'The track is 12 km long', { article: 'a2', text: 'The track is 12 km long.', subject: [], sources: 2, corroboratedBy: ['f9'] });
    const d = figure('f4', '88.7', 'It scored 88.7', { article: 'a2', paragraph: 3, text: 'It scored 88.7 again.', subject: ['velox-rider'] });
    const e = figure('f5', '7', '7 laps remain', { article: 'a2', paragraph: 2, text: '7 laps remain.', subject: ['velox-rider'] });
    expect(keyFigures(kb([a, b, c, d, e]), key).map((f) => f.id)).toEqual(['f3', 'f2', 'f5']);
  });
  it('show two figures of one sentence when their clauses do not overlap', () => {
    const a = figure('f1', '92.4', 'Velox Rider now tops the table with 92.4 points');
    const b = figure('f2', '88.7', 'beating Stormcraft’s 88.7 in the same race', { subject: ['stormcraft'] });
    expect(keyFigures(kb([a, b]), key).map((f) => f.id)).toEqual(['f2', 'f1']);
  });
});
