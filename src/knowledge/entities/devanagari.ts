// Names written in Devanagari beside their Latin spelling (a Hindi translation inside an English article).
// Devanagari has no capitals, so a word there can only be recognised as a name the article already names in
// Latin script: both spellings are romanised the same coarse way ("मैसूर" and "Mysore" → "misur") and compared.
import type { Block, DocumentEntity } from '../types.ts';

const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'k', 'ग': 'g', 'घ': 'g', 'ङ': 'n', 'च': 'c', 'छ': 'c', 'ज': 'j', 'झ': 'j', 'ञ': 'n',
  'ट': 't', 'ठ': 't', 'ड': 'd', 'ढ': 'd', 'ण': 'n', 'त': 't', 'थ': 't', 'द': 'd', 'ध': 'd', 'न': 'n',
  'प': 'p', 'फ': 'f', 'ब': 'b', 'भ': 'b', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 's',
  'ष': 's', 'स': 's', 'ह': 'h',
};
/** Independent vowels and vowel signs, by sound. */
const VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ए': 'e', 'ऐ': 'e', 'ओ': 'o', 'औ': 'o', 'ऋ': 'ri',
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'e', 'ै': 'e', 'ो': 'o', 'ौ': 'o', 'ृ': 'ri',
};
const VIRAMA = '्';
const NASALS = new Set(['ं', 'ँ']);
const WORD = /[\u0900-\u0963\u0966-\u097F]+/gu; // Devanagari letters, signs and digits; not the danda
const SCRIPT = /[\u0900-\u097F]/u;

/** One spelling for both scripts: e/i and o/u merged, no h, no doubled letters ("मैसूर" and "Mysore" → "misur"). */
function normalise(latin: string): string {
  return latin.replace(/e/g, 'i').replace(/o/g, 'u').replace(/w/g, 'v').replace(/z/g, 'j').replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Romanised Devanagari word: consonants carry their inherent "a" except at the end of the word. */
export function romaniseDevanagari(word: string): string {
  let out = '';
  let pending = false; // a consonant waiting for its vowel
  for (const ch of word.normalize('NFD')) {
    const consonant = CONSONANTS[ch];
    if (consonant) {
      if (pending) out += 'a';
      out += consonant;
      pending = true;
    } else if (VOWELS[ch]) {
      out += VOWELS[ch];
      pending = false;
    } else if (ch === VIRAMA) {
      pending = false;
    } else if (NASALS.has(ch)) {
      if (pending) out += 'a';
      out += 'n';
      pending = false;
    }
  }
  return normalise(out);
}

/** A Latin name spelled for comparison: "ch"/"sh"/"ph" as one letter, a final silent "e" and vowel "y" as Devanagari has them. */
export function romaniseLatin(word: string): string {
  const lower = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/ph/g, 'f').replace(/ck|q|c(?!h)/g, 'k').replace(/x/g, 'ks')
    .replace(/y(?![aeiou])/g, 'i').replace(/([^aeiou])e$/, '$1');
  return normalise(lower);
}

/** Equal but for one vowel (a schwa more or less, a vowel heard differently); consonants must agree. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const vowel = (ch: string | undefined) => ch === undefined || 'aiu'.includes(ch);
  if (a.length === b.length && !(vowel(a[i]) && vowel(b[i]))) return false;
  if (a.length > b.length && !vowel(a[i])) return false;
  if (b.length > a.length && !vowel(b[i])) return false;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** Mentions of already-found entities in Devanagari words of the article's blocks, added in place. */
export function addDevanagariMentions(blocks: Block[], entities: DocumentEntity[]): void {
  if (!blocks.some((b) => SCRIPT.test(b.text))) return;
  // Each one-word form the article uses for an entity ("Ashodaya", "Modi"), and each word of a person's name;
  // a spelling two entities share is left out.
  const bySpelling = new Map<string, DocumentEntity | null>();
  for (const entity of entities) {
    if (entity.type === 'product') continue;
    const forms = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
    const words = forms.flatMap((f) => (entity.type === 'person' || !/\s/.test(f) ? f.split(/\s+/) : []));
    for (const word of new Set(words)) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      const spelling = romaniseLatin(word);
      const seen = bySpelling.get(spelling);
      bySpelling.set(spelling, seen === undefined || seen === entity ? entity : null);
    }
  }
  const spellings = [...bySpelling].filter((entry): entry is [string, DocumentEntity] => entry[1] !== null);
  const cache = new Map<string, DocumentEntity | undefined>();
  const lookup = (word: string) => {
    if (!cache.has(word)) {
      const spelling = romaniseDevanagari(word);
      cache.set(word, spelling.length < 2 ? undefined : spellings.find(([latin]) => nearlyEqual(latin, spelling))?.[1]);
    }
    return cache.get(word);
  };
  for (const block of blocks) {
    for (const match of block.text.matchAll(WORD)) {
      const entity = lookup(match[0]);
      if (!entity) continue;
      entity.mentions.push({ block: block.index, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
}
