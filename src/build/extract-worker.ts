// Worker-thread entry: extracts a batch of articles and posts the results back, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../knowledge/extract-article.ts';
import { defaultLexicon } from '../knowledge/lexicon/index.ts';
import type { ArticleInput } from '../knowledge/types.ts';

const inputs = workerData as ArticleInput[];
const lexicon = defaultLexicon();
parentPort!.postMessage(inputs.map((input) => extractArticle(input, lexicon)));
