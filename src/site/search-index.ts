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
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
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
  // Pagefind hands the files over and they are written here: its service can be stopped while
  // its own writes are still under way, which left empty files now and then.
  const got = await index.getFiles();
  if (got.errors.length > 0) throw new Error(`搜索索引写出失败：${got.errors.join('；')}`);
  const outputPath = join(outDir, folder);
  await rm(outputPath, { recursive: true, force: true });
  for (const file of got.files) {
    if (!main && UI_FILES.includes(file.path)) continue;
    const path = join(outputPath, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
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

/** One bundle to write: its folder in outDir and the pages it indexes. */
export interface BundleJob {
  folder: string;
  files: string[];
  main: boolean;
}

/** Writes bundles with this thread's Pagefind service, all at once; returns the pages indexed. */
export async function writeBundles(outDir: string, jobs: readonly BundleJob[]): Promise<number> {
  try {
    const counts = await Promise.all(jobs.map((job) => writeBundle(outDir, job.files, job.folder, job.main)));
    return counts.reduce((sum, count) => sum + count, 0);
  } finally {
    await close();
  }
}

/** Splits the bundles into `groups` of about as many pages each (largest first). */
export function balanceBundles(jobs: readonly BundleJob[], groups: number): BundleJob[][] {
  const out = Array.from({ length: Math.max(1, groups) }, () => ({ pages: 0, jobs: [] as BundleJob[] }));
  for (const job of [...jobs].sort(
    (a, b) => b.files.length - a.files.length || (a.folder < b.folder ? -1 : 1),
  )) {
    const lightest = out.reduce((best, group) => (group.pages < best.pages ? group : best));
    lightest.jobs.push(job);
    lightest.pages += job.files.length;
  }
  return out.map((group) => group.jobs).filter((list) => list.length > 0);
}

function inThread(outDir: string, jobs: readonly BundleJob[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      workerData: { outDir, jobs },
    });
    worker.once('message', (pages: number) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search index thread stopped (${code})`));
    });
  });
}

/**
 * Writes the parts of the index a build asks for; returns the number of pages indexed. One
 * Pagefind service keeps little more than one core busy, so a build with several parts runs a
 * service per core, each in a thread of its own with its share of the parts.
 */
export async function writeSearchIndex(outDir: string, work: IndexWork): Promise<number> {
  const { main, shards, counties: allCounties } = work;
  const topLevel = await readdir(outDir, { withFileTypes: true });
  const shared: string[] = [];
  for (const entry of topLevel) {
    if (entry.isDirectory() && (allCounties.has(entry.name) || /^pagefind(-\d+)?$/.test(entry.name)))
      continue;
    const path = join(outDir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.html')) shared.push(path);
    if (entry.isDirectory()) shared.push(...(await htmlFiles(path)));
  }
  const jobs: BundleJob[] = await Promise.all(
    shards.map(async (shard) => ({
      folder: shard.folder,
      files: (await Promise.all(shard.counties.map((county) => htmlFiles(join(outDir, county))))).flat(),
      main: false,
    })),
  );
  if (main) jobs.push({ folder: 'pagefind', files: shared.sort(), main: true });
  const groups = balanceBundles(jobs, Math.min(cpus().length, jobs.length));
  if (groups.length < 2) return writeBundles(outDir, jobs);
  const counts = await Promise.all(groups.map((group) => inThread(outDir, group)));
  return counts.reduce((sum, count) => sum + count, 0);
}
