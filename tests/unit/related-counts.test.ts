import { describe, expect, it } from 'vitest';
import { relatedEntities } from '../../src/knowledge/assemble.ts';
import type { KbEntity, KbMention } from '../../src/knowledge/knowledge-base.ts';

// A made-up article "a": paragraph 1 has three sentences (starting at 0, 40 and 80) that each name both
// Ada Quill and the Lantern Society; paragraph 2 names them in different sentences; paragraph 3 names
// Ada Quill and Port Wren in one sentence.
const mention = (paragraph: number, sentenceStart: number, start: number, text: string): KbMention => ({
  article: 'a', paragraph, start, end: start + text.length, text, sentence: '…', sentenceStart,
});
const entity = (id: string, name: string, mentions: KbMention[]): KbEntity => ({
  id, slug: id, name, type: 'person', aliases: [], url: `/entities/${id}/`, mentions, articles: ['a'], related: [],
});
const ada = entity('ada-quill', 'Ada Quill', [
  mention(1, 0, 0, 'Ada Quill'), mention(1, 40, 40, 'Quill'), mention(1, 80, 80, 'Quill'),
  mention(2, 0, 0, 'Ada Quill'),
  mention(3, 0, 10, 'Ada Quill'),
]);
const lantern = entity('lantern-society', 'Lantern Society', [
  mention(1, 0, 20, 'Lantern Society'), mention(1, 40, 60, 'the Society'), mention(1, 80, 95, 'Lantern Society'),
  mention(2, 50, 60, 'Lantern Society'),
]);
const port = entity('port-wren', 'Port Wren', [mention(3, 0, 30, 'Port Wren')]);

describe('related-entity counts', () => {
  const related = relatedEntities([ada, lantern, port]);
  const tie = (from: string, to: string) => related.get(from)!.find((r) => r.entity === to);

  it('counts paragraphs for both numbers: three sentences of one paragraph are one paragraph', () => {
    // Paragraph 1 ties them in a sentence (three times, but it is one paragraph); paragraph 2 only in the paragraph.
    expect(tie('ada-quill', 'lantern-society')).toEqual({ entity: 'lantern-society', sentences: 1, paragraphs: 2 });
    expect(tie('lantern-society', 'ada-quill')).toEqual({ entity: 'ada-quill', sentences: 1, paragraphs: 2 });
  });

  it('never gives a pair more same-sentence than same-paragraph counts', () => {
    expect(tie('port-wren', 'ada-quill')).toEqual({ entity: 'ada-quill', sentences: 1, paragraphs: 1 });
    expect(tie('port-wren', 'lantern-society')).toBeUndefined();
  });
});
