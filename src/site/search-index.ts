/**
 * Offline search: after the pages are built, Pagefind indexes them (its extended build splits
 * Chinese text into words) and writes the index and its search UI into dist/. No server is
 * involved; the search page loads it from the same site.
 *
 * The index is written in parts (src/site/search-shards.ts): the shared pages in pagefind/,
 * with the search UI, and each group of counties in a folder of its own, which a build
 * re-indexes only when one of its counties changed.
 *
 * Only pages marked searchable are handed over: the data pages (every school in large tables)
 * would cost most of the indexing time and are left out of the index anyway. Chart drawings and
 * the charts' data tables are not indexed (their captions and sentences are): they are cut
 * before Pagefind parses the page, which gives the same index sooner.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { SearchShard } from './search-shards.ts';

/** What a part of the index needs beside its index files: the main bundle carries the UI. */
const UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Indexes the given pages of outDir into one bundle folder; returns how many were searchable. */
async function writeBundle(outDir: string, files: readonly string[], folder: string, main: boolean) {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn', excludeSelectors: ['.no-search'] });
  if (index === undefined) throw new Error(`搜索索引未能建立：${errors.join('；')}`);
  let pages = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const content = html.replace(/<svg[\s\S]*?<\/svg>|<details class="no-search">[\s\S]*?<\/details>/g, '');
    const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`搜索索引出错（${url}）：${added.errors.join('；')}`);
    pages += 1;
  }
  const outputPath = join(outDir, folder);
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`搜索索引写出失败：${written.errors.join('；')}`);
  if (!main) await Promise.all(UI_FILES.map((name) => rm(join(outputPath, name), { force: true })));
  return pages;
}

export interface IndexWork {
  /** Write the main bundle: the pages outside the county folders, and the search UI. */
  main: boolean;
  /** The county parts to (re)write. */
  shards: readonly SearchShard[];
  /** Every county's folder name, to tell the shared pages from the counties'. */
  counties: ReadonlySet<string>;
}

/** Writes the parts of the index a build asks for; returns the number of pages indexed. */
export async function writeSearchIndex(outDir: string, work: IndexWork): Promise<number> {
  const { main, shards, counties: allCounties } = work;
  try {
    const topLevel = await readdir(outDir, { withFileTypes: true });
    const shared: string[] = [];
    for (const entry of topLevel) {
      if (entry.isDirectory() && (allCounties.has(entry.name) || /^pagefind(-\d+)?$/.test(entry.name)))
        continue;
      const path = join(outDir, entry.name);
      if (entry.isFile() && entry.name.endsWith('.html')) shared.push(path);
      if (entry.isDirectory()) shared.push(...(await htmlFiles(path)));
    }
    const bundles = shards.map(async (shard) => {
      const files = (
        await Promise.all(shard.counties.map((county) => htmlFiles(join(outDir, county))))
      ).flat();
      return writeBundle(outDir, files, shard.folder, false);
    });
    if (main) bundles.push(writeBundle(outDir, shared.sort(), 'pagefind', true));
    // Pagefind's service indexes several bundles at once, on every core.
    const counts = await Promise.all(bundles);
    return counts.reduce((sum, count) => sum + count, 0);
  } finally {
    await close();
  }
}
