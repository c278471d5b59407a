import { z } from 'astro/zod';
import { dateObjectToCalendarDate, parseCalendarDate } from './dates.ts';

// Each message says what is wrong and how to fix it; Astro adds the file and the field.

const calendarDate = (field: string) =>
  z.union([z.date(), z.string()], {
    error: `${field} must be a date such as 2024-02-03; quote nothing else into it, or remove the field`,
  }).transform((value, context) => {
    const date = value instanceof Date ? dateObjectToCalendarDate(value) : parseCalendarDate(value);
    if (date === null) {
      context.addIssue({
        code: 'custom',
        message: `${field} "${String(value instanceof Date ? 'invalid date' : value)}" is not a real calendar date; write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated`,
      });
      return z.NEVER;
    }
    return date;
  });

/** What a YAML value is, in words, for "must be text, not …". */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (value && typeof value === 'object') return 'a set of fields';
  return typeof value;
}

/** The fix for a value that should have been text: quote numbers and booleans, write one line for the rest. */
function quoteIt(field: string, value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? `put it in quotes, e.g. ${field}: "${String(value)}"` : `write it as one line of text, in quotes`;
}

const text = (field: string) =>
  z.string({
    error: (issue) =>
      issue.input === null ? `${field} is empty: write a value or remove the field` : `${field} must be text, not ${kindOf(issue.input)}: ${quoteIt(field, issue.input)}`,
  });

const sourceObject = z.strictObject(
  {
    name: text('source.name').optional(),
    url: text('source.url').optional(),
    file: text('source.file').optional(),
  },
  { error: 'source must be a name, or an object with name, url and file' },
);

/** Frontmatter of content/articles/*.md. Unknown extra fields are kept, known ones must have the right type. */
export const articleSchema = z
  .looseObject({
    title: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'title is missing: add a line such as title: "What happened" to the frontmatter'
            : issue.input === null
              ? "title is empty: write the article's headline after title:"
              : `title must be text, not ${kindOf(issue.input)}: ${quoteIt('title', issue.input)}`,
      })
      .trim()
      // A title of only invisible characters (zero-width spaces, joiners) would be an empty heading.
      .refine((title) => title.replace(/[\s\p{Cf}]/gu, '') !== '', { error: 'title is empty: write the article\'s headline after title:' })
      .max(300, { error: 'title is longer than 300 characters: shorten it to the headline, and move the rest to summary or the body' }),
    published: calendarDate('published').optional(),
    /** Accepted as a synonym of published, as many exported corpora name it. */
    date: calendarDate('date').optional(),
    updated: calendarDate('updated').optional(),
    author: z.union([text('author'), z.array(text('author'))], { error: 'author must be a name or a list of names' }).optional(),
    source: z
      .union([text('source'), sourceObject], { error: 'source must be a name, or an object with name, url and file' })
      .transform((source) => (typeof source === 'string' ? { name: source } : source))
      .optional(),
    url: text('url').optional(),
    summary: text('summary')
      .max(2000, { error: 'summary is longer than 2,000 characters: shorten it to a few sentences, and move the rest to the body' })
      .optional(),
    tags: z.array(text('tags[]'), { error: 'tags must be a list, such as tags: [ai, video]' }).optional(),
    license: text('license').optional(),
  })
  .transform(({ date, ...data }) => ({ ...data, published: data.published ?? date }));

export type ArticleFrontmatter = z.output<typeof articleSchema>;

/** Frontmatter of content/entities/*.md: editor notes that override extraction. */
export const entityNoteSchema = z.strictObject({
  name: z.string({ error: 'name is missing: the entity\'s canonical name, e.g. name: "OpenAI"' }).trim().min(1),
  type: z
    .enum(['person', 'organization', 'place', 'product', 'other'], {
      error: 'type must be one of person, organization, place, product, other',
    })
    .optional(),
  aliases: z.array(text('aliases[]'), { error: 'aliases must be a list, such as aliases: [FSB]' }).optional(),
  summary: text('summary').optional(),
  hidden: z.boolean({ error: 'hidden must be true or false' }).optional(),
  split: z.boolean({ error: 'split must be true or false: true takes only the mentions written as the name or an alias' }).optional(),
  articles: z.array(text('articles[]'), { error: 'articles must be a list of article ids (file names without .md), such as articles: [my-article]' }).optional(),
});

export type EntityNote = z.output<typeof entityNoteSchema>;
