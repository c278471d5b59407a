// Worker-thread entry: lays out one graph (see graph-layouts.ts) and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { layoutGraph, type GraphLayoutOptions, type GraphLinkInput, type GraphNodeInput } from './force-layout.ts';

const { nodes, links, options } = workerData as { nodes: GraphNodeInput[]; links: GraphLinkInput[]; options: GraphLayoutOptions };
parentPort!.postMessage(layoutGraph(nodes, links, options));
