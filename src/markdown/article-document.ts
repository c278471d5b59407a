// An article body parsed once per build: its sanitised tree and the paragraphs the knowledge core
// reads. The content loader parses each body to check it; the knowledge build, the article page and the
// feed read that same document instead of parsing the markdown again.
//
// Astro runs the content loader from source and the pages from their bundle, so this module is loaded
// twice in one process: the documents are kept on globalThis to be shared by both. They are keyed by
// the body text itself, so an edited article can never be served the tree of its old text.
import type { Root } from 'hast';
import type { Block } from '../knowledge/types.ts';
import { blocksFromTree, markdownToTree } from './pipeline.ts';

export interface ArticleDocument {
  /** The sanitised HTML tree. Shared by every reader: never change it (renderTree works on a copy). */
  readonly tree: Root;
  /** Its paragraphs as knowledge-core blocks (block N is the element that gets id p-N). Shared too: never change them. */
  readonly blocks: Block[];
}

const SHARED = Symbol.for('briefing.article-documents');
const shared = globalThis as typeof globalThis & { [SHARED]?: Map<string, ArticleDocument> };
const documents = (shared[SHARED] ??= new Map<string, ArticleDocument>());

/** The document of a markdown body: parsed on first use, then the same object for every reader. */
export function articleDocument(body: string): ArticleDocument {
  let document = documents.get(body);
  if (!document) {
    // A body too deep to parse throws here (a RangeError) and is not kept: the loader reports it.
    const tree = markdownToTree(body);
    // Blocks on first use: the loader's check needs only the tree (and an editor note never needs blocks).
    let blocks: Block[] | undefined;
    document = {
      tree,
      get blocks() {
        return (blocks ??= blocksFromTree(tree));
      },
    };
    documents.set(body, document);
  }
  return document;
}
