/**
 * Offline search: after the pages are built, Pagefind indexes them (its extended build splits
 * Chinese text into words) and writes the index and its search UI into dist/pagefind/. No
 * server is involved; the search page loads it from the same site.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn', excludeSelectors: ['.no-search'] });
  if (index === undefined) throw new Error(`搜索索引未能建立：${errors.join('；')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`搜索索引出错：${added.errors.join('；')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`搜索索引写出失败：${written.errors.join('；')}`);
  await close();
  return added.page_count;
}
