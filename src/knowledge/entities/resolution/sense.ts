// One name, two kinds of thing: "Liverpool" the club in match reports, the city elsewhere. A place's name
// often names an organisation of that place too (its club, team or council). Articles that typed such a
// name differently are told apart by the company it keeps there (the other entities of the article), and
// the name becomes two entities only when that company clearly differs. Other disagreements about a type
// are noise to be outvoted, not senses: a film typed a place in some articles is still one film.
import type { EntityType } from '../../types.ts';
import type { Gazetteers } from '../../lexicon/index.ts';
import { fold } from '../gazetteers.ts';
import type { Unit } from './resolve.ts';

/** Kinds of thing a place's name plausibly stands for in different articles: the place, and its club, team or council. */
const SENSE_PAIRS: ReadonlyArray<readonly [EntityType, EntityType]> = [['place', 'organization']];

export const SENSE_LIMITS = {
  /** Each sense needs at least this many articles whose own type says so. */
  articles: 3,
  /** …and at least this share of the articles that name it must be told apart correctly by their company alone. */
  separation: 0.8,
} as const;

/** The entities each article names (as resolved groups), with how rare each is across the corpus. */
export interface ArticleContext {
  members(article: string): ReadonlySet<number>;
  weight(member: number): number;
}

type Profile = Map<number, number>;

function profileOf(articles: Iterable<string>, context: ArticleContext, self: number): Profile {
  const profile: Profile = new Map();
  for (const article of articles) {
    for (const m of context.members(article)) if (m !== self) profile.set(m, (profile.get(m) ?? 0) + context.weight(m));
  }
  return profile;
}

/** Cosine of an article's (weighted) company with a profile, the article itself taken out of the profile. */
function similarity(article: string, profile: Profile, inProfile: boolean, context: ArticleContext, self: number): number {
  let dot = 0;
  let norm = 0;
  for (const m of context.members(article)) {
    if (m === self) continue;
    const w = context.weight(m);
    const p = (profile.get(m) ?? 0) - (inProfile ? w : 0);
    dot += w * p;
    norm += w * w;
  }
  let profileNorm = 0;
  for (const [m, v] of profile) {
    const own = inProfile && context.members(article).has(m) ? context.weight(m) : 0;
    profileNorm += (v - own) ** 2;
  }
  return norm && profileNorm ? dot / Math.sqrt(norm * profileNorm) : 0;
}

/**
 * The units of one resolved name, split into senses when the evidence is clear: two plausible kinds,
 * each held by enough articles, and articles of each kind told apart by their company. Articles whose
 * own type disagrees go to the sense whose company they keep. Otherwise one entity.
 */
export function splitBySense(units: readonly Unit[], context: ArticleContext, self: number, g: Gazetteers): Unit[][] {
  const typesByArticle = new Map<string, Set<EntityType>>();
  for (const u of units) {
    if (u.detachedFrom) continue;
    (typesByArticle.get(u.article) ?? typesByArticle.set(u.article, new Set()).get(u.article)!).add(u.type);
  }
  // Most names never come close: fewer articles than two senses need.
  if (typesByArticle.size < 2 * SENSE_LIMITS.articles) return [[...units]];
  const isPlaceName = (name: string) => [name.toLowerCase(), fold(name.toLowerCase())].some((n) => g.cities.has(n) || g.countries.has(n) || g.regions.has(n));
  if (!units.some((u) => !u.detachedFrom && isPlaceName(u.name))) return [[...units]];
  for (const [a, b] of SENSE_PAIRS) {
    const count = (type: EntityType) => [...typesByArticle.values()].filter((types) => types.size === 1 && types.has(type)).length;
    if (count(a) < SENSE_LIMITS.articles || count(b) < SENSE_LIMITS.articles) continue;
    // Copies of one story (same company exactly) count once, so that no copy vouches for another.
    const signatures = new Map([...typesByArticle.keys()].map((article) => [article, [...context.members(article)].sort((x, y) => x - y).join(' ')]));
    const signature = (article: string) => signatures.get(article)!;
    const only = (type: EntityType) => {
      const seen = new Set<string>();
      return [...typesByArticle].filter(([article, types]) => {
        if (types.size !== 1 || !types.has(type) || seen.has(signature(article))) return false;
        seen.add(signature(article));
        return true;
      }).map(([article]) => article);
    };
    const first = only(a);
    const second = only(b);
    if (first.length < SENSE_LIMITS.articles || second.length < SENSE_LIMITS.articles) continue;
    const profiles = [profileOf(first, context, self), profileOf(second, context, self)] as const;
    /** The sense whose company the article keeps (itself left out), or undefined when neither is closer. */
    const closer = (article: string, own?: 0 | 1): 0 | 1 | undefined => {
      const s0 = similarity(article, profiles[0], own === 0, context, self);
      const s1 = similarity(article, profiles[1], own === 1, context, self);
      return s1 > s0 ? 1 : s0 > s1 ? 0 : undefined;
    };
    // Clear evidence: each sense's articles, left out in turn, are recognised by their company.
    const right = (articles: string[], own: 0 | 1) => articles.filter((article) => closer(article, own) === own).length;
    if (right(first, 0) < SENSE_LIMITS.separation * first.length || right(second, 1) < SENSE_LIMITS.separation * second.length) continue;
    const seeds = new Map<string, 0 | 1>([...first.map((x) => [x, 0] as const), ...second.map((x) => [x, 1] as const)]);
    const senseOf = new Map<string, 0 | 1>();
    const majority: 0 | 1 = first.length >= second.length ? 0 : 1;
    for (const article of new Set(units.map((u) => u.article))) {
      const own = seeds.get(article);
      senseOf.set(article, closer(article, own) ?? own ?? majority);
    }
    const split: [Unit[], Unit[]] = [[], []];
    for (const u of units) split[senseOf.get(u.article) ?? 0].push(u);
    return split.filter((s) => s.length > 0);
  }
  return [[...units]];
}
