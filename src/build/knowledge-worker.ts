// Worker-thread entry: turns the prepared articles into the knowledge base, away from the page renderer.
// Extraction and corpus resolution need the gazetteers (about 200 MB); loaded here, they are freed with
// the worker when it ends, instead of staying in the build's memory while every page is rendered.
import { parentPort, workerData } from 'node:worker_threads';
import { buildFromPrepared, type KnowledgeJob } from './knowledge-job.ts';

const job = workerData as KnowledgeJob;
parentPort!.postMessage(await buildFromPrepared(job));
