// Odd input that must build, as a new user would write it: file names, encodings, frontmatter and bodies
// the seed articles never show. Generated at test time rather than committed, because several names
// (`?` and `#`, a link back to its own folder) do not survive every checkout. The odd input that must be
// refused is in tests/unit/content-problems.test.ts.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFile as article, scratchFolder } from './scratch.ts';

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
  const dir = scratchFolder('briefing-accepted-');
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
