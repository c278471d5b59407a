// Step 1 of document extraction: cut an article into sentences and collect candidate runs,
// deciding which ones may found an entity ("strong") and which may only mention a known one.
import type { ArticleInput, Block } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { blockSentences } from './sentence-tokens.ts';
import type { Token } from './tokens.ts';
import { isShouting } from './recase.ts';
import { findRuns, type Run } from './runs.ts';
import { scoreAfter } from './evidence.ts';
import { adjectiveBeforeNoun, creedWord, peoplesWord, shoutedWord, spelledOutCommonNouns } from './common-uses.ts';

export interface Candidate {
  run: Run;
  /** May found an entity; otherwise it can only be a mention of one found elsewhere. */
  strong: boolean;
  /** Normalised surface form: the grouping key. */
  key: string;
  version?: string;
}

/** Anything normalizeKey would change: curly quotes, whitespace other than single inner spaces. */
const UNNORMALIZED = /[’‘“”]|\s\s|[^\S ]|^\s|\s$/;

export function normalizeKey(text: string): string {
  if (!UNNORMALIZED.test(text)) return text; // most names: nothing to do, and this runs for every mention
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** A place in an article, a block and an offset in its text, as one number: cheaper to build and look up than a string key. */
export const placeOf = (block: number, offset: number): number => block * 2 ** 32 + offset;

/** Short, title-cased lines without closing punctuation: headlines inside plain text. */
export function looksLikeHeading(block: Block): boolean {
  if (block.kind === 'heading') return true;
  const text = block.text.trim();
  if (/:$/.test(text) && text.split(/\s+/).length <= 4) return true; // a label line: "Published:"
  if (/[.!?…:;"”’)]$/.test(text) || text.length > 120) return false;
  // "Plaid Cymru - 4 seats", "Kestrel Rovers – 28 pts": a list's line, a name and then its figure, is no heading.
  if (/\s[-–—]\s+\d/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0 || words.length > 16) return false;
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capped / words.length >= 0.6;
}

function decideStrong(run: Run, capitalisedElsewhere: Set<string>, commonNouns: Set<string>, lexicon: Lexicon): boolean {
  if (run.weak || commonNouns.has(run.text.toLowerCase()) || adjectiveBeforeNoun(run, lexicon) || shoutedWord(run, lexicon) || creedWord(run, lexicon) || peoplesWord(run, lexicon)) return false;
  // "US$6.16 million": a currency, not the country.
  const next = run.tokens[run.to];
  if (next && next.start === run.end && /^\p{Sc}$/u.test(next.text)) return false;
  const g = lexicon.gazetteers;
  const words = run.tokens.slice(run.from, run.to);
  const first = words[0]!;
  if (words.length === 1 && /^\p{Lu}$/u.test(first.text)) {
    // A lone letter is an initial or a label ("Plan B"), except the platform in "posted on X".
    const before = run.tokens[run.from - 1]?.lower;
    return before === 'on' || before === 'via';
  }
  // "an ART centre", "a BPL card": an acronym after an article is a common noun.
  if (words.length === 1 && first.upper && /^(?:a|an)$/.test(run.tokens[run.from - 1]?.lower ?? '')) return false;
  if (!run.initial) return true;
  const lower = first.lower;
  const known = (form: string) =>
    capitalisedElsewhere.has(form) || g.countries.has(form) || g.regions.has(form) || g.cities.has(form) ||
    g.organizations.has(form) || g.people.has(form);
  if (words.length > 1) return true;
  // "Nice to meet you", "Reading between the lines": a city that is also an everyday word needs a capital elsewhere.
  if (!first.upper && g.common.has(lower) && !capitalisedElsewhere.has(lower)) return false;
  if (known(lower) || g.lastNames.has(lower)) return true;
  if (first.upper || first.hasDigit) return true;
  if (g.firstNames.has(lower) && !g.words.has(lower)) return true;
  return !g.words.has(lower);
}

/** A sentence-opening ordinary word before a known name: "Unlike Google" → "Google". */
function dropOpeningWord(run: Run, capitalisedElsewhere: Set<string>, lexicon: Lexicon): Run {
  if (!run.initial || run.to - run.from < 2) return run;
  const g = lexicon.gazetteers;
  const first = run.tokens[run.from]!;
  if (!g.words.has(first.lower) || g.firstNames.has(first.lower)) return run;
  const whole = run.tokens.slice(run.from, run.to).map((t) => t.lower).join(' ');
  if (g.countries.has(whole) || g.regions.has(whole) || g.organizations.has(whole) || capitalisedElsewhere.has(whole)) return run;
  const rest = run.tokens.slice(run.from + 1, run.to).map((t) => t.lower).join(' ');
  const restKnown = capitalisedElsewhere.has(rest) || g.countries.has(rest) || g.regions.has(rest) ||
    g.cities.has(rest) || g.organizations.has(rest);
  const restCode = run.to - run.from === 2 && (run.tokens[run.from + 1]!.upper || run.tokens[run.from + 1]!.hasDigit); // "Unlike G20"
  if (!restKnown && !restCode) return run;
  const from = run.from + 1;
  const start = run.tokens[from]!.start;
  return { ...run, from, start, text: run.text.slice(start - run.start), initial: false };
}

/** Attach a trailing number: a version ("2.1") or part of the name ("Fortune 500"). */
function withNumber(run: Run, bareForms: Set<string>): { run: Run; version?: string } {
  const number = run.number;
  if (!number || scoreAfter(run.tokens, run.to)) return { run };
  if (number.text.includes('.') || bareForms.has(run.text.toLowerCase())) return { run, version: number.text };
  const gap = ' '.repeat(number.start - run.end);
  return { run: { ...run, end: number.end, text: run.text + gap + number.text } };
}

export function collectCandidates(article: ArticleInput, lexicon: Lexicon): Candidate[] {
  const runs: Run[] = [];
  for (const block of article.blocks) {
    const heading = looksLikeHeading(block);
    for (const { tokens } of blockSentences(block, lexicon)) {
      const weak = heading || isShouting(tokens);
      runs.push(...findRuns(tokens, { block: block.index, text: block.text, base: 0, weak }, lexicon));
    }
  }
  const capitalisedElsewhere = new Set<string>();
  const bareForms = new Set<string>();
  for (const run of runs) {
    if (!run.weak && !run.initial) capitalisedElsewhere.add(run.text.toLowerCase());
    if (!run.number) bareForms.add(run.text.toLowerCase());
  }
  const commonNouns = spelledOutCommonNouns(runs, lexicon);
  return runs.map((original) => {
    const { run, version } = withNumber(dropOpeningWord(original, capitalisedElsewhere, lexicon), bareForms);
    return { run, strong: decideStrong(run, capitalisedElsewhere, commonNouns, lexicon), key: normalizeKey(run.text), version };
  });
}
