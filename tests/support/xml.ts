// Well-formedness of an XML document: every character must be one XML 1.0 allows (the Char production,
// which no lenient parser checks), and the markup must parse.
import { XMLValidator } from 'fast-xml-parser';

// XML 1.0 § 2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** What makes `text` not well-formed XML, or [] when it is. */
export function xmlProblems(text: string): string[] {
  const problems = [...text.matchAll(NOT_XML_CHAR)].map((m) => `character U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${m.index}`);
  const parsed = XMLValidator.validate(text);
  if (parsed !== true) problems.push(`${parsed.err.code}: ${parsed.err.msg} (line ${parsed.err.line})`);
  return problems;
}
