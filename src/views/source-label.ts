// How a source is named to a reader: by its publisher, or the host of its address, or not at all.
// Never by the file an article was imported from (`source.file`): that is provenance for `ingest`
// (it decides what `--force` may replace), and a name like "000_7a7de0392025a01d.txt" tells a reader nothing.

/** What a page says, once, where an article names no publisher and no address. Lists leave the source out instead. */
export const SOURCE_NOT_STATED = 'source not stated';

export interface SourceFields {
  name?: string | undefined;
  url?: string | undefined;
  file?: string | undefined;
}

/** The host of a web address, without `www.`; nothing for what is not an http(s) address. */
export function hostOf(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const address = new URL(link);
    if (!['http:', 'https:'].includes(address.protocol) || !address.hostname) return undefined;
    return address.hostname.replace(/^www\./u, '');
  } catch {
    return undefined;
  }
}

/** The publisher's name, else the host of the source's address (or the article's `url`), else undefined. */
export function publisherLabel(source: SourceFields | undefined, articleUrl?: string): string | undefined {
  const name = source?.name?.trim();
  if (name) return name;
  return hostOf(source?.url ?? articleUrl);
}
