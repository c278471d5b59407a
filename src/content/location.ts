import { isAbsolute, resolve } from 'node:path';

/**
 * The content folder: BRIEFING_CONTENT when set (a public interface: tools outside the project use it), else ./content.
 * It holds articles/*.md, and optionally entities/*.md and briefing.md.
 */
export function contentDirectory(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const configured = env.BRIEFING_CONTENT?.trim() || 'content';
  return isAbsolute(configured) ? configured : resolve(cwd, configured);
}
