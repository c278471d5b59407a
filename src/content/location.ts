import { readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The content folder: BRIEFING_CONTENT when set (a public interface: tools outside the project use it), else ./content.
 * It holds articles/*.md, and optionally entities/*.md and briefing.md.
 */
export function contentDirectory(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const configured = env.BRIEFING_CONTENT?.trim() || 'content';
  return isAbsolute(configured) ? configured : resolve(cwd, configured);
}

/** The optional folder of editor's notes on entities: `entities/` in the content folder. */
export function entityNotesDirectory(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return join(contentDirectory(env, cwd), 'entities');
}

/**
 * Whether `folder` holds a markdown file the content loader reads (a .md file at any depth, hidden names
 * aside). An optional folder that is absent or holds none has nothing to load, which is not worth a warning.
 */
export function holdsMarkdown(folder: string): boolean {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).some(
      (path) => path.endsWith('.md') && !path.split(/[\\/]/u).some((part) => part.startsWith('.')),
    );
  } catch {
    return false; // no such folder
  }
}
