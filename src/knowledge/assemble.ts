import { countSources } from './claims/index.ts';
import { applyEditorNotes, resolveCorpus, type CorpusEntity, type EditorNote } from './entities/index.ts';
import type { ArticleKnowledge } from './extract-article.ts';
import type { KbArticle, KbEntity, KbEvent, KbFigure, KbMention, KbQuote, KbRelation, KnowledgeBase } from './knowledge-base.ts';
import { assignSlugs } from './slugs.ts';
import type { Sentence } from './types.ts';

export interface ArticleRecord {
  article: Omit<KbArticle, 'url'>;
  knowledge: ArticleKnowledge;
}

export interface EntityNoteInput extends EditorNote {
  /** The note's markdown body: a longer description. */
  description?: string;
}

export interface AssembleOptions {
  notes?: readonly EntityNoteInput[];
  articleUrl: (slug: string) => string;
  entityUrl: (slug: string) => string;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Finds the sentence around an offset; sentences are few per paragraph, so a scan is enough. */
function sentenceAt(sentences: readonly Sentence[], block: number, offset: number): Sentence | undefined {
  return sentences.find((s) => s.block === block && s.start <= offset && offset < s.end);
}

function relatedEntities(entities: readonly KbEntity[]): Map<string, KbRelation[]> {
  // Which entities each sentence and paragraph holds, then count the pairs.
  const sentenceMembers = new Map<string, Set<string>>();
  const paragraphMembers = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const paragraph = `${m.article}\u0000${m.paragraph}`;
      const sentence = `${paragraph}\u0000${m.sentenceStart}`;
      (sentenceMembers.get(sentence) ?? sentenceMembers.set(sentence, new Set()).get(sentence)!).add(entity.id);
      (paragraphMembers.get(paragraph) ?? paragraphMembers.set(paragraph, new Set()).get(paragraph)!).add(entity.id);
    }
  }
  const counts = new Map<string, Map<string, KbRelation>>();
  const count = (members: Set<string>, field: 'sentences' | 'paragraphs') => {
    const ids = [...members];
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        const forA = counts.get(a) ?? counts.set(a, new Map()).get(a)!;
        const relation = forA.get(b) ?? forA.set(b, { entity: b, sentences: 0, paragraphs: 0 }).get(b)!;
        relation[field]++;
      }
    }
  };
  for (const members of sentenceMembers.values()) count(members, 'sentences');
  for (const members of paragraphMembers.values()) count(members, 'paragraphs');
  const result = new Map<string, KbRelation[]>();
  for (const [id, relations] of counts) {
    result.set(
      id,
      [...relations.values()].sort((x, y) => y.sentences - x.sentences || y.paragraphs - x.paragraphs || byString(x.entity, y.entity)),
    );
  }
  return result;
}

/**
 * Join every article's own extraction into one knowledge base: resolve entities across articles,
 * apply editor notes, give entities slugs, tie events, figures and quotes to entities, count sources.
 * Pure and independent of input order.
 */
export function assembleKnowledgeBase(records: readonly ArticleRecord[], options: AssembleOptions): KnowledgeBase {
  const ordered = [...records].sort((a, b) => byString(a.article.id, b.article.id));
  const knowledgeOf = new Map(ordered.map((r) => [r.article.id, r.knowledge]));

  const resolved = resolveCorpus(ordered.map((r) => ({ article: r.article.id, entities: r.knowledge.entities })));
  const notes = options.notes ?? [];
  const withNotes = applyEditorNotes(resolved, notes);
  const slugs = assignSlugs(withNotes);
  const noteFor = (entity: CorpusEntity) =>
    notes.find((note) => note.name === entity.name || (note.aliases ?? []).includes(entity.name));

  const entities: KbEntity[] = withNotes
    .map((entity) => {
      const slug = slugs.get(entity)!;
      const note = noteFor(entity);
      const mentions: KbMention[] = entity.mentions
        .map((m) => {
          const sentence = sentenceAt(knowledgeOf.get(m.article)?.sentences ?? [], m.block, m.start);
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
  const entitiesWithin = (article: string, paragraph: number, start: number, end: number) =>
    [...new Set((mentionsByParagraph.get(`${article}\u0000${paragraph}`) ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.id))].sort(byString);

  const events: KbEvent[] = [];
  const figures: KbFigure[] = [];
  const quotes: KbQuote[] = [];
  for (const { article } of ordered) {
    const knowledge = knowledgeOf.get(article.id)!;
    for (const event of knowledge.events) {
      events.push({
        id: `e-${article.id}-${event.block}-${event.time.start}`,
        date: event.date,
        precision: event.precision,
        ...(event.relative ? { relative: event.relative } : {}),
        when: event.time.text,
        text: event.text,
        article: article.id,
        paragraph: event.block,
        entities: entitiesWithin(article.id, event.block, event.start, event.end),
        sources: 1,
      });
    }
    for (const figure of knowledge.figures) {
      const sentence = sentenceAt(knowledge.sentences, figure.block, figure.start);
      figures.push({
        id: `f-${article.id}-${figure.block}-${figure.start}`,
        value: figure.value,
        ...(figure.unit ? { unit: figure.unit } : {}),
        claim: figure.text,
        text: sentence?.text ?? figure.text,
        article: article.id,
        paragraph: figure.block,
        entities: sentence ? entitiesWithin(article.id, figure.block, sentence.start, sentence.end) : [],
        sources: 1,
      });
    }
    for (const quote of knowledge.quotes) {
      const speakerEntity = quote.speaker
        ? entities.find(
            (e) => e.articles.includes(article.id) && (e.name === quote.speaker || e.aliases.includes(quote.speaker!) || e.mentions.some((m) => m.article === article.id && m.text === quote.speaker)),
          )
        : undefined;
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

  // Corroboration: near-identical claims in different articles count as one claim with several sources.
  const eventSources = countSources(events.map((e) => ({ article: e.article, key: e.date ?? `relative:${e.id}`, entities: e.entities, event: e })));
  for (const [claim, sources] of eventSources) claim.event.sources = sources;
  const figureSources = countSources(figures.map((f) => ({ article: f.article, key: `${f.value}|${f.unit ?? ''}`, entities: f.entities, figure: f })));
  for (const [claim, sources] of figureSources) claim.figure.sources = sources;

  const articles: KbArticle[] = ordered.map(({ article }) => ({ ...article, url: options.articleUrl(article.slug) }));
  return { articles, entities, events, figures, quotes };
}
