// npm run audit:entities -- [--content DIR] [--top N] [--forms N]
// The N most-mentioned entities of a content folder (or a flat folder of articles): name, type, mention
// count, every surface form with its count, and flags for what looks wrong. Extracts every article
// afresh, the way the build does, and resolves them with the editor notes in DIR/entities/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { entityNoteSchema } from '../../src/content/schema.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { auditEntities, formatAudit } from '../../src/knowledge/entities/audit.ts';
import type { EditorNote } from '../../src/knowledge/entities/editor-notes.ts';
import { extractEntities, resolveEntities } from '../../src/knowledge/entities/index.ts';
import type { DocumentEntity } from '../../src/knowledge/types.ts';
import { blocksFromTree, markdownToTree } from '../../src/markdown/pipeline.ts';

const usage = 'usage: npm run audit:entities -- [--content DIR] [--top N] [--forms N]';

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCE.md' && name !== 'README.md')
    .sort()
    .map((name) => join(dir, name));
}

function frontmatterOf(file: string, text: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, body } = splitFrontmatter(text);
  try {
    const data = frontmatter ? (parseYaml(frontmatter) as Record<string, unknown> | null) : null;
    return { data: data ?? {}, body };
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The articles' own extractions: every article under DIR/articles (or DIR itself when it holds the .md files). */
export function readDocuments(content: string): Array<{ article: string; entities: DocumentEntity[] }> {
  const folder = existsSync(join(content, 'articles')) ? join(content, 'articles') : content;
  return markdownFiles(folder).map((file) => {
    const { data, body } = frontmatterOf(file, readFileSync(file, 'utf8'));
    const id = typeof data.slug === 'string' ? data.slug : basename(file, '.md');
    const blocks = blocksFromTree(markdownToTree(body));
    return { article: id, entities: extractEntities({ id, title: String(data.title ?? ''), blocks }) };
  });
}

/** Editor notes of DIR/entities/*.md, checked as the build checks them. */
export function readNotes(content: string): EditorNote[] {
  return markdownFiles(join(content, 'entities')).map((file) => {
    const parsed = entityNoteSchema.safeParse(frontmatterOf(file, readFileSync(file, 'utf8')).data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return parsed.data;
  });
}

export function main(argv: string[]): number {
  let values: { content?: string; top?: string; forms?: string };
  try {
    values = parseArgs({
      args: argv,
      options: { content: { type: 'string' }, top: { type: 'string', default: '30' }, forms: { type: 'string', default: '8' } },
    }).values;
  } catch (error) {
    process.stderr.write(`audit:entities: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const top = Number(values.top);
  const forms = Number(values.forms);
  if (!Number.isInteger(top) || top < 1 || !Number.isInteger(forms) || forms < 1) {
    process.stderr.write(`audit:entities: --top and --forms take a whole number of at least 1\n${usage}\n`);
    return 2;
  }
  const content = resolve(values.content ?? process.env.BRIEFING_CONTENT?.trim() ?? 'content');
  const documents = readDocuments(content);
  if (documents.length === 0) {
    process.stderr.write(`audit:entities: no articles (*.md) in ${content} or ${join(content, 'articles')}\n${usage}\n`);
    return 1;
  }
  const notes = readNotes(content);
  const entities = resolveEntities(documents, notes);
  const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
  process.stdout.write(`${documents.length} articles, ${entities.length} entities, ${mentions} mentions (${content})\n\n`);
  process.stdout.write(`${formatAudit(auditEntities(entities, documents, top, notes), { formsShown: forms })}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
