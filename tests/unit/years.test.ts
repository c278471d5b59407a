import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import { extractEvents } from '../../src/knowledge/claims/index.ts';
import { extractTimes } from '../../src/knowledge/time/index.ts';
import type { ArticleInput } from '../../src/knowledge/types.ts';

const article = (text: string, published?: string): ArticleInput => ({ id: 't', title: 't', blocks: textToBlocks(text), ...(published ? { published } : {}) });
const years = (text: string, published?: string) => extractTimes(article(text, published)).filter((t) => t.precision === 'year').map((t) => t.value);

describe('a bare four-digit number is a year only when the text treats it as one', () => {
  it('takes years after prepositions of time, possessives, determiners and a year before', () => {
    expect(years('The bridge opened in 1995 and has stood since 2003.', '2021-05-01')).toEqual(['1995', '2003']);
    expect(years("1995's harvest beat the 2003 season; from 2008 to 2011 yields fell.", '2021-05-01')).toEqual(['1995', '2003', '2008', '2011']);
    expect(years('Its 2019 report counted the losses by the end of 2020.', '2021-05-01')).toEqual(['2019', '2020']);
  });
  it('does not take quantities, codes or counts for years', () => {
    expect(years('The road runs 1260 kilometres to the coast.', '2020-01-10')).toEqual([]);
    expect(years('A 1000 megawatt cable will carry the power.', '2020-01-10')).toEqual([]);
    expect(years('The museum made a 1368 million pounds turnover.', '2020-01-10')).toEqual([]);
    expect(years('Under § 1201 of the code, 1720 had been released.', '2020-01-10')).toEqual([]);
    expect(years('A total of 1850 were treated and 1720 went home.', '2020-01-10')).toEqual([]);
    expect(years('The special is shown from 1130 to 1215 GMT.', '2005-01-04')).toEqual([]);
  });
  it('asks for a preposition, not only a determiner, when the year is far from the article’s own', () => {
    expect(years('The 1260 figure was revised.', '2020-01-10')).toEqual([]);
    expect(years('The 2016 figure was revised.', '2020-01-10')).toEqual(['2016']);
    expect(years('The castle was built in 1260 by a local lord.', '2020-01-10')).toEqual(['1260']);
  });
});

describe('times of day in a dated article', () => {
  it('take the article’s date in past narration, or the day mentioned just before', () => {
    const dated = extractTimes(article('The ferry sank in the evening.', '2019-07-16'));
    expect(dated.map((t) => [t.text, t.value, t.relative ?? false])).toEqual([['the evening', '2019-07-16TEV', false]]);
    const died = extractTimes(article('The painter died in the afternoon at her home.', '2021-02-09'));
    expect(died.map((t) => t.value)).toEqual(['2021-02-09TAF']);
    const sameDay = extractTimes(article('The storm reached the coast on June 4, 2023. Two ferries sank that day.', '2023-06-06'));
    expect(sameDay.map((t) => t.value)).toEqual(['2023-06-04', '2023-06-04']);
    const chained = extractTimes(article('Talks began on March 3, 2019. A deal was struck in the morning.', '2019-03-10'));
    expect(chained.map((t) => t.value)).toEqual(['2019-03-03', '2019-03-03TMO']);
  });
  it('never go to the relative lane in a dated article; only an undated one does', () => {
    const habitual = extractEvents(article('Few customers come in the morning.', '2020-02-02'), extractTimes(article('Few customers come in the morning.', '2020-02-02')));
    expect(habitual.map((e) => [e.date, e.relative ?? null])).toEqual([['XXXX-XX-XXTMO', null]]);
    const undated = extractEvents(article('The ferry sank in the evening.'), extractTimes(article('The ferry sank in the evening.')));
    expect(undated.map((e) => [e.date, e.relative ?? null])).toEqual([[null, 'the evening']]);
  });
});
