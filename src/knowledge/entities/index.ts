// Named entities: extraction within an article, resolution across the corpus, editor overrides.
//
// Within an article, a learned tagger (an averaged perceptron over word, shape, context, gazetteer and
// rule-cue features; tagger/) finds and types the spans, and recognize.ts links them into entities.
// The older rule engine (document.ts) is kept for comparison in `npm run bench:extract`. The word lists
// and gazetteers come in the lexicon (../lexicon/index.ts): these entry points take it, the rules receive it.
//
// Nesting: spans never overlap except in one case. When a product (or other) name opens with an
// organisation's name ("GitHub Copilot Enterprise"), the organisation gets a nested mention with the
// same start and a shorter end. A renderer that links spans should link the outer one and may ignore
// mentions contained in another.
import type { ArticleInput, DocumentEntity } from '../types.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import { resolveCorpus, type CorpusEntity } from './corpus.ts';
import { extractDocumentEntities } from './document.ts';
import { recognizeEntities } from './recognize.ts';
import { defaultTaggerModel } from './tagger/default-model.ts';
import { applyEditorNotes, type EditorNote } from './editor-notes.ts';

export { resolveCorpus, type CorpusEntity, type CorpusMention } from './corpus.ts';
export { applyEditorNotes, type EditorNote } from './editor-notes.ts';

/** An article's entities, found with the committed tagger and the lexicon's word lists and gazetteers. */
export function extractEntities(article: ArticleInput, lexicon: Lexicon = defaultLexicon()): DocumentEntity[] {
  return recognizeEntities(article, defaultTaggerModel(), lexicon);
}

/** The rule engine alone, as before the learned tagger: kept to compare the two. */
export function extractEntitiesByRules(article: ArticleInput, lexicon: Lexicon = defaultLexicon()): DocumentEntity[] {
  return extractDocumentEntities(article, lexicon);
}

/** Every article's entities resolved into the corpus's, then the editor's notes applied (they win). */
export function resolveEntities(
  docs: ReadonlyArray<{ article: string; entities: DocumentEntity[] }>,
  notes: ReadonlyArray<EditorNote> = [],
  lexicon: Lexicon = defaultLexicon(),
): CorpusEntity[] {
  return applyEditorNotes(resolveCorpus(docs, lexicon), notes);
}
