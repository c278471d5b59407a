// Extraction within one article: candidates → groups of surface forms → typed entities with mentions.
import type { ArticleInput, DocumentEntity, EntityMention, EntityType } from '../types.ts';
import type { EntityWords, Gazetteers, Lexicon } from '../lexicon/index.ts';
import { KeyGroups } from '../union-find.ts';
import { collectCandidates, normalizeKey, placeOf, type Candidate } from './collect.ts';
import { acronymEvidence, addScores, bestType, emptyScores, nameEvidence, personShapeEvidence, runEvidence, type Scores } from './evidence.ts';
import { acronymDefinitions, fullestOf, linkShortForms } from './link.ts';
import { findKnownForms, nestedMakers } from './known-forms.ts';
import { addDevanagariMentions } from './devanagari.ts';
import { lowerCaseWords } from './lower-case-words.ts';


/** With no evidence at all: two or three name-shaped words, not all ordinary words, are a person. */
function fallbackType(key: string, g: Gazetteers): EntityType {
  const words = key.split(' ');
  const shaped = words.length >= 2 && words.length <= 3 && words.every((w) => /^(?:Mc|Mac|De|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w));
  const ordinary = words.every((w) => g.words.has(w.toLowerCase()) && !g.firstNames.has(w.toLowerCase()));
  return shaped && !ordinary ? 'person' : 'organization';
}

/**
 * One capitalised dictionary word that nothing in the text types ("Decision", "Conservative", "Member"):
 * capitals in quotes, titles and adjectives, not a name. Names that are also words keep their gazetteer evidence.
 */
function ordinaryWordWithoutEvidence(name: string, total: Scores, mentions: number, lowerWords: ReadonlySet<string>, g: Gazetteers): boolean {
  if (name.includes(' ') || /^\p{Lu}+$/u.test(name)) return false;
  const lower = name.toLowerCase();
  if (!g.words.has(lower) || g.firstNames.has(lower) || g.lastNames.has(lower)) return false;
  // One cue ("the Pentagon") is enough to keep it; so are many capitalised uses in a text that never writes it small.
  if (Object.values(total).reduce((n, v) => n + v, 0) >= 1) return false;
  return lowerWords.has(lower) || (mentions <= 2 && g.common.has(lower));
}

/** Evidence per key: `full` for a group's own name, `context` (no whole-name gazetteers) for its short forms. */
interface KeyScores { full: Map<string, Scores>; context: Map<string, Scores> }

/** A candidate's evidence as last worked out, and the inputs it depended on. */
interface CandidateEvidence { possessor: EntityType | undefined; maker: boolean; own: Scores; name: Scores; acronym: Scores }

/**
 * Sum of evidence per surface key; `typeOf` (from a first pass) lets possessors and neighbours vote.
 * `memo` carries each candidate's evidence from the first pass to the second, which recomputes it only
 * where a possessor or a maker changed.
 */
function scoreKeys(candidates: Candidate[], defined: Map<string, string>, memo: Map<Candidate, CandidateEvidence>, lexicon: Lexicon, typeOf?: (key: string) => EntityType | undefined): KeyScores {
  const full = new Map<string, Scores>();
  const context = new Map<string, Scores>();
  const byRunEnd = new Map<number, Candidate>();
  if (typeOf) for (const c of candidates) if (c.strong) byRunEnd.set(placeOf(c.run.block, c.run.tokens[c.run.to - 1]!.end), c);
  for (const c of candidates) {
    if (!c.strong) continue;
    const { tokens, from } = c.run;
    let possessor: EntityType | undefined;
    if (typeOf && /^['’]s$/.test(tokens[from - 1]?.text ?? '') && tokens[from - 2]) {
      const owner = byRunEnd.get(placeOf(c.run.block, tokens[from - 2]!.end));
      if (owner) possessor = typeOf(owner.key);
    }
    const maker = startsWithMaker(c.key, lexicon, typeOf);
    let known = memo.get(c);
    if (!known) {
      known = { possessor, maker, own: runEvidence(c.run, lexicon, possessor, maker), name: nameEvidence(c.run, lexicon), acronym: acronymEvidence(c.run) };
      memo.set(c, known);
    } else if (known.possessor !== possessor || known.maker !== maker) {
      known.own = runEvidence(c.run, lexicon, possessor, maker);
      known.possessor = possessor;
      known.maker = maker;
    }
    const own = { ...known.own };
    if (branchOf(c.key, lexicon.gazetteers, typeOf)) own.organization += 3;
    if (!defined.has(c.key)) addScores(own, known.acronym);
    // The shape of the name itself counts once per name, at its first mention.
    const first = !full.has(c.key);
    if (first) own.person += personShapeEvidence(c.run, lexicon);
    addScores(context.get(c.key) ?? context.set(c.key, emptyScores()).get(c.key)!, own);
    const s = full.get(c.key) ?? full.set(c.key, emptyScores()).get(c.key)!;
    addScores(addScores(s, own), known.name);
  }
  return { full, context };
}

/** "CNN Philippines", "Nintendo UK", "BBC Radio Scotland": an organisation's name, then a country or region. */
function branchOf(key: string, g: Gazetteers, typeOf?: (key: string) => EntityType | undefined): boolean {
  const words = key.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length < 2 || !(g.countries.has(last) || g.regions.has(last))) return false;
  const maker = words.slice(0, -1).join(' ');
  // A country code closing a name ("Mazars USA") never ends a person's name; a country's full name may ("Michael Jordan").
  return typeOf?.(maker) === 'organization' || g.organizations.has(maker.toLowerCase()) || /^\p{Lu}{2,}$/u.test(words[0]!) ||
    /^\p{Lu}{2,3}$/u.test(words[words.length - 1]!);
}

/** "GitHub Copilot", "Google Maps": a name that opens with an organisation's name is often its product. */
function startsWithMaker(key: string, lexicon: Lexicon, typeOf?: (key: string) => EntityType | undefined): boolean {
  const words = key.split(' ');
  if (words.length < 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  const { ORG_HEADS, PLACE_HEADS, OTHER_HEADS } = lexicon.entities;
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || OTHER_HEADS.has(last)) return false;
  // "Mazars USA", "CNN Philippines", "Nintendo UK": an organisation's branch in a country, not its product.
  const g = lexicon.gazetteers;
  if (g.countries.has(last) || g.regions.has(last)) return false;
  return nestedMakers(key, (form) => typeOf?.(form) === 'organization' || g.organizations.has(form.toLowerCase())).length > 0;
}

/** Names listed together ("Redis, PostgreSQL, or Linux", "Labour and the Liberal Democrats") are usually of one kind. */
function coordinationVotes(candidates: Candidate[], groupScores: (key: string) => Scores, { LIST_CONNECTORS }: EntityWords): Map<string, Scores> {
  const votes = new Map<string, Scores>();
  const strong = candidates.filter((c) => c.strong);
  for (let i = 0; i + 1 < strong.length; i++) {
    const a = strong[i]!;
    const b = strong[i + 1]!;
    if (a.run.tokens !== b.run.tokens) continue;
    const between = a.run.tokens.slice(a.run.to, b.run.from).filter((t, k, all) => !(t.lower === 'the' && k === all.length - 1));
    if (between.length === 0 || between.length > 2 || !between.every((t) => LIST_CONNECTORS.has(t.lower))) continue;
    // "…, and the United States' National Science Foundation": a possessor is not the list's next member.
    if (/^['’]s?$/.test(b.run.tokens[b.run.to]?.text ?? '')) continue;
    // A lone comma joins a list only when the list goes on ("A, B and C"), not "in Mysore, Rajamma was there".
    if (between.length === 1 && between[0]!.text === ',' && !LIST_CONNECTORS.has(b.run.tokens[b.run.to]?.lower ?? '') &&
      !LIST_CONNECTORS.has(a.run.tokens[a.run.from - 1]?.lower ?? '')) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const s = votes.get(x.key) ?? emptyScores();
      const other = groupScores(y.key);
      const total = Object.values(other).reduce((n, v) => n + v, 0) || 1;
      addScores(s, other, 2 / total);
      votes.set(x.key, s);
    }
  }
  return votes;
}

function typeGroups(groups: KeyGroups, scored: KeyScores, g: Gazetteers, extra?: Map<string, Scores>) {
  const members = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const root = groups.find(key);
    (members.get(root) ?? members.set(root, []).get(root)!).push(key);
  }
  const types = new Map<string, EntityType>();
  const totals = new Map<string, Scores>();
  const guessedRoots = new Set<string>();
  for (const keys of members.values()) {
    const total = emptyScores();
    const name = fullestOf(keys);
    for (const k of keys) {
      // Short forms weigh less: "Warren" the surname should not make Elizabeth Warren a city.
      const weight = k === name ? 1 : 0.5;
      const keyScores = k === name ? scored.full : scored.context;
      if (keyScores.has(k)) addScores(total, keyScores.get(k)!, weight);
      if (extra?.has(k)) addScores(total, extra.get(k)!, weight);
    }
    // No evidence at all: the type is the fallback's guess.
    const type = bestType(total, () => {
      guessedRoots.add(groups.find(name));
      return fallbackType(name, g);
    });
    for (const k of keys) { types.set(k, type); totals.set(k, total); }
  }
  return { types, totals, members, guessedRoots };
}

export function extractDocumentEntities(article: ArticleInput, lexicon: Lexicon): DocumentEntity[] {
  return extractTypedEntities(article, lexicon).entities;
}

/**
 * The article's entities, and those of them whose type is only the fallback's guess, from no evidence at all: the
 * learned tagger reads the rules' verdicts, but a guess is no vote on a type (recognize.ts).
 */
export function extractTypedEntities(article: ArticleInput, lexicon: Lexicon): { entities: DocumentEntity[]; guessed: ReadonlySet<DocumentEntity> } {
  const g = lexicon.gazetteers;
  const candidates = collectCandidates(article, lexicon);
  const strong = candidates.filter((c) => c.strong);
  const groups = new KeyGroups();
  for (const c of strong) groups.add(c.key);
  const acronyms = acronymDefinitions(candidates);
  for (const [acronym, name] of acronyms) { groups.add(acronym); groups.union(name, acronym); }

  // Pass 1: types from each form's own words; link short forms; pass 2: possessors and lists vote.
  const evidence = new Map<Candidate, CandidateEvidence>();
  let keyScores = scoreKeys(candidates, acronyms, evidence, lexicon);
  let typed = typeGroups(groups, keyScores, g);
  linkShortForms(groups.keys(), (k) => typed.types.get(k) ?? 'organization', groups, lexicon);
  typed = typeGroups(groups, keyScores, g);
  keyScores = scoreKeys(candidates, acronyms, evidence, lexicon, (k) => typed.types.get(k));
  const votes = coordinationVotes(candidates, (k) => typed.totals.get(k) ?? emptyScores(), lexicon.entities);
  typed = typeGroups(groups, keyScores, g, votes);

  // Mentions: every strong candidate, then known forms found in headings, capitals and sentence openings.
  const mentions = new Map<string, EntityMention[]>();
  const push = (root: string, m: EntityMention) => (mentions.get(root) ?? mentions.set(root, []).get(root)!).push(m);
  const taken = new Set<number>();
  for (const c of strong) {
    const m: EntityMention = { block: c.run.block, start: c.run.start, end: c.run.end, text: c.run.text };
    if (c.version) m.version = c.version;
    push(groups.find(c.key), m);
    taken.add(placeOf(m.block, m.start));
  }
  const known = new Map<string, string>();
  for (const key of groups.keys()) known.set(key.toLowerCase(), groups.find(key));
  // A person's surname names them wherever it stands ("Trump said…" opening a sentence), unless two people share it.
  const surnames = new Map<string, string | null>();
  for (const key of groups.keys()) {
    const words = key.split(' ');
    if (words.length < 2 || typed.types.get(key) !== 'person') continue;
    const surname = words[words.length - 1]!.toLowerCase();
    const root = groups.find(key);
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== root ? null : root);
  }
  for (const [surname, root] of surnames) if (root && !known.has(surname)) known.set(surname, root);
  for (const c of candidates) {
    if (c.strong) continue;
    for (const hit of findKnownForms(c.run, known)) {
      if (taken.has(placeOf(hit.block, hit.start))) continue;
      taken.add(placeOf(hit.block, hit.start));
      push(hit.root, { block: hit.block, start: hit.start, end: hit.end, text: hit.text });
    }
  }

  const entities: DocumentEntity[] = [];
  const guessed = new Set<DocumentEntity>();
  const lowerWords = lowerCaseWords(article.blocks);
  for (const [root, keys] of typed.members) {
    const list = mentions.get(root);
    if (!list?.length) continue;
    const name = fullestOf(keys);
    const type = typed.types.get(root)!;
    if (ordinaryWordWithoutEvidence(name, typed.totals.get(root)!, list.length, lowerWords, g)) continue;
    const surface = new Set(list.map((m) => normalizeKey(m.text)));
    const aliases = [...new Set([...keys, ...surface])].filter((k) => k !== name).sort();
    list.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
    const entity: DocumentEntity = { name, type, aliases, mentions: list };
    if (typed.guessedRoots.has(root)) guessed.add(entity);
    entities.push(entity);
  }
  addNestedMakers(entities, typed.types, g);
  addDevanagariMentions(article.blocks, entities);
  entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { entities, guessed };
}

/** "GitHub Copilot Enterprise": the organisation that opens a product's name is mentioned too (nested span). */
export function addNestedMakers(entities: DocumentEntity[], types: Map<string, EntityType>, g: Gazetteers): void {
  const byName = new Map(entities.map((e) => [e.name, e]));
  for (const product of entities.filter((e) => e.type === 'product' || e.type === 'other')) {
    for (const maker of nestedMakers(product.name, (form) => {
      const known = byName.get(form);
      if (known) return known.type === 'organization';
      return g.organizations.has(form.toLowerCase()) && !types.has(form);
    })) {
      let org = byName.get(maker);
      if (!org) {
        org = { name: maker, type: 'organization', aliases: [], mentions: [] };
        byName.set(maker, org);
        entities.push(org);
      }
      for (const m of product.mentions) {
        if (!normalizeKey(m.text).startsWith(maker)) continue;
        org.mentions.push({ block: m.block, start: m.start, end: m.start + maker.length, text: m.text.slice(0, maker.length) });
      }
      org.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    }
  }
}
