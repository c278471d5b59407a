// Writes the name index (src/views/name-index.ts) into the built site: <outDir>/names/index.json, the
// manifest the search box reads first, and the shards in a folder named by their content.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../knowledge/knowledge-base.ts';
import { NAME_INDEX_DIR, NAME_INDEX_OPTIONS, buildNameIndex } from '../views/name-index.ts';

export interface NameIndexSummary {
  entities: number;
  files: number;
  bytes: number;
}

/** `resultId`: an entity page's id among the full-text results, when the full-text index holds it. */
export function writeNameIndex(
  root: string,
  entities: readonly KbEntity[],
  resultId: (entity: KbEntity) => string | undefined = () => undefined,
): NameIndexSummary {
  const { manifest, shards } = buildNameIndex(entities, NAME_INDEX_OPTIONS, resultId);
  const folder = join(root, NAME_INDEX_DIR);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, manifest.dir), { recursive: true });
  let bytes = 0;
  for (const [file, content] of shards) {
    writeFileSync(join(folder, manifest.dir, file), content);
    bytes += Buffer.byteLength(content);
  }
  writeFileSync(join(folder, 'index.json'), JSON.stringify(manifest));
  return { entities: entities.length, files: shards.size, bytes };
}
