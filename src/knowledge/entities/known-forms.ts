// Finding names already known from the body inside text that may not found entities itself:
// headings, all-capitals lines, ordinary-looking words that open a sentence.
import type { Run } from './runs.ts';
import { normalizeKey } from './collect.ts';

export interface KnownHit {
  root: string;
  block: number;
  start: number;
  end: number;
  text: string;
}

/** Greedy longest match of known surface forms (compared in lower case) over the run's tokens. */
export function findKnownForms(run: Run, known: Map<string, string>): KnownHit[] {
  const hits: KnownHit[] = [];
  const { tokens, from, to } = run;
  let i = from;
  while (i < to) {
    let matched = 0;
    for (let j = to; j > i; j--) {
      const text = run.text.slice(tokens[i]!.start - run.start, tokens[j - 1]!.end - run.start);
      const root = known.get(normalizeKey(text).toLowerCase());
      if (root === undefined) continue;
      hits.push({ root, block: run.block, start: tokens[i]!.start, end: tokens[j - 1]!.end, text });
      matched = j - i;
      break;
    }
    i += matched || 1;
  }
  return hits;
}

/** The longest proper prefix of a multi-word name that names an organisation ("GitHub" in "GitHub Copilot"). */
export function nestedMakers(name: string, isOrganization: (form: string) => boolean): string[] {
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (isOrganization(prefix)) return [prefix];
  }
  return [];
}
