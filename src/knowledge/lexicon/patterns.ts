// Lists of words turned into the alternatives of a regular expression, by the builders of the lexicon's parts.

/** A word with the characters a regular expression reads as syntax escaped. */
export const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A list's words as a pattern's alternatives, in the list's order (where alternatives overlap, the first wins). */
export const alternation = (words: readonly string[]) => words.map(escapeWord).join('|');
