/**
 * Offline search on the built example site, served under a portal's sub-path, as a reader uses
 * it: what a reader types (a school's name, a county's, a term of the trade, an indicator) finds
 * the page they want first, and every result link stays inside the sub-path. Opened from disk
 * the page says that search needs the site served over http(s) and links to the home page;
 * without JavaScript it says how to browse instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import { useSession } from './support/session.ts';

const session = useSession(siteDir);
const noScript = useSession(siteDir, { javaScriptEnabled: false });
const hasSearch = existsSync(join(siteDir, 'search/index.html'));

/**
 * The page a reader wants first for each query, as site paths; where several pages are equally
 * right (a school's name shared by three counties' example data), the first results are exactly
 * those, in any order.
 */
const expected: [query: string, first: string[]][] = [
  // A teaching point in three counties' data: their data pages, which list it, before any page
  // that only shares its words (乡村第十一教学点, 乡村第十小学 …).
  [
    '乡村第十教学点',
    ['lingbao/2022/data/index.html', 'tongdao/2019/data/index.html', 'wudalianchi/2018/data/index.html'],
  ],
  ['城区第九小学', ['lingbao/2022/data/index.html']],
  ['城区第一完全中学', ['tongdao/2019/data/index.html']],
  // A private school no per-school table lists: found in the data page's list of every school.
  ['民办城区第一九年一贯制学校', ['fengqiu/2020/data/index.html']],
  // Named only in Tongdao's report text.
  ['芙蓉中学', ['tongdao/2019/index.html']],
  // A county's name: its own page, which lists its years.
  ['通道', ['tongdao/index.html']],
  ['封丘', ['fengqiu/index.html']],
  // Terms: where the site explains them (the methods page), or where it shows them across
  // counties (the home page's table of each county's high-quality balance lines), or the
  // report that deals with them (Tongdao's on reducing large classes).
  ['差异系数', ['methods/index.html']],
  ['生均教学及辅助用房面积', ['methods/index.html']],
  ['优质均衡', ['index.html']],
  ['大班额', ['tongdao/2019/index.html']],
];

describe.runIf(hasSearch)('search over http, under the sub-path', () => {
  let page: Page;
  const base = () => new URL(session.server.baseUrl).pathname;
  beforeAll(async () => {
    page = await session.context.newPage();
    await page.goto(session.server.urlOf('search/index.html'));
  });
  afterAll(() => page.close());

  /** The result links (site paths, without the sub-path) for a query typed into the box. */
  async function search(query: string): Promise<string[]> {
    await page.fill('#search-input', '');
    await page.fill('#search-input', query);
    await page.waitForFunction(
      (typed) => {
        const status = document.getElementById('search-status')?.textContent ?? '';
        const input = document.getElementById('search-input') as HTMLInputElement | null;
        return (
          input?.value === typed &&
          /找到|没有找到|未能/.test(status) &&
          (!status.includes('找到 ') || document.querySelectorAll('#search-results a').length > 0)
        );
      },
      query,
      { timeout: 15_000 },
    );
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href.startsWith(base()), href).toBe(true);
    return hrefs.map((href) => href.slice(base().length));
  }

  test.for(expected)('%s → %j first', async ([query, first]) => {
    const found = await search(query);
    expect(found.slice(0, first.length).sort(), found.join(' ')).toEqual([...first].sort());
    expect(found).not.toContain('search/index.html');
  });

  test('a result opens its page; the titles and excerpts read as the pages do', async () => {
    await search('芙蓉中学');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('a').textContent()).toBe('通道侗族自治县2019年县域义务教育均衡发展情况');
    const excerpt = (await first.locator('p').textContent()) ?? '';
    // The index's word breaks are not shown: no space next to a Chinese character.
    expect(excerpt).toContain('芙蓉中学');
    expect(excerpt).not.toMatch(/[\u4e00-\u9fff]\s|\s[\u4e00-\u9fff]|\u200b/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await first.locator('a').click();
    await page.waitForLoadState();
    expect(await page.title()).toContain('通道侗族自治县2019年');
    await page.goBack();
  });

  test('a search for what no page holds says so', async () => {
    expect(await search('龘龘')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到含有“龘龘”的页面');
  });
});

describe.runIf(hasSearch)('the search page without a server or without JavaScript', () => {
  test('opened from disk, it says search needs http(s) and links to the home page', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(pathToFileURL(join(siteDir, 'search/index.html')).href);
      await page.waitForLoadState('load');
      const offline = page.locator('#search-offline');
      await offline.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await offline.textContent()).toMatch(/http 或 https/);
      expect(await page.locator('#search').isVisible()).toBe(false);
      expect(await page.locator('#search-fallback').isVisible()).toBe(false);
      expect(await page.textContent('body')).not.toContain('正在搜索');
      const home = offline.locator('a');
      expect(await home.getAttribute('href')).toBe('../index.html');
      await home.click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe(join(siteDir, 'index.html'));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript, it says how to browse instead', async () => {
    const page = await noScript.context.newPage();
    try {
      await page.goto(noScript.server.urlOf('search/index.html'));
      expect(await page.locator('#search-fallback').isVisible()).toBe(true);
      expect(await page.locator('#search').isVisible()).toBe(false);
      expect(await page.locator('#search-offline').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
