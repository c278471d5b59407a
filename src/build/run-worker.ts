import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Run a worker-thread entry under src/ (a path relative to it) on `data`, and resolve with the one message
 * it posts back. Workers run from source: Node strips the types, so they need no bundle of their own.
 */
export function runWorker<T>(entry: string, data: unknown): Promise<T> {
  const worker = new Worker(join(process.cwd(), 'src', entry), { workerData: data });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: T) => {
      resolve(result);
      // Whatever the worker still holds (gazetteers, a layout's simulation) goes with it now.
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${entry} stopped with exit code ${code}`));
    });
  });
}
