/**
 * Every URL a page or stylesheet names, followed as a relative path inside the site directory.
 * The site must work under any sub-path and when opened from disk, so an internal link is
 * relative and names a file: no `/…`, no bare directory (from disk a folder shows a listing).
 *
 * Problems start with their kind: `lang`, `absolute link`, `missing target`, `directory link`,
 * `outside site`, `missing anchor`, `other origin`, `bad URL`, `download`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { downloadExtensions } from './config.ts';
import type { SiteServer } from './server.ts';

export interface Reference {
  /** `<a href>` as written, for messages. */
  where: string;
  value: string;
  /** A resource loads with the page (src, stylesheet…); a navigation is followed by a person. */
  kind: 'resource' | 'navigation';
  /** An `<a>` with the `download` attribute. */
  download: boolean;
}

export interface PageFacts {
  lang: string | null;
  references: Reference[];
  ids: string[];
}

const resourceRels = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
]);

/** Runs in the page (JavaScript may be off): the references and ids of the document as written. */
function readReferences(rels: string[]): PageFacts {
  const resourceRel = new Set(rels);
  const references: Reference[] = [];
  const add = (element: Element, attribute: string, value: string, kind: Reference['kind']): void => {
    references.push({
      where: `<${element.localName} ${attribute}>`,
      value,
      kind,
      download: element.localName === 'a' && element.hasAttribute('download'),
    });
  };
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName;
    for (const attribute of element.attributes) {
      const key = attribute.name;
      const value = attribute.value;
      if (key === 'href' || key === 'xlink:href') {
        if (name === 'a' || name === 'area') add(element, key, value, 'navigation');
        else if (name === 'link') {
          const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
          add(element, key, value, rel.some((one) => resourceRel.has(one)) ? 'resource' : 'navigation');
        } else if (name === 'base') add(element, key, value, 'navigation');
        else add(element, key, value, 'resource'); // svg <use>, <image>, <feImage>
      } else if (key === 'src' || key === 'poster' || (key === 'data' && name === 'object')) {
        add(element, key, value, 'resource');
      } else if (key === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) add(element, key, url, 'resource');
        }
      } else if ((key === 'action' && name === 'form') || key === 'formaction') {
        add(element, key, value, 'navigation');
      } else if (key === 'content' && name === 'meta') {
        if ((element.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
        const url = /url\s*=\s*['"]?([^'"]+)/i.exec(value)?.[1];
        if (url) add(element, 'http-equiv=refresh', url, 'navigation');
      }
    }
  }
  const ids = [...document.querySelectorAll('[id], a[name]')].flatMap((element) =>
    [element.getAttribute('id'), element.localName === 'a' ? element.getAttribute('name') : null].filter(
      (id): id is string => id !== null && id !== '',
    ),
  );
  return { lang: document.documentElement.getAttribute('lang'), references, ids };
}

/** Reads a page's lang, references and ids in the given (JavaScript-off) browser. */
export async function readPageFacts(
  context: BrowserContext,
  server: SiteServer,
  pagePath: string,
): Promise<PageFacts> {
  const page = await context.newPage();
  try {
    const response = await page.goto(server.urlOf(pagePath), { waitUntil: 'domcontentloaded' });
    if (response?.status() !== 200)
      throw new Error(`${pagePath} answered ${response?.status() ?? 'nothing'}`);
    return await page.evaluate(readReferences, [...resourceRels]);
  } finally {
    await page.close();
  }
}

export function checkLang(facts: PageFacts): string[] {
  return facts.lang === 'zh-CN'
    ? []
    : [`lang: <html lang> is ${JSON.stringify(facts.lang)}, expected "zh-CN"`];
}

type Resolved =
  | { kind: 'skip' }
  | { kind: 'problem'; problem: string }
  | { kind: 'file'; target: string; fragment: string };

const root = '/__site__/';
const allowedSchemes = new Set(['mailto:', 'tel:', 'sms:', 'data:']);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `from` and the result are site paths (`a/b/index.html`); the result is how `from` should link to `to`. */
function relativeLink(from: string, to: string): string {
  const link = posix.relative(posix.dirname(`/${from}`), `/${to}`);
  return link === '' ? posix.basename(to) : link;
}

/** Follows one reference of the file `from` (a path relative to the site). */
function resolve(siteDir: string, from: string, reference: Reference): Resolved {
  const value = reference.value.trim();
  const shown = `${reference.where} "${reference.value}"`;
  if (value === '') {
    return reference.kind === 'resource'
      ? { kind: 'problem', problem: `bad URL: ${shown} is empty` }
      : { kind: 'skip' };
  }
  if (value.startsWith('#')) return { kind: 'file', target: from, fragment: value.slice(1) };
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined || value.startsWith('//')) {
    if (scheme !== undefined && allowedSchemes.has(scheme)) return { kind: 'skip' };
    if (scheme === undefined || ['http:', 'https:', 'ftp:', 'ws:', 'wss:'].includes(scheme)) {
      if (reference.kind === 'navigation') return { kind: 'skip' }; // a link out, followed by a person
      return { kind: 'problem', problem: `other origin: ${shown} loads from another origin` };
    }
    return { kind: 'problem', problem: `bad URL: ${shown} uses ${scheme}` };
  }
  if (value.startsWith('/')) {
    const path = value.slice(1).split(/[?#]/)[0] ?? '';
    const fixed = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return {
      kind: 'problem',
      problem: `absolute link: ${shown} starts at the server's root, which breaks under a sub-path and from disk; write "${relativeLink(from, fixed)}"`,
    };
  }
  let url: URL;
  try {
    url = new URL(value, `http://site.invalid${root}${from}`);
  } catch {
    return { kind: 'problem', problem: `bad URL: ${shown} cannot be parsed` };
  }
  if (!url.pathname.startsWith(root)) {
    return { kind: 'problem', problem: `outside site: ${shown} climbs above the site's root` };
  }
  let target: string;
  try {
    target = decodeURIComponent(url.pathname.slice(root.length));
  } catch {
    return { kind: 'problem', problem: `bad URL: ${shown} has a broken %-escape` };
  }
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return { kind: 'problem', problem: `bad URL: ${shown} has a broken %-escape` };
  }
  if (target === '' || target.endsWith('/') || isDirectory(join(siteDir, target))) {
    const index = `${target.replace(/\/?$/, '/')}index.html`.replace(/^\//, '');
    if (isFile(join(siteDir, index))) {
      return {
        kind: 'problem',
        problem: `directory link: ${shown} names a folder, which from disk shows a file listing; write "${relativeLink(from, index)}"`,
      };
    }
    return {
      kind: 'problem',
      problem: `missing target: ${shown} names the folder ${target || '.'} with no index.html`,
    };
  }
  if (!isFile(join(siteDir, target))) {
    return { kind: 'problem', problem: `missing target: ${shown} → ${target} does not exist` };
  }
  return { kind: 'file', target, fragment };
}

/**
 * Every internal reference of a page names an existing file of the site, relatively; a fragment
 * names an id of its page; resources come from the site itself.
 */
export function checkReferences(
  siteDir: string,
  pagePath: string,
  facts: PageFacts,
  factsOf: (pagePath: string) => PageFacts | undefined,
): string[] {
  const problems: string[] = [];
  for (const reference of facts.references) {
    const resolved = resolve(siteDir, pagePath, reference);
    if (resolved.kind === 'problem') problems.push(resolved.problem);
    if (resolved.kind !== 'file' || resolved.fragment === '' || resolved.fragment === 'top') continue;
    const ids = resolved.target === pagePath ? facts.ids : factsOf(resolved.target)?.ids;
    if (ids !== undefined && !ids.includes(resolved.fragment)) {
      problems.push(
        `missing anchor: ${reference.where} "${reference.value}": ${resolved.target} has no id "${resolved.fragment}"`,
      );
    }
  }
  return [...new Set(problems)];
}

/** The download links of a page: `<a download>`, or an `<a>` to a data file. */
export function downloadLinks(facts: PageFacts): Reference[] {
  return facts.references.filter((reference) => {
    if (!reference.where.startsWith('<a ')) return false;
    if (reference.download) return true;
    const path = reference.value.split(/[?#]/)[0] ?? '';
    return (
      !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) &&
      downloadExtensions.includes(posix.extname(path).toLowerCase())
    );
  });
}

/** Every download link names an existing, non-empty file; a JSON download parses. */
export function checkDownloads(siteDir: string, pagePath: string, facts: PageFacts): string[] {
  const problems: string[] = [];
  for (const reference of downloadLinks(facts)) {
    const resolved = resolve(siteDir, pagePath, reference);
    const shown = `${reference.where} "${reference.value}"`;
    if (resolved.kind === 'problem') {
      problems.push(`download: ${resolved.problem}`);
      continue;
    }
    if (resolved.kind !== 'file') {
      problems.push(`download: ${shown} does not name a file of the site`);
      continue;
    }
    const bytes = readFileSync(join(siteDir, resolved.target));
    const extension = posix.extname(resolved.target).toLowerCase();
    if (bytes.length === 0) problems.push(`download: ${shown} → ${resolved.target} is empty`);
    else if (extension === '.json') {
      try {
        JSON.parse(bytes.toString('utf8'));
      } catch (error) {
        problems.push(`download: ${shown} → ${resolved.target} is not JSON: ${(error as Error).message}`);
      }
    } else if (
      (extension === '.xlsx' || extension === '.zip') &&
      (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    ) {
      problems.push(`download: ${shown} → ${resolved.target} is not a ZIP container (an .xlsx is one)`);
    }
  }
  return problems;
}

/** The `url(…)` and `@import` references of a stylesheet, followed from its own folder. */
export function checkStylesheet(siteDir: string, cssPath: string): string[] {
  const css = readFileSync(join(siteDir, cssPath), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const values = [
    ...[...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((match) => match[2] ?? ''),
    ...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((match) => match[2] ?? ''),
  ];
  const problems: string[] = [];
  for (const value of values) {
    if (value.startsWith('#')) continue; // an SVG paint server or filter in the same document
    const reference: Reference = { where: 'url()', value, kind: 'resource', download: false };
    const resolved = resolve(siteDir, cssPath, reference);
    if (resolved.kind === 'problem') problems.push(resolved.problem);
  }
  return [...new Set(problems)];
}
