/**
 * The search index in parts, kept between builds: a part whose pages give the same search
 * documents is taken from the kept copy, after every kept file is checked against its size and
 * SHA-256; anything else is indexed again. Runs Pagefind on a site of four pages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/site/search-index.ts';
import { searchShards } from '../../src/site/search-shards.ts';
import { filesUnder } from '../helpers/tree.ts';

const root = mkdtempSync(join(tmpdir(), 'junheng-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

function writePage(site: string, path: string, html: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
}

/** A site: home, methods, and one county with a report whose table holds `value`. */
function site(name: string, value: string, word = '芙蓉中学'): string {
  const dir = join(root, name);
  writePage(
    dir,
    'index.html',
    page('首页', '<p>各县报告</p><ul data-pagefind-ignore><li>达标 10/32 项</li></ul>'),
  );
  writePage(dir, 'methods/index.html', page('测算方法', '<p>差异系数</p>'));
  writePage(
    dir,
    'tongdao/2019/index.html',
    page(
      '通道侗族自治县2019年',
      `<p>${word}扩容</p><table><tr><th>平均班额</th><td class="num">${value}</td></tr></table>`,
    ),
  );
  return dir;
}

const keep = join(root, 'kept');
const counties = new Set(['tongdao']);
const unkept = { main: true, shards: searchShards(counties), counties };
const work = { ...unkept, keep };
const indexFiles = (dir: string) =>
  [...filesUnder(dir)].filter(([path]) => path.startsWith('pagefind')).sort(([a], [b]) => (a < b ? -1 : 1));

test('a part whose documents did not change is kept; one whose words changed is indexed again', async () => {
  const first = site('first', '38.53');
  expect(await writeSearchIndex(first, work)).toEqual({ pages: 3, reused: [] });
  // Pagefind's own search interfaces are not written: the search page has its own.
  expect(indexFiles(first).some(([path]) => path.endsWith('pagefind-ui.js'))).toBe(false);
  expect(indexFiles(first).some(([path]) => path === 'pagefind/pagefind.js')).toBe(true);

  // The same pages but for a number in a numeric cell: both parts are taken as kept, unchanged.
  const second = site('second', '41.07');
  expect(await writeSearchIndex(second, work)).toEqual({ pages: 3, reused: ['pagefind', 'pagefind-1'] });
  expect(indexFiles(second)).toEqual(indexFiles(first));

  // A word of the county's report changed: its part is indexed again, the shared one is kept.
  const third = site('third', '41.07', '礼雅小学');
  expect(await writeSearchIndex(third, work)).toEqual({ pages: 3, reused: ['pagefind'] });
  const fresh = site('fresh', '41.07', '礼雅小学');
  expect(await writeSearchIndex(fresh, unkept)).toEqual({ pages: 3, reused: [] });
  expect(indexFiles(third)).toEqual(indexFiles(fresh));
}, 60_000);

test('a kept file changed behind the build is never published: the part is indexed again', async () => {
  const kept = JSON.parse(readFileSync(join(keep, 'pagefind-1', 'bundle.json'), 'utf8')) as {
    files: Record<string, string>;
  };
  const name = Object.keys(kept.files).find((file) => file.startsWith('fragment/'));
  if (name === undefined) throw new Error('no fragment kept');
  const path = join(keep, 'pagefind-1', 'files', name);
  const bytes = readFileSync(path);
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  writeFileSync(path, bytes);

  const again = site('again', '41.07', '礼雅小学');
  expect(await writeSearchIndex(again, work)).toEqual({ pages: 3, reused: ['pagefind'] });
  expect(indexFiles(again)).toEqual(indexFiles(join(root, 'fresh')));
}, 60_000);
