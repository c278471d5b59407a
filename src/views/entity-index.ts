// The A–Z entity index: which letter an entity files under, and how the index splits into pages
// so that a corpus with tens of thousands of entities never yields one enormous page.
import type { KbEntity } from '../knowledge/knowledge-base.ts';
import type { EntityType } from '../knowledge/types.ts';
import { ENTITY_TYPES } from '../knowledge/types.ts';
import { TYPE_LABELS } from './entity-views.ts';
import scriptData from './index-scripts.json' with { type: 'json' };
import { url } from './urls.ts';

/** Up to this many entities, an index lists them all on one page; beyond it, one page per letter. */
export const INDEX_PAGE_LIMIT = 1500;

export const DIGITS = '0-9';
export const OTHER = 'other';

/** Scripts with a heading of their own, in index order, each with a test for a character written in it. */
const SCRIPTS: ReadonlyArray<{ name: string; test: RegExp }> = scriptData.scripts.map((name) => ({ name, test: new RegExp(`^\\p{Script=${name}}$`, 'u') }));
const SCRIPT_RANK = new Map(SCRIPTS.map(({ name }, i) => [name, i]));

/**
 * Where an entity files: a Latin name under its first letter without accents, upper-cased; a name in
 * another script under that script's name ("Cyrillic", "Devanagari"), so a Cyrillic "М" never sits among
 * the Latin letters it looks like; digits together; anything else (symbols, unlisted scripts) last.
 */
export function indexLetter(name: string): string {
  const first = [...name.normalize('NFD').replace(/\p{M}/gu, '').trim()][0] ?? '';
  if (/\p{N}/u.test(first)) return DIGITS;
  if (/\p{Script=Latin}/u.test(first) && /[\p{Lu}\p{Ll}\p{Lt}]/u.test(first)) return first.toUpperCase();
  return SCRIPTS.find(({ test }) => test.test(first))?.name ?? OTHER;
}

export function letterLabel(letter: string): string {
  if (letter === DIGITS) return '0–9';
  if (letter === OTHER) return 'Other scripts and symbols';
  return letter;
}

/** Latin letters A–Z first, then other Latin letters (Ø, Ł), then digits, then the other scripts in their order, then the rest. */
function letterRank(letter: string): [number, number, string] {
  if (/^[A-Z]$/u.test(letter)) return [0, 0, letter];
  if (letter === DIGITS) return [2, 0, letter];
  const script = SCRIPT_RANK.get(letter);
  if (script !== undefined) return [3, script, letter];
  if (letter === OTHER) return [4, 0, letter];
  return [1, 0, letter];
}

export function compareLetters(a: string, b: string): number {
  const [ra, sa, la] = letterRank(a);
  const [rb, sb, lb] = letterRank(b);
  return ra - rb || sa - sb || la.localeCompare(lb);
}

export interface LetterGroup {
  letter: string;
  entities: KbEntity[];
}

/** Entities grouped by letter, letters in order, names in alphabetical order within each. */
export function groupByLetter(entities: readonly KbEntity[]): LetterGroup[] {
  const groups = new Map<string, KbEntity[]>();
  for (const entity of entities) {
    const letter = indexLetter(entity.name);
    const list = groups.get(letter);
    if (list) list.push(entity);
    else groups.set(letter, [entity]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareLetters(a, b))
    .map(([letter, list]) => ({
      letter,
      entities: list.sort((x, y) => x.name.localeCompare(y.name, 'en', { sensitivity: 'base' }) || x.id.localeCompare(y.id)),
    }));
}

export interface IndexPage {
  /** Path under entities/, e.g. '', 'type/person/', 'letter/A/', 'type/person/letter/A/'. */
  path: string;
  type?: EntityType;
  letter?: string;
  /** Every letter group of this page's type (or of all entities), for the letter navigation. */
  letters: LetterGroup[];
  /** The groups listed on this page; empty on an overview page of a split index. */
  groups: LetterGroup[];
  /** Whether the index for this type is split into per-letter pages. */
  split: boolean;
}

/** All index pages: one per type and one overall, each split per letter when it is too long. */
export function entityIndexPages(entities: readonly KbEntity[], limit = INDEX_PAGE_LIMIT): IndexPage[] {
  const scopes: Array<{ type?: EntityType; list: KbEntity[] }> = [
    { list: [...entities] },
    ...ENTITY_TYPES.map((type) => ({ type, list: entities.filter((e) => e.type === type) })),
  ];
  return scopes.flatMap(({ type, list }) => {
    const prefix = type ? `type/${type}/` : '';
    const letters = groupByLetter(list);
    const split = list.length > limit;
    const overview: IndexPage = { path: prefix, ...(type ? { type } : {}), letters, groups: split ? [] : letters, split };
    if (!split) return [overview];
    return [
      overview,
      ...letters.map((group) => ({
        path: `${prefix}letter/${group.letter}/`,
        ...(type ? { type } : {}),
        letter: group.letter,
        letters,
        groups: [group],
        split,
      })),
    ];
  });
}

/** "1 entity", "3 entities". */
export const entityCount = (n: number): string => `${n} ${n === 1 ? 'entity' : 'entities'}`;

/** The anchor of a letter's section on an index page that is not split. */
export const letterId = (letter: string): string => `letter-${letter}`;

/** Where a letter leads: its own page in a split index, else its section on this page. */
export function letterHref(page: IndexPage, letter: string): string {
  const prefix = page.type ? `entities/type/${page.type}/` : 'entities/';
  return page.split ? encodeURI(url(`${prefix}letter/${letter}/`)) : `#${encodeURIComponent(letterId(letter))}`;
}

export interface TypeFilter {
  href: string;
  label: string;
  count: number;
  current: boolean;
  type?: EntityType;
}

/** The filter links above every index page: all entities, then each type, with how many there are. */
export function typeFilters(page: IndexPage, counts: Record<string, number>): TypeFilter[] {
  return [
    { href: url('entities/'), label: 'All', count: counts.all ?? 0, current: !page.type },
    ...ENTITY_TYPES.map((type) => ({
      href: url(`entities/type/${type}/`),
      label: TYPE_LABELS[type].many,
      count: counts[type] ?? 0,
      current: page.type === type,
      type,
    })),
  ];
}

/** A split index's overview lists the most-mentioned entities, so it is useful before a letter is picked. */
export function mostMentioned(page: IndexPage, max = 60): KbEntity[] {
  if (!page.split || page.letter) return [];
  return page.letters.flatMap((g) => g.entities).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en')).slice(0, max);
}

/** How many entities there are in all and of each type, for the filter links. */
export function entityCounts(entities: readonly KbEntity[]): Record<string, number> {
  return { all: entities.length, ...Object.fromEntries(ENTITY_TYPES.map((type) => [type, entities.filter((e) => e.type === type).length])) };
}

/** Every index page with its route parameter ('' for /entities/ itself) and the counts it shows. */
export function entityIndexPaths(entities: readonly KbEntity[]) {
  const counts = entityCounts(entities);
  return entityIndexPages(entities).map((page) => ({
    params: { index: page.path.replace(/\/$/u, '') || undefined },
    props: { page, counts },
  }));
}

/** "Entities", "People", "People: M". */
export function indexPageTitle(page: IndexPage): string {
  const scope = page.type ? TYPE_LABELS[page.type].many : 'Entities';
  return page.letter ? `${scope}: ${letterLabel(page.letter)}` : scope;
}

/** The page's description: how many of what the articles name. */
export function indexPageDescription(page: IndexPage, counts: Record<string, number>): string {
  const total = page.type ? counts[page.type]! : counts.all!;
  return `${total} ${page.type ? TYPE_LABELS[page.type].many.toLowerCase() : 'people, organizations, places and products'} named in the articles, A to Z.`;
}
