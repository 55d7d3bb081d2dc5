/**
 * Offline search: after the pages are built, Pagefind indexes them (its extended build splits
 * Chinese text into words) and writes the index and its search UI into dist/pagefind/. No
 * server is involved; the search page loads it from the same site.
 *
 * Only pages marked searchable are handed over: the data pages (every school in large tables)
 * would cost most of the indexing time and are left out of the index anyway.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn', excludeSelectors: ['.no-search'] });
  if (index === undefined) throw new Error(`搜索索引未能建立：${errors.join('；')}`);
  let pages = 0;
  for (const file of await htmlFiles(outDir)) {
    const content = await readFile(file, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`搜索索引出错（${url}）：${added.errors.join('；')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`搜索索引写出失败：${written.errors.join('；')}`);
  await close();
  return pages;
}
