import { parseDocument, isMap, isScalar } from 'yaml';
import { splitFrontmatter } from '../knowledge/blocks.ts';
import { parseCalendarDate } from './dates.ts';

const DATE_FIELDS = ['published', 'date', 'updated'];

/**
 * Problems the schema cannot see because Astro's YAML reader has already turned an unquoted
 * `2025-02-30` into 2 March: date fields are read again here as written, with their line numbers.
 */
export function checkRawDates(source: string): Array<{ field: string; line: number; value: string }> {
  const { frontmatter } = splitFrontmatter(source);
  if (frontmatter === null) return [];
  const document = parseDocument(frontmatter, { schema: 'core' });
  if (!isMap(document.contents)) return [];
  const problems: Array<{ field: string; line: number; value: string }> = [];
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!DATE_FIELDS.includes(key) || !isScalar(item.value)) continue;
    const value = item.value.value;
    if (typeof value !== 'string' || !/^\d{4}-\d{1,2}-\d{1,2}/u.test(value)) continue; // the schema reports the rest
    if (parseCalendarDate(value) === null) {
      const offset = item.value.range?.[0] ?? 0;
      // +1 for the opening --- line, +1 to count from one.
      const line = frontmatter.slice(0, offset).split('\n').length + 1;
      problems.push({ field: key, line, value });
    }
  }
  return problems;
}
