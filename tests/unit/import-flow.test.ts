// The code follows the data: content → knowledge → build → views → pages → search. A module may import
// its own stage or an earlier one, never a later one, and nothing under src/ imports tests/ or tools/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Each top-level folder of src/ and its stage; `text/` holds pure string helpers every stage may use. */
const STAGES: Record<string, number> = {
  text: 0,
  content: 1, ingest: 1, markdown: 1,
  knowledge: 2,
  build: 3,
  views: 4,
  components: 5, layouts: 5, pages: 5, scripts: 5, styles: 5, 'content.config.ts': 5,
  integrations: 6,
  cli: 7,
};

/** The knowledge core's data contract: its input and output types, which the stages before it may name. */
const CONTRACT = 'knowledge/types.ts';

interface Import { from: string; to: string; typeOnly: boolean }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => ({
    from: relative(SRC, file),
    to: normalize(relative(SRC, join(dirname(file), m[3] ?? m[4]!))),
    typeOnly: Boolean(m[2]),
  }));
}

const stageOf = (path: string) => STAGES[path.split('/')[0]!];
const allImports = sourceFiles(SRC).flatMap(importsOf);

describe('the import flow of src/', () => {
  it('finds the imports it checks (a parser that found none would pass anything)', () => {
    expect(allImports.length).toBeGreaterThan(300);
    expect(allImports).toContainEqual({ from: 'views/knowledge.ts', to: 'views/graph-layouts.ts', typeOnly: false });
  });

  it('knows the stage of every folder under src/', () => {
    const unknown = [...new Set(allImports.flatMap((i) => [i.from, i.to]).filter((p) => !p.startsWith('..')).map((p) => p.split('/')[0]!))]
      .filter((folder) => stageOf(folder) === undefined);
    expect(unknown).toEqual([]);
  });

  it('never imports tests/ or tools/', () => {
    expect(allImports.filter((i) => i.to.startsWith('..'))).toEqual([]);
  });

  it('never imports a later stage, but for the knowledge core’s data types', () => {
    const against = allImports.filter((i) => {
      if (i.to.startsWith('..')) return false;
      if (i.typeOnly && i.to === CONTRACT) return false;
      return stageOf(i.to)! > stageOf(i.from)!;
    });
    expect(against).toEqual([]);
  });

  it('keeps the knowledge core pure: it imports only itself and the text helpers', () => {
    const outside = allImports.filter((i) => i.from.startsWith('knowledge/') && !i.to.startsWith('knowledge/') && !i.to.startsWith('text/'));
    expect(outside).toEqual([]);
  });
});
