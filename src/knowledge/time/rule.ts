import { APPROX_RE, MONTH_RE, NUMBER_RE, RANGE_RE, PART_RE, SEASON_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE } from './lexicon.ts';
import type { TimeSpec } from './spec.ts';

/** One pattern and how to read its match. `build` returns null to reject a match (wrong case, not a date after all). */
export interface Rule {
  name: string;
  pattern: RegExp;
  build: (m: RegExpExecArray, text: string) => TimeSpec | null;
}

const FRAGMENTS: Record<string, string> = {
  MONTH: MONTH_RE,
  WEEKDAY: WEEKDAY_RE,
  NUM: NUMBER_RE,
  RANGE: RANGE_RE,
  APPROX: APPROX_RE,
  VAGUE: VAGUE_RE,
  UNIT: UNIT_RE,
  PART: PART_RE,
  SEASON: SEASON_RE,
  YEAR: '(?:1[0-9]\\d\\d|20\\d\\d)',
  // Word edges that also refuse digits glued to letters ("GPT-5", "H100").
  B: '(?<![\\p{L}\\p{N}])',
  E: '(?![\\p{L}\\p{N}])',
  S: '[\\s\\u00a0]+',
};

/** Compile a rule; `{MONTH}` etc. in the source expand to the lexicon's fragments. Matching is case-insensitive. */
export function rule(name: string, source: string, build: Rule['build']): Rule {
  const expanded = source.replace(/\{([A-Z]+)\}/g, (_, key: string) => {
    const fragment = FRAGMENTS[key];
    if (fragment === undefined) throw new Error(`rule ${name}: unknown fragment {${key}}`);
    return fragment;
  });
  return { name, pattern: new RegExp(expanded, 'giu'), build };
}
