/**
 * Words and numbers across the built site, each page read once (JavaScript off): no stray space
 * in Chinese text, no bracket said twice, one wording for the ratio (师生比, printed 1:x, never
 * 生师比), and a 基本情况 table whose school counts add up to the county's schools.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { siteDir } from './support/config.ts';
import { listPages } from './support/pages.ts';
import { useSession } from './support/session.ts';
import {
  doubledBrackets,
  otherRatioWording,
  type PageWords,
  ratioNotAsOneToX,
  readPageWords,
  schoolCountsShown,
  straySpaces,
} from './support/words.ts';

const pages = listPages(siteDir);
const session = useSession(siteDir, { javaScriptEnabled: false });
const words = new Map<string, PageWords>();

beforeAll(async () => {
  for (const pagePath of pages)
    words.set(pagePath, await readPageWords(session.context, session.server, pagePath));
});

function wordsOf(pagePath: string): PageWords {
  const found = words.get(pagePath);
  if (found === undefined) throw new Error(`${pagePath} was not read`);
  return found;
}

describe('the checks catch what they are meant to', () => {
  test('stray spaces, doubled brackets', () => {
    expect(straySpaces('测算范围：公办学校，仅县属 ，不含教学点')).toHaveLength(1);
    expect(straySpaces('投入 6604.4 万元 全面改造')).toHaveLength(1);
    expect(straySpaces('各校数据见 全部数据与下载。')).toHaveLength(1);
    expect(straySpaces('绩效发放办法 （2018-12）')).toHaveLength(1);
    expect(straySpaces('全县有学校 60 所，在校生 59841 人。\n学校\t学段')).toEqual([]);
    expect(doubledBrackets('标准（十项，示例）（示例取值）')).toHaveLength(1);
    expect(doubledBrackets('标准（湖南省标准（示例取值））')).toHaveLength(1);
    expect(straySpaces('备00000000号 　示例公网安备')).toHaveLength(1);
    expect(doubledBrackets('学校规划布局（条文待核实）')).toEqual([]);
  });
});

describe(`no space sits in Chinese text where none belongs (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    const page = wordsOf(pagePath);
    expect([...straySpaces(page.text), ...page.labels.flatMap(straySpaces)]).toEqual([]);
  });
});

describe(`brackets are said once (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    expect(doubledBrackets(wordsOf(pagePath).text)).toEqual([]);
  });
});

describe(`one wording for the ratio: 师生比, written 1:x (${siteDir})`, () => {
  test.for(pages)('%s', (pagePath) => {
    const page = wordsOf(pagePath);
    expect(otherRatioWording(page)).toEqual([]);
    expect(ratioNotAsOneToX(page)).toEqual([]);
  });

  test('the tables that print it are there to check', () => {
    const ratioCells = [...words.values()].flatMap((page) =>
      page.cells.filter((cell) => cell.row === '师生比'),
    );
    expect(ratioCells.filter((cell) => /^1:\d/.test(cell.text)).length).toBeGreaterThan(20);
    // The methods page says once how it is written.
    expect(wordsOf('methods/index.html').text).toContain('本站一律写作 1:x');
  });
});

describe('the 基本情况 table counts each school once', () => {
  test('Fengqiu 2020: 40 + 14 + 5 九年一贯制 + 1 特殊教育学校 = the 60 schools of the text', () => {
    for (const pagePath of ['fengqiu/2020/index.html', 'fengqiu/2020/data/index.html']) {
      const page = wordsOf(pagePath);
      expect(schoolCountsShown(page, '封丘县2020年义务教育基本情况'), pagePath).toBe(60);
      expect(page.text).toContain('另有九年一贯制学校 5 所，同时设有小学和初中，学校数单列');
    }
    expect(wordsOf('fengqiu/2020/index.html').text).toContain('全县有义务教育学校 60 所');
  });

  test('Lingbao 2022: with its 38 teaching points, the 98 of the text', () => {
    const page = wordsOf('lingbao/2022/index.html');
    expect(schoolCountsShown(page, '灵宝市2022年义务教育基本情况')).toBe(98);
    expect(page.text).toContain('共有学校和教学点 98 个');
  });
});
