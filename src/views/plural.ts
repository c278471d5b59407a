/** "1 article", "3 articles": a count with its noun, for pages and the search box alike. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
