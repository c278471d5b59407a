import { describe, expect, it } from 'vitest';
import { assembleKnowledgeBase, type ArticleRecord } from '../../src/knowledge/assemble.ts';
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
