// What an entity's page shows beyond its components (src/pages/entities/[slug].astro): its addresses
// (the entity's own and the former ones an editor note keeps), the line under its name, the editor's
// description and its JSON-LD.
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { BriefingIntro } from '../content/briefing.ts';
import type { KbEntity, KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { markdownToTree } from '../markdown/pipeline.ts';
import { knowledgeViews, TYPE_LABELS } from './entity-views.ts';
import { schemaType } from './json-ld.ts';
import { entityPageKey, redirectPageKey } from './page-keys.ts';
import { plural } from './plural.ts';

// A type, not an interface: Astro's page props must be assignable to a record.
export type EntityPageProps = {
  entity: KbEntity;
  /** Set on the page at a former address, which only leads on to the entity's page. */
  movedFrom?: string;
};

/** Every entity's page, then a page at each former name an editor note keeps as an alias, leading on to it. */
export function entityPaths(kb: KnowledgeBase, site: BriefingIntro) {
  const views = knowledgeViews(kb);
  // An unchanged key lets an incremental build reuse the page from the last build (see page-keys.ts).
  const pages = kb.entities.map((entity) => ({ params: { slug: entity.slug }, props: { entity } as EntityPageProps, cacheKey: entityPageKey(entity, views, site) }));
  const redirects = kb.entities.flatMap((entity) =>
    (entity.redirectFrom ?? []).map((from) => ({ params: { slug: from }, props: { entity, movedFrom: from } as EntityPageProps, cacheKey: redirectPageKey(from, entity, site) })),
  );
  return [...pages, ...redirects];
}

/** The line under the name, and the page's description: the editor's summary, else what and how often. */
export function entitySummaryLine(entity: KbEntity): string {
  return entity.summary ?? `A ${TYPE_LABELS[entity.type].one} mentioned ${plural(entity.mentions.length, 'time')} in ${plural(entity.articles.length, 'article')}.`;
}

/** The editor's description as HTML: sanitised markdown, without paragraph ids (they address articles only). */
export function entityDescriptionHtml(entity: KbEntity): string {
  return entity.description ? unified().use(rehypeStringify).stringify(markdownToTree(entity.description)) : '';
}

/** The page's schema.org description of the entity, at its canonical address. */
export function entityJsonLd(entity: KbEntity, canonical: string): Record<string, unknown> {
  return {
    '@type': schemaType(entity.type),
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(entity.summary ? { description: entity.summary } : {}),
    url: canonical,
  };
}
