// Odd input, as a new user would write it: file names, encodings, frontmatter and bodies the seed
// articles never show. Generated at test time rather than committed, because several names (NFC and
// NFD twins, `?` and `#`, dangling links) do not survive every checkout.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const article = (title: string, body: string, extra = '') => `---\ntitle: ${JSON.stringify(title)}\n${extra}---\n\n${body}\n`;

/** A refused file: its path under articles/, its bytes, and what the build must say about it. */
export interface RefusedCase {
  file: string;
  bytes: string | Uint8Array;
  /** The message after "<path>:" (and the line, where there is one). */
  message: RegExp;
}

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);

export const REFUSED_CASES: RefusedCase[] = [
  { file: '!!!.md', bytes: article('Bangs', 'Text.'), message: /^: the file name "!!!\.md" has no letter or digit to make a URL from\. Rename the file .* or add a slug: field/u },
  { file: 'slug-with-slash.md', bytes: article('Slash', 'Text.', 'slug: x/y\n'), message: /^:3: slug "x\/y" cannot be part of a URL: use letters, digits, - and _ only/u },
  { file: 'slug-dots.md', bytes: article('Dots', 'Text.', 'slug: ".."\n'), message: /^:3: slug "\.\." cannot be part of a URL/u },
  { file: 'slug-tag.md', bytes: article('Tag', 'Text.', 'slug: "<script>"\n'), message: /^:3: slug "<script>" cannot be part of a URL/u },
  { file: 'proto.md', bytes: '---\ntitle: Proto\n__proto__: {polluted: true}\n---\n\nText.\n', message: /^:3: the field name "__proto__" is not allowed: rename or remove it/u },
  { file: 'title-number.md', bytes: '---\ntitle: 123\n---\n\nText.\n', message: /^:2: title: title must be text, not a number: put it in quotes, e.g. title: "123"/u },
  { file: 'title-list.md', bytes: '---\ntitle: [a, b]\n---\n\nText.\n', message: /^:2: title: title must be text, not a list/u },
  { file: 'title-empty.md', bytes: '---\ntitle:\n---\n\nText.\n', message: /^:2: title: title is empty: write the article's headline after title:/u },
  { file: 'title-binary.md', bytes: '---\ntitle: !!binary aGVsbG8=\n---\n\nText.\n', message: /^:2: the frontmatter uses the YAML tag !!binary, which is not supported: write the value as plain text/u },
  { file: 'utf16.md', bytes: utf16le(article('Sixteen', 'Text.')), message: /^: the file is UTF-16, not UTF-8\. Convert it, e\.g\. iconv -f UTF-16 -t UTF-8/u },
  { file: 'unclosed.md', bytes: '---\ntitle: Unclosed\n\nText that never ends the frontmatter.\n', message: /^:1: the frontmatter that opens on line 1 is never closed: add a line --- after the last field/u },
  { file: 'list-frontmatter.md', bytes: '---\n- title\n- body\n---\n\nText.\n', message: /^:2: the frontmatter is a list, not fields: write one field per line, such as title: "What happened"/u },
  { file: 'only-script.md', bytes: article('Only a script', '<script>alert(1)</script>'), message: /^: the article has no text a reader would see \(only HTML comments, scripts or styles, --- rules or invisible characters\)/u },
  { file: 'only-comment.md', bytes: article('Only a comment', '<!-- nothing to see -->'), message: /^: the article has no text a reader would see/u },
  { file: 'only-rules.md', bytes: article('Only rules', '---\n\n***\n\n___'), message: /^: the article has no text a reader would see/u },
  // Beyond the list: odd input found while fixing it.
  { file: 'invisible-title.md', bytes: '---\ntitle: "\u200B\u2060"\n---\n\nText.\n', message: /^:2: title: title is empty: write the article's headline after title:/u },
  { file: 'title-fields.md', bytes: '---\ntitle: {main: A, sub: B}\n---\n\nText.\n', message: /^:2: title: title must be text, not a set of fields/u },
  { file: 'field-twice.md', bytes: '---\ntitle: A\nsummary: One.\nsummary: Two.\n---\n\nText.\n', message: /^:4: a field appears twice in the frontmatter: keep one of them\./u },
  { file: 'alias-loop.md', bytes: '---\ntitle: Loop\nloop: &x [*x]\n---\n\nText.\n', message: /^:2: the frontmatter cannot be read: .*Remove YAML anchors \(&name\) and aliases \(\*name\)/u },
  { file: 'timestamp-tag.md', bytes: '---\ntitle: Tagged\npublished: !!timestamp 2025-03-01T23:30:00-05:00\n---\n\nText.\n', message: /^:3: the frontmatter uses the YAML tag !!timestamp, which is not supported/u },
  { file: 'deep-frontmatter.md', bytes: `---\ntitle: Deep\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n\nText.\n`, message: /^:3: the frontmatter nests lists or fields inside each other too deeply to be read: flatten it\./u },
  { file: 'only-invisible.md', bytes: article('Only invisible characters', '\u200B\u200B \u2060\uFEFF'), message: /^: the article has no text a reader would see/u },
];

/** Refused at the folder level: a dangling symbolic link and two names that differ only in Unicode normalisation. */
export function writeRefusedCorpus(): { dir: string; articles: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-refused-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  for (const { file, bytes } of [...REFUSED_CASES, ...DEEP_CASES]) writeFileSync(join(articles, file), bytes);
  symlinkSync(join(dir, 'nowhere.md'), join(articles, 'dangling.md'));
  writeFileSync(join(articles, 'caf\u00e9.md'), article('Composed', 'Text.'));
  writeFileSync(join(articles, 'cafe\u0301.md'), article('Decomposed', 'Text.'));
  return { dir, articles };
}

/** Deeply nested bodies: refused with a message, never a stack overflow. */
export const DEEP_CASES: RefusedCase[] = [
  { file: 'deep-quotes.md', bytes: article('Deep quotes', `${'>'.repeat(1000)} deep`), message: /^: the body nests elements more than 100 levels deep \(mostly <blockquote> inside <blockquote>\), deeper than a page can be rendered\. Flatten/u },
  // Deep enough to overflow the markdown parser itself, before any tree exists to measure.
  { file: 'deepest-quotes.md', bytes: article('Deepest quotes', `${'>'.repeat(20_000)} deep`), message: /^: the body nests elements more than 100 levels deep \(mostly <blockquote> inside <blockquote>\)/u },
  { file: 'deep-divs.md', bytes: article('Deep divs', `${'<div>'.repeat(1000)}deep${'</div>'.repeat(1000)}`), message: /^: the body nests elements more than 100 levels deep \(mostly <div> inside <div>\)/u },
  {
    file: 'deep-list.md',
    bytes: article('Deep list', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}* item`).join('\n')),
    message: /^: the body nests elements more than 100 levels deep \(mostly <(ul|li)> inside <(ul|li)>\)/u,
  },
];

/** Odd input that must build: each file's page and what it must show. */
export interface AcceptedCase {
  file: string;
  bytes: string;
  /** The article's URL path under /articles/. */
  slug: string;
  /** The published date the site must show, as YYYY-MM-DD, when the file gives one. */
  published?: string;
}

export const ACCEPTED_CASES: AcceptedCase[] = [
  { file: 'hash#tag.md', bytes: article('A hash in the file name', 'Mary Major spoke in Lisbon.'), slug: 'hashtag' },
  { file: 'question?mark.md', bytes: article('A question mark in the file name', 'Mary Major spoke in Porto.'), slug: 'questionmark' },
  { file: 'sub/nested.md', bytes: article('An article in a subfolder', 'Mary Major spoke in Faro.'), slug: 'nested' },
  { file: 'folder.md/inside.md', bytes: article('An article in a folder named like a file', 'Mary Major spoke in Braga.'), slug: 'inside' },
  { file: 'upper.MD', bytes: article('Upper-case extension', 'Mary Major spoke in Evora.'), slug: 'upper' },
  { file: 'long.markdown', bytes: article('Long extension', 'Mary Major spoke in Coimbra.'), slug: 'long' },
  { file: 'cr-only.md', bytes: '---\rtitle: Old Mac line ends\rpublished: 2024-05-06\r---\r\rMary Major spoke in Aveiro.\r\rA second paragraph.\r', slug: 'cr-only', published: '2024-05-06' },
  { file: 'year-one.md', bytes: article('In the year one', 'Mary Major spoke in Rome.', 'published: 0001-01-01\n'), slug: 'year-one', published: '0001-01-01' },
  { file: 'offset-west.md', bytes: article('Late evening in New York', 'Mary Major spoke in New York.', 'published: 2025-03-01T23:30:00-05:00\n'), slug: 'offset-west', published: '2025-03-01' },
  { file: 'offset-east.md', bytes: article('Just after midnight in Tokyo', 'Mary Major spoke in Tokyo.', 'published: 2025-03-01T00:30:00+09:00\n'), slug: 'offset-east', published: '2025-03-01' },
  { file: 'date-only.md', bytes: article('A plain date', 'Mary Major spoke in Oslo.', 'published: 2025-03-01\nupdated: 2025-03-02 01:00:00 +14:00\n'), slug: 'date-only', published: '2025-03-01' },
  {
    file: 'control-characters.md',
    bytes: `---\ntitle: "Bell \u0007 and escape \u001b in a title"\nsummary: "A summary with a bell \u0007 and U+FFFE \uFFFE."\n---\n\nA body with a bell \u0007, an escape \u001b[31m and a noncharacter \uFFFE, said Mary Major.\n`,
    slug: 'control-characters',
  },
  { file: 'footnotes.md', bytes: article('Footnotes', 'Mary Major spoke in Bern.[^1] She left on Monday.[^note]\n\n[^1]: According to the city hall.\n[^note]: A second note.'), slug: 'footnotes' },
  { file: 'style-element.md', bytes: article('A style element', '<style>p { color: red } .secret-style-text {}</style>\n\nMary Major spoke in Basel.'), slug: 'style-element' },
  { file: 'heading-like-an-id.md', bytes: article('A heading that looks like a paragraph id', '## p-1\n\nMary Major spoke in Ghent.\n\n## p-2\n\nShe left for Antwerp.'), slug: 'heading-like-an-id' },
  { file: 'javascript-source.md', bytes: article('A javascript: source URL', 'Mary Major spoke in Liege.', 'source:\n  name: Evil Wire\n  url: "javascript:alert(1)"\n'), slug: 'javascript-source' },
  { file: 'local-image.md', bytes: article('A local image', 'Mary Major spoke in Namur.\n\n![A chart of the vote](images/a.jpg)'), slug: 'local-image' },
  // Beyond the list.
  { file: 'spaces in the name.md', bytes: article('Spaces in the file name', 'Mary Major spoke in Leiden.'), slug: 'spaces-in-the-name' },
  { file: 'date-synonym.md', bytes: article('A date field with a UTC time', 'Mary Major spoke in Delft.', 'date: 2024-01-02T23:04:05Z\n'), slug: 'date-synonym', published: '2024-01-02' },
  { file: 'bom-cr.md', bytes: '\uFEFF---\rtitle: Byte-order mark and CR line ends\rpublished: 2024-07-08\r---\r\rMary Major spoke in Utrecht.\r', slug: 'bom-cr', published: '2024-07-08' },
  { file: 'dots-close.md', bytes: '---\ntitle: Frontmatter closed with dots\n...\n\nMary Major spoke in Haarlem.\n', slug: 'dots-close' },
  { file: 'image-only.md', bytes: article('Only an image', '![Mary Major speaking in Zwolle](photo.jpg)'), slug: 'image-only' },
  { file: 'broken-links.md', bytes: article('Links that lead nowhere', 'See [the ninth paragraph](#p-9), [a missing article](/articles/nope/) and [the first paragraph](#p-1).'), slug: 'broken-links' },
];

/** Files in articles/ that are not articles and must be named as skipped. */
export const SKIPPED_FILES = ['.hidden.md', 'notes.txt'];

export function writeAcceptedCorpus(): { dir: string; articles: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-accepted-'));
  const articles = join(dir, 'articles');
  for (const { file, bytes } of ACCEPTED_CASES) {
    mkdirSync(join(articles, file, '..'), { recursive: true });
    writeFileSync(join(articles, file), bytes);
  }
  for (const file of SKIPPED_FILES) writeFileSync(join(articles, file), article('Not an article', 'Text.'));
  // A link back to the folder itself: read once, not forever.
  symlinkSync(articles, join(articles, 'loop'));
  writeFileSync(join(dir, 'briefing.md'), '---\ntitle: Odd input\n---\n\nEvery article here is odd in one way.\n');
  mkdirSync(join(dir, 'entities'));
  writeFileSync(join(dir, 'entities', 'unmatched.md'), '---\nname: Contoso Robotics\n---\n\nNamed in no article.\n');
  return { dir, articles };
}
