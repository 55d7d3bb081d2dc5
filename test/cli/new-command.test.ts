/**
 * `npm run new` as a clerk runs it, on a copy of each example county: what it prints, what it
 * refuses, and that the next year it makes passes `npm run check` (the same pipeline, called
 * directly) with no error and exactly the to-do warnings.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { newCommand } from '../../src/cli/new-command.ts';
import { readNarrativeFiles } from '../../src/load/read-narratives.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { checkNarratives } from '../../src/narrative/check-all.ts';
import { runProject } from '../../src/pipeline.ts';
import { formatProblem, sortProblems } from '../../src/problems/problem.ts';
import { root } from '../helpers/fixtures.ts';

const today = '2026-11-22';
const made: string[] = [];

/** A project holding the shipped standards and the given example counties, data and narratives. */
function project(...counties: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-new-'));
  made.push(dir);
  cpSync(join(root, 'data/standards'), join(dir, 'data/standards'), { recursive: true });
  cpSync(join(root, 'content/site.yaml'), join(dir, 'content/site.yaml'));
  for (const county of counties) {
    cpSync(join(root, 'data/counties', county), join(dir, 'data/counties', county), {
      recursive: true,
      // The seed year alone: Longting's later years (2022 onwards) would be the year scaffolded.
      filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
    });
    cpSync(join(root, 'content/reports', county), join(dir, 'content/reports', county), { recursive: true });
  }
  return dir;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** What `npm run check` finds in the project: all problems, formatted. */
async function check(dir: string): Promise<string[]> {
  const run = runProject(await readProjectFiles(dir));
  return sortProblems([...run.problems, ...checkNarratives(run, await readNarrativeFiles(dir))]).map(
    formatProblem,
  );
}

// toFill: last year's facts, plus one to-do per assessment list or object the example carries.
const examples = [
  { county: 'fengqiu', from: 2020, toFill: 7 + 6, figureTodos: 6 },
  { county: 'lingbao', from: 2022, toFill: 3 + 6, figureTodos: 0 },
  { county: 'longting', from: 2021, toFill: 0 + 6, figureTodos: 0 },
  { county: 'tongdao', from: 2019, toFill: 4 + 7, figureTodos: 2 },
  { county: 'wudalianchi', from: 2018, toFill: 5 + 5, figureTodos: 4 },
];

describe.each(examples)(
  'npm run new -- $county (the year after $from)',
  ({ county, from, toFill, figureTodos }) => {
    const year = from + 1;
    const dataFile = `data/counties/${county}/${year}.yaml`;
    const narrativeFile = `content/reports/${county}/${year}.mdx`;

    test('makes both files, says what is left to fill in; check: no error, each to-do a warning', async () => {
      const dir = project(county);
      const before = await check(dir);
      const outcome = await newCommand([county, String(year)], dir, today);
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatchSnapshot('printed');
      expect(existsSync(join(dir, dataFile))).toBe(true);
      expect(existsSync(join(dir, narrativeFile))).toBe(true);

      const after = await check(dir);
      expect(after.filter((line) => !line.includes('［提示］'))).toEqual([]);
      // Last year's files check as before; the new ones only have the to-do warnings.
      const fresh = after.filter((line) => !before.includes(line));
      expect(
        fresh.every((line) => line.startsWith(`${dataFile}:`) || line.startsWith(`${narrativeFile}:`)),
      ).toBe(true);
      expect(fresh).toMatchSnapshot('check');
      expect(fresh.filter((line) => line.includes('toFill['))).toHaveLength(toFill);
      expect(fresh.filter((line) => line.includes('上一年度这里引用的'))).toHaveLength(figureTodos);
      expect(
        fresh.filter(
          (line) =>
            line.includes(`schools：${dataFile} 的逐校数据`) &&
            line.includes(`与 data/counties/${county}/${from}.yaml 完全相同`),
        ),
      ).toHaveLength(1);
      expect(
        fresh.filter((line) => line.startsWith(`${narrativeFile}:`) && line.includes('报告开头的')),
      ).toHaveLength(2);
    }, 60_000);
  },
);

describe('npm run new: arguments and refusals', () => {
  test('a new year checks clean once its to-dos are done: the warnings go away one by one', async () => {
    const dir = project('tongdao');
    await newCommand(['tongdao', '2020'], dir, today);
    const dataPath = join(dir, 'data/counties/tongdao/2020.yaml');
    // The clerk enters the rate, adds this year's rows, and updates one school.
    const text = readFileSync(dataPath, 'utf8')
      .replace(/# 待补充：.*\ntoFill:\n(?: {2}- .*\n)+/, '')
      .replace('facts:\n', 'facts:\n  disabledEnrollmentRate: 99\n')
      .replace(
        /(investments:\n)/,
        '$1    - { period: "2020", purpose: 义务教育预算内经费拨款, amount: 17000 }\n',
      )
      .replace('students: 2163', 'students: 2170');
    writeFileSync(dataPath, text);
    const warnings = (await check(dir)).filter((line) => line.startsWith('data/counties/tongdao/2020.yaml'));
    expect(warnings).toEqual([]);
  }, 60_000);

  test('refuses to overwrite: the data file or the narrative, and writes nothing', async () => {
    const dir = project('tongdao');
    mkdirSync(join(dir, 'content/reports/tongdao'), { recursive: true });
    writeFileSync(join(dir, 'content/reports/tongdao/2020.mdx'), '已有');
    expect(await newCommand(['tongdao', '2020'], dir, today)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'content/reports/tongdao/2020.mdx 已存在，未改动任何文件。\n',
    });
    expect(existsSync(join(dir, 'data/counties/tongdao/2020.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'content/reports/tongdao/2020.mdx'), 'utf8')).toBe('已有');
    expect(await newCommand(['tongdao', '2019'], dir, today)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'data/counties/tongdao/2019.yaml、content/reports/tongdao/2019.mdx 已存在，未改动任何文件。\n',
    });
  });

  test('a county without a narrative gets the data file alone', async () => {
    const dir = project('longting');
    rmSync(join(dir, 'content/reports'), { recursive: true });
    const outcome = await newCommand(['longting', '2022'], dir, today);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(
      '2021 年没有报告正文（content/reports/longting/2021.mdx），未建立 2022 年的正文。',
    );
    expect(existsSync(join(dir, 'content/reports/longting/2022.mdx'))).toBe(false);
  });

  test('bad arguments: usage, county id, path traversal, year; nothing written', async () => {
    const dir = project('tongdao');
    const run = (...args: string[]) => newCommand(args, dir, today);
    const messages = [];
    for (const args of [
      [],
      ['tongdao'],
      ['tongdao', '2020', 'extra'],
      ['../../x', '2020'],
      ['tongdao/../../etc', '2020'],
      ['Tongdao', '2020'],
      ['tongdoa', '2020'],
      ['nowhere', '2020'],
      ['tongdao', '20'],
      ['tongdao', '1999'],
      ['tongdao', '2020.5'],
      ['tongdao', '../2020'],
      ['tongdao', '2018'],
    ]) {
      const outcome = await run(...args);
      expect(outcome.stdout).toBe('');
      messages.push(`${JSON.stringify(args)} → ${outcome.code}: ${outcome.stderr}`);
    }
    expect(messages.join('')).toMatchInlineSnapshot(`
      "[] → 2: 用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao"] → 2: 用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao","2020","extra"] → 2: 用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["../../x","2020"] → 2: 县标识 "../../x" 不合法：县标识是 data/counties/ 下的目录名，只能用小写字母、数字和连字符，以字母开头。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao/../../etc","2020"] → 2: 县标识 "tongdao/../../etc" 不合法：县标识是 data/counties/ 下的目录名，只能用小写字母、数字和连字符，以字母开头。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["Tongdao","2020"] → 2: 县标识 "Tongdao" 不合法：县标识是 data/counties/ 下的目录名，只能用小写字母、数字和连字符，以字母开头。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdoa","2020"] → 1: 没有县标识为「tongdoa」的县（data/counties/tongdoa/county.yaml）。是否要找：tongdao？
      ["nowhere","2020"] → 1: 没有县标识为「nowhere」的县（data/counties/nowhere/county.yaml）。现有的县：tongdao。
      ["tongdao","20"] → 2: 年份 "20" 不合法：应为 2000～2100 之间的四位数年份，例如 2020。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao","1999"] → 2: 年份 "1999" 不合法：应为 2000～2100 之间的四位数年份，例如 2020。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao","2020.5"] → 2: 年份 "2020.5" 不合法：应为 2000～2100 之间的四位数年份，例如 2020。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao","../2020"] → 2: 年份 "../2020" 不合法：应为 2000～2100 之间的四位数年份，例如 2020。
      用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020
      ["tongdao","2018"] → 1: tongdao 没有早于 2018 年的数据文件可以作底稿（现有年份：2019）。
      "
    `);
    expect(existsSync(join(dir, 'data/counties/tongdao/2020.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'data/counties/tongdao/2018.yaml'))).toBe(false);
  });
});
