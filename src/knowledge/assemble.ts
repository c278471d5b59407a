import { claimKind, claimScope, corroborate } from './claims/index.ts';
import { segmentClauses, type Segment } from './claims/clauses.ts';
import { eventKey, figureKey, unsupportedCorroborations } from './claims/corroboration-check.ts';
import { resolveCorpus, type CorpusEntity } from './entities/corpus.ts';
import { applyEditorNotes, formerNames, type EditorNote } from './entities/editor-notes.ts';
import { checkEditorNotes, type EditorNoteReport } from './editor-note-report.ts';
import type { ArticleKnowledge } from './extract-article.ts';
import { defaultLexicon, type Lexicon } from './lexicon/index.ts';
import type { KbArticle, KbEntity, KbEvent, KbFigure, KbMention, KbQuote, KbRelation, KnowledgeBase } from './knowledge-base.ts';
import { assignSlugs, baseSlug, RESERVED } from './slugs.ts';
import type { Sentence } from './types.ts';

export interface ArticleRecord {
  article: Omit<KbArticle, 'url'>;
  knowledge: ArticleKnowledge;
}

export interface EntityNoteInput extends EditorNote {
  /** The note's markdown body: a longer description. */
  description?: string;
  /** The note's file, for messages about it. */
  file?: string;
}

export interface AssembleOptions {
  notes?: readonly EntityNoteInput[];
  articleUrl: (slug: string) => string;
  entityUrl: (slug: string) => string;
  /** The word lists resolution and the claim passes read: the committed ones unless given. */
  lexicon?: Lexicon;
}

/** Related entities kept per entity: the strongest ties. A common name co-occurs with thousands at scale. */
export const RELATED_LIMIT = 50;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sentences by paragraph, so finding the one around an offset scans a paragraph, not an article. */
function sentenceIndex(sentences: readonly Sentence[]): (block: number, offset: number) => Sentence | undefined {
  const byBlock = new Map<number, Sentence[]>();
  for (const sentence of sentences) (byBlock.get(sentence.block) ?? byBlock.set(sentence.block, []).get(sentence.block)!).push(sentence);
  return (block, offset) => byBlock.get(block)?.find((s) => s.start <= offset && offset < s.end);
}

/**
 * Pairs kept per sentence and per paragraph. Entities are taken in the order of their first mention
 * there, and each is paired with the RELATED_WINDOW entities just before it (so also with the ones
 * just after it, from their side). A sentence or paragraph naming RELATED_WINDOW + 1 entities or fewer
 * keeps every pair, as news paragraphs do (6 of the BBC corpus's 9,777 paragraphs name more); a list
 * that names thousands (a directory, a table of results) gives each entity its nearest neighbours
 * instead of every other name, so the work and the memory grow with the number of entities, not with
 * its square.
 */
export const RELATED_WINDOW = 32;

type Members = Map<number, number>;

/** Notes entity `index` in a group, keeping the offset of its first mention there. */
function noteMember(group: Members, index: number, start: number): void {
  const earliest = group.get(index);
  if (earliest === undefined || start < earliest) group.set(index, start);
}

/** The pairs (as a * n + b, both ways) one sentence or paragraph ties: each entity with the RELATED_WINDOW before it. */
function addWindowPairs(group: Members, n: number, into: Set<number>): void {
  if (group.size < 2) return;
  const members = [...group].sort((x, y) => x[1] - y[1] || x[0] - y[0]).map(([index]) => index);
  members.forEach((b, position) => {
    for (let k = Math.max(0, position - RELATED_WINDOW); k < position; k++) {
      const a = members[k]!;
      into.add(a * n + b);
      into.add(b * n + a);
    }
  });
}

/**
 * Related entities and how often they are named together. Both numbers count paragraphs, so they can be
 * compared: `paragraphs` is how many paragraphs name both, `sentences` how many of those name both in one
 * sentence. A pair tied in a sentence is tied in its paragraph too, so `sentences` never exceeds
 * `paragraphs` (counting sentences against paragraphs did: three sentences of one paragraph gave 3 to 1).
 */
export function relatedEntities(entities: readonly KbEntity[]): Map<string, KbRelation[]> {
  // Which entities each paragraph, and each sentence within it, holds (as indices into `entities`), in
  // the order of their first mention there.
  const paragraphsByKey = new Map<string, { members: Members; sentences: Map<number, Members> }>();
  entities.forEach((entity, index) => {
    for (const m of entity.mentions) {
      const key = `${m.article}\u0000${m.paragraph}`;
      const paragraph = paragraphsByKey.get(key) ?? paragraphsByKey.set(key, { members: new Map(), sentences: new Map() }).get(key)!;
      noteMember(paragraph.members, index, m.start);
      const sentence = paragraph.sentences.get(m.sentenceStart) ?? paragraph.sentences.set(m.sentenceStart, new Map()).get(m.sentenceStart)!;
      noteMember(sentence, index, m.start);
    }
  });
  // Pair counts keyed by a * n + b: numbers, not strings, because pairs run into the millions at scale.
  const n = entities.length;
  const sentencePairs = new Map<number, number>();
  const paragraphPairs = new Map<number, number>();
  const add = (pairs: Map<number, number>, key: number) => pairs.set(key, (pairs.get(key) ?? 0) + 1);
  for (const { members, sentences } of paragraphsByKey.values()) {
    if (members.size < 2) continue;
    const inSentence = new Set<number>();
    for (const sentence of sentences.values()) addWindowPairs(sentence, n, inSentence);
    // A pair tied in a sentence shares the paragraph, even where the paragraph's window left it out.
    const inParagraph = new Set(inSentence);
    addWindowPairs(members, n, inParagraph);
    for (const key of inSentence) add(sentencePairs, key);
    for (const key of inParagraph) add(paragraphPairs, key);
  }
  const relations: KbRelation[][] = entities.map(() => []);
  for (const [key, paragraphs] of paragraphPairs) {
    const a = Math.floor(key / n);
    relations[a]!.push({ entity: entities[key % n]!.id, sentences: sentencePairs.get(key) ?? 0, paragraphs });
  }
  const result = new Map<string, KbRelation[]>();
  relations.forEach((list, index) => {
    if (list.length === 0) return;
    list.sort((x, y) => y.sentences - x.sentences || y.paragraphs - x.paragraphs || byString(x.entity, y.entity));
    result.set(entities[index]!.id, list.slice(0, RELATED_LIMIT));
  });
  return result;
}

/**
 * Old addresses kept as redirects: the slugs of an entity's former names that its editor note lists as
 * aliases, when no entity (and no other redirect) holds that address. Claimed in slug order.
 */
function redirectSlugs(
  entities: readonly CorpusEntity[],
  slugs: Map<CorpusEntity, string>,
  noteFor: (entity: CorpusEntity) => EditorNote | undefined,
): Map<CorpusEntity, string[]> {
  const taken = new Set(slugs.values());
  const result = new Map<CorpusEntity, string[]>();
  for (const entity of [...entities].sort((a, b) => byString(slugs.get(a)!, slugs.get(b)!))) {
    for (const name of formerNames(noteFor(entity))) {
      const slug = baseSlug(name);
      if (taken.has(slug) || RESERVED.has(slug)) continue;
      taken.add(slug);
      result.set(entity, [...(result.get(entity) ?? []), slug]);
    }
  }
  return result;
}

/**
 * Join every article's own extraction into one knowledge base: resolve entities across articles,
 * apply editor notes, give entities slugs, tie events, figures and quotes to entities, count sources.
 * Pure and independent of input order.
 */
export function assembleKnowledgeBase(records: readonly ArticleRecord[], options: AssembleOptions): KnowledgeBase {
  return assembleWithReport(records, options).knowledgeBase;
}

/** The knowledge base, and what the editor notes did not fit (notes matching nothing, notes sharing an entity). */
export function assembleWithReport(records: readonly ArticleRecord[], options: AssembleOptions): { knowledgeBase: KnowledgeBase; notes: EditorNoteReport } {
  const ordered = [...records].sort((a, b) => byString(a.article.id, b.article.id));
  const knowledgeOf = new Map(ordered.map((r) => [r.article.id, r.knowledge]));
  const sentenceFinders = new Map(ordered.map((r) => [r.article.id, sentenceIndex(r.knowledge.sentences)]));
  const sentenceAt = (article: string, block: number, offset: number) => sentenceFinders.get(article)?.(block, offset);
  const lexicon = options.lexicon ?? defaultLexicon();

  const resolved = resolveCorpus(ordered.map((r) => ({ article: r.article.id, entities: r.knowledge.entities })), lexicon);
  const notes = options.notes ?? [];
  const noteReport = checkEditorNotes(resolved, notes);
  const withNotes = applyEditorNotes(resolved, notes);
  const slugs = assignSlugs(withNotes);
  const noteFor = (entity: CorpusEntity) =>
    notes.find((note) => note.name === entity.name || (note.aliases ?? []).includes(entity.name));

  const redirects = redirectSlugs(withNotes, slugs, noteFor);
  const entities: KbEntity[] = withNotes
    .map((entity) => {
      const slug = slugs.get(entity)!;
      const note = noteFor(entity);
      const mentions: KbMention[] = entity.mentions
        .map((m) => {
          const sentence = sentenceAt(m.article, m.block, m.start);
          return {
            article: m.article,
            paragraph: m.block,
            start: m.start,
            end: m.end,
            text: m.text,
            sentence: sentence?.text ?? m.text,
            sentenceStart: sentence?.start ?? m.start,
            ...(m.version ? { version: m.version } : {}),
          };
        })
        .sort((a, b) => byString(a.article, b.article) || a.paragraph - b.paragraph || a.start - b.start);
      return {
        id: slug,
        slug,
        name: entity.name,
        type: entity.type,
        aliases: [...entity.aliases].sort(byString),
        url: options.entityUrl(slug),
        ...(note?.summary ? { summary: note.summary } : {}),
        ...(note?.description ? { description: note.description } : {}),
        ...(redirects.get(entity)?.length ? { redirectFrom: redirects.get(entity)! } : {}),
        mentions,
        articles: [...new Set(mentions.map((m) => m.article))],
        related: [],
      };
    })
    .sort((a, b) => byString(a.id, b.id));

  const related = relatedEntities(entities);
  for (const entity of entities) entity.related = related.get(entity.id) ?? [];

  // Mentions by article and paragraph, to find the entities inside a sentence span.
  const mentionsByParagraph = new Map<string, Array<{ id: string; start: number; end: number }>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const key = `${m.article}\u0000${m.paragraph}`;
      (mentionsByParagraph.get(key) ?? mentionsByParagraph.set(key, []).get(key)!).push({ id: entity.id, start: m.start, end: m.end });
    }
  }
  /** Mentions inside a sentence, as offsets into the sentence. */
  const mentionsWithin = (article: string, paragraph: number, start: number, end: number) =>
    (mentionsByParagraph.get(`${article}\u0000${paragraph}`) ?? [])
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ id: m.id, start: m.start - start, end: m.end - start }))
      .sort((a, b) => a.start - b.start || a.end - b.end || byString(a.id, b.id));

  /** Clause segments by sentence: a sentence with several claims is cut once. */
  const segmentsBySentence = new Map<string, Segment[]>();
  /** A claim's subject, own entities, clause and kind, from the sentence around its value [start, end). */
  const scopeOf = (article: string, paragraph: number, sentence: { start: number; text: string }, start: number, end: number, claim: 'figure' | 'event') => {
    const mentions = mentionsWithin(article, paragraph, sentence.start, sentence.start + sentence.text.length);
    const at = start - sentence.start;
    const key = `${article}\u0000${paragraph}\u0000${sentence.start}`;
    const segments = segmentsBySentence.get(key) ?? segmentsBySentence.set(key, segmentClauses(sentence.text, lexicon.claims)).get(key)!;
    const scope = claimScope(sentence.text, at, end - sentence.start, mentions, lexicon.claims, segments);
    const clause = sentence.text.slice(scope.clause.start, scope.clause.end);
    const mark = { start: at - scope.clause.start, end: end - sentence.start - scope.clause.start };
    const names = mentions.map((m) => ({ start: m.start - scope.clause.start, end: m.end - scope.clause.start }));
    return {
      entities: scope.entities,
      subject: scope.subject,
      clause,
      clauseStart: sentence.start + scope.clause.start,
      mark,
      ...claimKind(clause, mark, names, claim, lexicon.claims),
    };
  };

  // A quote's speaker is the entity of that article whose name, alias or mention text is the speaker as written.
  const namesByArticle = new Map<string, Map<string, KbEntity>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const names = namesByArticle.get(m.article) ?? namesByArticle.set(m.article, new Map()).get(m.article)!;
      for (const name of [entity.name, ...entity.aliases, m.text]) if (!names.has(name)) names.set(name, entity);
    }
  }
  const speakerIn = (article: string, speaker: string) => namesByArticle.get(article)?.get(speaker);

  const events: KbEvent[] = [];
  const figures: KbFigure[] = [];
  const quotes: KbQuote[] = [];
  for (const { article } of ordered) {
    const knowledge = knowledgeOf.get(article.id)!;
    for (const event of knowledge.events) {
      const scope = scopeOf(article.id, event.block, { start: event.start, text: event.text }, event.time.start, event.time.end, 'event');
      events.push({
        id: `e-${article.id}-${event.block}-${event.time.start}`,
        date: event.date,
        precision: event.precision,
        ...(event.relative ? { relative: event.relative } : {}),
        when: event.time.text,
        text: event.text,
        article: article.id,
        paragraph: event.block,
        ...scope,
        sources: 1,
        corroboratedBy: [],
      });
    }
    for (const figure of knowledge.figures) {
      const sentence = sentenceAt(article.id, figure.block, figure.start) ?? { block: figure.block, start: figure.start, end: figure.end, text: figure.text };
      const scope = scopeOf(article.id, figure.block, sentence, figure.start, figure.end, 'figure');
      figures.push({
        id: `f-${article.id}-${figure.block}-${figure.start}`,
        value: figure.value,
        ...(figure.unit ? { unit: figure.unit } : {}),
        claim: figure.text,
        text: sentence.text,
        article: article.id,
        paragraph: figure.block,
        ...scope,
        sources: 1,
        corroboratedBy: [],
      });
    }
    for (const quote of knowledge.quotes) {
      const speakerEntity = quote.speaker ? speakerIn(article.id, quote.speaker) : undefined;
      quotes.push({
        id: `q-${article.id}-${quote.block}-${quote.start}`,
        text: quote.text,
        speaker: speakerEntity?.id ?? quote.speaker,
        speakerName: speakerEntity?.name ?? quote.speaker,
        article: article.id,
        paragraph: quote.block,
      });
    }
  }

  // Corroboration: the same claim (same key, a shared subject, the same kind) stated by several articles.
  // A figure's sentence may date it ("as July came to a close"): its other dates are its context.
  const publishedOf = new Map(ordered.map(({ article }) => [article.id, article.published]));
  const datesBySentence = new Map<string, string[]>();
  for (const e of events) {
    if (e.date === null) continue;
    const key = `${e.article}\u0000${e.paragraph}\u0000${e.text}`;
    (datesBySentence.get(key) ?? datesBySentence.set(key, []).get(key)!).push(eventKey(e.date)!);
  }
  const eventClaims = corroborate(events.flatMap((e) => (e.date === null ? [] : [{ id: e.id, article: e.article, key: eventKey(e.date)!, subject: e.subject, entities: e.entities, kind: e.kind, action: e.action, event: true, claim: e }])));
  for (const [statement, found] of eventClaims) { statement.claim.sources = found.sources; statement.claim.corroboratedBy = found.others; }
  const figureClaims = corroborate(figures.map((f) => ({
    id: f.id, article: f.article, key: figureKey(f.value, f.unit), subject: f.subject, entities: f.entities, kind: f.kind, action: f.action,
    context: datesBySentence.get(`${f.article}\u0000${f.paragraph}\u0000${f.text}`) ?? [], figure: f,
    ...(publishedOf.get(f.article) ? { published: publishedOf.get(f.article)! } : {}),
  })));
  for (const [claim, found] of figureClaims) { claim.figure.sources = found.sources; claim.figure.corroboratedBy = found.others; }
  // The necessary test, on every build: N sources means N articles stating the same value or date with a shared entity.
  const unsupported = unsupportedCorroborations([
    ...events.map((e) => ({ id: e.id, article: e.article, key: eventKey(e.date), entities: e.entities, sources: e.sources })),
    ...figures.map((f) => ({ id: f.id, article: f.article, key: figureKey(f.value, f.unit), entities: f.entities, sources: f.sources })),
  ]);
  if (unsupported.length > 0) {
    const first = unsupported[0]!;
    throw new Error(`corroboration: ${unsupported.length} claims say more sources than articles support them (${first.id}: ${first.sources} said, ${first.supported} supported). This is a bug in src/knowledge/claims/.`);
  }

  const articles: KbArticle[] = ordered.map(({ article }) => ({ ...article, url: options.articleUrl(article.slug) }));
  return { knowledgeBase: { articles, entities, events, figures, quotes }, notes: noteReport };
}
