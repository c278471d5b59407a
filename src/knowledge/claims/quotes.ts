import type { ArticleInput, Block, Quote } from '../types.ts';
import { derivedOnce } from '../lexicon/derived.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';

// Quoted statements of eight words or more: blockquotes and inline quotations, straight or curly double quotes,
// including quotations that run over paragraphs (the classic convention: no closing mark at the end of a paragraph,
// an opening mark at the start of the next).

const MIN_WORDS = 8;
const OPEN = new Set(['“', '"', '„', '«']);
const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»' };
/** The patterns around a quote that name its speaker, with the lexicon's speech verbs and name particles; compiled once per lexicon. */
const speakerPatterns = derivedOnce(({ speech: { SPEECH_VERB_PATTERN }, claims }: Lexicon) => {
  const NAME = `(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:${claims.SPEAKER_PARTICLE_RE})\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3})`;
  return {
    /** After the quote: ", said Mallory" / ", Mallory said" / ", according to Mallory" (lower-case titles may stand before the name). */
    AFTER_VERB: new RegExp(`^[\\s,]*${SPEECH_VERB_PATTERN}\\s+([^.;:!?"“”]{1,140})`, 'u'),
    AFTER: [
      new RegExp(`^[\\s,]*${NAME}\\s+${SPEECH_VERB_PATTERN}\\b`, 'u'),
      new RegExp(`^[\\s,]*according\\s+to\\s+(?:[\\p{Ll}][\\p{L}-]*\\s+){0,3}${NAME}`, 'u'),
    ],
    /** Before the quote: "Mallory said, " / "Cruz, in remarks to ABC, said, " / "According to Mallory, ". */
    BEFORE: [
      new RegExp(`${NAME}(?:,[^,"“]{1,60},)?\\s+${SPEECH_VERB_PATTERN}(?:\\s+that)?\\s*[,:]?\\s*$`, 'u'),
      new RegExp(`according\\s+to\\s+${NAME}\\s*,\\s*$`, 'iu'),
      new RegExp(`${NAME}\\s*:\\s*$`, 'u'),
    ],
    /** A run of capitalised words, a particle inside allowed: a candidate speaker after the verb. */
    CAPITALISED_RUN: new RegExp(`(?:\\p{Lu}[\\p{L}.'’]*(?:-\\p{Lu}[\\p{L}'’]*)?)(?:\\s+(?:(?:${claims.SPEAKER_PARTICLE_RE})\\s+)?\\p{Lu}[\\p{L}.'’]*(?:-\\p{Lu}[\\p{L}'’]*)?)*`, 'gu'),
  };
});

/**
 * ", said University of California, San Diego's chancellor, Pradeep Khosla": the speaker is the first run of two or more
 * capitalised words that is not an owner ("San Diego's"), a place after "of"/"at", or a compound ("Moscow-based");
 * failing that, the first single capitalised word that qualifies.
 */
function speakerAfterVerb(clause: string, lexicon: Lexicon): string | null {
  const { claims } = lexicon;
  const cut = clause.split(claims.SPEAKER_CLAUSE_CUT)[0]!;
  const runs: string[] = [];
  for (const m of cut.matchAll(speakerPatterns(lexicon).CAPITALISED_RUN)) {
    const before = cut.slice(0, m.index);
    const after = cut.slice(m.index + m[0].length);
    if (/['’]s$/u.test(m[0]) || /^['’]s\b|^-\p{Ll}/u.test(after) || claims.SPEAKER_PLACED.test(before)) continue;
    runs.push(m[0].replace(claims.SPEAKER_TITLE, '').replace(/[.,]$/, ''));
  }
  return runs.find((r) => r.includes(' ')) ?? runs[0] ?? null;
}

function speakerAround(before: string, after: string, lexicon: Lexicon): string | null {
  const { claims } = lexicon;
  const { AFTER_VERB, AFTER, BEFORE } = speakerPatterns(lexicon);
  const verb = AFTER_VERB.exec(after);
  if (verb) {
    const name = speakerAfterVerb(verb[1]!, lexicon);
    if (name && !claims.SPEAKER_NON_NAME.test(name.split(/\s+/)[0]!)) return name;
  }
  for (const pattern of [...AFTER.map((p) => [p, after] as const), ...BEFORE.map((p) => [p, before] as const)]) {
    const m = pattern[0].exec(pattern[1]);
    const name = m?.[1]?.replace(/[.,]$/, '');
    if (name && !claims.SPEAKER_NON_NAME.test(name.split(/\s+/)[0]!)) return name;
  }
  return null;
}

/** A straight quote opens when it follows a space, a bracket or the start of the text. */
function isOpening(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!OPEN.has(ch)) return false;
  return ch !== '"' || i === 0 || /[\s(\[—–-]/u.test(text[i - 1]!);
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

export function extractQuotes(article: ArticleInput, lexicon: Lexicon = defaultLexicon()): Quote[] {
  const quotes: Quote[] = [];
  const blocks = article.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.quoted && !isOpening(block.text, 0)) {
      // A blockquote without quote marks: the whole block is the quotation, "— Name" at its end the speaker.
      const attribution = /\s*[—―–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u.exec(block.text);
      const text = attribution ? block.text.slice(0, attribution.index) : block.text;
      if (wordCount(text) >= MIN_WORDS) quotes.push({ block: block.index, start: 0, end: text.length, text: text.trim(), speaker: attribution?.[1] ?? null });
      continue;
    }
    for (let i = 0; i < block.text.length; i++) {
      if (!isOpening(block.text, i)) continue;
      const close = CLOSE_FOR[block.text[i]!]!;
      let j = block.text.indexOf(close, i + 1);
      const parts: string[] = [];
      let last: Block = block;
      let lastIndex = b;
      if (j < 0) {
        // No closing mark in this paragraph: the quotation continues if the next paragraph opens with a quote mark.
        parts.push(block.text.slice(i + 1));
        while (j < 0 && lastIndex + 1 < blocks.length && isOpening(blocks[lastIndex + 1]!.text, 0)) {
          lastIndex++;
          last = blocks[lastIndex]!;
          j = last.text.indexOf(CLOSE_FOR[last.text[0]!]!, 1);
          parts.push(last.text.slice(1, j < 0 ? undefined : j));
        }
        if (j < 0 && !block.quoted) continue; // an unbalanced mark, not a quotation
      } else {
        parts.push(block.text.slice(i + 1, j));
      }
      const text = parts.map((p) => p.trim()).join(' ').trim();
      const after = j < 0 ? '' : last.text.slice(j + 1, j + 120);
      if (wordCount(text) >= MIN_WORDS) {
        const speaker = speakerAround(block.text.slice(Math.max(0, i - 160), i), after, lexicon);
        const end = last === block ? (j < 0 ? block.text.length : j) : block.text.length;
        quotes.push({ block: block.index, start: i + 1, end, text, speaker, ...(last !== block ? { endBlock: last.index } : {}) });
      }
      if (last !== block) { b = lastIndex; break; }
      i = j < 0 ? block.text.length : j;
    }
  }
  return quotes;
}
