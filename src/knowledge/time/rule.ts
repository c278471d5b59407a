import type { TimeWords } from './lexicon.ts';
import type { TimeSpec } from './spec.ts';

/**
 * One pattern and how to read its match. `build` returns null to reject a match (wrong case, not a date after all);
 * it reads the lexicon's time words it is given.
 */
export interface Rule {
  name: string;
  /** The pattern with `{MONTH}`, `{NUM}` … where the lexicon's fragments go. */
  source: string;
  build: (m: RegExpExecArray, text: string, time: TimeWords) => TimeSpec | null;
}

/** A rule with its pattern compiled from one lexicon's words. */
export interface CompiledRule extends Rule {
  pattern: RegExp;
}

/** Fragments that are no word list, the same whatever the lexicon. */
const FIXED_FRAGMENTS: Record<string, string> = {
  YEAR: '(?:1[0-9]\\d\\d|20\\d\\d)',
  // Word edges that also refuse digits glued to letters ("GPT-5", "H100").
  B: '(?<![\\p{L}\\p{N}])',
  E: '(?![\\p{L}\\p{N}])',
  S: '[\\s\\u00a0]+',
};

export function rule(name: string, source: string, build: Rule['build']): Rule {
  return { name, source, build };
}

/** Compile rules; `{MONTH}` etc. in their sources expand to the lexicon's fragments. Matching is case-insensitive. */
export function compileRules(rules: readonly Rule[], time: TimeWords): CompiledRule[] {
  const fragments: Record<string, string> = {
    ...FIXED_FRAGMENTS,
    MONTH: time.MONTH_RE,
    WEEKDAY: time.WEEKDAY_RE,
    NUM: time.NUMBER_RE,
    RANGE: time.RANGE_RE,
    VAGUE: time.VAGUE_RE,
    APPROX: time.APPROX_RE,
    UNIT: time.UNIT_RE,
    PART: time.PART_RE,
    SEASON: time.SEASON_RE,
    HOLIDAY: time.HOLIDAY_RE,
    SETADVERB: time.SET_ADVERB_RE,
    CENTURYORDINAL: time.CENTURY_ORDINAL_RE,
    CLOCKHEDGE: time.CLOCK_HEDGE_RE,
    ...time.LIST_FRAGMENTS,
    REFERENCE: time.REFERENCE_RE,
    SETUNIT: time.SET_UNIT_RE,
    NOON: time.NOON_RE,
    DEICTICDAY: time.DEICTIC_DAY_RE,
  };
  return rules.map((r) => {
    const expanded = r.source.replace(/\{([A-Z]+)\}/g, (_, key: string) => {
      const fragment = fragments[key];
      if (fragment === undefined) throw new Error(`rule ${r.name}: unknown fragment {${key}}`);
      return fragment;
    });
    return { ...r, pattern: new RegExp(expanded, 'giu') };
  });
}
