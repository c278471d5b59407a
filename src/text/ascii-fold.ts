// Latin letters that Unicode decomposition leaves alone (Ł, Ø, ß, Æ …), spelled in ASCII.
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L',
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ŧ: 't', Ŧ: 'T',
};

/** "Zoë Łukasiewicz" → "Zoe Lukasiewicz": accents dropped, other Latin letters spelled out; other scripts kept. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐðÐħĦıŀĿßæÆœŒþÞŧŦ]/gu, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}
