import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { markdownFolder } from './content/loaders.ts';
import { contentDirectory, entityNotesDirectory } from './content/location.ts';
import { articleSchema, entityNoteSchema } from './content/schema.ts';

const content = contentDirectory();

const articles = defineCollection({
  loader: markdownFolder(join(content, 'articles'), { required: true }),
  schema: articleSchema,
});

const entities = defineCollection({
  loader: markdownFolder(entityNotesDirectory(), { required: false }),
  schema: entityNoteSchema,
});

export const collections = { articles, entities };
