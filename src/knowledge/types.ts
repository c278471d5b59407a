// The shapes shared by every stage of the knowledge core.
// Offsets are JavaScript string indices into a block's `text` unless a field says otherwise.

/** The five entity types, in the order they are listed, voted on and tie-broken everywhere. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'product', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One addressable unit of an article: a paragraph (p-N on the page) or a heading. */
export interface Block {
  /** 1-based position among the article's paragraphs (the N of `#p-N`); headings share the counter's space of the article but carry kind 'heading'. */
  index: number;
  kind: 'paragraph' | 'heading';
  /** true when the paragraph sits inside a blockquote. */
  quoted?: boolean;
  text: string;
}

/** The input of extraction: one article as plain-text blocks. Pure data, no file system. */
export interface ArticleInput {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) the article was published, when the source states it. */
  published?: string;
  blocks: Block[];
}

export interface Span {
  /** Block.index of the block holding the span. */
  block: number;
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export interface EntityMention extends Span {
  text: string;
  /** Version suffix seen on this mention ("2.1" in "Stable Video Diffusion 2.1"). */
  version?: string;
}

/** An entity as found within one article. */
export interface DocumentEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMention[];
  /** The article says what kind of thing it is ("the comedy Sideways"): its type weighs more across articles. */
  typeStated?: true;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Precision =
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'relative'
  | 'duration'
  | 'set'
  | 'reference';

export interface TimeExpression extends Span {
  text: string;
  /** TIMEX3-style value: 2024-02-03, 2024-02, 2025-Q1, 2025-H1, 2025, 201X, 2024-W11, PRESENT_REF, P3M, XXXX-03 … */
  value: string;
  type: TimexType;
  precision: Precision;
  /** Set when the expression is relative and could not be anchored (no published date, no chain). */
  relative?: boolean;
}

export interface Figure extends Span {
  /** The number as written, normalised ("89.3", "10–15" → "10-15"). */
  value: string;
  unit?: string;
  /** The whole matched claim ("220% YoY"). */
  text: string;
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's name as written, when the text attributes one. */
  speaker: string | null;
  /** When a quote runs over several blocks, the last block it reaches. */
  endBlock?: number;
}
