import { describe, expect, it } from 'vitest';
import type { KbEntity } from '../../src/knowledge/knowledge-base.ts';
import { createSuggester } from '../../src/scripts/search-suggest.ts';
import { buildNameIndex, type NameIndex, type NameIndexOptions } from '../../src/views/name-index.ts';
import { foldName, matchEntry, nameWords, queryWords, shardFile } from '../../src/views/name-match.ts';

// Made-up entities: names, aliases and counts invented for these tests.
type Named = Pick<KbEntity, 'name' | 'aliases' | 'type' | 'mentions' | 'slug'>;
const entity = (name: string, type: KbEntity['type'], mentions: number, aliases: string[] = [], slug?: string): Named => ({
  name,
  aliases,
  type,
  mentions: Array.from({ length: mentions }, () => ({ article: 'a', paragraph: 1, start: 0, end: 1, text: name, sentence: name, sentenceStart: 0 })),
  slug: slug ?? name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, ''),
});

const ENTITIES: Named[] = [
  entity('Hunyuan Video', 'product', 2),
  entity('Hungarian Grand Prix', 'other', 5),
  entity('Bill Peebles', 'person', 3, ['Peebles']),
  entity('Stable Video Diffusion', 'product', 3),
  entity('Stability AI', 'organization', 1),
  entity('José Ramírez', 'person', 4, ['Ramírez']),
  entity('U.S. Mint', 'organization', 2),
  entity('Duran Duran', 'other', 1),
  entity('Jordan', 'place', 9),
  entity('Northwind Trading Company', 'organization', 6, ['Northwind', 'NTC']),
  entity('Vexford Lanes', 'place', 40),
  entity('Vexo', 'product', 2),
  entity('Jordan', 'person', 1, [], 'jordan-person'),
];

/** Serves a built index from memory, and records which files were asked for. */
function served(index: NameIndex) {
  const asked: string[] = [];
  const load = async (path: string) => {
    asked.push(path);
    if (path === 'index.json') return JSON.stringify(index.manifest);
    const [dir, file] = path.split('/');
    return dir === index.manifest.dir ? (index.shards.get(file!) ?? null) : null;
  };
  return { asked, suggester: createSuggester(load) };
}

describe('names and queries as the index reads them', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(foldName('José O’Brien')).toBe('jose obrien');
    expect(queryWords('  Bill  PEEB ')).toEqual(['bill', 'peeb']);
  });
  it('finds a dotted or hyphenated word written either way, and keeps repeated words', () => {
    expect(nameWords('U.S. Mint')).toEqual(['u', 's', 'us', 'mint']);
    expect(nameWords('GPT-5 Turbo')).toEqual(['gpt', '5', 'gpt5', 'turbo']);
    expect(nameWords('Duran Duran')).toEqual(['duran', 'duran']);
  });
});

describe('matching', () => {
  const peebles = { name: 'Bill Peebles', aliases: ['Peebles'] };
  it('matches every query word to the start of a different word of the name, in any order', () => {
    expect(matchEntry(['peeb'], peebles)).toEqual({ kind: 'prefix' });
    expect(matchEntry(['peebles', 'b'], peebles)).toEqual({ kind: 'prefix' });
    expect(matchEntry(['bill', 'bill'], peebles)).toBeNull();
    expect(matchEntry(['duran', 'duran'], { name: 'Duran Duran', aliases: [] })).toEqual({ kind: 'exact' });
    expect(matchEntry(['eebles'], peebles)).toBeNull();
  });
  it('tells an exact name from an exact alias', () => {
    expect(matchEntry(['bill', 'peebles'], peebles)).toEqual({ kind: 'exact' });
    expect(matchEntry(['peebles'], peebles)).toEqual({ kind: 'exact', alias: 'Peebles' });
    expect(matchEntry(['us'], { name: 'U.S.', aliases: [] })).toEqual({ kind: 'exact' });
  });
});

describe('suggestions from a built name index', () => {
  const index = buildNameIndex(ENTITIES);

  it('finds an entity by the first letters of any word, ranked by mentions, with its type', async () => {
    const { suggester } = served(index);
    expect(await suggester.suggest('hun', 5)).toEqual([
      { name: 'Hungarian Grand Prix', type: 'other', mentions: 5, slug: 'hungarian-grand-prix' },
      { name: 'Hunyuan Video', type: 'product', mentions: 2, slug: 'hunyuan-video' },
    ]);
    expect((await suggester.suggest('video', 5)).map((s) => s.name)).toEqual(['Stable Video Diffusion', 'Hunyuan Video']);
    expect((await suggester.suggest('stab', 5)).map((s) => s.name)).toEqual(['Stable Video Diffusion', 'Stability AI']);
  });

  it('matches names and aliases whatever the case and accents, and says which alias matched', async () => {
    const { suggester } = served(index);
    expect(await suggester.suggest('PEEB', 5)).toEqual([{ name: 'Bill Peebles', type: 'person', mentions: 3, slug: 'bill-peebles' }]);
    expect(await suggester.suggest('ntc', 5)).toEqual([
      { name: 'Northwind Trading Company', alias: 'NTC', type: 'organization', mentions: 6, slug: 'northwind-trading-company' },
    ]);
    expect((await suggester.suggest('ramirez', 5)).map((s) => s.name)).toEqual(['José Ramírez']);
    expect((await suggester.suggest('jose ram', 5)).map((s) => s.name)).toEqual(['José Ramírez']);
    expect((await suggester.suggest('us mint', 5)).map((s) => s.name)).toEqual(['U.S. Mint']);
  });

  it('puts an entity named exactly what was typed first, and keeps slugs that differ from the name', async () => {
    const { suggester } = served(index);
    expect(await suggester.suggest('jordan', 5)).toEqual([
      { name: 'Jordan', type: 'place', mentions: 9, slug: 'jordan' },
      { name: 'Jordan', type: 'person', mentions: 1, slug: 'jordan-person' },
    ]);
    expect(await suggester.suggest('zz', 5)).toEqual([]);
    expect(await suggester.suggest('  ', 5)).toEqual([]);
  });

  it('tells which word of the names a prefix will become, when one holds four fifths of the mentions', async () => {
    const { suggester } = served(index);
    // Hungarian (5 mentions) against Hunyuan (2): no word dominates.
    expect(await suggester.guess('hun')).toEqual({ word: null, unfinished: true });
    // Vexford (40) against Vexo (2).
    expect(await suggester.guess('vex')).toEqual({ word: 'vexford', unfinished: true });
    expect(await suggester.guess('HUNY')).toEqual({ word: 'hunyuan', unfinished: true });
    expect(await suggester.guess('bill peeb')).toEqual({ word: 'peebles', unfinished: true });
    expect(await suggester.guess('stab')).toEqual({ word: null, unfinished: true });
    expect(await suggester.guess('stabl')).toEqual({ word: 'stable', unfinished: true });
  });

  it('tells a finished word from the start of one, and says nothing of words it does not know', async () => {
    const { suggester } = served(index);
    expect(await suggester.guess('vexo')).toEqual({ word: 'vexo', unfinished: false });
    expect(await suggester.guess('jordan')).toEqual({ word: 'jordan', unfinished: false });
    expect(await suggester.guess('peebles ')).toBeNull();
    expect(await suggester.guess('qq')).toBeNull();
  });

  it("carries the full-text result id of an entity's page, so the box can leave that result out unseen", async () => {
    const withIds = buildNameIndex(ENTITIES, undefined, (e) => (e.name === 'Bill Peebles' ? 'en_1a2b3c4' : e.slug === 'jordan-person' ? 'en_9f8e7d6' : undefined));
    const p = JSON.parse(withIds.shards.get('p.json')!);
    // Written without the prefix all ids share.
    expect(withIds.manifest.resultPrefix).toBe('en_');
    expect(p.entries).toEqual([[5, 4, 'Hungarian Grand Prix'], [3, 0, 'Bill Peebles', ['Peebles'], '1a2b3c4']]);
    const { suggester } = served(withIds);
    expect(await suggester.suggest('jordan', 5)).toEqual([
      { name: 'Jordan', type: 'place', mentions: 9, slug: 'jordan' },
      { name: 'Jordan', type: 'person', mentions: 1, slug: 'jordan-person', result: 'en_9f8e7d6' },
    ]);
  });

  it('gives the same bytes for the same entities in any order', () => {
    const again = buildNameIndex([...ENTITIES].reverse());
    expect(again.manifest).toEqual(index.manifest);
    expect([...again.shards]).toEqual([...index.shards]);
  });
});

describe('splitting by prefix', () => {
  // A tiny budget, and crowds of "Ann …" and "Old …" entities, so that "a", "ann" and "old" must be split;
  // "Old Ann Market", named once, is in neither crowd's best few.
  const crowd = (first: string, mentions: number) =>
    Array.from({ length: 12 }, (_, i) => entity(`${first} ${String.fromCharCode(66 + i)}${'x'.repeat(8)}`, 'person', mentions - i));
  const many = [...crowd('Ann', 20), ...crowd('Old', 40), entity('Annex Hall', 'place', 30), entity('Ann', 'other', 1), entity('Old Ann Market', 'place', 1)];
  const options: NameIndexOptions = { completeBytes: 200, partialCount: 2, maxBytes: 600 };
  const index = buildNameIndex(many, options);
  const shard = (key: string, wholeWord = false) => JSON.parse(index.shards.get(shardFile(key, wholeWord)) ?? 'null');

  it('gives a crowded prefix a partial file of its best entries and the characters that go on', () => {
    expect(shard('a')).toEqual({ entries: [[30, 2, 'Annex Hall'], [20, 0, 'Ann Bxxxxxxxx']], next: 'n' });
    // Whoever is named exactly the prefix comes first; "$": a whole-word file exists.
    expect(shard('ann')).toEqual({ entries: [[1, 4, 'Ann'], [30, 2, 'Annex Hall']], next: 'e$' });
    expect(shard('anne')).toEqual({ entries: [[30, 2, 'Annex Hall']] });
    for (const content of index.shards.values()) expect(new TextEncoder().encode(content).length).toBeLessThanOrEqual(600);
  });

  it('loads one file per keystroke, none once a complete file covers the word', async () => {
    const { asked, suggester } = served(index);
    for (const typed of ['a', 'an', 'ann', 'anne', 'annex']) await suggester.suggest(typed, 5);
    const dir = index.manifest.dir;
    expect(asked).toEqual(['index.json', `${dir}/a.json`, `${dir}/an.json`, `${dir}/ann.json`, `${dir}/anne.json`]);
  });

  it('guesses nothing from a partial file', async () => {
    const { suggester } = served(index);
    expect(await suggester.guess('annex')).toEqual({ word: 'annex', unfinished: false });
    expect(await suggester.guess('ann')).toBeNull();
  });

  it('reads the whole-word file once another word follows, and finds a rare entity by its words', async () => {
    const { asked, suggester } = served(index);
    expect((await suggester.suggest('old', 5)).map((s) => s.name)).not.toContain('Old Ann Market');
    expect((await suggester.suggest('ann old', 5)).map((s) => s.name)).toEqual(['Old Ann Market']);
    expect(asked).toContain(`${index.manifest.dir}/ann.word.json`);
    expect((await suggester.suggest('old ann market', 5)).map((s) => s.name)).toEqual(['Old Ann Market']);
  });
});
