import { describe, expect, it } from 'vitest';
import { assembleKnowledgeBase, assembleWithReport, type ArticleRecord } from '../../src/knowledge/assemble.ts';
import { extractArticle } from '../../src/knowledge/extract-article.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';

function record(id: string, paragraphs: string[], published?: string): ArticleRecord {
  const input: ArticleInput = {
    id,
    title: id,
    ...(published ? { published } : {}),
    blocks: paragraphs.map((text, i) => ({ index: i + 1, kind: 'paragraph' as const, text })),
  };
  return {
    article: { id, slug: id, title: id, source: `${id} source`, paragraphs: paragraphs.length, ...(published ? { published } : {}) },
    knowledge: extractArticle(input),
  };
}

const urls = { articleUrl: (s: string) => `/articles/${s}/`, entityUrl: (s: string) => `/entities/${s}/` };

const first = record(
  'first',
  [
    'Bill Peebles, former lead of OpenAI’s Sora video generation team, has departed the company.',
    'Sora, unveiled in February 2024 with viral demos, was never released as a public API.',
    '“The opportunity cost of sustaining large-scale video generation research is now too high,” said Peebles.',
  ],
);
const second = record('second', ['OpenAI unveiled Sora in February 2024, and OpenAI later shut Sora down.'], '2026-03-02');

describe('assembling the knowledge base', () => {
  const kb = assembleKnowledgeBase([first, second], urls);
  const entity = (name: string) => kb.entities.find((e) => e.name === name)!;

  it('is the same whatever order the articles come in', () => {
    expect(JSON.stringify(assembleKnowledgeBase([second, first], urls))).toBe(JSON.stringify(kb));
  });

  it('resolves entities across articles and keeps every mention with its sentence', () => {
    const openai = entity('OpenAI');
    expect(openai.url).toBe('/entities/openai/');
    expect(openai.articles).toEqual(['first', 'second']);
    expect(openai.mentions).toHaveLength(3);
    const mention = openai.mentions[0]!;
    expect(mention.sentence.slice(mention.start - mention.sentenceStart, mention.end - mention.sentenceStart)).toBe('OpenAI');
  });

  it('counts related entities by shared sentences and paragraphs', () => {
    const related = entity('Sora').related.find((r) => r.entity === 'openai');
    expect(related).toEqual({ entity: 'openai', sentences: 2, paragraphs: 2 });
  });

  it('ties events to the entities of their sentence and counts corroborating sources', () => {
    const unveiled = kb.events.filter((e) => e.date === '2024-02');
    expect(unveiled).toHaveLength(2);
    for (const event of unveiled) {
      expect(event.entities).toContain('sora');
      expect(event.sources).toBe(2);
    }
  });

  it('links a quote to its speaker entity', () => {
    expect(kb.quotes).toHaveLength(1);
    expect(kb.quotes[0]).toMatchObject({ speaker: 'bill-peebles', speakerName: 'Bill Peebles', article: 'first', paragraph: 3 });
  });

  it('applies editor notes: summary, description and hidden entities', () => {
    const withNotes = assembleKnowledgeBase([first, second], {
      ...urls,
      notes: [
        { name: 'OpenAI', summary: 'An AI company.', description: 'Longer text.' },
        { name: 'Sora', hidden: true },
      ],
    });
    expect(withNotes.entities.find((e) => e.name === 'OpenAI')).toMatchObject({ summary: 'An AI company.', description: 'Longer text.' });
    expect(withNotes.entities.some((e) => e.name === 'Sora')).toBe(false);
  });

  it('keeps the old address of a renamed entity when its note lists the old name as an alias', () => {
    const renamed = assembleKnowledgeBase([first, second], {
      ...urls,
      notes: [{ name: 'OpenAI', aliases: ['Open AI Labs', 'Sora'] }],
    });
    const openai = renamed.entities.find((e) => e.name === 'OpenAI')!;
    // "open-ai-labs" is free and redirects; "sora" is now OpenAI's too, as the note merged it in, so it redirects as well.
    expect(openai.redirectFrom).toEqual(['open-ai-labs', 'sora']);
    expect(renamed.entities.some((e) => e.slug === 'open-ai-labs' || e.slug === 'sora')).toBe(false);
    // An address another entity holds is never taken over.
    const taken = assembleKnowledgeBase([first, second], { ...urls, notes: [{ name: 'OpenAI', aliases: ['Bill Peebles'], split: true }] });
    expect(taken.entities.find((e) => e.name === 'OpenAI')!.redirectFrom).toBeUndefined();
  });
});

describe('editor notes that do not fit the articles', () => {
  it('warns about a note that matches no entity, naming its file', () => {
    const { notes } = assembleWithReport([first, second], { ...urls, notes: [{ name: 'Contoso Robotics', file: 'content/entities/contoso.md' }] });
    expect(notes.warnings).toEqual([
      'content/entities/contoso.md: the note for "Contoso Robotics" matches no entity of the articles by its name or aliases: check the spelling, add the form the articles use to aliases, or delete the note.',
    ]);
    expect(notes.errors).toEqual([]);
  });

  it('refuses two notes that one entity answers to, naming both files', () => {
    const { notes } = assembleWithReport([first, second], {
      ...urls,
      notes: [
        { name: 'Bill Peebles', file: 'content/entities/bill.md' },
        { name: 'Peebles', file: 'content/entities/peebles.md' },
      ],
    });
    expect(notes.errors).toEqual([
      'content/entities/bill.md and content/entities/peebles.md are notes for one entity: "Bill Peebles" of the articles answers to "Bill Peebles" in the first and "Peebles" in the second, and would silently become one. Merge the two notes, or remove the name or alias that joins them.',
    ]);
    expect(notes.warnings).toEqual([]);
  });

  it('reports nothing for notes that each match their own entity', () => {
    const { notes } = assembleWithReport([first, second], {
      ...urls,
      notes: [
        { name: 'OpenAI', file: 'content/entities/openai.md' },
        { name: 'Sora', file: 'content/entities/sora.md', hidden: true },
      ],
    });
    expect(notes).toEqual({ warnings: [], errors: [] });
  });
});

describe('related entities in a paragraph that names thousands', { timeout: 120_000 }, () => {
  // A made-up directory paragraph: 15,000 distinct entities in one paragraph, one sentence each.
  const COUNT = 15_000;
  const knowledge = extractArticle({ id: 'directory', title: 'directory', blocks: [{ index: 1, kind: 'paragraph', text: 'Placeholder.' }] });
  const entities = Array.from({ length: COUNT }, (_, i) => {
    const name = `Member ${i}`;
    const start = i * 20;
    return { name, type: 'organization' as const, aliases: [], mentions: [{ block: 1, start, end: start + name.length, text: name }] };
  });
  const directory: ArticleRecord = {
    article: { id: 'directory', slug: 'directory', title: 'directory', source: 'directory', paragraphs: 1 },
    knowledge: { ...knowledge, entities, sentences: entities.map((e, i) => ({ block: 1, start: i * 20, end: i * 20 + 19, text: e.name })) },
  };

  it('assembles without running out of room, keeping at most RELATED_WINDOW neighbours on each side', () => {
    const kb = assembleKnowledgeBase([directory], urls);
    const middle = kb.entities.find((e) => e.name === 'Member 7000')!;
    // The ties kept are the nearest entities before and after it in the paragraph, 32 on each side,
    // of which the 50 strongest are published (all equal here, so the first 50 by id).
    const neighbours = [...Array.from({ length: 32 }, (_, k) => 6968 + k), ...Array.from({ length: 32 }, (_, k) => 7001 + k)].map((n) => `member-${n}`).sort();
    expect(middle.related.map((r) => r.entity)).toEqual(neighbours.slice(0, 50));
    const total = kb.entities.reduce((sum, e) => sum + e.related.length, 0);
    expect(total).toBeLessThanOrEqual(COUNT * 50);
  });

  it('keeps every pair in an ordinary paragraph', () => {
    const kb = assembleKnowledgeBase([first, second], urls);
    expect(kb.entities.find((e) => e.name === 'Sora')!.related.map((r) => r.entity).sort()).toEqual(['bill-peebles', 'openai']);
  });
});
