// The two seed articles (content/articles/): every entity found once, typed as the annotation says, none split.
// The names are the annotated ones (tests/fixtures/seed-annotated/), with "Peebles" linked to Bill Peebles and the
// nested maker GitHub of "GitHub Copilot Enterprise" found as well.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDocument } from '../../src/build/source-blocks.ts';
import { extractEntities } from '../../src/knowledge/entities/index.ts';

const CONTENT = join(import.meta.dirname, '../../content/articles');

function entitiesOf(file: string): string[] {
  const { blocks } = sourceDocument(readFileSync(join(CONTENT, file), 'utf8'), 'markdown');
  return extractEntities({ id: file, title: '', blocks }).map((e) => `${e.name}/${e.type}`).sort();
}

describe('the seed articles', () => {
  it('Bill Peebles leaves OpenAI: 21 entities, as annotated', () => {
    expect(entitiesOf('bill-peebles-leaves-openai-as-sora-is-shut-down.md')).toEqual([
      'Bill Peebles/person', 'Codex/product', 'Fortune 500/other', 'GPT-5 Turbo/product', 'GitHub Copilot Enterprise/product',
      'GitHub/organization', 'H100/product', 'Hugging Face Video Leaderboard/other', 'Hunyuan Video/product', 'OpenAI/organization',
      'Operator/product', 'Replicate/organization', 'Runway/organization', 'Sora/product', 'Stability AI/organization',
      'Stable Video Diffusion/product', 'Tencent/organization', 'The Information/organization', 'VBench/other', 'Vercel/organization',
      'X/product',
    ]);
  });

  it('What Sora’s shutdown teaches open source AI: 8 entities, as annotated ("H100 GPU" is the H100)', () => {
    expect(entitiesOf('what-soras-shutdown-teaches-open-source-ai.md')).toEqual([
      'ChatGPT/product', 'H100/product', 'Linux/product', 'OpenAI/organization', 'PostgreSQL/product', 'Redis/product', 'Sora/product',
      'Stable Video Diffusion/product',
    ]);
  });
});
