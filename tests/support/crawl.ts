// A link checker over a built site on disk: every href, src and srcset of every page must name a file
// the build wrote, and every #fragment must be an id on the page it points at. No server, no network:
// what a plain static host would serve is exactly what is in the folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface CrawlOptions {
  /** The folder the build wrote. */
  dir: string;
  /** The base path the site was built under, e.g. '/briefing/'; '/' by default. */
  base?: string;
  /** The deployed origin (SITE): absolute links to it are internal links too (canonical, og:url). */
  site?: string;
}

export interface BrokenLink {
  /** The page the link is on, relative to the output folder. */
  page: string;
  /** The link as written. */
  link: string;
  problem: string;
}

export interface CrawlReport {
  pages: number;
  /** Internal links checked (after de-duplication per page). */
  links: number;
  /** Links with a #fragment whose target id was checked. */
  fragments: number;
  broken: BrokenLink[];
}

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'] as const;

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

function parse(html: string): Root {
  return unified().use(rehypeParse).parse(html) as Root;
}

/** The ids (and legacy <a name>s) a page defines: the fragments a link may point at. */
function anchorsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string') ids.add(id);
    if (node.tagName === 'a' && typeof name === 'string') ids.add(name);
  });
  return ids;
}

/** Every URL a page references: href, src, action, srcset candidates, SVG <use href>. */
function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const attribute of LINK_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
    const srcset = node.properties.srcSet;
    if (Array.isArray(srcset)) for (const candidate of srcset) links.push(String(candidate).trim().split(/\s+/u)[0]!);
    const xlink = node.properties.xLinkHref;
    if (typeof xlink === 'string') links.push(xlink);
  });
  return links;
}

/** The file a site path maps to the way a static host maps it, or why there is none. */
function targetFile(dir: string, sitePath: string): { file: string } | { problem: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { problem: 'malformed percent-encoding' };
  }
  const path = join(dir, decoded);
  if (!path.startsWith(dir)) return { problem: 'leaves the site folder' };
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: index } : { problem: 'no index.html in that folder' };
  }
  if (!existsSync(path)) return { problem: 'no such file' };
  if (statSync(path).isDirectory()) return { problem: 'a folder without a trailing slash (the site uses trailing slashes)' };
  return { file: path };
}

/** Crawls every .html file in `options.dir` and reports every internal link that leads nowhere. */
export function crawlSite(options: CrawlOptions): CrawlReport {
  const dir = options.dir.replace(/\/+$/u, '');
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let ids = anchorCache.get(file);
    if (!ids) anchorCache.set(file, (ids = anchorsOf(parse(readFileSync(file, 'utf8')))));
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let fragments = 0;

  for (const page of pages) {
    const file = join(dir, page);
    const tree = parse(readFileSync(file, 'utf8'));
    anchorCache.set(file, anchorsOf(tree));
    // The page's own address under the base, so relative links resolve the way a browser resolves them.
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/u, '$1')}`, 'http://site.invalid');
    for (const link of new Set(linksOf(tree))) {
      const report = (problem: string) => broken.push({ page, link, problem });
      if (link.trim() === '') {
        report('empty link');
        continue;
      }
      const resolved = new URL(link, pageUrl);
      const internal =
        resolved.origin === pageUrl.origin || (siteOrigin !== undefined && resolved.origin === siteOrigin);
      if (!internal) continue;
      links += 1;
      if (!resolved.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const target = targetFile(dir, `/${resolved.pathname.slice(base.length)}`);
      if ('problem' in target) {
        report(target.problem);
        continue;
      }
      const fragment = resolved.hash.slice(1);
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      if (!target.file.endsWith('.html')) continue;
      fragments += 1;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report('malformed percent-encoding in the fragment');
        continue;
      }
      if (!anchors(target.file).has(id)) report(`no element with id="${id}" in ${relative(dir, target.file)}`);
    }
  }
  return { pages: pages.length, links, fragments, broken };
}

/** Every `url` field in /knowledge.json must name a page of the build too. */
export function checkKnowledgeUrls(options: CrawlOptions): { urls: number; broken: BrokenLink[] } {
  const dir = options.dir.replace(/\/+$/u, '');
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  const data = JSON.parse(readFileSync(join(dir, 'knowledge.json'), 'utf8')) as Record<string, Array<{ url?: unknown }>>;
  const broken: BrokenLink[] = [];
  let urls = 0;
  for (const item of [...(data.articles ?? []), ...(data.entities ?? [])]) {
    if (typeof item.url !== 'string') continue;
    urls += 1;
    const pathname = new URL(item.url, 'http://site.invalid').pathname;
    const report = (problem: string) => broken.push({ page: 'knowledge.json', link: item.url as string, problem });
    if (!pathname.startsWith(base)) report(`outside the base path ${base}`);
    else {
      const target = targetFile(dir, `/${pathname.slice(base.length)}`);
      if ('problem' in target) report(target.problem);
    }
  }
  return { urls, broken };
}
