// At archive scale, every entity can be found by its name: build the BBC corpus (read at run time from
// ../shared/corpora, never copied into the repository), then look entities up in the name index the
// build wrote, the way the search box does, keystroke by keystroke. Skipped, with a notice, when the
// corpus is not there.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BBC_CORPUS, prepareCorpus } from '../../src/ingest/corpus-folder.ts';
import type { KbEntity, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createSuggester } from '../../src/scripts/search-suggest.ts';
import { buildSite } from '../support/site-build.ts';
import { seededRandom } from '../../tools/train/train-entities.ts';
import { scratchFolder } from '../support/scratch.ts';

const present = existsSync(BBC_CORPUS);
if (!present) console.log(`Skipping the name index at BBC scale: no corpus at ${BBC_CORPUS}`);

/** The most a suggestion fetch may cost a reader. */
const MAX_FILE_BYTES = 10_000;
const PICKED = 20;
const SEED = 17;

/** `count` entities drawn without replacement, half of them named only once. */
function pick(entities: readonly KbEntity[], count: number, random: () => number): KbEntity[] {
  const draw = (pool: KbEntity[], n: number) => {
    const left = [...pool];
    return Array.from({ length: Math.min(n, left.length) }, () => left.splice(Math.floor(random() * left.length), 1)[0]!);
  };
  const once = entities.filter((entity) => entity.mentions.length === 1);
  const more = entities.filter((entity) => entity.mentions.length > 1);
  return [...draw(once, count / 2), ...draw(more, count / 2)];
}

describe.skipIf(!present)('the name index at BBC scale', { timeout: 900_000 }, () => {
  const scratch = scratchFolder('briefing-names-bbc-');
  const site = join(scratch, 'dist');
  let entities: KbEntity[] = [];
  /** Every file the lookups read, with its size. */
  const read = new Map<string, number>();
  const load = async (path: string) => {
    const file = join(site, 'names', path);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, 'utf8');
    read.set(path, Buffer.byteLength(text));
    return text;
  };

  beforeAll(() => {
    prepareCorpus(BBC_CORPUS, join(scratch, 'content'));
    buildSite(site, scratch, { BRIEFING_CONTENT: join(scratch, 'content'), CI: 'true' }, 900_000);
    entities = (JSON.parse(readFileSync(join(site, 'knowledge.json'), 'utf8')) as KnowledgeBase).entities;
  }, 900_000);
  // Sixteen thousand pages take a while to delete.
  afterAll(() => rmSync(scratch, { recursive: true, force: true }), 300_000);

  it('suggests each of 20 entities picked by a fixed seed within the first five for its full name, as it is typed', async () => {
    expect(entities.length).toBeGreaterThan(5000);
    const picked = pick(entities, PICKED, seededRandom(SEED));
    expect(picked.filter((entity) => entity.mentions.length === 1)).toHaveLength(PICKED / 2);
    const missed: string[] = [];
    for (const entity of picked) {
      // A fresh box per entity, fed one keystroke at a time.
      const suggester = createSuggester(load);
      let found: string[] = [];
      for (let typed = 1; typed <= entity.name.length; typed++) found = (await suggester.suggest(entity.name.slice(0, typed), 5)).map((s) => s.slug);
      if (!found.includes(entity.slug)) missed.push(`${entity.name} (${entity.mentions.length} mentions): ${found.join(', ')}`);
    }
    expect(missed).toEqual([]);
    for (const [path, bytes] of read) expect(bytes, path).toBeLessThanOrEqual(MAX_FILE_BYTES);
  });

  it('finds every entity by its full name, and keeps every file within the fetch budget', async () => {
    const suggester = createSuggester(load);
    const missed: string[] = [];
    for (const entity of entities) {
      const found = await suggester.suggest(entity.name, 5);
      if (!found.some((suggestion) => suggestion.slug === entity.slug)) missed.push(entity.name);
    }
    expect(missed, `${missed.length} of ${entities.length} entities not suggested for their own name`).toEqual([]);
    const folder = join(site, 'names');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)).filter((file) => statSync(file).isFile());
    const oversized = files.filter((file) => statSync(file).size > MAX_FILE_BYTES);
    expect(oversized).toEqual([]);
  });
});
