// Worker-thread entry: extracts a batch of articles and posts the results back, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import type { ArticleInput } from './types.ts';

const inputs = workerData as ArticleInput[];
parentPort!.postMessage(inputs.map(extractArticle));
