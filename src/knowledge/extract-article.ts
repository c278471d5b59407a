import { extractEvents, extractFigures, extractQuotes, type DatedEvent } from './claims/index.ts';
import { extractEntities } from './entities/index.ts';
import { splitSentences } from './sentences.ts';
import { extractTimes } from './time/index.ts';
import { timesOutsideNames } from './time/outside-names.ts';
import { defaultLexicon, type Lexicon } from './lexicon/index.ts';
import type { ArticleInput, DocumentEntity, Figure, Quote, Sentence, TimeExpression } from './types.ts';

/** Everything extraction learns from one article on its own. Plain JSON, so it can be cached by content digest. */
export interface ArticleKnowledge {
  article: string;
  sentences: Sentence[];
  entities: DocumentEntity[];
  times: TimeExpression[];
  events: DatedEvent[];
  figures: Figure[];
  quotes: Quote[];
}

/** Run every extractor over one article, with the word lists of `lexicon`. Pure: same input, same output. */
export function extractArticle(article: ArticleInput, lexicon: Lexicon = defaultLexicon()): ArticleKnowledge {
  const entities = extractEntities(article, lexicon);
  const times = timesOutsideNames(extractTimes(article, lexicon), entities);
  return {
    article: article.id,
    sentences: article.blocks.flatMap((block) => splitSentences(block, lexicon.sentences)),
    entities,
    times,
    events: extractEvents(article, times, lexicon),
    figures: extractFigures(article, times, lexicon),
    quotes: extractQuotes(article, lexicon),
  };
}
