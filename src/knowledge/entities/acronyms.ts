// Acronyms and the names they stand for, beside the tagger: a bracketed acronym's letters widen or join the name before
// it ("the U.N. High Commissioner for Refugees (UNHCR)", "Organisation for Security and Cooperation in Europe (OSCE)"),
// and an acronym the article spells out in lower-case words is short for a common noun ("liquefied natural gas (LNG)").
// Pure; span-rules.ts runs them in order.
import type { Lexicon } from '../lexicon/index.ts';
import { normalizeKey } from './collect.ts';
import { initialsMatch } from './link.ts';
import { isTitle } from './name-parts.ts';
import type { Token } from './tokens.ts';
import type { PreparedSentence, TaggedSpan } from './tagger/tag.ts';

/** Words that join the two halves of a body's name around a place or a field ("… Cooperation in Europe", "… of Asia"). */
const JOINING_WORDS = new Set(['in', 'of', 'for', 'on']);

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)": two names the tagger cut at a small word are one when
 * a bracketed acronym after them has one letter for each capitalised word of both, and not of the first alone. The name
 * takes the acronym's type.
 */
export function joinedToAcronym(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const capitalisedWords = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).filter((t) => t.word && (t.cap || t.upper)).length;
  for (let k = 0; k < spans.length; k++) {
    const first = spans[k]!;
    const second = spans[k + 1];
    const tokens = sentences[first.sentence]!.tokens;
    if (second && second.sentence === first.sentence && second.from === first.to + 1 && JOINING_WORDS.has(tokens[first.to]!.text) &&
      tokens[second.to]?.text === '(' && tokens[second.to + 1]?.upper && tokens[second.to + 2]?.text === ')') {
      const letters = tokens[second.to + 1]!.text.replace(/[^\p{Lu}]/gu, '').length;
      if (capitalisedWords(tokens, first.from, second.to) === letters && capitalisedWords(tokens, first.from, first.to) !== letters) {
        const acronym = spans[k + 2]?.sentence === first.sentence && spans[k + 2]!.from === second.to + 1 ? spans[k + 2] : undefined;
        out.push({ ...first, to: second.to, end: second.end, type: acronym?.type ?? first.type });
        k++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

/**
 * "The Iranian Revolutionary Guard Corps (IRGC)", "the U.N. High Commissioner for Refugees (UNHCR)": when the letters
 * of a bracketed acronym need a few capitalised words before the name the tagger found (with the small words that join
 * names between them), those words are part of the name, which is of the acronym's type (a body's, when the acronym has
 * none and the name holds an office or a body's head word).
 */
export function widenedToAcronym(spans: readonly TaggedSpan[], sentences: readonly PreparedSentence[], text: (block: number) => string, lexicon: Lexicon): TaggedSpan[] {
  const { FUNCTION_WORDS, NAME_CONNECTORS, TITLES, ORG_HEADS } = lexicon.entities;
  return spans.map((span, k) => {
    const tokens = sentences[span.sentence]!.tokens;
    const acronym = tokens[span.to + 1];
    // "Member of Parliament (MP)": an acronym that is a title names a post, not a body.
    if (tokens[span.to]?.text !== '(' || !acronym?.upper || tokens[span.to + 2]?.text !== ')' || isTitle(acronym, TITLES)) return span;
    const name = (from: number) => normalizeKey(text(span.block).slice(tokens[from]!.start, span.end));
    if (initialsMatch(name(span.from), acronym.text)) return span;
    const previous = spans[k - 1];
    const acronymSpan = spans[k + 1]?.sentence === span.sentence && spans[k + 1]!.from === span.to + 1 ? spans[k + 1] : undefined;
    for (let from = span.from - 1; from >= Math.max(0, span.from - 5); from--) {
      const t = tokens[from]!;
      if (previous && previous.sentence === span.sentence && previous.to > from) break;
      if (NAME_CONNECTORS.includes(t.text) && tokens[from - 1]?.cap) continue; // "… Commissioner for Refugees"
      if (!t.word || !(t.cap || t.upper) || FUNCTION_WORDS.has(t.lower)) break;
      if (isTitle(t, TITLES) || lexicon.gazetteers.roles.has(t.lower)) continue; // "High Commissioner": a name holding a title starts before it
      if (initialsMatch(name(from), acronym.text) && name(from).replace(/[^\p{Lu}]/gu, '').startsWith(acronym.text.replace(/[^\p{Lu}]/gu, '').slice(0, 2))) {
        // With no type of the acronym's own, a name holding an office or a body's head word is the body's.
        const office = tokens.slice(from, span.to).some((w) => isTitle(w, TITLES) || ORG_HEADS.has(w.lower));
        return { ...span, start: t.start, from, type: acronymSpan?.type ?? (office ? 'organization' : span.type) };
      }
    }
    return span;
  });
}

/**
 * Acronyms the article introduces after words in lower case whose initials spell them ("liquefied natural
 * gas (LNG)", "non-governmental organisations (NGOs)"): short for a common noun, not a name. A capitalised
 * expansion ("World Health Organization (WHO)") may well be a name and is left alone.
 */
export function acronymsOfCommonNouns(sentences: readonly PreparedSentence[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 1; i + 2 < tokens.length; i++) {
      const acronym = tokens[i + 1]!;
      if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !acronym.upper) continue;
      const letters = acronym.text.replace(/s$/, '').toLowerCase();
      if (!/^\p{L}{2,6}$/u.test(letters)) continue;
      const initials: string[] = [];
      for (let k = i - 1; k >= 0 && initials.length < letters.length; k--) {
        const word = tokens[k]!;
        if (!word.word || word.cap || word.upper) break;
        initials.unshift(...word.lower.split('-').filter(Boolean).map((part) => part[0]!));
      }
      if (initials.slice(-letters.length).join('') === letters) found.add(acronym.lower);
    }
  }
  return found;
}
