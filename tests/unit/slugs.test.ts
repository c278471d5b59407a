import { describe, expect, it } from 'vitest';
import { assignSlugs, baseSlug } from '../../src/knowledge/slugs.ts';
import type { EntityType } from '../../src/knowledge/types.ts';

const entity = (name: string, type: EntityType) => ({ name, type });

describe('entity slugs', () => {
  it('come from the canonical name', () => {
    expect(baseSlug('Bill Peebles')).toBe('bill-peebles');
    expect(baseSlug('OpenAI’s')).toBe('openais');
    expect(baseSlug('GPT-5 Turbo')).toBe('gpt-5-turbo');
    expect(baseSlug('Café Müller')).toBe('cafe-muller');
    expect(baseSlug('Zoë O’Brien-Łukasiewicz')).toBe('zoe-obrien-lukasiewicz');
    expect(baseSlug('Søren Kierkegaard')).toBe('soren-kierkegaard');
  });
  it('work for names in other scripts and for names without letters', () => {
    expect(baseSlug('東京')).toBe('東京');
    expect(baseSlug('محمد علي')).toBe('محمد-علي');
    expect(baseSlug('Владимир Путин')).toBe('владимир-путин');
    expect(baseSlug('🚀🚀')).toMatch(/^entity-[0-9a-z]+$/u);
    expect(baseSlug('...')).not.toBe(baseSlug('!!!'));
  });
  it('never take a path the site uses itself', () => {
    const slugs = assignSlugs([entity('Index', 'organization'), entity('Search', 'product')]);
    expect([...slugs.values()].sort()).toEqual(['index-entity', 'search-entity']);
  });
  it('resolve collisions the same way whatever the input order', () => {
    const people = [entity('Jordan', 'place'), entity('Jordan', 'person'), entity('JORDAN', 'person'), entity('jordan-person', 'other')];
    const forward = assignSlugs(people);
    const backward = assignSlugs([...people].reverse());
    const byKey = (map: Map<{ name: string; type: EntityType }, string>) =>
      Object.fromEntries([...map].map(([e, slug]) => [`${e.name}/${e.type}`, slug]));
    expect(byKey(forward)).toEqual(byKey(backward));
    expect(byKey(forward)).toEqual({
      'JORDAN/person': 'jordan',
      'Jordan/person': 'jordan-person-2',
      'Jordan/place': 'jordan-place',
      'jordan-person/other': 'jordan-person',
    });
    expect(new Set(forward.values()).size).toBe(4);
  });
});
