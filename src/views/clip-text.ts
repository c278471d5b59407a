/** The text cut before `max` characters at a word, with an ellipsis; unchanged when it fits. */
export function clipAtWord(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…` : text;
}
