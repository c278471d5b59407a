// Training and evaluation examples from the annotated corpus: each article cut into the tagger's
// sentences, with the gold BILOU tag of every token.
import { textToBlocks } from '../../src/knowledge/blocks.ts';
import type { Block } from '../../src/knowledge/types.ts';
import { tokenize } from '../../src/knowledge/entities/tokens.ts';
import { defaultLexicon } from '../../src/knowledge/lexicon/index.ts';
import { spansToTags, type TokenSpan } from '../../src/knowledge/entities/tagger/bilou.ts';
import { prepareArticle, type PreparedSentence } from '../../src/knowledge/entities/tagger/tag.ts';
import type { AnnotatedArticle, GoldSpan } from '../eval/annotated-corpus.ts';

export interface Example { sentence: PreparedSentence; gold: number[] }

/** Gold spans whose edges fall inside a token cannot be learned; they are counted, not dropped silently. */
export interface Misaligned { file: string; text: string }

export function blocksOf(body: string): Array<Block & { offset: number }> {
  return textToBlocks(body);
}

/** Gold spans of one article as token spans of its prepared sentences. */
export function examplesOf(article: AnnotatedArticle, blocks = blocksOf(article.body), misaligned: Misaligned[] = []): Example[] {
  const { sentences } = prepareArticle(blocks, defaultLexicon(), { recase: false });
  const offsetOf = new Map(blocks.map((b) => [b.index, b.offset]));
  const byBlock = new Map<number, GoldSpan[]>();
  for (const span of article.spans) {
    const block = blocks.find((b) => span.start >= b.offset && span.end <= b.offset + b.text.length);
    if (!block) { misaligned.push({ file: article.file, text: span.text }); continue; }
    (byBlock.get(block.index) ?? byBlock.set(block.index, []).get(block.index)!).push(span);
  }
  const used = new Set<GoldSpan>();
  const examples = sentences.map((sentence) => {
    const base = offsetOf.get(sentence.block)!;
    const spans: TokenSpan[] = [];
    for (const span of byBlock.get(sentence.block) ?? []) {
      const from = sentence.tokens.findIndex((t) => t.start + base === span.start);
      const to = sentence.tokens.findIndex((t) => t.end + base === span.end);
      if (from >= 0 && to >= from) { spans.push({ from, to: to + 1, type: span.type }); used.add(span); }
    }
    return { sentence, gold: spansToTags(sentence.tokens.length, spans) };
  });
  for (const span of article.spans) if (!used.has(span) && !misaligned.some((m) => m.text === span.text && m.file === article.file)) {
    misaligned.push({ file: article.file, text: span.text });
  }
  return examples;
}

/**
 * Copies of some paragraphs in capitals, with the same entities: archives carry all-caps headlines and
 * datelines that a model trained on sentence case alone would never have seen. Every `every`-th block.
 */
export function shoutedCopy(article: AnnotatedArticle, every: number, phase: number): AnnotatedArticle | null {
  const blocks = blocksOf(article.body);
  const chosen = blocks.filter((b, i) => (i + phase) % every === 0 && b.text.toUpperCase().length === b.text.length);
  if (!chosen.length) return null;
  const body = chosen.map((b) => b.text.toUpperCase()).join('\n\n');
  const spans: GoldSpan[] = [];
  let offset = 0;
  for (const b of chosen) {
    for (const s of article.spans) {
      if (s.start >= b.offset && s.end <= b.offset + b.text.length) {
        spans.push({ ...s, start: s.start - b.offset + offset, end: s.end - b.offset + offset, text: s.text.toUpperCase() });
      }
    }
    offset += b.text.length + 2;
  }
  return { file: `${article.file}#shouted`, source: body, body, spans };
}

/** News agencies that open a wire story's dateline: "OSLO (Reuters) -". Data, not rules. */
export const NEWS_AGENCIES = ['Reuters', 'AP', 'AFP', 'Xinhua', 'Kyodo', 'dpa', 'ANSA', 'EFE', 'Interfax', 'PTI', 'Bloomberg', 'UPI'];

/**
 * The article's first paragraph behind a wire dateline built from its own first place, in capitals,
 * and an agency: "BERGEN (Reuters) - …". Wire archives open every story so; Wikinews never does.
 */
export function datelinedCopy(article: AnnotatedArticle, agency: string): AnnotatedArticle | null {
  const first = blocksOf(article.body)[0];
  const place = article.spans.find((s) => s.type === 'place' && !s.text.includes(' ') && s.text.toUpperCase().length === s.text.length);
  if (!first || !place) return null;
  const city = place.text.toUpperCase();
  const prefix = `${city} (${agency}) - `;
  const body = prefix + first.text;
  const spans: GoldSpan[] = [
    { start: 0, end: city.length, text: city, type: 'place' },
    { start: city.length + 2, end: city.length + 2 + agency.length, text: agency, type: 'organization' },
  ];
  for (const s of article.spans) {
    if (s.start >= first.offset && s.end <= first.offset + first.text.length) {
      spans.push({ ...s, start: s.start - first.offset + prefix.length, end: s.end - first.offset + prefix.length });
    }
  }
  return { file: `${article.file}#dateline`, source: body, body, spans };
}

/**
 * Copies of some paragraphs as tokenised archives carry them: every token apart ("Germany 's", "( Sweden )",
 * "February 03 , 2009"), with the same entities. Every `every`-th block.
 */
export function tokenisedCopy(article: AnnotatedArticle, every: number, phase: number): AnnotatedArticle | null {
  const blocks = blocksOf(article.body).filter((_, i) => (i + phase) % every === 0);
  if (!blocks.length) return null;
  let body = '';
  const spans: GoldSpan[] = [];
  for (const block of blocks) {
    if (body) body += '\n\n';
    const lexicon = defaultLexicon();
    const tokens = tokenize(block.text, 0, lexicon.entities, (lower) => lexicon.gazetteers.words.has(lower));
    const startOf = new Map<number, number>();
    const endOf = new Map<number, number>();
    tokens.forEach((t, i) => {
      if (i > 0) body += ' ';
      startOf.set(t.start, body.length);
      body += t.text;
      endOf.set(t.end, body.length);
    });
    for (const s of article.spans) {
      const start = startOf.get(s.start - block.offset);
      const end = endOf.get(s.end - block.offset);
      if (start !== undefined && end !== undefined && end > start) spans.push({ ...s, start, end, text: body.slice(start, end) });
    }
  }
  return { file: `${article.file}#tokenised`, source: body, body, spans };
}

/**
 * Results tables and ranked lists, built from the names the training articles themselves annotate:
 * archives of sport and elections are full of "1. Name (Country) 25.76" lines, Wikinews has few.
 * Deterministic: the k-th list takes the k-th names of each kind.
 */
export function resultsLists(articles: readonly AnnotatedArticle[], count: number): AnnotatedArticle[] {
  const people = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'person' && /^\S+ \S+$/u.test(s.text)).map((s) => s.text)))].sort();
  // Countries (national sides are places), and one-word organisations (clubs are organisations).
  const countries = defaultLexicon().gazetteers.countries;
  const places = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'place' && countries.has(s.text.toLowerCase())).map((s) => s.text)))].sort();
  const groups = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'organization').map((s) => s.text)))].sort();
  const clubs = groups.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name));
  if (!people.length || !places.length || !clubs.length) return [];
  const lists: AnnotatedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const pick = <T>(list: readonly T[], i: number) => list[(k * 7 + i * 13) % list.length]!;
    let body = '';
    const spans: GoldSpan[] = [];
    const add = (text: string, type?: GoldSpan['type']) => {
      if (type) spans.push({ start: body.length, end: body.length + text.length, text, type });
      body += text;
    };
    for (let line = 0; line < 4; line++) {
      if (line) body += '\n\n';
      const score = `${20 + ((k + line) % 9)}.${(k * 31 + line * 17) % 90 + 10}`;
      switch ((k + line) % 5) {
        case 0: add(`${line + 1}. `); add(pick(people, line), 'person'); add(' ('); add(pick(places, line), 'place'); add(`) ${score} points`); break;
        case 1: add(`${line + 1} - `); add(pick(people, line), 'person'); add(' ( '); add(pick(places, line), 'place'); add(' ) beat '); add(pick(people, line + 5), 'person'); add(' ( '); add(pick(places, line + 5), 'place'); add(` ) 6-${line + 2} 7-5`); break;
        case 2: add(pick(people, line), 'person'); add(' ('); add(pick(groups, line), 'organization'); add(`) ${line + 1}:${score}`); break;
        case 3: add(pick(places, line), 'place'); add(` ${line % 3} `); add(pick(places, line + 3), 'place'); add(` ${(line + k) % 4}`); break;
        default: add(pick(clubs, line), 'organization'); add(` ${(line + 1) % 4} `); add(pick(clubs, line + 3), 'organization'); add(` ${k % 3}`);
      }
    }
    lists.push({ file: `results-list-${k}`, source: body, body, spans });
  }
  return lists;
}

/** Syllables of made-up company names: the tagger must learn companies from their context, not their spelling. */
const SYLLABLES = ['Bel', 'tra', 'Quin', 'dor', 'Ves', 'pa', 'Lum', 'ex', 'Gar', 'net', 'Tal', 'ico', 'Mor', 'vian', 'Sel', 'ka', 'Pry', 'don', 'Zen', 'tro', 'Hol', 'ver', 'Cas', 'tel', 'Nor', 'ix'];
const HEADS = ['Energy', 'Holdings', 'Group', 'Motors', 'Pharmaceuticals', 'Capital', 'Bank', 'Mining', 'Airlines', 'Systems', 'Steel', 'Telecom'];
const BUSINESSES = ['drugmaker', 'carmaker', 'bank', 'retailer', 'miner', 'airline', 'insurer', 'chipmaker', 'oil group', 'telecoms firm'];

function madeUpCompany(k: number): string {
  const a = SYLLABLES[(k * 2) % SYLLABLES.length]!;
  const b = SYLLABLES[(k * 5 + 1) % SYLLABLES.length]!.toLowerCase();
  const c = k % 3 === 0 ? SYLLABLES[(k * 3 + 7) % SYLLABLES.length]!.toLowerCase() : '';
  const name = a + b + c;
  return k % 4 === 1 ? `${name} ${HEADS[k % HEADS.length]!}` : name;
}

/**
 * Business-wire paragraphs written from templates: a company named by the cues wire copy gives
 * ("shares of", "analysts at", "its chief executive", "the … drugmaker"), half of them made-up names,
 * half the training set's own organisations; people and places from the training set. Wikinews has
 * little business news, so without these a lone company name followed by "said" reads as a person.
 */
export function businessWire(articles: readonly AnnotatedArticle[], count: number): AnnotatedArticle[] {
  const people = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'person' && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(s.text)).map((s) => s.text)))].sort();
  const places = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'place' && /^\p{Lu}\p{Ll}+$/u.test(s.text)).map((s) => s.text)))].sort();
  const known = [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === 'organization' && /^\p{Lu}[\p{L}&]+(?: \p{Lu}[\p{L}&]+)?$/u.test(s.text)).map((s) => s.text)))].sort();
  if (!people.length || !places.length || !known.length) return [];
  const paragraphs: AnnotatedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const company = (i: number) => ((k + i) % 2 ? madeUpCompany(k * 3 + i) : known[(k * 11 + i * 17) % known.length]!);
    const person = (i: number) => people[(k * 7 + i * 13) % people.length]!;
    const place = (i: number) => places[(k * 5 + i * 3) % places.length]!;
    let body = '';
    const spans: GoldSpan[] = [];
    const add = (text: string, type?: GoldSpan['type']) => {
      if (type) spans.push({ start: body.length, end: body.length + text.length, text, type });
      body += text;
    };
    const percent = `${1 + (k % 9)}.${k % 10}`;
    const [first, second] = [company(0), company(1)];
    switch (k % 8) {
      case 0: add('Shares of '); add(first, 'organization'); add(` fell ${percent}% on Tuesday after the company cut its forecast.`); break;
      case 1: add(first, 'organization'); add(` shares rose ${percent} percent in `); add(place(0), 'place'); add(' as investors welcomed the results.'); break;
      case 2: add(first, 'organization'); add(' said its chief executive, '); add(person(0), 'person'); add(', would step down next year.'); break;
      case 3: add('Analysts at '); add(first, 'organization'); add(' said the deal would help '); add(second, 'organization'); add(' cut costs.'); break;
      case 4: add(first, 'organization'); add(`, the `); add(place(1), 'place'); add(`-based ${BUSINESSES[k % BUSINESSES.length]}, said profits rose ${percent}%.`); break;
      case 5: add('A spokesman for '); add(first, 'organization'); add(' said talks with '); add(second, 'organization'); add(' were continuing.'); break;
      case 6: add(person(1), 'person'); add(', chief executive of '); add(first, 'organization'); add(', told reporters in '); add(place(2), 'place'); add(' the firm would grow.'); break;
      default: add(first, 'organization'); add(' agreed to buy '); add(second, 'organization'); add(` for $${2 + (k % 7)}bn, the ${BUSINESSES[(k + 3) % BUSINESSES.length]} said.`);
    }
    paragraphs.push({ file: `business-wire-${k}`, source: body, body, spans });
  }
  return paragraphs;
}

const PRODUCT_KINDS = ['smartphone', 'laptop', 'games console', 'music player', 'tablet', 'electric car', 'drug', 'camera', 'smartwatch', 'browser'];
const MODELS = ['', ' 2', ' Pro', ' X5', ' Mini', ' 360', ' Plus', ' S'];

function madeUpProduct(k: number): string {
  const a = SYLLABLES[(k * 7 + 3) % SYLLABLES.length]!;
  const b = SYLLABLES[(k * 3 + 5) % SYLLABLES.length]!.toLowerCase();
  // Some in the camel case of consumer brands ("iZenta").
  const name = k % 5 === 2 ? `i${a}${b}` : a + b;
  return name + MODELS[k % MODELS.length]!;
}

/**
 * Product paragraphs from templates, like businessWire: a product named by the cues news gives ("sales
 * of the …", "… costs $249", "launched the …, a smartphone") beside its maker; half made-up names, half
 * the training set's own products and organisations. Wikinews names few products, so without these a
 * product read like a company's name.
 */
export function productNews(articles: readonly AnnotatedArticle[], count: number): AnnotatedArticle[] {
  const named = (type: GoldSpan['type']) =>
    [...new Set(articles.flatMap((a) => a.spans.filter((s) => s.type === type && /^[\p{L}\p{N}][\p{L}\p{N} .-]{1,30}$/u.test(s.text)).map((s) => s.text)))].sort();
  const products = named('product');
  const makers = named('organization').filter((name) => /^\p{Lu}\S+$/u.test(name));
  const places = named('place').filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name));
  if (!products.length || !makers.length || !places.length) return [];
  const paragraphs: AnnotatedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const product = k % 2 ? madeUpProduct(k) : products[(k * 13) % products.length]!;
    const maker = k % 3 ? makers[(k * 7) % makers.length]! : madeUpCompany(k * 5 + 2);
    const place = places[(k * 11) % places.length]!;
    const kind = PRODUCT_KINDS[k % PRODUCT_KINDS.length]!;
    let body = '';
    const spans: GoldSpan[] = [];
    const add = (text: string, type?: GoldSpan['type']) => {
      if (type) spans.push({ start: body.length, end: body.length + text.length, text, type });
      body += text;
    };
    switch (k % 6) {
      case 0: add('Sales of the '); add(product, 'product'); add(` rose ${10 + (k % 30)}% in the quarter, `); add(maker, 'organization'); add(' said.'); break;
      case 1: add(maker, 'organization'); add(' launched the '); add(product, 'product'); add(`, a ${kind}, in `); add(place, 'place'); add(' on Tuesday.'); break;
      case 2: add('The '); add(product, 'product'); add(` costs $${99 + k * 10} and goes on sale in `); add(place, 'place'); add(' next month.'); break;
      case 3: add('Owners of the '); add(product, 'product'); add(' complained that its battery ran down, and '); add(maker, 'organization'); add(' promised a fix.'); break;
      case 4: add(maker, 'organization'); add(' sold 4 million copies of the '); add(product, 'product'); add(' in its first week.'); break;
      default: add('Reviewers praised the new '); add(product, 'product'); add(', '); add(maker, 'organization'); add(`'s latest ${kind}.`);
    }
    paragraphs.push({ file: `product-news-${k}`, source: body, body, spans });
  }
  return paragraphs;
}
