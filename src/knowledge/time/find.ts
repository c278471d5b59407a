import { derivedOnce } from '../lexicon/derived.ts';
import type { TimeWords } from './lexicon.ts';
import { compileRules, type Rule } from './rule.ts';
import { CALENDAR_RULES } from './rules-calendar.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { AMOUNT_RULES } from './rules-amounts.ts';
import { CLOCK_RULES } from './rules-clock.ts';
import type { Candidate, TimeSpec } from './spec.ts';

// Clock rules first: on equal length, "1800 UTC" is a time before it is a year.
const RULES: Rule[] = [...CLOCK_RULES, ...CALENDAR_RULES, ...RELATIVE_RULES, ...AMOUNT_RULES];
/** The rules compiled with one lexicon's fragments, once per lexicon. */
const compiledRules = derivedOnce((time: TimeWords) => compileRules(RULES, time));

/** Words that narrow a date without changing its TIMEX3 value; newswire gold keeps them inside the span. */

/** Every match of every rule, then the longest non-overlapping ones; ties go to the earlier rule. */
export function findCandidates(text: string, time: TimeWords): Candidate[] {
  const all: Array<Candidate & { order: number }> = [];
  compiledRules(time).forEach((r, order) => {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      const spec = r.build(m, text, time);
      if (spec) all.push({ start: m.index, end: m.index + m[0].length, spec, rule: r.name, order });
      if (m[0].length === 0) r.pattern.lastIndex++;
    }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push({ start: c.start, end: c.end, spec: c.spec, rule: c.rule });
  }
  kept.sort((a, b) => a.start - b.start);
  for (const c of kept) extendWithModifier(c, text, time);
  return mergeClockWithDay(kept, text);
}

function namesADay(spec: TimeSpec): boolean {
  if (spec.kind === 'partial') return spec.weekday !== undefined || spec.day !== undefined;
  if (spec.kind === 'deictic' || spec.kind === 'anaphoric') return spec.unit === 'day';
  return spec.kind === 'absolute' && spec.precision === 'day';
}

/** "Saturday 8:00 p.m.", "4:53 a.m. Thursday morning": one TIME expression, as newswire gold marks it. */
function mergeClockWithDay(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b && /^,?\s+$/.test(text.slice(a.end, b.start))) {
      const clock = a.spec.kind === 'clock' ? a : b.spec.kind === 'clock' ? b : null;
      const day = clock === a ? b : a;
      if (clock && clock.spec.kind === 'clock' && !clock.spec.day && namesADay(day.spec)) {
        out.push({ start: a.start, end: b.end, spec: { ...clock.spec, day: day.spec }, rule: `${clock.rule}+day` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function extendWithModifier(c: Candidate, text: string, time: TimeWords): void {
  const isCalendarDate = c.spec.kind !== 'clock' && !(c.spec.kind === 'absolute' && c.spec.type !== 'DATE') &&
    !(c.spec.kind === 'absolute' && c.spec.precision === 'reference');
  if (!isCalendarDate) return;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const m = time.MODIFIER_BEFORE.exec(before);
  if (m) c.start -= m[0].length;
}
