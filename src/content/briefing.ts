import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkBody, tooDeepMessage } from './body-checks.ts';
import { contentDirectory } from './location.ts';
import { readMarkdownFile } from './markdown-file.ts';

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

/** Read content/briefing.md, or report why it cannot be read: each problem names the file and line. */
export function readBriefingFile(file: string): { intro: BriefingIntro; problems: string[] } {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return { intro: { title: DEFAULT_TITLE, body: '' }, problems: [] };
  if (stats.isDirectory()) {
    return { intro: { title: DEFAULT_TITLE, body: '' }, problems: [`${file}: is a folder, not a file. Remove it, or make it a .md file with the site's title and introduction.`] };
  }
  const parsed = readMarkdownFile(readFileSync(file));
  const problems = parsed.problems.map(({ line, message }) => `${file}${line ? `:${line}` : ''}: ${message}`);
  const { title, description } = parsed.data;
  if (title !== undefined && typeof title !== 'string') {
    problems.push(`${file}:${parsed.fieldLines.get('title') ?? 2}: title must be text, e.g. title: "The Sora shutdown"`);
  }
  if (description !== undefined && typeof description !== 'string') {
    problems.push(`${file}:${parsed.fieldLines.get('description') ?? 2}: description must be text: put it in quotes`);
  }
  const body = parsed.body.trim();
  const check = body ? checkBody(body) : { empty: true };
  if (check.tooDeep) problems.push(`${file}: ${tooDeepMessage(check.tooDeep)}`);
  return {
    intro: {
      title: (typeof title === 'string' && title.trim()) || DEFAULT_TITLE,
      ...(typeof description === 'string' ? { description } : {}),
      body,
    },
    problems,
  };
}

function parseBriefingIntro(file: string): BriefingIntro {
  const { intro, problems } = readBriefingFile(file);
  if (problems.length) throw new Error(problems.join('\n'));
  return intro;
}
