/**
 * `npm run template -- [--county <县标识>] [--year <年份>] <输出文件.xlsx>`: the workbook a
 * clerk fills in (src/sheet/template.ts), empty or holding a county-year's data. Never
 * overwrites a file: a filled-in workbook may already be there.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../load/project-root.ts';
import { parseYamlFile } from '../parse/yaml.ts';
import { formatProblem } from '../problems/problem.ts';
import { templateWorkbook } from '../sheet/template.ts';
import { workbookBytes } from '../xlsx/write.ts';
import { writeAtomically } from './write-atomic.ts';

const usage =
  '用法：npm run template -- [--county <县标识>] [--year <年份>] <输出文件.xlsx>，例如 npm run template -- --county tongdao --year 2019 通道2019.xlsx';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parseArguments(args: readonly string[]): { county?: string; year?: number; out: string } {
  const options: { county?: string; year?: number } = {};
  const rest: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--county' || arg === '--year') {
      const value = args[index + 1];
      if (value === undefined) fail(usage, 2);
      index += 1;
      if (arg === '--county') options.county = value;
      else if (/^\d{4}$/.test(value)) options.year = Number(value);
      else fail(`年份应为四位数字，实际为 "${value}"。\n${usage}`, 2);
    } else rest.push(arg);
  }
  const [out, ...extra] = rest;
  if (out === undefined || extra.length > 0 || out.startsWith('--')) fail(usage, 2);
  if (!/\.xlsx$/i.test(out)) fail(`输出文件的扩展名应为 .xlsx，实际为 "${out}"。`, 2);
  if (options.year !== undefined && options.county === undefined)
    fail(`指定年份时也要指定县：--county <县标识>。\n${usage}`, 2);
  return { ...options, out };
}

const { county, year, out } = parseArguments(process.argv.slice(2));
const root = projectRoot();
const outPath = resolve(out);
if (existsSync(outPath)) fail(`${out} 已存在，未覆盖：请换一个文件名，或先删除它。`);

let data: unknown;
let countyName: string | undefined;
let note = '空白模板';
if (county !== undefined) {
  const countyPath = join(root, 'data/counties', county, 'county.yaml');
  if (!existsSync(countyPath)) fail(`没有 data/counties/${county}/county.yaml：请先建立该县的基本信息文件。`);
  const countyData = parse(await readFile(countyPath, 'utf8')) as { name?: unknown } | null;
  countyName = typeof countyData?.name === 'string' ? countyData.name : undefined;
  note = `${countyName ?? county}，空白`;
  if (year !== undefined) {
    const file = `data/counties/${county}/${year}.yaml`;
    if (existsSync(join(root, file))) {
      const text = await readFile(join(root, file), 'utf8');
      const parsed = parseYamlFile({ file, text, size: text.length });
      if (parsed.value === undefined) {
        fail(`${file} 无法读取，未生成模板：\n${parsed.issues.map(formatProblem).join('\n')}`);
      }
      data = parsed.value;
      note = `${countyName ?? county} ${year} 年度，已填入 ${file} 的数据`;
    } else note = `${countyName ?? county} ${year} 年度；没有 ${file}，表中只填了县标识和年份`;
  }
}

const options: Parameters<typeof templateWorkbook>[0] = {};
if (data !== undefined) options.data = data;
if (county !== undefined) options.county = county;
if (year !== undefined) options.year = year;
if (countyName !== undefined) options.countyName = countyName;
await writeAtomically(outPath, workbookBytes(templateWorkbook(options)));
console.log(`已生成 ${out}（${note}）。`);
console.log(
  `填好后运行：npm run import -- ${out} --county ${county ?? '<县标识>'} --year ${year ?? '<年份>'}`,
);
