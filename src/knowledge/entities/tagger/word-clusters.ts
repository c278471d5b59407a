// Clusters of words used alike, from word vectors of newswire (tools/train/word-clusters.ts makes them):
// what the tagger knows of a word it never saw in training. A word has a fine cluster and a coarse family.
import { fileURLToPath } from 'node:url';

/** The committed file, as train:clusters writes it. */
export interface WordClusterData {
  /** Where the vectors came from, and their licence. */
  source: string;
  /** The family of each fine cluster. */
  coarse: readonly number[];
  /** The words of each fine cluster, lower case. */
  clusters: ReadonlyArray<readonly string[]>;
}

export const CLUSTERS_FILE = fileURLToPath(new URL('./word-clusters.json', import.meta.url));

/** A word's cluster and family, as feature values. */
export interface WordCluster { fine: number; coarse: number }

/** Word → its cluster and family. Throws, naming the file, if the families do not match the clusters. */
export function clusterIndex(data: WordClusterData, file = CLUSTERS_FILE): ReadonlyMap<string, WordCluster> {
  if (!Array.isArray(data.clusters) || !Array.isArray(data.coarse) || data.coarse.length !== data.clusters.length) {
    throw new Error(`${file}: "coarse" must give one family per cluster (${data.coarse?.length} for ${data.clusters?.length}); run npm run train:clusters to rebuild it`);
  }
  const index = new Map<string, WordCluster>();
  data.clusters.forEach((words, fine) => {
    const cluster = { fine, coarse: data.coarse[fine]! };
    for (const word of words) index.set(word, cluster);
  });
  return index;
}
