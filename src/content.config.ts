import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { markdownFolder } from './content/loaders.ts';
import { contentDirectory, entityNotesDirectory } from './content/location.ts';
import { notesNamingOneEntity } from './content/note-checks.ts';
import { articleSchema, entityNoteSchema } from './content/schema.ts';

const content = contentDirectory();

const articles = defineCollection({
  loader: markdownFolder(join(content, 'articles'), {
    required: true,
    schema: articleSchema,
    urlPrefix: '/articles/',
    briefing: join(content, 'briefing.md'),
  }),
  schema: articleSchema,
});

const entities = defineCollection({
  loader: markdownFolder(entityNotesDirectory(), { required: false, schema: entityNoteSchema, across: notesNamingOneEntity }),
  schema: entityNoteSchema,
});

export const collections = { articles, entities };
