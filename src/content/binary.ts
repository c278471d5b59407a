// Telling text from a binary file that was given a text file's name.

/**
 * Bytes that are no text: NUL bytes outside UTF-16, or more than one control character in ten. An
 * image or a PDF renamed .txt would otherwise become an article of garbage.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return 'it holds NUL bytes';
  let controls = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  return sample.length > 0 && controls / sample.length > 0.1 ? 'more than one byte in ten is a control character' : null;
}
