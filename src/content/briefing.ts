import { existsSync, readFileSync, statSync } from 'node:fs';
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

const read = new Map<string, { modified: number; intro: BriefingIntro }>();

// A production build reads the file once; the dev server looks again on every page, to show edits.
const watchForEdits = import.meta.env?.PROD !== true;

/**
 * content/briefing.md: the site's title and the editor's intro. Optional; a site without it is called "Briefing".
 * Every page's layout asks for the title, so the file is parsed again only when it changes.
 */
export function readBriefingIntro(folder = contentDirectory()): BriefingIntro {
  const file = join(folder, 'briefing.md');
  const known = read.get(folder);
  if (known && !watchForEdits) return known.intro;
  const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (known?.modified === modified) return known.intro;
  const intro = parseBriefingIntro(file);
  read.set(folder, { modified, intro });
  return intro;
}

function parseBriefingIntro(file: string): BriefingIntro {
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
