import type { ArticleInput, Precision, TimeExpression } from '../types.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import { blockSentenceSpans } from '../sentences.ts';
import { parseIsoDate, toDayNumber, type Ymd } from './calendar.ts';
import { findCandidates } from './find.ts';
import { resolveSpec, type Anchors } from './resolve.ts';
import { tenseAround, type Tense } from './tense.ts';
import type { Candidate } from './spec.ts';
import { acceptsYear } from './year-evidence.ts';

export { findCandidates } from './find.ts';
export { resolveSpec } from './resolve.ts';

/** Precisions a later anaphoric expression ("the following day", "a year earlier") can count from. */
const ANCHORABLE = new Set<Precision>(['day', 'week', 'month', 'quarter', 'half', 'year']);

/** A bare year with weak evidence far from the article's year (or in an undated article) is not taken for a date. */
function isDoubtfulYear(c: Candidate, dct: Ymd | null): boolean {
  return c.spec.kind === 'absolute' && c.spec.weakYear === true && !acceptsYear(Number(c.spec.value), 'weak', dct?.year);
}

/** A resolved value back to a calendar point (first day of the period). */
export function valueToYmd(value: string): Ymd | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, day: 1 };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { year: +m[1]!, month: m[2] === '1' ? 1 : 7, day: 1 };
  m = /^(\d{4})(?:-W\d\d)?$/.exec(value);
  if (m) return { year: +m[1]!, month: 1, day: 1 };
  return null;
}

/**
 * Every time expression of an article, with TIMEX3 values resolved against `article.published` (news mode)
 * and, for anaphoric phrases, against the last date the text mentioned (narrative chaining).
 * Without a published date, deictic expressions stay unresolved and are marked `relative`.
 */
export function extractTimes(article: ArticleInput, lexicon: Lexicon = defaultLexicon()): TimeExpression[] {
  const dct = parseIsoDate(article.published);
  const anchors: Anchors = { dct, reference: null, referencePrecision: null, sentenceDay: null, lastDay: null, tense: 0, sentenceDirection: 0 };
  const out: TimeExpression[] = [];
  for (const block of article.blocks) {
    const sentences = blockSentenceSpans(block, lexicon.sentences);
    const candidates = findCandidates(block.text, lexicon.time);
    for (const sentence of sentences) {
      const inside = candidates.filter((c) => c.start >= sentence.start && c.start < sentence.end && !isDoubtfulYear(c, dct));
      const text = block.text.slice(sentence.start, sentence.end);
      anchors.sentenceDay = null;
      anchors.sentenceDirection = 0;
      // Clock times take their day from a date anywhere in the sentence, so resolve dates first.
      const ordered = [...inside.filter((c) => c.spec.kind !== 'clock'), ...inside.filter((c) => c.spec.kind === 'clock')];
      const resolved = new Map<object, TimeExpression>();
      for (const c of ordered) {
        anchors.tense = tenseAround(text, c.start - sentence.start, lexicon.time);
        const r = resolveSpec(c.spec, anchors);
        const expression: TimeExpression = { block: block.index, start: c.start, end: c.end, text: block.text.slice(c.start, c.end), ...r };
        resolved.set(c, expression);
        const day = r.relative ? null : /^\d{4}-\d{2}-\d{2}/.exec(r.value);
        if (day) anchors.sentenceDay = anchors.lastDay = valueToYmd(day[0]);
        if (day && dct) anchors.sentenceDirection = Math.sign(toDayNumber(anchors.lastDay!) - toDayNumber(dct)) as Tense;
        if ((r.type === 'DATE' || r.type === 'TIME') && !r.relative && ANCHORABLE.has(r.precision)) {
          const point = valueToYmd(r.value);
          if (point) {
            anchors.reference = point;
            anchors.referencePrecision = r.precision;
          }
        }
      }
      for (const c of inside) out.push(resolved.get(c)!);
    }
  }
  return out;
}
