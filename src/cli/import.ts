/**
 * `npm run import -- <文件.xlsx|文件.csv> --county <县标识> --year <年份> [--write]`: reads a
 * workbook or CSV into a county-year file (src/sheet/import.ts), lists every problem by sheet
 * and cell and what would change; writes only with --write, only without errors, atomically.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { projectRoot } from '../load/project-root.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { formatProblem, hasErrors } from '../problems/problem.ts';
import type { TableSummary } from '../sheet/assemble.ts';
import { type ImportResult, importSpreadsheet } from '../sheet/import.ts';
import { formatSheetProblem, problemCounts, type SheetProblem, sheetProblem } from '../sheet/problems.ts';
import { sourceLimits } from '../sheet/read-source.ts';
import { readSpellings, spellingsFile } from '../sheet/spellings.ts';
import { installFatalHandler } from './fatal.ts';
import { writeAtomically } from './write-atomic.ts';

// Whatever escapes the import's own problems is one Chinese line, never a stack trace.
installFatalHandler('导入');

const usage =
  '用法：npm run import -- <文件.xlsx|文件.csv> --county <县标识> --year <年份> [--write]，例如 npm run import -- 通道2019.xlsx --county tongdao --year 2019';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

interface Arguments {
  file: string;
  county: string;
  year: number;
  write: boolean;
}

function parseArguments(args: readonly string[]): Arguments {
  let county: string | undefined;
  let year: number | undefined;
  let write = false;
  const rest: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--write') write = true;
    else if (arg === '--county' || arg === '--year') {
      const value = args[index + 1];
      if (value === undefined) fail(usage, 2);
      index += 1;
      if (arg === '--county') county = value;
      else if (/^\d{4}$/.test(value)) year = Number(value);
      else fail(`年份应为四位数字，实际为 "${value}"。\n${usage}`, 2);
    } else rest.push(arg);
  }
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0 || county === undefined || year === undefined) fail(usage, 2);
  return { file, county, year, write };
}

function summaryLine(file: string, result: ImportResult): string | undefined {
  if (result.summaries.length === 0) return undefined;
  const kind =
    result.source?.format === 'csv'
      ? `CSV，${result.source.encoding === 'gb18030' ? 'GB18030' : result.source.encoding?.toUpperCase()} 编码`
      : 'Excel 工作簿';
  const part = (summary: TableSummary) => {
    const where = summary.sheet === summary.table.sheetName ? '' : `工作表「${summary.sheet}」`;
    const { firstRow, lastRow } = summary;
    const rows =
      firstRow === undefined || lastRow === undefined
        ? ''
        : firstRow === lastRow
          ? `第 ${firstRow + 1} 行`
          : `第 ${firstRow + 1}～${lastRow + 1} 行`;
    const at = where || rows ? `（${where}${rows}）` : '';
    return `${summary.table.sheetName} ${summary.count} ${summary.table.id === 'schools' ? '所' : '项'}${at}`;
  };
  return `读取 ${file}（${kind}）：${result.summaries.map(part).join('，')}。`;
}

function closing(problems: readonly SheetProblem[]): string {
  const { errors, warnings } = problemCounts(problems);
  return `共 ${errors} 个错误、${warnings} 个提示。${errors > 0 ? '有错误，未写入：请改正后重新导入。' : ''}`;
}

const args = parseArguments(process.argv.slice(2));
const root = projectRoot();
const path = resolve(args.file);
if (!existsSync(path)) fail(`找不到文件 ${args.file}。`);
if (!existsSync(join(root, 'data/counties', args.county, 'county.yaml'))) {
  fail(`没有 data/counties/${args.county}/county.yaml：请先建立该县的基本信息文件。`);
}

// The size is checked before the file is read: a 50 MB export is refused without loading it.
const status = await stat(path);
if (!status.isFile()) fail(`${args.file} 不是文件：请给出要导入的 .xlsx 或 .csv 文件。`);
const { size } = status;
if (size > sourceLimits.maxFileBytes) {
  const problem = sheetProblem('sheetFileTooLarge', { size, limit: sourceLimits.maxFileBytes });
  console.log([formatSheetProblem(problem), '', closing([problem])].join('\n'));
  process.exit(1);
}

const spellingsPath = join(root, spellingsFile);
const spellingsText = existsSync(spellingsPath) ? await readFile(spellingsPath, 'utf8') : undefined;
const { spellings, problems: spellingProblems } = readSpellings(
  spellingsText === undefined
    ? undefined
    : { file: spellingsFile, text: spellingsText, size: spellingsText.length },
);
if (hasErrors(spellingProblems)) {
  console.log(
    [...spellingProblems.map(formatProblem), '', `${spellingsFile} 有错误，未导入：请先改正。`].join('\n'),
  );
  process.exit(1);
}

const result = importSpreadsheet({
  fileName: args.file,
  bytes: new Uint8Array(await readFile(path)),
  county: args.county,
  year: args.year,
  projectFiles: await readProjectFiles(root),
  spellings,
});

const out: string[] = [];
const summary = summaryLine(args.file, result);
if (summary) out.push(summary);
if (result.problems.length > 0) out.push('', ...result.problems.map(formatSheetProblem));
const errors = hasErrors(result.problems);
if (result.changes?.changed === false) out.push('', `与 ${result.target} 相同，没有变动。`);
else if (result.changes && result.current === undefined) {
  const schools = result.summaries.find((summary) => summary.table.id === 'schools')?.count ?? 0;
  out.push('', `将新建 ${result.target}，其中学校 ${schools} 所。`);
} else if (result.changes) {
  out.push(
    '',
    `与 ${result.target} 相比：`,
    ...result.changes.lines.map((line) => `  ${line}`),
    result.changes.summary,
  );
}
if (result.problems.length > 0) out.push('', closing(result.problems));

if (!errors && result.changes?.changed && result.text !== undefined) {
  if (args.write) {
    await writeAtomically(join(root, result.target), result.text);
    out.push(`已写入 ${result.target}。运行 npm run check 检查全部数据，npm run build 生成网站。`);
  } else out.push('未写入：确认无误后，在命令末尾加上 --write 写入。');
}
console.log(out.join('\n'));
process.exitCode = errors ? 1 : 0;
