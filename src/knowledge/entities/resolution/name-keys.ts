// How two spellings of one name are compared: case, diacritics, dots, apostrophes and hyphens set aside.
import { asciiFold } from '../../../text/ascii-fold.ts';

/** German umlauts are spelled out in English text ("Boerse" for "Börse") as often as they are dropped ("Borse"). */
const SPELLED_UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

const folded = new Map<string, string>();

/** "U.S." → "us", "WorldCom" → "worldcom", "Kilroy-Silk" → "kilroy silk", "Börse" → "borse". */
export function foldKey(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = asciiFold(text).toLowerCase().replace(/[.'’‘`"“”]/gu, '').replace(/[\s\-‐‑–—_/]+/gu, ' ').trim();
    // The same few thousand names recur across articles; a corpus of any size keeps this small, and it never grows without end.
    if (folded.size > 200_000) folded.clear();
    folded.set(text, key);
  }
  return key;
}

/** Every key a spelling folds to: one, or two when an umlaut may also be written out ("Börse" → borse, boerse). */
export function foldKeys(text: string): string[] {
  const keys = [foldKey(text)];
  if (/[äöüÄÖÜ]/u.test(text)) {
    const spelled = foldKey(text.replace(/[äöüÄÖÜ]/gu, (letter) => SPELLED_UMLAUTS[letter]!));
    if (spelled !== keys[0]) keys.push(spelled);
  }
  return keys;
}

export const wordsOf = (key: string): string[] => (key ? key.split(' ') : []);

/**
 * "EU", "U.S.", "UKIP", "AT&T", "DoD": capitals (with dots or an ampersand, a small letter only between two
 * capitals), two to eight letters.
 */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[.&]/gu, '');
  return letters.length >= 2 && letters.length <= 8 && /^\p{Lu}(?:[\p{Lu}\d]|\p{Ll}(?=\p{Lu}))*$/u.test(letters) && /^\p{Lu}/u.test(text);
}

/** Where the words of `short` sit inside `long` as a contiguous run: the index, or -1. */
export function wordRunAt(short: readonly string[], long: readonly string[]): number {
  if (short.length === 0 || short.length > long.length) return -1;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return i;
  }
  return -1;
}
