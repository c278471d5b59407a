import { describe, expect, it } from 'vitest';
import { applyEditorNotes, extractEntities, resolveCorpus } from '../../src/knowledge/entities/index.ts';
import type { Block, DocumentEntity } from '../../src/knowledge/types.ts';

const para = (text: string, index = 1): Block => ({ index, kind: 'paragraph', text });
const heading = (text: string, index: number): Block => ({ index, kind: 'heading', text });
const extract = (...blocks: Array<Block | string>) =>
  extractEntities({ id: 't', title: 't', blocks: blocks.map((b, i) => (typeof b === 'string' ? para(b, i + 1) : b)) });
const find = (entities: DocumentEntity[], name: string) => entities.find((e) => e.name === name);
const names = (entities: DocumentEntity[]) => entities.map((e) => e.name);

describe('possessives', () => {
  it('strips curly and straight ’s from the span and links to one entity', () => {
    const text = 'OpenAI’s retreat surprised few. Analysts said OpenAI\'s pivot was overdue, and OpenAI agreed.';
    const openai = find(extract(text), 'OpenAI')!;
    expect(openai.type).toBe('organization');
    expect(openai.mentions.map((m) => m.text)).toEqual(['OpenAI', 'OpenAI', 'OpenAI']);
    expect(text.slice(openai.mentions[0]!.start, openai.mentions[0]!.end)).toBe('OpenAI');
  });
});

describe('people', () => {
  it('links a later surname to the full name, including a trailing-apostrophe possessive', () => {
    const entities = extract(
      'Bill Peebles, former lead of OpenAI’s Sora video generation team, has departed the company.',
      'Peebles’ departure, announced via a cryptic post on X last Friday, confirms what many suspected.',
    );
    const bill = find(entities, 'Bill Peebles')!;
    expect(bill.type).toBe('person');
    expect(bill.aliases).toContain('Peebles');
    expect(bill.mentions).toHaveLength(2);
    expect(find(entities, 'Peebles')).toBeUndefined();
  });

  it('drops titles and nationality adjectives from the span', () => {
    const entities = extract('In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike justified.');
    expect(names(entities)).toEqual(['Benjamin Netanyahu']);
    expect(entities[0]!.type).toBe('person');
  });
});

describe('versions and products', () => {
  it('keeps the version out of the name and on the mention', () => {
    const entities = extract(
      'Stable Video Diffusion 2.1, backed by Stability AI and Runway, has seen a 300% increase in API calls.',
      'Projects like Stable Video Diffusion keep improving.',
    );
    const svd = find(entities, 'Stable Video Diffusion')!;
    expect(svd.type).toBe('product');
    expect(svd.mentions[0]!.version).toBe('2.1');
    expect(svd.mentions[0]!.text).toBe('Stable Video Diffusion');
    expect(find(entities, 'Stability AI')?.type).toBe('organization');
  });

  it('types model names with digits as products', () => {
    const entities = extract('Its successor in the pipeline, GPT-5 Turbo with native video understanding, needs 10–15 H100 hours.');
    expect(find(entities, 'GPT-5 Turbo')?.type).toBe('product');
    expect(find(entities, 'H100')?.type).toBe('product');
  });

  it('nests the organisation that opens a product name (same start, shorter end)', () => {
    const entities = extract('Enterprise demand signals pointed toward coding assistants: GitHub Copilot Enterprise adoption grew 220% YoY in 2025.');
    const copilot = find(entities, 'GitHub Copilot Enterprise')!;
    const github = find(entities, 'GitHub')!;
    expect(copilot.type).toBe('product');
    expect(github.type).toBe('organization');
    expect(github.mentions[0]!.start).toBe(copilot.mentions[0]!.start);
    expect(github.mentions[0]!.end).toBe(copilot.mentions[0]!.start + 'GitHub'.length);
  });
});

describe('acronyms', () => {
  it('makes "Name (ACR)" one entity and links later bare acronyms', () => {
    const entities = extract(
      'The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared that Soleimani was martyred.',
      'Last April, the United States Department of State also designated the IRGC as a terrorist organization.',
    );
    const irgc = find(entities, 'Iranian Revolutionary Guard Corps')!;
    expect(irgc.type).toBe('organization');
    expect(irgc.aliases).toContain('IRGC');
    expect(irgc.mentions.map((m) => m.text)).toEqual(['Iranian Revolutionary Guard Corps', 'IRGC', 'IRGC']);
    expect(find(entities, 'IRGC')).toBeUndefined();
  });

  it('ignores acronyms used as common words', () => {
    const entities = extract('OpenAI wants clearer enterprise ROI, better GPU use, a public API, more SaaS deals, AI in every IDE and AGI, with 220% YoY growth and a new CEO.');
    expect(names(entities)).toEqual(['OpenAI']);
  });
});

describe('what is not an entity', () => {
  it('ignores heading fragments but finds known names in headings', () => {
    const entities = extract(
      heading('The Quiet End of Sora: From Research Demo to Strategic Casualty', 1),
      para('OpenAI had quietly deprioritized Sora in favor of its reasoning models.', 2),
      heading('Focus Beats Features', 3),
    );
    expect(names(entities).sort()).toEqual(['OpenAI', 'Sora']);
    expect(find(entities, 'Sora')!.mentions.some((m) => m.block === 1)).toBe(true);
  });

  it('treats a short title-cased line without closing punctuation as a heading', () => {
    const entities = extract('What This Means for Open Source AI', 'The Sora shutdown creates an interesting vacuum for OpenAI.');
    expect(names(entities).sort()).toEqual(['OpenAI', 'Sora']);
  });

  it('ignores month and day names', () => {
    const entities = extract('OpenAI unveiled Sora in February 2024 and shut it down on a Friday. In March, OpenAI moved on.');
    expect(names(entities)).toContain('OpenAI');
    for (const word of ['February', 'Friday', 'March', 'In March']) expect(names(entities)).not.toContain(word);
  });

  it('ignores capitalised ordinary words that open a sentence', () => {
    const entities = extract('Imagine spending months building a treehouse. Every dollar went to Sora. Video generation is expensive. However, Tencent thrived.');
    expect(names(entities).sort()).toEqual(['Sora', 'Tencent']);
  });

  it('ignores ALL CAPS headline words unless the body names them', () => {
    const entities = extract('OPENAI SHUTS DOWN VIDEO TOOL AFTER BRUTAL YEAR', 'OpenAI said on Tuesday that the tool would close.');
    const openai = find(entities, 'OpenAI')!;
    expect(names(entities)).toEqual(['OpenAI']);
    expect(openai.mentions.map((m) => m.block)).toEqual([1, 2]);
  });

  it('does not take religions or nationality adjectives for names', () => {
    const entities = extract('Saudi women and ex-Muslim activists met in London with Christian groups.');
    expect(names(entities)).toEqual(['London']);
    expect(entities[0]!.type).toBe('place');
  });
});

describe('types from context', () => {
  it('uses gazetteers and heads for places and organisations', () => {
    const entities = extract('The strike on Baghdad International Airport was approved by the United States Department of Defense, officials in Iraq said.');
    expect(find(entities, 'Baghdad International Airport')?.type).toBe('place');
    expect(find(entities, 'United States Department of Defense')?.type).toBe('organization');
    expect(find(entities, 'Iraq')?.type).toBe('place');
  });
});

describe('resolveCorpus', () => {
  const a = { article: 'a', entities: extract('Sora, unveiled by OpenAI, was a video model. OpenAI’s Sora later closed.') };
  const b = { article: 'b', entities: extract('OpenAI and Sora parted ways. Federal Security Service (FSB) officers watched.') };
  const c = { article: 'c', entities: extract('The FSB denied it.') };

  it('merges across articles, votes on type and is independent of input order', () => {
    const forward = resolveCorpus([a, b, c]);
    const backward = resolveCorpus([c, b, a]);
    expect(backward).toEqual(forward);
    const sora = forward.find((e) => e.name === 'Sora')!;
    expect(sora.type).toBe('product');
    expect(new Set(sora.mentions.map((m) => m.article))).toEqual(new Set(['a', 'b']));
    const fsb = forward.find((e) => e.name === 'Federal Security Service')!;
    expect(fsb.mentions.map((m) => m.article)).toEqual(['b', 'b', 'c']);
    expect(forward.map((e) => e.name)).toEqual([...forward.map((e) => e.name)].sort());
  });
});

describe('applyEditorNotes', () => {
  const corpus = resolveCorpus([
    { article: 'a', entities: extract('A model from Runway was released. Tencent backed Hunyuan Video. Fans of Sora were sad.') },
  ]);

  it('overrides the type, merges entities the aliases name, and hides', () => {
    const edited = applyEditorNotes(corpus, [
      { name: 'Runway', type: 'organization', aliases: ['Runway ML'] },
      { name: 'Tencent Holdings', aliases: ['Tencent', 'Hunyuan Video'] },
      { name: 'Sora', hidden: true },
    ]);
    expect(corpus.find((e) => e.name === 'Sora')).toBeDefined();
    expect(edited.find((e) => e.name === 'Sora')).toBeUndefined();
    expect(edited.find((e) => e.name === 'Runway')?.aliases).toContain('Runway ML');
    const tencent = edited.find((e) => e.name === 'Tencent Holdings')!;
    expect(tencent.mentions).toHaveLength(2);
    expect(edited.find((e) => e.name === 'Hunyuan Video')).toBeUndefined();
    const retyped = applyEditorNotes(corpus, [{ name: 'Tencent', type: 'place' }]);
    expect(retyped.find((e) => e.name === 'Tencent')?.type).toBe('place');
  });
});
