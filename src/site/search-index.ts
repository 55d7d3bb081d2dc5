/**
 * Offline search: after the pages are built, Pagefind indexes them and writes the index into
 * dist/. No server is involved; the search
 * page (public/search.js) loads it from the same site.
 *
 * The index is written in parts (src/site/search-shards.ts): the shared pages in pagefind/, and
 * each group of counties in a folder of its own, which a build re-indexes only when one of its
 * counties changed.
 *
 * Pagefind is handed each page's search document (src/site/search-document.ts): the page's
 * searchable part without its charts, its numeric cells and whatever is marked not to be
 * searched. A part of the index made from the same documents by the same indexer (Pagefind's
 * version, these modules) is the same index: when the build keeps a folder for them (`keep`),
 * each part is kept there with the key of its documents and the size and SHA-256 of each of its
 * files, and a later build whose documents make the same key takes the kept files instead of
 * indexing again, once every file still hashes as listed (as src/incremental/site-snapshot.ts
 * checks the kept site). The shared pages hold no county's figures, so a build that changes one
 * county's data re-indexes that county's part only.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { searchDocument, splitWords, wordBreaker } from './search-document.ts';
import type { SearchShard } from './search-shards.ts';

/**
 * Pagefind's ready-made search interfaces, which it hands over with every index: the search page
 * has its own (public/search.js), so they are not written.
 */
const UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * How Pagefind indexes. The search documents come cut into words as the browser cuts a query
 * (src/site/search-document.ts), so Pagefind is told they are of no particular language (`und`):
 * its indexer then neither cuts them again with its own dictionary nor stems them, which also
 * makes it about twice as fast. The search page is in Chinese, so Pagefind's search still cuts
 * the query with the browser's word breaker.
 */
const INDEX_CONFIG: PagefindServiceConfig = { forceLanguage: 'und' };

/**
 * What an index is made with, beside its documents: the version of Pagefind, how it is called
 * and the code that makes the documents and writes the files (these two modules). Part of every
 * part's key.
 */
const INDEXER = await (async () => {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const code = createHash('sha256');
  for (const module of ['./search-index.ts', './search-document.ts'])
    code.update(await readFile(new URL(module, import.meta.url)));
  return JSON.stringify({
    pagefind: version,
    config: INDEX_CONFIG,
    words: wordBreaker,
    code: code.digest('hex'),
  });
})();

/** A bundle kept for a later build: the key of its documents and each file's `<size>:<sha256>`. */
interface KeptBundle {
  key: string;
  files: Record<string, string>;
}

const KEPT = 'bundle.json';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const stampOf = (bytes: Uint8Array) => `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;

/** The search documents of a bundle's pages, by address; pages not marked searchable are left out. */
async function documentsOf(outDir: string, files: readonly string[]) {
  const documents: { url: string; content: string }[] = [];
  for (const file of files) {
    const content = searchDocument(await readFile(file, 'utf8'));
    if (content === undefined) continue;
    // The address of the page's file, as the site's own links are (src/site/links.ts).
    const url = `/${relative(outDir, file).split(sep).join('/')}`;
    documents.push({ url, content });
  }
  return documents;
}

/** The key of a bundle: everything its index files are made from. */
export function bundleKey(documents: readonly { url: string; content: string }[]): string {
  const hash = createHash('sha256');
  hash.update(INDEXER);
  for (const { url, content } of documents) hash.update(`\0${url}\0${content}`);
  return hash.digest('hex');
}

/** Links (or copies) a file; the target must not exist. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * Puts the kept bundle into `outputPath` when it was made with `key` and every file of it is
 * as it was kept; false otherwise (nothing is written then).
 */
async function restoreKept(keptDir: string, key: string, outputPath: string): Promise<boolean> {
  let kept: KeptBundle;
  try {
    kept = JSON.parse(await readFile(join(keptDir, KEPT), 'utf8')) as KeptBundle;
  } catch {
    return false;
  }
  if (kept.key !== key || typeof kept.files !== 'object' || kept.files === null) return false;
  const names = Object.keys(kept.files).sort();
  if (names.length === 0) return false;
  for (const name of names) {
    const bytes = await readFile(join(keptDir, 'files', name)).catch(() => undefined);
    if (bytes === undefined || stampOf(bytes) !== kept.files[name]) return false;
  }
  await rm(outputPath, { recursive: true, force: true });
  for (const name of names) await linkOrCopy(join(keptDir, 'files', name), join(outputPath, name));
  return true;
}

/** Keeps a bundle just written for later builds; the record is removed first and written last. */
async function keepBundle(keptDir: string, key: string, outputPath: string, files: Record<string, string>) {
  await rm(join(keptDir, KEPT), { force: true });
  await rm(join(keptDir, 'files'), { recursive: true, force: true });
  for (const name of Object.keys(files))
    await linkOrCopy(join(outputPath, name), join(keptDir, 'files', name));
  const kept: KeptBundle = { key, files };
  await writeFile(join(keptDir, KEPT), `${JSON.stringify(kept)}\n`);
}

/** One bundle written: how many pages it holds, and whether it was taken from the kept one. */
interface BundleWritten {
  pages: number;
  reused: boolean;
}

/** Indexes the given pages of outDir into one bundle folder, or takes the kept bundle of the same documents. */
async function writeBundle(outDir: string, job: BundleJob, keep: string | undefined): Promise<BundleWritten> {
  const documents = await documentsOf(outDir, job.files);
  const key = bundleKey(documents);
  const outputPath = join(outDir, job.folder);
  const keptDir = keep === undefined ? undefined : join(keep, job.folder);
  if (keptDir !== undefined && (await restoreKept(keptDir, key, outputPath)))
    return { pages: documents.length, reused: true };
  const { index, errors } = await createIndex(INDEX_CONFIG);
  if (index === undefined) throw new Error(`搜索索引未能建立：${errors.join('；')}`);
  for (const { url, content } of documents) {
    const added = await index.addHTMLFile({ url, content: splitWords(content) });
    if (added.errors.length > 0) throw new Error(`搜索索引出错（${url}）：${added.errors.join('；')}`);
  }
  // Pagefind hands the files over and they are written here: its service can be stopped while
  // its own writes are still under way, which left empty files now and then.
  const got = await index.getFiles();
  if (got.errors.length > 0) throw new Error(`搜索索引写出失败：${got.errors.join('；')}`);
  await rm(outputPath, { recursive: true, force: true });
  const stamps: Record<string, string> = {};
  for (const file of got.files) {
    if (UI_FILES.includes(file.path)) continue;
    const path = join(outputPath, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
    stamps[file.path.split(sep).join('/')] = stampOf(file.content);
  }
  if (keptDir !== undefined) await keepBundle(keptDir, key, outputPath, stamps);
  return { pages: documents.length, reused: false };
}

export interface IndexWork {
  /** Write the main bundle: the pages outside the county folders. */
  main: boolean;
  /** The county parts to (re)write. */
  shards: readonly SearchShard[];
  /** Every county's folder name, to tell the shared pages from the counties'. */
  counties: ReadonlySet<string>;
  /** Where each part of the index is kept for later builds (the build's cache); none: always index. */
  keep?: string;
}

/** One bundle to write: its folder in outDir and the pages it indexes. */
export interface BundleJob {
  folder: string;
  files: string[];
}

/** What writing the index did: the searchable pages, and the parts taken unchanged from the kept ones. */
export interface IndexWritten {
  pages: number;
  /** Folders of the parts whose documents had not changed. */
  reused: string[];
}

/** Writes bundles with this thread's Pagefind service, all at once. */
export async function writeBundles(
  outDir: string,
  jobs: readonly BundleJob[],
  keep: string | undefined,
): Promise<IndexWritten> {
  try {
    const written = await Promise.all(jobs.map((job) => writeBundle(outDir, job, keep)));
    return {
      pages: written.reduce((sum, bundle) => sum + bundle.pages, 0),
      reused: jobs.filter((_, at) => written[at]?.reused).map((job) => job.folder),
    };
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

function inThread(
  outDir: string,
  jobs: readonly BundleJob[],
  keep: string | undefined,
): Promise<IndexWritten> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      workerData: { outDir, jobs, keep },
    });
    worker.once('message', (written: IndexWritten) => resolve(written));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search index thread stopped (${code})`));
    });
  });
}

/**
 * Writes the parts of the index a build asks for. One Pagefind service keeps little more than
 * one core busy, so a build with several parts runs a service per core, each in a thread of its
 * own with its share of the parts.
 */
export async function writeSearchIndex(outDir: string, work: IndexWork): Promise<IndexWritten> {
  const { main, shards, counties: allCounties, keep } = work;
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
    })),
  );
  if (main) jobs.push({ folder: 'pagefind', files: shared.sort() });
  const groups = balanceBundles(jobs, Math.min(cpus().length, jobs.length));
  if (groups.length < 2) return writeBundles(outDir, jobs, keep);
  const written = await Promise.all(groups.map((group) => inThread(outDir, group, keep)));
  return {
    pages: written.reduce((sum, part) => sum + part.pages, 0),
    reused: written.flatMap((part) => part.reused).sort(),
  };
}
