import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractFigures } from '../../src/knowledge/claims/index.ts';
import { SEED_DIR, textArticle } from '../support/text-article.ts';

const figures = (text: string) => extractFigures(textArticle(text)).map((f) => [f.text, f.value, f.unit]);

describe('figures', () => {
  it('reads ranges with compound units and percentages with growth words (seed sentences)', () => {
    expect(figures('While Sora required massive GPU clusters for inference (estimates suggest 10–15 H100 hours per minute of output), its successor is cheaper.'))
      .toEqual([['10–15 H100 hours per minute of output', '10-15', 'H100 hours per minute of output']]);
    expect(figures('GitHub Copilot Enterprise adoption grew 220% YoY in 2025, and Codex tools now power over 40% of AI-assisted code commits.'))
      .toEqual([['220% YoY', '220', '% YoY'], ['over 40%', '40', '%']]);
    expect(figures('Stable Video Diffusion 2.1 has seen a 300% increase in API calls.')).toEqual([['300% increase', '300', '% increase']]);
  });
  it('reads scores, and carries the unit to a bare score compared with it', () => {
    expect(figures('Hunyuan Video leads with a state-of-the-art 89.3 VBench score, outperforming Sora’s reported 85.1 on identical benchmarks.'))
      .toEqual([['89.3 VBench score', '89.3', 'VBench score'], ['85.1', '85.1', 'VBench score']]);
  });
  it('normalises money and counts (BBC-style sentences)', () => {
    expect(figures('Profits jumped 76% to $1.13bn (£600m), and it lost 464,000 subscribers.')).toEqual([
      ['76%', '76', '%'], ['$1.13bn', '1130000000', 'USD'], ['£600m', '600000000', 'GBP'], ['464,000 subscribers', '464000', 'subscribers']]);
  });
  it('does not count dates, years, ages, ordinals, versions or names', () => {
    expect(figures('GPT-5 Turbo and Stable Video Diffusion 2.1 shipped in 2025 to Fortune 500 firms.')).toEqual([]);
    expect(figures('The 22nd amendment was passed in 1947; Huber died aged 41, a 41-year-old wrestler, on December 27.')).toEqual([]);
    expect(figures('He served seventeen years, and three days later resigned.')).toEqual([]);
  });
  it('finds exactly the seven seed figures', () => {
    const found = ['000_7a7de0392025a01d.txt', '002_ba23344b395729c1.txt'].flatMap((f) =>
      extractFigures({ id: f, title: f, blocks: textToBlocks(readFileSync(join(SEED_DIR, f), 'utf8'), 'lines') }).map((x) => x.text));
    expect(found).toEqual(['10–15 H100 hours per minute of output', '40%', '220% YoY', 'over 40%', '89.3 VBench score', '85.1', '300% increase']);
  });
});
