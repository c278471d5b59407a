// Turning Pagefind's result fragments into what the search UI shows: where a hit takes the reader (the
// matching paragraph when there is one), its kind and type, and its excerpt as text and highlighted runs.
// Pure: no DOM, no network, so it is unit tested.

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations: PagefindWeightedLocation[];
  locations: number[];
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export type HitKind = 'article' | 'entity' | 'event' | 'page';

export interface SearchHit {
  url: string;
  title: string;
  kind: HitKind;
  type?: string;
  source?: string;
  date?: string;
  /** The paragraph the link opens (p-N), when the match is in one. */
  paragraph?: string;
  /** An entity's other names ("Peebles"). */
  aliases?: string;
  excerpt: ExcerptRun[];
}

/** A run of excerpt text; `marked` runs are the words that matched. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** Text with the few HTML entities Pagefind may emit decoded, so it can be shown as plain text. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/gu, (_, name: string) => ENTITIES[name]!);
}

/**
 * Pagefind's excerpt ("… the <mark>Sora</mark> app …") as runs of plain text. Only <mark> is read as
 * markup, everything else stays text, so an excerpt can never inject HTML into the page.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = runs.at(-1);
      if (last && last.marked === marked) last.text += text;
      else runs.push({ text, marked });
    }
  }
  return runs;
}

const PARAGRAPH_ANCHOR = /^p-\d+$/u;

function score(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

/** The paragraph sub-result that matches best, or null when the match is not inside a paragraph. */
export function bestParagraph(fragment: PagefindFragment): PagefindSubResult | null {
  let best: PagefindSubResult | null = null;
  for (const sub of fragment.sub_results) {
    if (!sub.anchor || !PARAGRAPH_ANCHOR.test(sub.anchor.id) || !sub.locations.length) continue;
    if (!best || score(sub) > score(best)) best = sub;
  }
  return best;
}

function kindOf(value: string | undefined): HitKind {
  return value === 'article' || value === 'entity' || value === 'event' ? value : 'page';
}

/**
 * What a result shows. Entity pages open at the top (their name is the match that matters) and show their
 * summary and aliases, which the index keeps as metadata; articles and other pages open at the
 * best-matching paragraph, with that paragraph's excerpt. Events show their sentence.
 */
export function toHit(fragment: PagefindFragment): SearchHit {
  // Kind, type and source are filters: Pagefind searches metadata, not filters.
  const filter = (key: string): string | undefined => fragment.filters[key]?.[0];
  const kind = kindOf(filter('kind'));
  const paragraph = kind === 'entity' ? null : bestParagraph(fragment);
  const [type, source] = [filter('type'), filter('source')];
  const { date, aliases, about } = fragment.meta;
  const excerpt = kind === 'entity' ? (about ? [{ text: about, marked: false }] : []) : excerptRuns(paragraph?.excerpt || fragment.excerpt);
  return {
    url: paragraph?.url ?? fragment.url,
    title: fragment.meta.title?.trim() || fragment.url,
    kind,
    ...(type ? { type } : {}),
    ...(source ? { source } : {}),
    ...(date ? { date } : {}),
    ...(paragraph?.anchor ? { paragraph: paragraph.anchor.id } : {}),
    ...(aliases ? { aliases } : {}),
    excerpt,
  };
}
