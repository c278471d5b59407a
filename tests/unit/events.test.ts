import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractEvents } from '../../src/knowledge/claims/index.ts';
import { extractTimes } from '../../src/knowledge/time/index.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';
import { SEED_DIR, textArticle } from '../support/text-article.ts';

const events = (a: ArticleInput) => extractEvents(a, extractTimes(a)).map((e) => [e.date, e.precision, e.relative ?? null]);

describe('events', () => {
  it('makes one event per distinct date in a sentence (the documented two-date rule)', () => {
    const a = textArticle('Copilot adoption grew 220% YoY in 2025, per telemetry leaked to The Information in March.', '2026-04-02');
    expect(events(a)).toEqual([['2025', 'year', null], ['2026-03', 'month', null]]);
    expect(extractEvents(a, extractTimes(a)).every((e) => e.text === a.blocks[0]!.text)).toBe(true);
  });
  it('keeps a day and the same day with a clock time as one event, the finer one', () => {
    const a = textArticle('Phivolcs recorded 611 aftershocks on Saturday, as of Saturday 8:00 p.m.', '2019-10-22');
    expect(events(a)).toEqual([['2019-10-19T20:00', 'minute', null]]);
  });
  it('keeps undated relative events with their phrase, and skips durations, sets and references', () => {
    const a = textArticle('The project’s quiet sunset came last month. It ran for two years, daily, and is now gone.');
    expect(events(a)).toEqual([[null, 'relative', 'last month']]);
  });
  it('a century before the word it describes dates no event; a century the sentence happens in does', () => {
    expect(events(textArticle('The sale at Marrow & Finch will feature 19th Century landscapes and an 18th-Century clock.', '2025-05-01'))).toEqual([]);
    expect(events(textArticle('The chapel was completed in the 13th century, and rebuilt in the 16th century.', '2025-05-01')))
      .toEqual([['12', 'century', null], ['15', 'century', null]]);
  });
  it('gives exactly the required seed timeline', () => {
    const found = ['000_7a7de0392025a01d.txt', '002_ba23344b395729c1.txt'].flatMap((f) =>
      events({ id: f, title: f, blocks: textToBlocks(readFileSync(join(SEED_DIR, f), 'utf8'), 'lines') }));
    expect(found).toEqual([
      [null, 'relative', 'last month'], ['2024-02', 'month', null], ['2025-Q1', 'quarter', null], [null, 'relative', 'last Friday'],
      ['2025', 'year', null], [null, 'relative', 'March'], ['2026-01', 'month', null]]);
  });
});
