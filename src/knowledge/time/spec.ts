import type { Precision, TimexType } from '../types.ts';
import type { Unit } from './lexicon.ts';

// What a rule understood from the words, before any anchoring. Resolution turns it into a TIMEX3 value.

/** Fully written out: "February 2024", "Q1 2025", "the 1990s". Needs no anchor. */
export interface AbsoluteSpec {
  kind: 'absolute';
  value: string;
  type: TimexType;
  precision: Precision;
  /** A bare year with only weak evidence ("the 2003 season"): kept only near the article's own year. */
  weakYear?: boolean;
}

/** A calendar position missing its year: "March", "March 5", "Friday", "the third quarter", "Friday morning". */
export interface PartialSpec {
  kind: 'partial';
  month?: number;
  day?: number;
  weekday?: number;
  /** With month and weekday: the nth such weekday of the month ("Super Tuesday": the first Tuesday of March). */
  nth?: number;
  quarter?: number;
  half?: number;
  season?: string;
  /** Which occurrence: -1 "last Friday", +1 "next March", 0 "this Friday"; undefined lets tense decide. */
  direction?: -1 | 0 | 1;
  /** A written year, for rule-dated days ("Super Tuesday 2020"). */
  year?: number;
  /** The ISO week holding the day ("the week of October 21"). */
  week?: boolean;
  /** Year counted from the anchor: "March last year" → -1. */
  yearOffset?: number;
  part?: string;
}

/** Counted from the document creation time: "yesterday", "last month", "three years ago", "this week". */
export interface DeicticSpec {
  kind: 'deictic';
  unit: Unit;
  offset: number;
  part?: string;
}

/** Counted from the last date the text mentioned: "a year earlier", "the same quarter", "the following day". */
export interface AnaphoricSpec {
  kind: 'anaphoric';
  unit: Unit;
  offset: number;
  part?: string;
}

/** A clock time, placed on the day the sentence or the text is about: "10:30 a.m.", "noon". */
export interface ClockSpec {
  kind: 'clock';
  hour: number;
  minute?: number;
  second?: number;
  /** The day written next to the time ("Saturday 8:00 p.m."). */
  day?: TimeSpec;
}

export type TimeSpec = AbsoluteSpec | PartialSpec | DeicticSpec | AnaphoricSpec | ClockSpec;

export interface Candidate {
  start: number;
  end: number;
  spec: TimeSpec;
  rule: string;
}

export function absolute(value: string, type: TimexType, precision: Precision): AbsoluteSpec {
  return { kind: 'absolute', value, type, precision };
}
