import type { ArticleInput, Figure, TimeExpression } from '../types.ts';
import { blockSentenceSpans } from '../sentences.ts';
import { extractTimes } from '../time/index.ts';
import { derivedOnce } from '../lexicon/derived.ts';
import { defaultLexicon, type ClaimWords, type Lexicon } from '../lexicon/index.ts';

// Numeric claims: a number with what it counts. Dates, years, ages, ordinals and version numbers are not figures.

const CURRENCY = '([$£€]|US\\$|USD\\s?|GBP\\s?|EUR\\s?)?';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?';
const RANGE_END = '(?:\\s*(?:[-–—]|to)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?))?';
/** A figure, with the lexicon's hedges before it and its scale and percent words after; compiled once per lexicon. */
const figurePattern = derivedOnce(({ FIGURE_HEDGE_RE, FIGURE_SCALE_RE, PERCENT_RE }: ClaimWords) => {
  const scale = `(?:\\s*(${FIGURE_SCALE_RE})(?![\\p{L}\\p{N}-]))?`;
  const percent = `(\\s*(?:${PERCENT_RE})(?![\\p{L}]))?`;
  return new RegExp(`(?<![\\p{L}\\p{N}.,$£€-])(?:(?:${FIGURE_HEDGE_RE})\\s+)?${CURRENCY}${NUMBER}${RANGE_END}${scale}${percent}`, 'giu');
});

const CURRENCIES: Record<string, string> = { $: 'USD', 'us$': 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR' };

/** Up to two content words after the number ("VBench score", "H100 hours"), plus a "per …" rate ("per minute of output"). */
function unitPhrase(rest: string, claims: ClaimWords): string | undefined {
  const m = /^\s+((?:[\p{Lu}][\p{L}\p{N}-]*\s+)?[\p{Ll}][\p{L}-]*(?:\s+(?!per\b)[\p{Ll}][\p{L}-]*)?)(\s+per\s+[\p{Ll}]+(?:\s+of\s+[\p{Ll}]+)?)?/u.exec(rest);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (claims.UNIT_STOP.has(w.toLowerCase())) break;
    kept.push(w);
    if (claims.UNIT_HEAD_NOUN.test(w)) break; // "residents near", "people living": the head noun ends the unit
  }
  if (kept.length === 0 || claims.NOT_UNIT.has(kept[0]!)) return undefined;
  return kept.join(' ') + (kept.length === words.length && m[2] ? m[2] : '');
}

function isNotAFigure(sentence: string, at: number, end: number, number: string, claims: ClaimWords): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(end, end + 16);
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true; // ordinals
  if (/^[-–\s]*(?:years?|months?)[-\s]old\b|^-year\b/i.test(after) || /\b(?:aged?|age\s+of)\s*$/i.test(before)) return true; // ages
  if (/^\.\d/.test(after)) return true; // "2.1.3"
  // Versions and names: "GPT-5", "Diffusion 2.1", "Fortune 500", "Region 11".
  if (/[\p{L}][-‐]?$/u.test(before) || /(?<![.!?:]\s*)(?:^|\s)\p{Lu}[\p{L}\p{N}-]*\s+$/u.test(before) && !claims.FIGURE_LEAD_WORD.test(before)) return true;
  if (/\bv\.?\s*$/i.test(before)) return true;
  if (/[§¶#№]\s*$/u.test(before)) return true; // "§ 1201": a section or a number, not a quantity
  return /^(?:19|20)\d\d$/.test(number); // a year standing alone
}

const overlaps = (times: TimeExpression[], block: number, start: number, end: number) =>
  times.some((t) => t.block === block && t.start < end && start < t.end);

export function extractFigures(article: ArticleInput, times: TimeExpression[] = extractTimes(article), lexicon: Lexicon = defaultLexicon()): Figure[] {
  const { claims } = lexicon;
  const figures: Figure[] = [];
  for (const block of article.blocks) {
    for (const s of blockSentenceSpans(block, lexicon.sentences)) {
      const sentence = block.text.slice(s.start, s.end);
      let previousUnit: string | undefined;
      for (const m of sentence.matchAll(figurePattern(claims))) {
        const [whole, currency, int, decimals, rangeEnd, scale, percent] = m;
        const numberStart = m.index + whole.indexOf(int!, currency ? whole.indexOf(currency) + currency.length : 0);
        let end = m.index + whole.length;
        const raw = int! + (decimals ?? '');
        if (!currency && !percent && isNotAFigure(sentence, numberStart, end, raw, claims)) continue;
        if (overlaps(times, block.index, s.start + numberStart, s.start + end)) continue;
        const number = (x: string) => x.replace(/,/g, '');
        let value = number(raw) + (rangeEnd ? `-${number(rangeEnd)}` : '');
        let unit: string | undefined;
        if (currency) {
          unit = CURRENCIES[currency.trim().toLowerCase()];
          if (scale && !rangeEnd) value = String(Math.round(Number(number(raw)) * claims.FIGURE_SCALES[scale.toLowerCase()]!));
        } else if (percent) {
          unit = '%';
          const growth = claims.GROWTH.exec(sentence.slice(end));
          if (growth) { unit = `% ${growth[1]}`; end += growth[0].length; }
        } else {
          if (scale && !claims.COUNT_SCALE.test(scale)) continue; // "2 m distance" is a length, not two million
          const phrase = unitPhrase(sentence.slice(end), claims);
          const magnitude = /\bmagnitude\s*$/i.test(sentence.slice(0, numberStart));
          if (phrase) { unit = phrase; end += sentence.slice(end).indexOf(phrase) + phrase.length; }
          else if (decimals && (previousUnit || magnitude)) unit = previousUnit ?? 'magnitude'; // "89.3 VBench score, … Sora's reported 85.1"
          else continue; // a bare number says too little to be a claim
          if (scale && !rangeEnd) value = String(Math.round(Number(number(raw)) * claims.FIGURE_SCALES[scale.toLowerCase()]!));
        }
        if (unit && unit !== '%') previousUnit = unit;
        figures.push({ block: block.index, start: s.start + m.index, end: s.start + end, value, ...(unit ? { unit } : {}), text: sentence.slice(m.index, end) });
      }
    }
  }
  return figures;
}
