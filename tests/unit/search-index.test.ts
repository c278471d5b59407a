import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { KbArticle, KbEntity, KbEvent, KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { entitySearchPages, eventRecords, isReadForIndex, pagesToIndexGlob, timexYear } from '../../src/integrations/pagefind-records.ts';
import { isEntitySearchable } from '../../src/views/search-index.ts';
import { scratchFolder } from '../support/scratch.ts';

describe('event records', () => {
  const article: KbArticle = { id: 'sora', slug: 'sora', title: 'Sora shut down', url: '/briefing/articles/sora/', source: 'The Verge', paragraphs: 4 };
  const event = (id: string, date: string | null, paragraph = 3): KbEvent => ({
    id, date, precision: 'day', when: '24 March', text: `Quillon closed lab ${id} on 24 March, a week early.`, article: 'sora', paragraph, entities: [], subject: [], clause: `Quillon closed lab ${id} on 24 March, a week early.`, clauseStart: 0, mark: { start: 0, end: 0 }, kind: [], action: [], sources: 1, corroboratedBy: [],
  });

  it('reads years from TIMEX values and refuses to guess one', () => {
    expect(timexYear('2019-03-14')).toBe('2019');
    expect(timexYear('2019-Q2')).toBe('2019');
    expect(timexYear('201X')).toBeNull();
    expect(timexYear('PAST_REF')).toBeNull();
    expect(timexYear(null)).toBeNull();
  });

  it('opens the stating paragraph, without the base path, with kind, year and source as filters', () => {
    const [record] = eventRecords([event('e1', '2026-03-24')], [article], { base: '/briefing/', timelineIds: new Set() });
    expect(record).toEqual({
      url: '/articles/sora/#p-3',
      content: 'Quillon closed lab e1 on 24 March, a week early.',
      language: 'en',
      // Kind and source only as filters: Pagefind searches metadata.
      meta: { title: '24 March 2026 — Quillon closed lab e1', date: '2026-03-24' },
      filters: { kind: ['event'], source: ['The Verge'], year: ['2026'] },
    });
  });

  it('is titled by its own date and clause, never by its article\'s headline (Pagefind searches titles)', () => {
    const records = eventRecords([event('e6', '2026-03')], [{ ...article, title: 'Peebles leaves' }], { base: '/', timelineIds: new Set() });
    expect(records[0]!.meta.title).toBe('March 2026 — Quillon closed lab e6');
    expect(JSON.stringify(records[0])).not.toContain('Peebles');
  });

  it('opens the timeline when the timeline carries the event id, and gives a decade no year', () => {
    const records = eventRecords([event('e2', '201X'), event('e9', '2019-05')], [article], { base: '/briefing', timelineIds: new Set(['e2', 'e3']) });
    expect(records.map((r) => r.url)).toEqual(['/timeline/#e2', '/articles/sora/#p-3']);
    expect(records[0]!.filters.year).toBeUndefined();
    expect(records[1]!.filters.year).toEqual(['2019']);
  });

  it('leaves undated events to their article', () => {
    expect(eventRecords([event('e5', null)], [article], { base: '/', timelineIds: new Set() })).toEqual([]);
  });

  it('skips events whose article is unknown', () => {
    expect(eventRecords([{ ...event('e4', '2020'), article: 'gone' }], [article], { base: '/', timelineIds: new Set() })).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  const root = scratchFolder('search-index-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('indexes only opted-in pages, paragraphs as anchors, and writes the bundle into the output folder', async () => {
    mkdirSync(join(root, 'articles', 'sora'), { recursive: true });
    writeFileSync(
      join(root, 'articles', 'sora', 'index.html'),
      '<html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>Sora</h1><p id="p-1" data-pagefind-title="¶ 1">OpenAI closed the Sora app.</p><p id="p-2" data-pagefind-title="¶ 2">Peebles left.</p></article></body></html>',
    );
    writeFileSync(join(root, 'index.html'), '<html lang="en"><body><h1>Home</h1><p>Not indexed.</p></body></html>');
    const summary = await buildSearchIndex(root, '/');
    // Pagefind reads both pages and indexes the one marked data-pagefind-body.
    expect(summary).toEqual({ pages: 2, events: 0 });
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
    const fragments = readdirSync(join(root, 'pagefind', 'fragment'));
    expect(fragments).toHaveLength(1);
    const fragment = JSON.parse(gunzipSync(readFileSync(join(root, 'pagefind', 'fragment', fragments[0]!))).toString().replace(/^pagefind_dcd/u, ''));
    expect(fragment.url).toBe('/articles/sora/');
    expect(fragment.content).not.toContain('Menu');
    expect(fragment.anchors.map((a: { id: string; title?: string }) => `${a.id}:${a.title}`)).toEqual(['p-1:¶ 1', 'p-2:¶ 2']);
  }, 30_000);

  it('indexes searchable entities from the knowledge base, not from their built pages', async () => {
    const site = join(root, 'with-knowledge');
    mkdirSync(join(site, 'entities', 'openai'), { recursive: true });
    // A built entity page Pagefind must not read: its words would otherwise be in the index.
    writeFileSync(join(site, 'entities', 'openai', 'index.html'), '<html lang="en"><body><article data-pagefind-body><h1>OpenAI</h1><p>Zanzibar.</p></article></body></html>');
    const mention = { article: 'a', paragraph: 1, start: 0, end: 6, text: 'OpenAI', sentence: 'OpenAI.', sentenceStart: 0 };
    const knowledge: KnowledgeBase = {
      articles: [],
      events: [],
      figures: [],
      quotes: [],
      entities: [
        { id: 'openai', slug: 'openai', name: 'OpenAI', type: 'organization', aliases: [], url: '/entities/openai/', mentions: [mention, mention, mention], articles: ['a'], related: [] },
        { id: 'rare', slug: 'rare', name: 'Rare Name', type: 'person', aliases: [], url: '/entities/rare/', mentions: [mention], articles: ['a'], related: [] },
      ],
    };
    expect(await buildSearchIndex(site, '/', { knowledge })).toEqual({ pages: 1, events: 0 });
    // The name index holds every entity, the one named once too.
    const manifest = JSON.parse(readFileSync(join(site, 'names', 'index.json'), 'utf8'));
    expect(manifest).toMatchObject({ types: ['person', 'organization', 'place', 'product', 'other'], first: 'nor', resultPrefix: 'en_' });
    expect(JSON.parse(readFileSync(join(site, 'names', manifest.dir, 'r.json'), 'utf8'))).toEqual({ entries: [[1, 0, 'Rare Name', 0, 0, 'rare']] });
    const fragments = readdirSync(join(site, 'pagefind', 'fragment')).map((name) =>
      JSON.parse(gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', name))).toString().replace(/^pagefind_dcd/u, '')),
    );
    expect(fragments.map((f) => f.url)).toEqual(['/entities/openai/']);
    // The name index knows the full-text result of OpenAI's page by its id (its fragment's file name).
    const [fragmentFile] = readdirSync(join(site, 'pagefind', 'fragment'));
    expect(JSON.parse(readFileSync(join(site, 'names', manifest.dir, 'o.json'), 'utf8'))).toEqual({
      entries: [[3, 1, 'OpenAI', 0, fragmentFile!.replace(/^en_|\.pf_fragment$/gu, '')]],
    });
    expect(fragments[0].meta.title).toBe('OpenAI');
    expect(fragments[0].filters).toMatchObject({ kind: ['entity'], type: ['organization'] });
    expect(fragments[0].content).not.toContain('Zanzibar');
  }, 30_000);
});

describe('isEntitySearchable', () => {
  const mention = (article: string) => ({ article, paragraph: 1, start: 0, end: 1, text: 'X', sentence: 'X.', sentenceStart: 0 });
  it('indexes entities seen in two articles, or often in one, or described by an editor', () => {
    expect(isEntitySearchable({ articles: ['a', 'b'], mentions: [mention('a'), mention('b')] })).toBe(true);
    expect(isEntitySearchable({ articles: ['a'], mentions: [mention('a'), mention('a'), mention('a')] })).toBe(true);
    expect(isEntitySearchable({ articles: ['a'], mentions: [mention('a')], summary: 'Editor note.' })).toBe(true);
  });
  it('leaves an entity of one passage to its article', () => {
    expect(isEntitySearchable({ articles: ['a'], mentions: [mention('a'), mention('a')] })).toBe(false);
  });
});

describe('pages Pagefind reads', () => {
  it('reads every page but the entity pages, which come from the knowledge base', () => {
    const top = [
      { name: 'index.html', isDirectory: false },
      { name: 'articles', isDirectory: true },
      { name: 'entities', isDirectory: true },
      { name: 'timeline', isDirectory: true },
      { name: 'knowledge.json', isDirectory: false },
      { name: 'pagefind', isDirectory: true },
    ];
    const read = (entitiesFromKnowledge: boolean) => top.filter((entry) => isReadForIndex(entry, 'pagefind', entitiesFromKnowledge));
    expect(pagesToIndexGlob(read(true))).toBe('{index.html,articles/**/*.html,timeline/**/*.html}');
    // Without a knowledge base, the entity pages are what Pagefind has of the entities.
    expect(pagesToIndexGlob(read(false))).toBe('{index.html,articles/**/*.html,entities/**/*.html,timeline/**/*.html}');
    expect(pagesToIndexGlob([])).toBeNull();
  });
});

describe('entity search pages', () => {
  const entity = (fields: Partial<KbEntity>): KbEntity => ({
    id: 'e1', slug: 'bill-peebles', name: 'Bill Peebles', type: 'person', aliases: [], url: '/briefing/entities/bill-peebles/',
    mentions: [], articles: ['a'], related: [], ...fields,
  } as KbEntity);
  const options = { base: '/briefing/', descriptionText: (markdown: string) => markdown.replace(/[*_]/gu, '') };

  it('holds the name and aliases weighted highest, the type as a filter, and the address without the base', () => {
    const [page] = entitySearchPages([entity({ aliases: ['Peebles', 'B. <Peebles>'], summary: 'Led Sora & left.' })], options);
    expect(page!.url).toBe('/entities/bill-peebles/');
    expect(page!.content).toContain('<article data-pagefind-body>');
    expect(page!.content).toContain('<h1 data-pagefind-weight="10">Bill Peebles</h1>');
    expect(page!.content).toContain('<p data-pagefind-weight="10">Peebles, B. &lt;Peebles&gt;</p>');
    expect(page!.content).toContain('<span data-pagefind-filter="type">person</span>');
    expect(page!.content).toContain('<p>Led Sora &amp; left.</p>');
  });

  it('shows aliases and summary through metadata, and no words of its own that a query could match', () => {
    const [page] = entitySearchPages([entity({ aliases: ['Peebles'], summary: 'Led Sora.', mentions: [] })], options);
    expect(page!.content).toContain('<span data-pagefind-meta="aliases">Peebles</span>');
    expect(page!.content).toContain('<span data-pagefind-meta="about">Led Sora.</span>');
    for (const furniture of ['mention', 'article', 'Also written', '>person<']) expect(page!.content).not.toContain(`${furniture}</p>`);
    expect(page!.content).not.toContain('mentions');
    // Kind and type are filters, which Pagefind does not search.
    expect(page!.content).not.toMatch(/data-pagefind-meta="(kind|type)"/u);
  });

  it("gives the editor's description as text, and no alias line to an entity without aliases", () => {
    const [page] = entitySearchPages([entity({ description: 'Head of *Sora*.' })], options);
    expect(page!.content).toContain('<p>Head of Sora.</p>');
    expect(page!.content).toContain('<span data-pagefind-meta="about">Head of Sora.</span>');
    expect(page!.content).not.toContain('data-pagefind-meta="aliases"');
  });
});
