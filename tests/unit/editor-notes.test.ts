// Editor notes have the last word over resolution: rename, retype, alias, merge, split and hide.
import { describe, expect, it } from 'vitest';
import { resolveCorpus, type CorpusEntity } from '../../src/knowledge/entities/corpus.ts';
import { applyEditorNotes } from '../../src/knowledge/entities/editor-notes.ts';
import { documentEntity } from '../support/document-entities.ts';

const entity = documentEntity;

const corpus = resolveCorpus([
  { article: 'a1', entities: [entity('Kessel Rovers', 'organization', { 'Kessel Rovers': 2, KR: 1 }), entity('Tamsin Hale', 'person', { 'Tamsin Hale': 1, Hale: 2 })] },
  { article: 'a2', entities: [entity('Kessel', 'place', { Kessel: 3 }), entity('Orbin Labs', 'organization', { 'Orbin Labs': 2 })] },
  { article: 'a3', entities: [entity('Kessel', 'place', { Kessel: 2 }), entity('Marrow Gazette', 'organization', { 'Marrow Gazette': 1 })] },
]);
const find = (entities: CorpusEntity[], name: string) => entities.find((e) => e.name === name);
const articlesOf = (e: CorpusEntity | undefined) => [...new Set(e?.mentions.map((m) => m.article))];

describe('editor notes', () => {
  it('rename and retype an entity they name, whatever case or dots the note uses', () => {
    const edited = applyEditorNotes(corpus, [{ name: 'Orbin Laboratories', aliases: ['ORBIN LABS'], type: 'product' }]);
    expect(find(edited, 'Orbin Labs')).toBeUndefined();
    expect(find(edited, 'Orbin Laboratories')).toMatchObject({ type: 'product', aliases: ['ORBIN LABS', 'Orbin Labs'] });
    expect(find(edited, 'Orbin Laboratories')!.mentions).toHaveLength(2);
  });

  it('merge every entity their name and aliases name', () => {
    const edited = applyEditorNotes(corpus, [{ name: 'Marrow Media', aliases: ['Marrow Gazette', 'Orbin Labs'] }]);
    expect(find(edited, 'Marrow Media')!.mentions).toHaveLength(3);
    expect(find(edited, 'Marrow Gazette')).toBeUndefined();
    expect(find(edited, 'Orbin Labs')).toBeUndefined();
  });

  it('split off only the mentions written as the note’s name or aliases, everywhere or in the articles given', () => {
    const byForm = applyEditorNotes(corpus, [{ name: 'KR', type: 'organization', split: true }]);
    expect(find(byForm, 'KR')!.mentions.map((m) => m.text)).toEqual(['KR']);
    expect(find(byForm, 'Kessel Rovers')!.mentions.map((m) => m.text)).toEqual(['Kessel Rovers', 'Kessel Rovers']);
    const byArticle = applyEditorNotes(corpus, [{ name: 'Kessel (harbour board)', aliases: ['Kessel'], type: 'organization', split: true, articles: ['a3'] }]);
    expect(articlesOf(find(byArticle, 'Kessel (harbour board)'))).toEqual(['a3']);
    expect(articlesOf(find(byArticle, 'Kessel'))).toEqual(['a2']);
    expect(find(byArticle, 'Kessel')!.type).toBe('place');
  });

  it('hide an entity, or only the forms a split note names', () => {
    expect(find(applyEditorNotes(corpus, [{ name: 'Tamsin Hale', hidden: true }]), 'Tamsin Hale')).toBeUndefined();
    const partly = applyEditorNotes(corpus, [{ name: 'Hale', hidden: true, split: true }]);
    expect(find(partly, 'Tamsin Hale')!.mentions.map((m) => m.text)).toEqual(['Tamsin Hale']);
    expect(find(partly, 'Hale')).toBeUndefined();
  });

  it('do not depend on the order they come in, and leave what they do not name alone', () => {
    const notes = [{ name: 'Marrow Media', aliases: ['Marrow Gazette'] }, { name: 'KR', split: true }];
    expect(applyEditorNotes(corpus, [...notes].reverse())).toEqual(applyEditorNotes(corpus, notes));
    expect(find(applyEditorNotes(corpus, notes), 'Tamsin Hale')).toEqual(find(corpus, 'Tamsin Hale'));
  });
});
