import type { Rule } from './rule.ts';
import { CALENDAR_RULES } from './rules-calendar.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { AMOUNT_RULES } from './rules-amounts.ts';
import type { Candidate } from './spec.ts';

const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...AMOUNT_RULES];

/** Words that narrow a date without changing its TIMEX3 value; newswire gold keeps them inside the span. */
const MODIFIER_BEFORE = /(?<![\p{L}])(?:early|earlier|mid|late|later|the\s+(?:beginning|start|end|middle|turn|close|rest|remainder)\s+of(?:\s+the)?|end\s+of)[\s-]*$/iu;

/** Every match of every rule, then the longest non-overlapping ones; ties go to the earlier rule. */
export function findCandidates(text: string): Candidate[] {
  const all: Array<Candidate & { order: number }> = [];
  RULES.forEach((r, order) => {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      const spec = r.build(m, text);
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
  for (const c of kept) extendWithModifier(c, text);
  return kept;
}

function extendWithModifier(c: Candidate, text: string): void {
  const isCalendarDate = c.spec.kind !== 'clock' && !(c.spec.kind === 'absolute' && c.spec.type !== 'DATE') &&
    !(c.spec.kind === 'absolute' && c.spec.precision === 'reference');
  if (!isCalendarDate) return;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const m = MODIFIER_BEFORE.exec(before);
  if (m) c.start -= m[0].length;
}
