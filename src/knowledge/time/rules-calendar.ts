import { isCapitalised, monthNumber, type TimeWords } from './lexicon.ts';
import { rule, type Rule } from './rule.ts';
import { absolute, type PartialSpec, type TimeSpec } from './spec.ts';
import { formatWeek, pad, parseIsoDate } from './calendar.ts';
import { yearEvidence } from './year-evidence.ts';

// Calendar expressions that name their position: dates, months, years, quarters, halves, seasons, decades.

const validDay = (day: number) => day >= 1 && day <= 31;
const weekdayOf = (word: string | undefined, time: TimeWords) => (word ? time.WEEKDAYS[word.toLowerCase()] : undefined);

function dayDate(monthWord: string, dayText: string, yearText: string | undefined, time: TimeWords, weekdayWord?: string): TimeSpec | null {
  const month = monthNumber(monthWord, time);
  const day = Number(dayText);
  if (!month || !validDay(day) || !isCapitalised(monthWord)) return null;
  if (weekdayWord && !isCapitalised(weekdayWord)) return null;
  if (yearText) return absolute(`${yearText}-${pad(month)}-${pad(day)}`, 'DATE', 'day');
  const spec: PartialSpec = { kind: 'partial', month, day };
  const weekday = weekdayOf(weekdayWord, time);
  if (weekday) spec.weekday = weekday;
  return spec;
}

const isYearLike = (n: number) => n >= 1000 && n <= 2099;

/** Four digits that count things rather than name a year: "nearly 2000 people", "2000 or 3000 likes", "800-1000". */
function looksLikeCount(m: RegExpExecArray, text: string, time: TimeWords): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  if (/^-\p{L}/u.test(after)) return true; // "2019-nCoV"
  if (/^\s*(?:%|percent|per cent|[.,]\d)/i.test(after)) return true;
  if (time.NUMBER_LABEL.test(before)) return true;
  const range = /^\s*(?:or|to|-|–)\s*(\d+)/.exec(after) ?? /(\d+)\s*(?:or|to|-|–)\s*$/.exec(before);
  if (range && !isYearLike(Number(range[1])) && range[1]!.length > 2) return true;
  const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
  if (nextWord && time.COUNT_NOUNS.has(nextWord)) return true;
  if (time.COUNT_HEDGE.test(before) && nextWord && !time.COUNT_HEDGE_NON_NOUNS.has(nextWord)) return true;
  return false;
}

export const CALENDAR_RULES: Rule[] = [
  rule('iso-date', '{B}(\\d{4})-(\\d{2})-(\\d{2}){E}', (m) => absolute(`${m[1]}-${m[2]}-${m[3]}`, 'DATE', 'day')),
  rule('iso-week', '{B}(\\d{4})-W(\\d{2}){E}', (m) => absolute(`${m[1]}-W${m[2]}`, 'DATE', 'week')),
  rule('slash-date', '{B}(\\d{1,2})/(\\d{1,2})/(\\d{4}){E}', (m) => {
    let [month, day] = [Number(m[1]), Number(m[2])];
    if (month > 12) [month, day] = [day, month]; // day/month order
    if (month > 12 || !validDay(day)) return null;
    return absolute(`${m[3]}-${pad(month)}-${pad(day)}`, 'DATE', 'day');
  }),
  rule('month-day-year', '{B}(?:({WEEKDAY}),?{S})?({MONTH}){S}(\\d{1,2})(?:st|nd|rd|th)?(?:,?{S}({YEAR}))?{E}', (m, _text, time) =>
    dayDate(m[2]!, m[3]!, m[4], time, m[1])),
  rule('day-month-year', '{B}(?:({WEEKDAY}),?{S})?(?:the{S})?(\\d{1,2})(?:st|nd|rd|th)?{S}(?:of{S})?({MONTH})(?:,?{S}({YEAR}))?{E}', (m, _text, time) =>
    dayDate(m[3]!, m[2]!, m[4], time, m[1])),
  rule('month-year', '{B}({MONTH}),?{S}(?:of{S})?({YEAR}){E}', (m, _text, time) => {
    const month = monthNumber(m[1]!, time);
    if (!month || !isCapitalised(m[1]!)) return null;
    return absolute(`${m[2]}-${pad(month)}`, 'DATE', 'month');
  }),
  rule('month-relative-year', '{B}({MONTH})(?:{S}(\\d{1,2})(?:st|nd|rd|th)?)?,?{S}(?:of{S})?(last|next|this){S}year{E}', (m, _text, time) => {
    const month = monthNumber(m[1]!, time);
    if (!month || !isCapitalised(m[1]!)) return null;
    const yearOffset = { last: -1, next: 1, this: 0 }[m[3]!.toLowerCase() as 'last'];
    const spec: PartialSpec = { kind: 'partial', month, yearOffset };
    if (m[2] && validDay(Number(m[2]))) spec.day = Number(m[2]);
    return spec;
  }),
  rule('month', '{B}(?:(last|next|this{S}past|this{S}coming|this){S})?({MONTH}){E}', (m, text, time) => {
    const word = m[2]!;
    const month = monthNumber(word, time);
    if (!month || !isCapitalised(word) || word.length <= 4 && !/^(?:May|June|July)$/.test(word)) return null;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (word === 'May' && !m[1] && (!time.MAY_CONTEXT.test(before) || /^['’]s/.test(text.slice(m.index + 3, m.index + 5)))) return null;
    // A capitalised word before the month that is not a sentence-initial preposition makes it a name: "Theresa May".
    if (!m[1] && /\b\p{Lu}\p{Ll}+\s+$/u.test(before) && !time.MONTH_SENTENCE_OPENER.test(before)) return null;
    if (/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !m[1]) return null; // "March Madness"
    const modifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const direction = modifier ? ({ last: -1, 'this past': -1, next: 1, 'this coming': 1, this: 0 } as const)[modifier as 'last'] : undefined;
    return { kind: 'partial', month, ...(direction !== undefined ? { direction } : {}) };
  }),
  rule('week-of', '{B}the{S}week{S}of{S}({MONTH}){S}(\\d{1,2})(?:st|nd|rd|th)?(?:,?{S}({YEAR}))?{E}', (m, _text, time) => {
    const spec = dayDate(m[1]!, m[2]!, m[3], time);
    if (!spec || spec.kind === 'partial') return spec ? { ...spec, week: true } : null;
    return spec.kind === 'absolute' ? absolute(formatWeek(parseIsoDate(spec.value)!), 'DATE', 'week') : null;
  }),
  rule('holiday', '{B}({HOLIDAY})(?:,?{S}({YEAR}))?{E}', (m, _text, time) => {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const holiday = time.HOLIDAYS[key];
    if (!holiday || !isCapitalised(m[1]!)) return null;
    if (m[2] && holiday.day) return absolute(`${m[2]}-${pad(holiday.month!)}-${pad(holiday.day)}`, 'DATE', 'day');
    return { kind: 'partial', ...holiday, ...(m[2] ? { year: Number(m[2]) } : {}) };
  }),
  rule('year', '{B}(?<![$£€.,]|\\d[.,])({YEAR}){E}(?![.,]\\d)', (m, text, time) => {
    if (looksLikeCount(m, text, time)) return null;
    const evidence = yearEvidence(text, m.index, m.index + m[0].length, time);
    if (evidence === 'none') return null;
    return { ...absolute(m[1]!, 'DATE', 'year'), ...(evidence === 'weak' ? { weakYear: true } : {}) };
  }),
  rule('fiscal-year', '{B}(?:fiscal(?:{S}year)?{S}|FY{S}?)({YEAR}|\\d{2}){E}', (m) =>
    absolute(m[1]!.length === 2 ? `20${m[1]}` : m[1]!, 'DATE', 'year')),
  rule('decade', "{B}(?:the{S})?(?:{YEARPERIOD}[\\s-]?)?(1[0-9]\\d|20\\d)0'?s{E}", (m) => absolute(`${m[1]}X`, 'DATE', 'decade')),
  rule('short-decade', "(?:the{S})?['’]([0-9])0s{E}", (m) => absolute(`19${m[1]}X`, 'DATE', 'decade')),
  rule('century', '{B}(?:the{S})?(\\d{1,2}|{CENTURYORDINAL})(?:st|nd|rd|th)?[\\s-]century{E}', (m, _text, time) => {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : time.CENTURY_ORDINALS[word] ?? 0;
    return n > 0 ? absolute(pad(n - 1), 'DATE', 'century') : null;
  }),
  rule('quarter-code', "{B}Q([1-4]){S}?(?:(?:of{S})?({YEAR})|['’](\\d{2}))?{E}", (m) => {
    const year = m[2] ?? (m[3] ? `20${m[3]}` : undefined);
    return year ? absolute(`${year}-Q${m[1]}`, 'DATE', 'quarter') : { kind: 'partial', quarter: Number(m[1]) };
  }),
  rule('quarter-words', '{B}(?:the{S})?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]quarter(?:{S}of)?(?:{S}(?:the{S})?(?:fiscal{S}(?:year{S})?)?({YEAR}))?{E}', (m, _text, time) => {
    const word = m[1]!.toLowerCase();
    const quarter = time.ORDINALS[word] ?? 4;
    if (!time.ORDINALS[word] && !m[2]) return null; // "the last quarter" is relative, another rule's job
    return m[2] ? absolute(`${m[2]}-Q${quarter}`, 'DATE', 'quarter') : { kind: 'partial', quarter };
  }),
  rule('half', '{B}(?:H([12]){S}?({YEAR})|(?:the{S})?(first|second)[\\s-]half{S}of{S}({YEAR}))', (m) => {
    const half = m[1] ? Number(m[1]) : m[3]!.toLowerCase() === 'first' ? 1 : 2;
    return absolute(`${m[2] ?? m[4]}-H${half}`, 'DATE', 'half');
  }),
  rule('season-year', '{B}({SEASON}),?{S}(?:of{S})?({YEAR}){E}', (m) =>
    absolute(`${m[2]}-${({ spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as Record<string, string>)[m[1]!.toLowerCase()]}`, 'DATE', 'quarter')),
];
