// The knowledge base: everything the pages render and /knowledge.json publishes.
import type { EntityType, Precision, TimexType } from './types.ts';

export interface KbArticle {
  id: string;
  slug: string;
  title: string;
  url: string;
  published?: string;
  /** Who published it: the source's name ("English Wikinews") or the host of its address; "" when the article states neither. Never a file name. */
  source: string;
  sourceUrl?: string;
  paragraphs: number;
}

export interface KbMention {
  article: string;
  paragraph: number;
  /** Offsets into the paragraph's plain text (the text content of the element with id p-N). */
  start: number;
  end: number;
  text: string;
  sentence: string;
  /** Where `sentence` starts in the paragraph, so the mention can be highlighted inside it. */
  sentenceStart: number;
  version?: string;
}

export interface KbRelation {
  entity: string;
  /** Paragraphs that name both in one sentence (a subset of `paragraphs`, so never more). */
  sentences: number;
  /** Paragraphs that name both, anywhere in the paragraph. */
  paragraphs: number;
}

export interface KbEntity {
  id: string;
  slug: string;
  name: string;
  type: EntityType;
  aliases: string[];
  url: string;
  summary?: string;
  /** The editor's longer description, as markdown. */
  description?: string;
  /** Slugs of former names (an editor note's aliases) whose old addresses redirect to this entity's page. */
  redirectFrom?: string[];
  mentions: KbMention[];
  /** Ids of the articles that mention it, in article order. */
  articles: string[];
  related: KbRelation[];
}

/** What events and figures share as claims: whom they are about, the clause that states them, their corroboration. */
export interface ClaimFields {
  /** The claim's own entities: its subject and the entities of its clause (not every entity of its sentence). */
  entities: string[];
  /** The entities the claim is about (see claims/subject.ts); corroboration needs a shared one. */
  subject: string[];
  /** The part of the sentence that states the claim, and where it starts in the paragraph. */
  clause: string;
  clauseStart: number;
  /** The value or date inside `clause` (offsets into it), for highlighting. */
  mark: { start: number; end: number };
  /** Lemmas saying what kind of thing the claim states: what a figure measures, what an event was about (see claims/kind.ts). */
  kind: string[];
  /** An event's verb lemmas ("die", "elect"); empty for figures. */
  action: string[];
  /** Distinct articles stating the same claim, this one included. */
  sources: number;
  /** Ids of the same claim's statements in other articles. */
  corroboratedBy: string[];
}

export interface KbEvent extends ClaimFields {
  id: string;
  /** TIMEX3 value, or null when the phrase is relative and the source is undated. */
  date: string | null;
  precision: Precision;
  relative?: string;
  /** The time expression as written. */
  when: string;
  text: string;
  article: string;
  paragraph: number;
}

export interface KbFigure extends ClaimFields {
  id: string;
  value: string;
  unit?: string;
  /** The claim as written ("220% YoY"). */
  claim: string;
  text: string;
  article: string;
  paragraph: number;
}

export interface KbQuote {
  id: string;
  text: string;
  /** Entity id when the speaker is a known entity, else the name as written, else null. */
  speaker: string | null;
  speakerName: string | null;
  article: string;
  paragraph: number;
  sentence?: string;
}

export interface KbTime {
  article: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  value: string;
  type: TimexType;
  precision: Precision;
  relative?: boolean;
}

export interface KnowledgeBase {
  articles: KbArticle[];
  entities: KbEntity[];
  events: KbEvent[];
  figures: KbFigure[];
  quotes: KbQuote[];
}
