// The build wrapper has Astro write into `<out>.partial/` and swaps it in when the build succeeded. That
// folder is an internal detail: the lines Astro prints about it name the output the reader will get.
import { relative } from 'node:path';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `text` with the partial folder, written absolute or relative to `cwd`, named as the output folder. */
export function nameOutput(text: string, partial: string, output: string, cwd: string): string {
  const absolute = text.replaceAll(partial, output);
  const relativePartial = relative(cwd, partial);
  // A whole relative path only: not the tail of a longer name.
  const alone = new RegExp(`(?<![\\w./-])${escape(relativePartial)}(?![\\w.-])`, 'gu');
  return absolute.replace(alone, () => relative(cwd, output) || '.');
}
