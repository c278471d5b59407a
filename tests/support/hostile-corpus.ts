// The hostile corpus: tests/fixtures/hostile/ plus the cases that are better generated than committed,
// written into a fresh folder: a 2 MB article, a file with a byte-order mark and CRLF line ends, and a
// 100,000-character frontmatter field the schema does not know.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolder } from './scratch.ts';

export const HOSTILE_FIXTURE = 'tests/fixtures/hostile';
export const BIG_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A long article of ordinary paragraphs, deterministic, at least `bytes` long. */
export function bigArticle(bytes = BIG_ARTICLE_BYTES): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n += 1) {
    const paragraph = `Paragraph ${n}: Brian O'Brien of Contoso Search met officials from Microsoft in Paris, and the talks on item ${n} went on into the evening. ${'The delegates read the long report aloud, page after page. '.repeat(25)}`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `---\ntitle: A two-megabyte article\npublished: 2024-03-10\nsource: Long Wire\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export function bomCrlfArticle(): string {
  const lines = ['---', 'title: "Byte-order mark and CRLF"', 'published: 2024-03-11', '---', '', 'Jane Roe wrote from Tokyo on Monday.', '', 'Microsoft answered from Paris.', ''];
  return `\uFEFF${lines.join('\r\n')}`;
}

export function longFieldArticle(length = 100_000): string {
  return `---\ntitle: An unknown field of 100,000 characters\npublished: 2024-03-12\nnotes: "${'x'.repeat(length)}"\n---\n\nJohn Smith met Jane Roe in Cairo.\n`;
}

/** Copies the fixture and writes the generated articles; returns the content folder. */
export function prepareHostileCorpus(): string {
  const dir = scratchFolder('briefing-hostile-');
  cpSync(HOSTILE_FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'articles', 'two-megabytes.md'), bigArticle());
  writeFileSync(join(dir, 'articles', 'bom-crlf.md'), bomCrlfArticle());
  writeFileSync(join(dir, 'articles', 'long-unknown-field.md'), longFieldArticle());
  return dir;
}
