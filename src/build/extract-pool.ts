import { availableParallelism } from 'node:os';
import type { ArticleKnowledge } from '../knowledge/extract-article.ts';
import type { ArticleInput } from '../knowledge/types.ts';
import { createProgress, type ProgressOptions } from './progress.ts';
import { runWorker } from './run-worker.ts';

/**
 * Below this many articles, starting workers (each loads the gazetteers) costs more than it saves.
 * Measured on 2 cores: 2,225 BBC articles took 3.3–3.8 s on one thread and 3.9–4.0 s on two workers;
 * 8,900 took 14.4 s on one thread and 10.6 s on two workers. (This all runs inside the knowledge
 * worker, src/build/knowledge-worker.ts, so "one thread" is that worker's, never the page renderer's.)
 */
const MIN_ARTICLES_FOR_WORKERS = 4000;

/** BRIEFING_WORKERS=0 extracts on the calling thread; unset uses one worker per core when it pays. */
export function workerCount(articles: number, env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.BRIEFING_WORKERS;
  if (configured !== undefined && configured !== '') return Math.max(0, Number.parseInt(configured, 10) || 0);
  return articles >= MIN_ARTICLES_FOR_WORKERS ? Math.min(availableParallelism(), 8) : 0;
}

/**
 * Extract many articles, on worker threads when there are enough of them. Results come back in input
 * order. Articles are dealt out round-robin so every worker gets a similar mix of long and short ones.
 */
export async function extractMany(inputs: ArticleInput[], progressOptions: ProgressOptions = {}): Promise<ArticleKnowledge[]> {
  const workers = Math.min(workerCount(inputs.length), inputs.length);
  const progress = createProgress('extracting', inputs.length, progressOptions);
  if (workers <= 1) {
    // Loaded only when there is something to extract: a build with every article cached never pays for
    // the gazetteers (about 200 MB and a second to load).
    const { extractArticle } = await import('../knowledge/extract-article.ts');
    const { defaultLexicon } = await import('../knowledge/lexicon/index.ts');
    const lexicon = defaultLexicon();
    const results = inputs.map((input, i) => {
      const result = extractArticle(input, lexicon);
      progress.update(i + 1);
      return result;
    });
    progress.finish();
    return results;
  }
  const batches: ArticleInput[][] = Array.from({ length: workers }, () => []);
  inputs.forEach((input, i) => batches[i % workers]!.push(input));
  let done = 0;
  const outputs = await Promise.all(
    batches.map(async (batch) => {
      const result = await runWorker<ArticleKnowledge[]>('build/extract-worker.ts', batch);
      done += batch.length;
      progress.update(done);
      return result;
    }),
  );
  progress.finish();
  return inputs.map((_, i) => outputs[i % workers]![Math.floor(i / workers)]!);
}
