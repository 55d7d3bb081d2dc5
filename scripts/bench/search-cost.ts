/**
 * What the search index costs on a built site, for `npm run bench` (scripts/bench.ts) or alone:
 *
 *   node scripts/bench/search-cost.ts [dist/]
 *
 * - its size: the bytes on disk of every pagefind*\/ folder (the index of the shared pages and
 *   each county part), and their files;
 * - the time to index the whole site from nothing (every part, no kept part reused), on this
 *   machine, as a cold build does: the built pages are linked into a scratch folder and indexed
 *   there, so dist/ and the build's cache are untouched.
 * The cost of a rebuild is in the build's own timings (`npm run build -- --timings`, the line
 * 搜索索引, which says how many parts were kept unchanged).
 */
import { link, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeSearchIndex } from '../../src/site/search-index.ts';
import { searchShards } from '../../src/site/search-shards.ts';

export interface SearchIndexSize {
  /** The pagefind*\/ folders. */
  parts: number;
  files: number;
  bytes: number;
}

export async function searchIndexSize(dist: string): Promise<SearchIndexSize> {
  let parts = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dist, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^pagefind(-\d+)?$/.test(entry.name)) continue;
    parts += 1;
    for (const file of await readdir(join(dist, entry.name), { withFileTypes: true, recursive: true })) {
      if (!file.isFile()) continue;
      files += 1;
      bytes += (await stat(join(file.parentPath, file.name))).size;
    }
  }
  return { parts, files, bytes };
}

/** The counties of a built site: the top-level folders with a year folder holding a page. */
async function countiesOf(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dist, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('pagefind')) continue;
    const inside = await readdir(join(dist, entry.name), { withFileTypes: true });
    if (inside.some((year) => year.isDirectory() && /^\d{4}$/.test(year.name))) out.push(entry.name);
  }
  return out.sort();
}

export interface SearchIndexTime extends SearchIndexSize {
  seconds: number;
  /** Pages indexed. */
  pages: number;
}

/** Indexes every page of a built site from nothing, in a scratch folder: the time, and the index's size. */
export async function timeSearchIndex(dist: string): Promise<SearchIndexTime> {
  const scratch = await mkdtemp(join(tmpdir(), 'junheng-search-cost-'));
  try {
    for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const from = join(entry.parentPath, entry.name);
      const to = join(scratch, relative(dist, from));
      await mkdir(join(to, '..'), { recursive: true });
      await link(from, to);
    }
    const counties = await countiesOf(dist);
    const started = performance.now();
    const { pages } = await writeSearchIndex(scratch, {
      main: true,
      shards: searchShards(counties),
      counties: new Set(counties),
    });
    const seconds = (performance.now() - started) / 1000;
    return { seconds, pages, ...(await searchIndexSize(scratch)) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? join(import.meta.dirname, '../../dist');
  const size = await searchIndexSize(dist);
  console.log(
    `搜索索引（${dist}）：${size.parts} 部分，${size.files} 个文件，${(size.bytes / 1e6).toFixed(2)} MB（${size.bytes} 字节）`,
  );
  const time = await timeSearchIndex(dist);
  console.log(
    `从头索引全部页面：${time.pages} 个页面，${time.seconds.toFixed(2)} 秒；写出 ${time.files} 个文件，${(time.bytes / 1e6).toFixed(2)} MB`,
  );
}
