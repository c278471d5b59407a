// npm run demo:wikinews [-- --corpus DIR] [--out DIR]
// Builds the briefing from the 293 dated English Wikinews articles of 2019–2020 (CC BY 2.5), to show the
// generator on a real, dated corpus. The corpus is copied into a temporary content folder at run time
// (never into the repository), with a briefing.md that credits Wikinews, then built with BRIEFING_CONTENT.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus } from '../ingest/corpus-folder.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.WIKINEWS_DIR ?? '../shared/corpora/wikinews-2019-2020' },
    out: { type: 'string', default: process.env.OUT_DIR ?? 'dist-wikinews' },
  },
});
const corpus = resolve(values.corpus!);
if (!existsSync(corpus)) {
  console.error(`demo:wikinews: no corpus at ${corpus}. Pass --corpus DIR (a folder of Wikinews .md articles) or set WIKINEWS_DIR.`);
  process.exit(1);
}

// The same folder for the same corpus, project and output, so the build's caches (kept per content folder
// and output) are found again by the next demo; distinct for another project or output built at once.
const folderKey = createHash('sha256').update(`${process.cwd()}\u0000${corpus}\u0000${resolve(values.out!)}`).digest('hex');
const content = join(tmpdir(), `briefing-wikinews-${folderKey.slice(0, 12)}`);
rmSync(content, { recursive: true, force: true });
const { articles } = prepareCorpus(corpus, content);
writeFileSync(join(content, 'briefing.md'), `---
title: Wikinews 2019–2020
description: ${articles} English Wikinews articles from 2019 and 2020, as an interlinked briefing.
---

A demonstration of the briefing generator on a real, dated corpus: every article of English Wikinews
in this set, © Wikinews contributors, licensed [CC BY 2.5](https://creativecommons.org/licenses/by/2.5/);
each article page links to its original.
`);

console.log(`demo:wikinews: ${articles} articles from ${corpus} → ${values.out}`);
// The project's own build, so a failed demo leaves no half-written site either.
const build = spawnSync(process.execPath, ['src/cli/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_CONTENT: content, OUT_DIR: values.out },
});
rmSync(content, { recursive: true, force: true });
if (build.status !== 0) process.exit(build.status ?? 1);

// A short account of what came out, so the demo can be checked at a glance.
const kb = JSON.parse(readFileSync(join(values.out!, 'knowledge.json'), 'utf8')) as {
  articles: unknown[]; entities: unknown[]; events: { date: string | null }[]; figures: unknown[]; quotes: unknown[];
};
const years = kb.events.flatMap((e) => (e.date && /^\d{4}/u.test(e.date) ? [Number(e.date.slice(0, 4))] : []));
const count = (year: number) => years.filter((y) => y === year).length;
console.log(`demo:wikinews: ${kb.articles.length} articles, ${kb.entities.length} entities, ${kb.events.length} events ` +
  `(${count(2019)} in 2019, ${count(2020)} in 2020), ${kb.figures.length} figures, ${kb.quotes.length} quotes. ` +
  `Serve it with: npm run serve -- --dir ${values.out}`);
