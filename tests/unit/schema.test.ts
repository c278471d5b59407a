import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/content/dates.ts';
import { articleSchema, entityNoteSchema } from '../../src/content/schema.ts';

function messages(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter', () => {
  it('accepts a title alone, and the optional fields with their types', () => {
    expect(messages({ title: 'A' })).toEqual([]);
    const parsed = articleSchema.parse({
      title: 'A',
      published: new Date(Date.UTC(2024, 1, 3)),
      updated: '2024-02-04',
      author: ['X', 'Y'],
      source: { name: 'Wire', url: 'https://example.org/a', file: 'a.txt' },
      summary: 's',
      tags: ['ai'],
      license: 'CC BY 2.5',
      category: 'kept as is',
    });
    expect(parsed).toMatchObject({ published: '2024-02-03', updated: '2024-02-04', category: 'kept as is' });
  });
  it('names the missing title and says how to fix it', () => {
    expect(messages({})).toEqual([expect.stringMatching(/^title: title is missing: add a line such as title:/u)]);
    expect(messages({ title: '   ' })).toEqual([expect.stringMatching(/^title: title is empty/u)]);
  });
  it('rejects a date that is not a date, and an impossible one', () => {
    expect(messages({ title: 'A', published: 'last week' })).toEqual([
      expect.stringMatching(/^published: published "last week" is not a real calendar date; write it as YYYY-MM-DD/u),
    ]);
    expect(messages({ title: 'A', published: '2025-02-30' })[0]).toMatch(/"2025-02-30" is not a real calendar date/u);
  });
  it('rejects a known field of the wrong type', () => {
    expect(messages({ title: 'A', tags: 'ai' })).toEqual([expect.stringMatching(/^tags: tags must be a list/u)]);
    expect(messages({ title: 42 })[0]).toMatch(/^title: /u);
    expect(messages({ title: 'A', source: { name: 'X', kind: 'wire' } })[0]).toMatch(/^source/u);
  });
  it('reads "date" as the publication date and a plain source name', () => {
    expect(articleSchema.parse({ title: 'A', date: '2019-01-04', source: 'English Wikinews' })).toMatchObject({
      published: '2019-01-04',
      source: { name: 'English Wikinews' },
    });
  });
  it('reads years below 100 as written, not as 19xx', () => {
    expect(parseCalendarDate('0001-01-01')).toBe('0001-01-01');
    expect(parseCalendarDate('0099-12-31')).toBe('0099-12-31');
    expect(parseCalendarDate('0004-02-29')).toBe('0004-02-29');
    expect(parseCalendarDate('0100-02-29')).toBeNull();
  });
  it('takes the calendar date of a YAML timestamp with a space before its offset', () => {
    expect(parseCalendarDate('2025-03-02 01:00:00 +14:00')).toBe('2025-03-02');
    expect(parseCalendarDate('2001-12-14 21:59:43.10 -5')).toBe('2001-12-14');
  });
  it('never shifts a date by a time zone', () => {
    expect(parseCalendarDate('2024-02-03T23:30:00-05:00')).toBe('2024-02-03');
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-02-29')).toBeNull();
  });
});

describe('entity notes', () => {
  it('accepts the documented fields and rejects others', () => {
    expect(entityNoteSchema.safeParse({ name: 'FSB', type: 'organization', aliases: ['Federal Security Service'], hidden: false }).success).toBe(true);
    const wrong = entityNoteSchema.safeParse({ name: 'X', type: 'company' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toMatch(/type must be one of person, organization, place, product, other/u);
  });

  it('accepts a split note limited to some articles, and says how to write them', () => {
    expect(entityNoteSchema.safeParse({ name: 'Kessel FC', aliases: ['Kessel'], split: true, articles: ['match-report'] }).success).toBe(true);
    const wrong = entityNoteSchema.safeParse({ name: 'Kessel FC', split: 'yes', articles: 'match-report' });
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([
      'split must be true or false: true takes only the mentions written as the name or an alias',
      'articles must be a list of article ids (file names without .md), such as articles: [my-article]',
    ]);
  });
});
