// What a bad content folder is told, word for word: the loader reads a made-up folder in-process, the
// way the build does, and every line of the one error it stops with must name the file, the line or
// field, what is wrong and the fix. (tests/integration/content-validation.test.ts shows once that these
// lines reach the person running `astro sync`.)
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder, type MarkdownFolderOptions } from '../../src/content/loaders.ts';
import { notesNamingOneEntity } from '../../src/content/note-checks.ts';
import { articleSchema, entityNoteSchema } from '../../src/content/schema.ts';
import { articleFile, writeTree } from '../support/scratch.ts';

interface Reading {
  /** The content folder that was read. */
  dir: string;
  /** Each line of the error the loader stopped with; empty when it read the folder. */
  problems: string[];
  /** What it logged as warnings. */
  warnings: string[];
}

/** Read one folder of the content folder `dir` with the loader's options, as the build does. */
function readWith(dir: string, folder: string, options: MarkdownFolderOptions, env: NodeJS.ProcessEnv = {}): Reading {
  const warnings: string[] = [];
  try {
    readFolder(join(dir, folder), options, { warn: (message) => warnings.push(message) }, env);
    return { dir, problems: [], warnings };
  } catch (error) {
    return { dir, problems: (error as Error).message.split('\n'), warnings };
  }
}

/** Read articles/ (and briefing.md) of a content folder made of `files`, as src/content.config.ts does. */
function readArticles(files: Record<string, string | Uint8Array>, env: NodeJS.ProcessEnv = {}): Reading {
  const dir = writeTree(files, 'briefing-problems-');
  return readWith(dir, 'articles', { required: true, schema: articleSchema, urlPrefix: '/articles/', briefing: join(dir, 'briefing.md') }, env);
}

/** Read entities/ of a content folder made of `files`, as src/content.config.ts does. */
function readNotes(files: Record<string, string>): Reading {
  return readWith(writeTree(files, 'briefing-notes-'), 'entities', { required: false, schema: entityNoteSchema, across: notesNamingOneEntity });
}

const LONG_TITLE = 'Very long title '.repeat(19).trim(); // 303 characters

/** One refused article: its file name under articles/, its bytes, and what follows "<path>" on its line. */
const REFUSED: Array<{ file: string; bytes: string | Uint8Array; says: string }> = [
  // Frontmatter fields (src/content/schema.ts); the line is the field's.
  { file: 'no-title.md', bytes: '---\nsummary: A summary but no title\n---\n\nBody text.\n', says: ': title: title is missing: add a line such as title: "What happened" to the frontmatter' },
  { file: 'title-quoted-empty.md', bytes: '---\ntitle: ""\n---\n\nBody text.\n', says: ":2: title: title is empty: write the article's headline after title:" },
  { file: 'title-empty.md', bytes: '---\ntitle:\n---\n\nText.\n', says: ":2: title: title is empty: write the article's headline after title:" },
  { file: 'invisible-title.md', bytes: '---\ntitle: "\u200B\u2060"\n---\n\nText.\n', says: ":2: title: title is empty: write the article's headline after title:" },
  {
    file: 'huge-title.md',
    bytes: articleFile(LONG_TITLE, 'Body text.'),
    says: ':2: title: title is longer than 300 characters: shorten it to the headline, and move the rest to summary or the body',
  },
  { file: 'title-number.md', bytes: '---\ntitle: 123\n---\n\nText.\n', says: ':2: title: title must be text, not a number: put it in quotes, e.g. title: "123"' },
  { file: 'title-list.md', bytes: '---\ntitle: [a, b]\n---\n\nText.\n', says: ':2: title: title must be text, not a list: write it as one line of text, in quotes' },
  { file: 'title-fields.md', bytes: '---\ntitle: {main: A, sub: B}\n---\n\nText.\n', says: ':2: title: title must be text, not a set of fields: write it as one line of text, in quotes' },
  {
    file: 'not-a-date.md',
    bytes: articleFile('Not a date', 'Body text.', 'published: next Tuesday\n'),
    says: ':3: published: published "next Tuesday" is not a real calendar date; write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated',
  },
  {
    file: 'impossible-date.md',
    bytes: articleFile('Impossible date', 'Body text.', 'published: 2025-02-30\n'),
    says: ':3: published: published "2025-02-30" is not a real calendar date; write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated',
  },
  { file: 'tags-not-a-list.md', bytes: articleFile('Wrong type', 'Body text.', 'tags: ai\n'), says: ':3: tags: tags must be a list, such as tags: [ai, video]' },
  // The file name and slug: field (src/content/entry-slug.ts, src/content/loaders.ts).
  {
    file: '!!!.md',
    bytes: articleFile('Bangs', 'Text.'),
    says: ': the file name "!!!.md" has no letter or digit to make a URL from. Rename the file (e.g. after its headline) or add a slug: field, such as slug: my-article.',
  },
  {
    file: 'slug-with-slash.md',
    bytes: articleFile('Slash', 'Text.', 'slug: x/y\n'),
    says: ':3: slug "x/y" cannot be part of a URL: use letters, digits, - and _ only, e.g. slug: xy, or remove the field to use the file name.',
  },
  { file: 'slug-dots.md', bytes: articleFile('Dots', 'Text.', 'slug: ".."\n'), says: ':3: slug ".." cannot be part of a URL: use letters, digits, - and _ only, or remove the field to use the file name.' },
  {
    file: 'slug-tag.md',
    bytes: articleFile('Tag', 'Text.', 'slug: "<script>"\n'),
    says: ':3: slug "<script>" cannot be part of a URL: use letters, digits, - and _ only, e.g. slug: script, or remove the field to use the file name.',
  },
  // Encoding and frontmatter syntax (src/content/markdown-file.ts).
  {
    file: 'latin1.md',
    bytes: new Uint8Array([...Buffer.from('---\ntitle: Caf'), 0xe9, ...Buffer.from(' society\n---\n\nText.\n')]),
    says: ':2: the file is not valid UTF-8 (it looks like Latin-1 or CP1252). Convert it, e.g. iconv -f cp1252 -t utf-8, or import it with npm run ingest, which does that for you.',
  },
  {
    file: 'utf16.md',
    bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(articleFile('Sixteen', 'Text.'), 'utf16le')]),
    says: ': the file is UTF-16, not UTF-8. Convert it, e.g. iconv -f UTF-16 -t UTF-8 FILE > NEW-FILE, or import it with npm run ingest.',
  },
  {
    file: 'nul-byte.md',
    bytes: '---\ntitle: NUL bytes\n---\n\nA body with a \u0000 NUL byte.\n',
    says: ':5: the file contains a NUL byte, so it is probably binary or damaged. Remove the NUL bytes (tr -d "\\000"), or re-import the article with npm run ingest.',
  },
  {
    file: 'unclosed.md',
    bytes: '---\ntitle: Unclosed\n\nText that never ends the frontmatter.\n',
    says: ':1: the frontmatter that opens on line 1 is never closed: add a line --- after the last field, before the article text.',
  },
  {
    file: 'malformed-yaml.md',
    bytes: '---\ntitle: "Unclosed quote\nsummary: [unclosed\n---\n\nBody text.\n',
    says: ':3: the frontmatter is not valid YAML: Missing closing "quote. Check the quotes and brackets on that line; put a value that contains a colon or starts with [ { " \' in quotes.',
  },
  { file: 'list-frontmatter.md', bytes: '---\n- title\n- body\n---\n\nText.\n', says: ':2: the frontmatter is a list, not fields: write one field per line, such as title: "What happened".' },
  { file: 'proto.md', bytes: '---\ntitle: Proto\n__proto__: {polluted: true}\n---\n\nText.\n', says: ':3: the field name "__proto__" is not allowed: rename or remove it.' },
  { file: 'field-twice.md', bytes: '---\ntitle: A\nsummary: One.\nsummary: Two.\n---\n\nText.\n', says: ':4: a field appears twice in the frontmatter: keep one of them.' },
  {
    file: 'title-binary.md',
    bytes: '---\ntitle: !!binary aGVsbG8=\n---\n\nText.\n',
    says: ':2: the frontmatter uses the YAML tag !!binary, which is not supported: write the value as plain text, in quotes.',
  },
  {
    file: 'timestamp-tag.md',
    bytes: '---\ntitle: Tagged\npublished: !!timestamp 2025-03-01T23:30:00-05:00\n---\n\nText.\n',
    says: ':3: the frontmatter uses the YAML tag !!timestamp, which is not supported: write the value as plain text, in quotes.',
  },
  {
    file: 'alias-loop.md',
    bytes: '---\ntitle: Loop\nloop: &x [*x]\n---\n\nText.\n',
    says: ':2: the frontmatter cannot be read: Converting circular structure to JSON. Remove YAML anchors (&name) and aliases (*name) and write the values out.',
  },
  {
    file: 'deep-frontmatter.md',
    bytes: `---\ntitle: Deep\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n\nText.\n`,
    says: ':3: the frontmatter nests lists or fields inside each other too deeply to be read: flatten it.',
  },
  // The body (src/content/body-checks.ts).
  { file: 'no-body.md', bytes: '---\ntitle: No body\n---\n\n   \n', says: ": the article has no body. Write the article text below the frontmatter's closing ---, or delete the file." },
  ...['<script>alert(1)</script>', '<!-- nothing to see -->', '---\n\n***\n\n___', '\u200B\u200B \u2060\uFEFF'].map((body, i) => ({
    file: `nothing-to-see-${i}.md`,
    bytes: articleFile('Nothing to see', body),
    says: ': the article has no text a reader would see (only HTML comments, scripts or styles, --- rules or invisible characters). Write the article text below the frontmatter, or delete the file.',
  })),
  {
    file: 'deep-quotes.md',
    bytes: articleFile('Deep quotes', `${'>'.repeat(1000)} deep`),
    says: ': the body nests elements more than 100 levels deep (mostly <blockquote> inside <blockquote>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.',
  },
  // Deep enough to overflow the markdown parser itself, before any tree exists to measure.
  {
    file: 'deepest-quotes.md',
    bytes: articleFile('Deepest quotes', `${'>'.repeat(20_000)} deep`),
    says: ': the body nests elements more than 100 levels deep (mostly <blockquote> inside <blockquote>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.',
  },
  {
    file: 'deep-divs.md',
    bytes: articleFile('Deep divs', `${'<div>'.repeat(1000)}deep${'</div>'.repeat(1000)}`),
    says: ': the body nests elements more than 100 levels deep (mostly <div> inside <div>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.',
  },
  {
    file: 'deep-list.md',
    bytes: articleFile('Deep list', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}* item`).join('\n')),
    says: ': the body nests elements more than 100 levels deep (mostly <ul> inside <ul>), deeper than a page can be rendered. Flatten the quotes, lists or HTML elements.',
  },
];

describe('a refused article is named with its line and the fix', () => {
  it.each(REFUSED)('$file', ({ file, bytes, says }) => {
    const { dir, problems } = readArticles({ [`articles/${file}`]: bytes });
    expect(problems).toEqual([`${join(dir, 'articles', file)}${says}`]);
  });

  it('reports every problem of every file at once, sorted, and loads nothing', () => {
    const { dir, problems } = readArticles({
      'articles/good.md': articleFile('Good', 'Body.'),
      'articles/no-title.md': '---\nsummary: No title\n---\n\nBody.\n',
      'articles/bad-date.md': articleFile('Bad date', '', 'published: 2025-13-01\n'),
    });
    const articles = join(dir, 'articles');
    expect(problems).toEqual([
      `${articles}/bad-date.md: the article has no body. Write the article text below the frontmatter's closing ---, or delete the file.`,
      `${articles}/bad-date.md:3: published: published "2025-13-01" is not a real calendar date; write it as YYYY-MM-DD (for example 2024-02-03), or remove the field if the date is not stated`,
      `${articles}/no-title.md: title: title is missing: add a line such as title: "What happened" to the frontmatter`,
    ]);
  });
});

describe('a content folder whose files clash or are missing', () => {
  it('names both files that would publish at one URL', () => {
    const { dir, problems } = readArticles({ 'articles/a.md': articleFile('First', 'First body.', 'slug: same-slug\n'), 'articles/b.md': articleFile('Second', 'Second body.', 'slug: same-slug\n') });
    const articles = join(dir, 'articles');
    expect(problems).toEqual([`${articles}/a.md and ${articles}/b.md both give the URL /articles/same-slug/: give one of them another file name or slug: field.`]);
  });

  it('names both files when two names differ only in Unicode normalisation', () => {
    const { dir, problems } = readArticles({ 'articles/caf\u00e9.md': articleFile('Composed', 'Text.'), 'articles/cafe\u0301.md': articleFile('Decomposed', 'Text.') });
    const articles = join(dir, 'articles');
    expect(problems).toEqual([`${articles}/cafe\u0301.md and ${articles}/caf\u00e9.md both give the URL /articles/caf\u00e9/: give one of them another file name or slug: field.`]);
  });

  it('names a dangling symbolic link and where it points', () => {
    const dir = writeTree({ 'articles/good.md': articleFile('Good', 'Body.') }, 'briefing-problems-');
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'articles', 'dangling.md'));
    const { problems } = readWith(dir, 'articles', { required: true, schema: articleSchema, urlPrefix: '/articles/' });
    expect(problems).toEqual([`${dir}/articles/dangling.md: is a symbolic link to ${dir}/nowhere.md, which does not exist. Fix the link or delete it.`]);
  });

  it('refuses an empty articles/ folder, unless BRIEFING_ALLOW_EMPTY=1', () => {
    const empty = readArticles({ 'articles/': '' });
    expect(empty.problems).toEqual([`${empty.dir}/articles: no articles. Add .md files, or set BRIEFING_ALLOW_EMPTY=1 to build an empty site on purpose.`]);
    expect(readArticles({ 'articles/': '' }, { BRIEFING_ALLOW_EMPTY: '1' }).problems).toEqual([]);
  });

  it('refuses a folder of files that are not articles, naming each as skipped', () => {
    const { dir, problems, warnings } = readArticles({ 'articles/notes.txt': 'Text.', 'articles/photo.jpg': 'JPEG' });
    expect(warnings).toEqual([
      `skipped: ${dir}/articles/notes.txt, because only .md and .markdown files are articles`,
      `skipped: ${dir}/articles/photo.jpg, because only .md and .markdown files are articles`,
    ]);
    expect(problems).toEqual([`${dir}/articles: no articles. Add .md files, or set BRIEFING_ALLOW_EMPTY=1 to build an empty site on purpose.`]);
  });

  it('refuses an articles path that is a file, or none at all', () => {
    const file = readArticles({ articles: 'not a folder' });
    expect(file.problems).toEqual([`${file.dir}/articles: is a file, not a folder. Make articles/ a folder and put the .md articles in it.`]);
    const none = readArticles({ 'briefing.md': '---\ntitle: A site\n---\n' });
    expect(none.problems).toEqual([`${none.dir}/articles: no such folder. Put articles in content/articles/*.md, or set BRIEFING_CONTENT to a folder that has an articles/ folder.`]);
  });
});

describe('a bad briefing.md stops the build with the articles', () => {
  it('names the file and line of bad YAML', () => {
    const { dir, problems } = readArticles({ 'articles/good.md': articleFile('Good', 'Body.'), 'briefing.md': '---\ntitle: [The site\n---\n\nIntro.\n' });
    expect(problems).toEqual([
      `${dir}/briefing.md:2: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Check the quotes and brackets on that line; put a value that contains a colon or starts with [ { " ' in quotes.`,
    ]);
  });

  it('names a briefing.md that is a folder', () => {
    const { dir, problems } = readArticles({ 'articles/good.md': articleFile('Good', 'Body.'), 'briefing.md/': '' });
    expect(problems).toEqual([`${dir}/briefing.md: is a folder, not a file. Remove it, or make it a .md file with the site's title and introduction.`]);
  });

  it('names a title or description that is not text', () => {
    const { dir, problems } = readArticles({ 'articles/good.md': articleFile('Good', 'Body.'), 'briefing.md': '---\ntitle: [A, B]\ndescription: 12\n---\n' });
    expect(problems).toEqual([
      `${dir}/briefing.md:2: title must be text, e.g. title: "The Sora shutdown"`,
      `${dir}/briefing.md:3: description must be text: put it in quotes`,
    ]);
  });
});

describe('editor notes for one entity', () => {
  it('names both files of two notes that alias each other', () => {
    const { dir, problems } = readNotes({ 'entities/openai.md': '---\nname: OpenAI\naliases: [Sora]\n---\n', 'entities/sora.md': '---\nname: Sora\naliases: [OpenAI]\n---\n' });
    expect(problems).toEqual([
      `${dir}/entities/openai.md and ${dir}/entities/sora.md are notes for the same entity (both answer to "sora"): merge them into one note, or remove "sora" from one of them.`,
    ]);
  });

  it('names both files of two notes with one name, whatever its case', () => {
    const { dir, problems } = readNotes({ 'entities/a.md': '---\nname: OpenAI\n---\n', 'entities/b.md': '---\nname: openai\nsummary: A second note.\n---\n' });
    expect(problems).toEqual([
      `${dir}/entities/a.md and ${dir}/entities/b.md are notes for the same entity (both answer to "openai"): merge them into one note, or remove "openai" from one of them.`,
    ]);
  });

  it('names the field of a note that has the wrong type', () => {
    const { dir, problems } = readNotes({ 'entities/kessel.md': '---\nname: Kessel\ntype: company\n---\n' });
    expect(problems).toEqual([`${dir}/entities/kessel.md:3: type: type must be one of person, organization, place, product, other`]);
  });

  it('reads nothing, and says nothing, when there is no entities/ folder', () => {
    expect(readNotes({ 'articles/good.md': articleFile('Good', 'Body.') })).toMatchObject({ problems: [], warnings: [] });
  });
});
