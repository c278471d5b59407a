// An incremental rebuild reuses article and entity pages whose cache key is unchanged (src/views/page-keys.ts),
// and the search index when nothing it reads changed. It must give exactly the site a cold build of the same
// content gives: edit articles so that other pages change too (an entity gains a mention in another article,
// an article's title changes everywhere it is listed), rebuild on the warm caches, build once more without a
// change, build the same content from nothing, and compare every file.
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { ROOT, buildSite, differingFiles, fileDigests } from '../support/site-build.ts';
import { scratchFolder } from '../support/scratch.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/wikinews-dev/articles');
const ARTICLES = 8;

// BRIEFING_LOG_PAGES: Astro's line per page, which says which pages were reused.
const build = (content: string, out: string, caches: string) => buildSite(out, caches, { BRIEFING_CONTENT: content, CI: 'true', BRIEFING_LOG_PAGES: '1' });

describe('incremental builds', { timeout: 900_000 }, () => {
  it('give the same site as a cold build after edits that reach other pages', () => {
    const scratch = scratchFolder('briefing-incremental-');
    const content = join(scratch, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    const files = readdirSync(FIXTURE).filter((name) => name.endsWith('.md')).sort().slice(0, ARTICLES);
    for (const name of files) cpSync(join(FIXTURE, name), join(content, 'articles', name));

    const warmCaches = join(scratch, 'warm');
    const incremental = join(scratch, 'incremental');
    build(content, incremental, warmCaches);

    // A person named in the second article (and not the first) gets a mention in the first.
    const kb = JSON.parse(readFileSync(join(incremental, 'knowledge.json'), 'utf8')) as KnowledgeBase;
    const [first, second] = files.map((name) => name.replace(/\.md$/u, ''));
    const person = kb.entities.find(
      (entity) => entity.type === 'person' && entity.name.includes(' ') && entity.articles.includes(second!) && !entity.articles.includes(first!),
    );
    expect(person, 'a person named only in the second article').toBeDefined();
    appendFileSync(join(content, 'articles', files[0]!), `\n\nLater, ${person!.name} spoke to reporters about the plans.\n`);
    // The third article's title changes on every entity page that lists it.
    const third = join(content, 'articles', files[2]!);
    writeFileSync(third, readFileSync(third, 'utf8').replace(/^title: .*$/mu, 'title: "A retitled article"'));

    const log = build(content, incremental, warmCaches);
    expect(log, 'the rebuild reuses unchanged pages').toMatch(/\((?:restored|cached)\)/u);
    expect(log, 'the edits reach the search index').not.toMatch(/linked from the last build/u);
    // Built again with no change, the search index is taken from the last build.
    expect(build(content, incremental, warmCaches)).toMatch(/nothing the index reads changed/u);
    const cold = join(scratch, 'cold');
    build(content, cold, join(scratch, 'cold-caches'));

    const fromRebuild = fileDigests(incremental);
    const fromCold = fileDigests(cold);
    const kbAfter = JSON.parse(readFileSync(join(cold, 'knowledge.json'), 'utf8')) as KnowledgeBase;
    expect(kbAfter.entities.find((entity) => entity.id === person!.id)?.articles).toContain(first);
    const differing = differingFiles(fromRebuild, fromCold);
    expect(differing, `files that differ between the incremental and the cold build: ${differing.join(', ')}`).toEqual([]);
  });
});
