import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { checkBody, tooDeepMessage } from './body-checks.ts';
import { contentError } from './content-error.ts';
import { readBriefingFile } from './briefing.ts';
import { listMarkdownFiles, type ContentProblem } from './content-files.ts';
import { slugFieldProblem, slugFromFileName } from './entry-slug.ts';
import { readMarkdownFile } from './markdown-file.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  digest: string;
}

export interface MarkdownFolderOptions {
  /** Articles: the folder must exist and hold at least one (unless BRIEFING_ALLOW_EMPTY=1), every file needs a body. */
  required: boolean;
  /** The frontmatter schema; its messages are reported with the file and the field's line. */
  schema: z.ZodType;
  /** Where entries are published, for messages about two files with one URL ('/articles/'); none for notes. */
  urlPrefix?: string;
  /** briefing.md, checked with the articles so that its problems stop the build before any page. */
  briefing?: string;
  /** Checks across all entries, e.g. two editor notes that name the same entity. */
  across?: (entries: LoadedEntry[]) => ContentProblem[];
}

const format = ({ file, line, message }: ContentProblem) => `${file}${line ? `:${line}` : ''}: ${message}`;

/**
 * Read one markdown file into an entry, or the problems that keep it out. Everything a reader would
 * otherwise meet as a stack trace or a silently wrong page is named here, with the line and the fix.
 */
function loadFile(file: string, options: MarkdownFolderOptions): { entry?: LoadedEntry; problems: ContentProblem[]; warnings: ContentProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problems: [{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check its permissions.` }], warnings: [] };
  }
  const parsed = readMarkdownFile(bytes);
  const at = (located: { line?: number; message: string }) => ({ file, ...located });
  const problems = parsed.problems.map(at);
  const warnings = parsed.warnings.map(at);
  if (problems.length) return { problems, warnings };

  const { data, body, fieldLines } = parsed;
  let id: string;
  if (!options.urlPrefix) {
    id = file; // notes are found by name, not by address: any unique id will do
  } else if (data.slug !== undefined) {
    const problem = slugFieldProblem(data.slug);
    if (problem) problems.push({ file, line: fieldLines.get('slug'), message: problem });
    id = String(data.slug).normalize('NFC');
  } else {
    id = slugFromFileName(file);
    if (!id) {
      problems.push({
        file,
        message: `the file name "${basename(file)}" has no letter or digit to make a URL from. Rename the file (e.g. after its headline) or add a slug: field, such as slug: my-article.`,
      });
    }
  }
  const validated = options.schema.safeParse(data);
  if (!validated.success) {
    for (const issue of validated.error.issues) {
      const field = issue.path.map(String).join('.');
      problems.push({ file, line: fieldLines.get(String(issue.path[0] ?? '')), message: `${field ? `${field}: ` : ''}${issue.message}` });
    }
  }
  const text = body.trim();
  if (options.required && !text) {
    problems.push({ file, message: "the article has no body. Write the article text below the frontmatter's closing ---, or delete the file." });
  } else if (text) {
    // The body as stored and rendered, untrimmed: its parse is the one every later reader reuses.
    const check = checkBody(body);
    if (check.tooDeep) problems.push({ file, message: tooDeepMessage(check.tooDeep) });
    else if (options.required && check.empty) {
      problems.push({
        file,
        message:
          'the article has no text a reader would see (only HTML comments, scripts or styles, --- rules or invisible characters). Write the article text below the frontmatter, or delete the file.',
      });
    }
  }
  if (problems.length) return { problems, warnings };
  // The path is part of the digest: a file moved or renamed keeps its text but must get its new path.
  const digest = createHash('sha256').update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
  return { entry: { id, file, data, body, digest }, problems, warnings };
}

/** Two files that would publish at one address: one line naming both. */
function clashingIds(entries: LoadedEntry[], urlPrefix: string): ContentProblem[] {
  const first = new Map<string, LoadedEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (earlier) {
      problems.push({ file: '', message: `${earlier.file} and ${entry.file} both give the URL ${urlPrefix}${entry.id}/: give one of them another file name or slug: field.` });
    } else {
      first.set(entry.id, entry);
    }
  }
  return problems;
}

/** Load every file of the folder; throws one error listing every problem, each on its own line. */
export function readFolder(
  folder: string,
  options: MarkdownFolderOptions,
  log: { warn: (message: string) => void },
  env: NodeJS.ProcessEnv = process.env,
): LoadedEntry[] {
  const problems: ContentProblem[] = [];
  const exists = statSync(folder, { throwIfNoEntry: false });
  if (!exists && !options.required) return []; // optional folder (content/entities): nothing to load
  if (!exists) {
    problems.push({ file: folder, message: 'no such folder. Put articles in content/articles/*.md, or set BRIEFING_CONTENT to a folder that has an articles/ folder.' });
  }
  const listing = exists ? listMarkdownFiles(folder) : { files: [], skipped: [], problems: [] };
  for (const { path, reason } of listing.skipped) log.warn(`skipped: ${path}, because ${reason}`);
  problems.push(...listing.problems);

  const entries: LoadedEntry[] = [];
  for (const file of listing.files) {
    const loaded = loadFile(file, options);
    for (const warning of loaded.warnings) log.warn(format(warning));
    problems.push(...loaded.problems);
    if (loaded.entry) entries.push(loaded.entry);
  }
  if (options.urlPrefix) problems.push(...clashingIds(entries, options.urlPrefix));
  if (options.across) problems.push(...options.across(entries));
  if (options.briefing) problems.push(...readBriefingFile(options.briefing).problems.map((message) => ({ file: '', message })));
  if (options.required && exists && listing.files.length === 0 && listing.problems.length === 0 && env.BRIEFING_ALLOW_EMPTY !== '1') {
    problems.push({ file: folder, message: 'no articles. Add .md files, or set BRIEFING_ALLOW_EMPTY=1 to build an empty site on purpose.' });
  }
  if (problems.length) {
    const lines = problems.map((p) => (p.file ? format(p) : p.message));
    throw contentError([...new Set(lines)].sort().join('\n'));
  }
  return entries;
}

/**
 * The loader of a content folder (articles or editor notes). Our own, not Astro's glob(): it decides
 * which files are articles and names every file it skips, reads YAML without turning dates into UTC
 * instants, and reports every problem of every file together, each naming the file, the line and the fix.
 */
export function markdownFolder(folder: string, options: MarkdownFolderOptions): Loader {
  const load = async (context: LoaderContext) => {
    const entries = readFolder(folder, options, context.logger);
    const kept = new Set<string>();
    for (const entry of entries) {
      kept.add(entry.id);
      const existing = context.store.get(entry.id);
      if (existing?.digest === entry.digest) continue;
      const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
      context.store.set({
        id: entry.id,
        data,
        body: entry.body,
        filePath: relative(context.config.root.pathname, entry.file),
        digest: entry.digest,
      });
    }
    for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
  };
  let watching = false;
  return {
    name: 'briefing-markdown-folder',
    load: async (context) => {
      await load(context);
      // The dev server reads the folder again when anything in it changes.
      if (!context.watcher || watching) return;
      watching = true;
      context.watcher.add(folder);
      context.watcher.on('all', (_event, path) => {
        if (!path.startsWith(join(folder, '/')) && path !== folder) return;
        load(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
