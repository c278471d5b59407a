// What the article page and the feed show of an article's body, read from its one parsed document
// (src/markdown/article-document.ts) instead of parsing the markdown again.
import { articleDocument } from '../markdown/article-document.ts';
import { renderTree } from '../markdown/pipeline.ts';
import rehypeEntityLinks, { type EntityLinkRange } from '../markdown/rehype-entity-links.ts';

/** The article's text, as it is stored (its markdown body). */
interface ArticleText {
  body?: string | undefined;
}

/** The body as HTML, paragraph ids and permalinks included, each mention linked where the knowledge base located it. */
export function articleBodyHtml(article: ArticleText, mentions: readonly EntityLinkRange[]): string {
  // Mentions are linked where the knowledge base located them, never by searching for names again.
  return renderTree(articleDocument(article.body ?? '').tree, { transforms: [rehypeEntityLinks({ mentions })] });
}

/** The first sentences of the article's first paragraph, for feed readers: at most `limit` characters, cut at a word. */
export function articleLead(article: ArticleText, limit = 400): string {
  const first = articleDocument(article.body ?? '').blocks[0]?.text ?? '';
  return first.length <= limit ? first : `${first.slice(0, limit).replace(/\s+\S*$/u, '')}…`;
}
