/**
 * `npm run new -- <county> <year>` without the process: checks its arguments, makes the new
 * year's data file and narrative from the county's latest earlier year (src/scaffold/next-year.ts),
 * writes them (never over an existing file) and says, in Chinese, what it made and what is left
 * to fill in. Exit 2 on a usage mistake, 1 when it refuses, 0 when it wrote the files.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectFiles } from '../load/read-project.ts';
import { narrativeChecker } from '../narrative/check-all.ts';
import { runProject } from '../pipeline.ts';
import { issue } from '../problems/catalog.ts';
import { nextYearData, nextYearNarrative } from '../scaffold/next-year.ts';
import { nearest } from '../text/nearest.ts';
import { toFillActions, toFillTitle } from '../validate/to-fill.ts';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const usage = '用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020';
/** The county-year schema's county id (also a folder name: no dots, no slashes). */
const countyIdPattern = /^[a-z][a-z0-9-]*$/;
/** The county-year schema's range of years. */
const firstYear = 2000;
const lastYear = 2100;

/** `today` as YYYY-MM-DD: the narrative's `updated` date. */
export async function newCommand(args: readonly string[], root: string, today: string): Promise<Outcome> {
  const fail = (code: number, ...lines: string[]): Outcome => ({
    code,
    stdout: '',
    stderr: `${lines.join('\n')}\n`,
  });
  const [county, yearText, ...extra] = args;
  if (county === undefined || yearText === undefined || extra.length > 0) return fail(2, usage);
  if (!countyIdPattern.test(county)) {
    return fail(
      2,
      `县标识 ${JSON.stringify(county)} 不合法：县标识是 data/counties/ 下的目录名，只能用小写字母、数字和连字符，以字母开头。`,
      usage,
    );
  }
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < firstYear || year > lastYear) {
    return fail(
      2,
      `年份 ${JSON.stringify(yearText)} 不合法：应为 ${firstYear}～${lastYear} 之间的四位数年份，例如 2020。`,
      usage,
    );
  }
  const countiesDir = join(root, 'data/counties');
  const dataDir = join(countiesDir, county);
  if (!existsSync(join(dataDir, 'county.yaml'))) {
    const known = await countyFolders(countiesDir);
    const near = nearest(county, known, 3, Math.max(2, Math.floor(county.length / 3)));
    return fail(
      1,
      `没有县标识为「${county}」的县（data/counties/${county}/county.yaml）。${near.length > 0 ? `是否要找：${near.join('、')}？` : `现有的县：${known.join('、') || '无'}。`}`,
    );
  }
  const years = (await readdir(dataDir))
    .flatMap((name) => (/^\d{4}\.yaml$/.test(name) ? [Number(name.slice(0, 4))] : []))
    .sort((a, b) => a - b);
  const from = years.filter((candidate) => candidate < year).at(-1);
  const dataFile = `data/counties/${county}/${year}.yaml`;
  const narrativeFile = `content/reports/${county}/${year}.mdx`;
  const existing = [dataFile, narrativeFile].filter((file) => existsSync(join(root, file)));
  if (existing.length > 0) {
    return fail(1, `${existing.join('、')} 已存在，未改动任何文件。`);
  }
  if (from === undefined) {
    return fail(
      1,
      `${county} 没有早于 ${year} 年的数据文件可以作底稿（现有年份：${years.join('、') || '无'}）。`,
    );
  }
  const fromFile = `data/counties/${county}/${from}.yaml`;
  const data = nextYearData(await readFile(join(root, fromFile), 'utf8'), from, year);

  const previousNarrativeFile = `content/reports/${county}/${from}.mdx`;
  let narrative: ReturnType<typeof nextYearNarrative> | undefined;
  if (existsSync(join(root, previousNarrativeFile))) {
    // The narrative is checked against the new year's data, as npm run check will.
    const files = [
      ...(await readProjectFiles(root)),
      { file: dataFile, text: data.text, size: Buffer.byteLength(data.text) },
    ];
    const check = narrativeChecker(runProject(files));
    narrative = nextYearNarrative(
      await readFile(join(root, previousNarrativeFile), 'utf8'),
      from,
      year,
      today,
      narrativeFile,
      check,
    );
  }

  await writeFile(join(root, dataFile), data.text, { flag: 'wx' });
  if (narrative !== undefined) {
    await mkdir(join(root, 'content/reports', county), { recursive: true });
    await writeFile(join(root, narrativeFile), narrative.text, { flag: 'wx' });
  }

  const lines = [
    `已建立 ${dataFile}（以 ${fromFile} 为底稿）：`,
    `  · 逐校数据：${data.schools} 所学校照抄了 ${from} 年的数据，请按 ${year} 年度的统计报表逐校更新；在此之前 npm run check 会提示逐校数据与上一年度相同。`,
  ];
  if (data.droppedPublished > 0) {
    lines.push(
      `  · 已公开数字：已删去 ${from} 年的 ${data.droppedPublished} 项。它们出自 ${from} 年度的文件，不是 ${year} 年的数字；${year} 年度的文件印发后，再按原样登记在 published 中。`,
    );
  }
  if (data.toFill.length > 0) {
    lines.push('  · 待补充（写在文件开头的 toFill 中，npm run check 逐项提示）：');
    for (const path of data.toFill) {
      const action = toFillActions[path];
      const built = issue('toFill', [], {
        path,
        title: toFillTitle(path),
        action,
        year,
        schoolYear: path === 'facts.byYear',
      });
      const removed = action === 'enter' ? `；${from} 年的数字已删去` : '';
      lines.push(`      ${built.message}${removed}`);
    }
  }
  if (narrative !== undefined) {
    lines.push(
      `已建立 ${narrativeFile}（以 ${previousNarrativeFile} 为底稿）：`,
      `  · 开头：标题改为 ${year} 年，更新日期为 ${today}，发布日期和资料来源标为待补充。`,
      `  · 正文开头加了一条 <Todo>：请按 ${year} 年的情况改写正文。`,
    );
    if (narrative.figureTodos.length > 0) {
      lines.push(
        `  · 正文中 ${narrative.figureTodos.length} 处引用的数字在 ${year} 年的数据中还没有，已换成 <Todo figure="…" />（原来的写法留在其后的注释中）：`,
        ...narrative.figureTodos.map((todo) => `      第 ${todo.line} 行  ${todo.key}`),
      );
    }
  } else {
    lines.push(`${from} 年没有报告正文（${previousNarrativeFile}），未建立 ${year} 年的正文。`);
  }
  lines.push(
    '待补充的各项在 npm run check 中列为［提示］，不是错误：可以先提交、构建，页面上未写的地方显示“待补充”。填好一项，提示就少一项。',
    '运行 npm run check 查看，npm run dev 预览。',
  );
  return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}

async function countyFolders(countiesDir: string): Promise<string[]> {
  try {
    const entries = await readdir(countiesDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && existsSync(join(countiesDir, entry.name, 'county.yaml')))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
