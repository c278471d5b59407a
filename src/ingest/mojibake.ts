// Repairs UTF-8 text that was decoded in a Windows code page ("â€™" for "’", "đź•’" for "🕒").
// Written by hand: the well-known fixer (ftfy) is Python-only, and the job needs just the
// code-page tables, which TextDecoder already knows.

const CODE_PAGES = ['windows-1252', 'windows-1250'] as const;

/** For one code page: each character it decodes from a byte 0x80–0xFF, mapped back to that byte. */
function reverseTable(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\uFFFD') table.set(char, byte);
  }
  return table;
}

const TABLES = CODE_PAGES.map((label) => ({ label, table: reverseTable(label) }));
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes of `run` in the code page, or null when a character is not in it. */
function encode(run: string, table: Map<string, number>): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of run) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = table.get(char);
      if (byte === undefined) return null;
      bytes.push(byte);
    }
  }
  return new Uint8Array(bytes);
}

export interface MojibakeRepair {
  found: string;
  repaired: string;
  codePage: string;
}

// A mis-decoded multi-byte sequence starts with a lead-byte character (0xC2–0xF4 in the code page)
// followed by one to three continuation-byte characters (0x80–0xBF). Candidate runs are non-ASCII stretches.
const NON_ASCII_RUN = /[^\x00-\x7F]{2,}/gu;

/** Decode one candidate run if it is valid UTF-8 in some code page; otherwise return null. */
function repairRun(run: string): { text: string; codePage: string } | null {
  for (const { label, table } of TABLES) {
    const bytes = encode(run, table);
    if (!bytes) continue;
    try {
      const decoded = strictUtf8.decode(bytes);
      // Must actually shrink: real text like "“’" is never valid UTF-8 bytes when re-encoded.
      if (decoded.length < run.length) return { text: decoded, codePage: label };
    } catch {
      // not UTF-8 in this code page: try the next one
    }
  }
  return null;
}

/**
 * Find and repair mis-decoded UTF-8. Runs that are not valid UTF-8 in any supported code page are left
 * untouched, so genuine curly quotes, dashes and accented letters survive.
 */
export function repairMojibake(text: string): { text: string; repairs: MojibakeRepair[] } {
  const repairs: MojibakeRepair[] = [];
  const repaired = text.replace(NON_ASCII_RUN, (run) => {
    // A run may mix good text and mojibake ("’â€™"); try the longest suffixes and prefixes greedily.
    let out = '';
    let rest = run;
    while (rest.length > 0) {
      let fixed = false;
      for (let end = rest.length; end >= 2; end--) {
        const result = repairRun(rest.slice(0, end));
        if (result) {
          repairs.push({ found: rest.slice(0, end), repaired: result.text, codePage: result.codePage });
          out += result.text;
          rest = rest.slice(end);
          fixed = true;
          break;
        }
      }
      if (!fixed) {
        out += rest[0];
        rest = rest.slice(1);
      }
    }
    return out;
  });
  return { text: repaired, repairs };
}
