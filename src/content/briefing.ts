import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../knowledge/blocks.ts';
import { contentDirectory } from './location.ts';

export interface BriefingIntro {
  /** The site's name, shown in the header and page titles. */
  title: string;
  /** One line under the title. */
  description?: string;
  /** The editor's introduction, as markdown. */
  body: string;
}

const DEFAULT_TITLE = 'Briefing';

/** content/briefing.md: the site's title and the editor's intro. Optional; a site without it is called "Briefing". */
export function readBriefingIntro(folder = contentDirectory()): BriefingIntro {
  const file = join(folder, 'briefing.md');
  if (!existsSync(file)) return { title: DEFAULT_TITLE, body: '' };
  const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const data: unknown = frontmatter ? parseYaml(frontmatter) : {};
  const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const title = fields.title;
  const description = fields.description;
  if (title !== undefined && typeof title !== 'string') {
    throw new Error(`${file}: title must be text, e.g. title: "The Sora shutdown"`);
  }
  return {
    title: title?.trim() || DEFAULT_TITLE,
    ...(typeof description === 'string' ? { description } : {}),
    body: body.trim(),
  };
}
