/**
 * What a page weighs as a reader downloads it: the HTML and every same-site file it loads
 * (stylesheets, scripts, images, icons, fonts and media, and what those stylesheets load in
 * turn), each counted once, raw and gzip-compressed as a server sends it (zlib's default level).
 * Links the reader may follow (pages, downloads) are not loaded and not counted; nor is anything
 * from another site, which the pages never load (their Content-Security-Policy forbids it).
 *
 *   node scripts/bench/page-weight.ts [site dir] [page]   (default: dist tongdao/2019/index.html)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The page and everything it loads, uncompressed. */
  bytes: number;
  /** The same, each file gzip-compressed. */
  gzip: number;
  /** The files counted, relative to the site folder, the page first. */
  files: string[];
}

/** A `<link>` whose target the browser loads with the page (not one it only navigates to). */
const LOADED_RELS = /(?:^|\s)(?:stylesheet|icon|apple-touch-icon|preload|modulepreload|manifest)(?:\s|$)/i;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

/** The URLs an HTML page loads by itself: scripts, stylesheets and icons, images, media, objects. */
function htmlLoads(html: string): string[] {
  const urls: string[] = [];
  // Markup inside comments loads nothing.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of markup.matchAll(/<([a-z]+)\b[^>]*>/gi)) {
    const element = (name ?? '').toLowerCase();
    if (
      element === 'script' ||
      element === 'img' ||
      element === 'source' ||
      element === 'track' ||
      element === 'audio' ||
      element === 'video' ||
      element === 'embed' ||
      element === 'iframe' ||
      element === 'input'
    ) {
      const src = attribute(tag, 'src');
      if (src !== undefined) urls.push(src);
    }
    if (element === 'img' || element === 'source') {
      for (const candidate of (attribute(tag, 'srcset') ?? '').split(','))
        if (candidate.trim() !== '') urls.push(candidate.trim().split(/\s+/)[0] ?? '');
    }
    if (element === 'video') {
      const poster = attribute(tag, 'poster');
      if (poster !== undefined) urls.push(poster);
    }
    if (element === 'object') {
      const data = attribute(tag, 'data');
      if (data !== undefined) urls.push(data);
    }
    if (element === 'link' && LOADED_RELS.test(attribute(tag, 'rel') ?? '')) {
      const href = attribute(tag, 'href');
      if (href !== undefined) urls.push(href);
    }
  }
  // Inline styles load what their url() and @import name.
  for (const [, css] of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    urls.push(...cssLoads(css ?? ''));
  for (const [, css] of markup.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)) urls.push(...cssLoads(css ?? ''));
  return urls;
}

/** The URLs a stylesheet loads: url(…) and @import. */
function cssLoads(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls = [...text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
  for (const match of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    urls.push(match[1] ?? match[2] ?? '');
  return urls;
}

/**
 * The file a URL written in `from` (a file of the site) names, relative to the site folder; or
 * undefined for another site's URL, data: and fragment-only URLs, and paths outside the site.
 */
function siteFile(siteDir: string, from: string, url: string): string | undefined {
  const trimmed = url.trim();
  if (
    trimmed === '' ||
    trimmed.startsWith('#') ||
    /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ||
    trimmed.startsWith('//')
  )
    return undefined;
  const path = decodeURIComponent(trimmed.split(/[?#]/)[0] ?? '');
  if (path === '') return undefined;
  const absolute = path.startsWith('/') ? join(siteDir, path) : resolve(dirname(join(siteDir, from)), path);
  let file = absolute;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const inside = relative(siteDir, normalize(file));
  if (inside.startsWith(`..${sep}`) || inside === '..' || inside === '') return undefined;
  return inside.split(sep).join('/');
}

/** The page `pagePath` (relative to `siteDir`) with every same-site file it loads. */
export function pageWeight(siteDir: string, pagePath: string): PageWeight {
  const root = resolve(siteDir);
  const files: string[] = [];
  let bytes = 0;
  let gzip = 0;
  const queue: { file: string; kind: 'html' | 'css' | 'other' }[] = [{ file: pagePath, kind: 'html' }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const item = queue.shift();
    if (item === undefined || seen.has(item.file)) continue;
    seen.add(item.file);
    const path = join(root, item.file);
    if (!existsSync(path)) {
      if (item.kind === 'html' && item.file === pagePath) throw new Error(`no page ${pagePath} in ${root}`);
      continue;
    }
    const content = readFileSync(path);
    files.push(item.file);
    bytes += content.length;
    gzip += gzipSync(content).length;
    const loads =
      item.kind === 'html'
        ? htmlLoads(content.toString('utf8'))
        : item.kind === 'css'
          ? cssLoads(content.toString('utf8'))
          : [];
    for (const url of loads) {
      const file = siteFile(root, item.file, url);
      if (file !== undefined && !seen.has(file))
        queue.push({ file, kind: file.endsWith('.css') ? 'css' : 'other' });
    }
  }
  return { bytes, gzip, files };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2] ?? 'dist';
  const page = process.argv[3] ?? 'tongdao/2019/index.html';
  const weight = pageWeight(siteDir, page);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `${page}：${kb(weight.bytes)} KB，gzip ${kb(weight.gzip)} KB（${weight.files.length} 个文件：${weight.files.join('、')}）`,
  );
}
