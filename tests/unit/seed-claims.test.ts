import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKnowledgeBase } from '../../src/knowledge/assemble.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { extractArticle } from '../../src/knowledge/extract-article.ts';
import { blocksFromTree, markdownToTree } from '../../src/markdown/pipeline.ts';

// The two seed articles of content/articles/, assembled as a build does: each figure and event goes to the
// entities of its own clause (issue 15's seed targets).
const dir = join(import.meta.dirname, '../../content/articles');
const records = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((file) => {
  const { body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
  const id = file.replace(/\.md$/u, '');
  const blocks = blocksFromTree(markdownToTree(body));
  return { article: { id, slug: id, title: id, source: 'seed', paragraphs: blocks.length }, knowledge: extractArticle({ id, title: id, blocks }) };
});
const kb = assembleKnowledgeBase(records, { articleUrl: (s) => `/articles/${s}/`, entityUrl: (s) => `/entities/${s}/` });
const figure = (claim: string) => kb.figures.find((f) => f.claim === claim)!;

describe('seed claims', () => {
  it('keep 7 events (3 of them undated), 7 figures and 2 quotes', () => {
    expect(kb.events.map((e) => e.date ?? `undated: ${e.relative}`)).toEqual([
      'undated: last month', '2024-02', '2025-Q1', 'undated: last Friday', '2025', 'undated: March', '2026-01']);
    expect(kb.figures).toHaveLength(7);
    expect(kb.quotes).toHaveLength(2);
  });
  it('give each figure the subject of its own clause', () => {
    expect(figure('89.3 VBench score').subject).toEqual(['hunyuan-video']);
    expect(figure('85.1').subject).toEqual(['sora']);
    expect(figure('85.1').entities).not.toContain('hunyuan-video');
    expect(figure('40%').subject).toEqual(['gpt-5-turbo']);
    expect(figure('40%').entities).not.toContain('sora');
    expect(figure('220% YoY').entities).toContain('github-copilot-enterprise');
    expect(figure('220% YoY').entities).not.toContain('codex');
  });
  it('show each claim’s own part of a sentence that states several', () => {
    expect(figure('85.1').clause).toBe('outperforming Sora’s reported 85.1 on identical benchmarks');
    expect(figure('220% YoY').clause).toBe('GitHub Copilot Enterprise adoption grew 220% YoY in 2025');
  });
});
