/**
 * `npm run template` and `npm run import` as a clerk runs them, on a copy of a small project:
 * the exact text printed, exit codes, what is written (only with --write, only without errors,
 * never half a file), and a 50 MB file refused before it is read.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { templateWorkbook } from '../../src/sheet/template.ts';
import { type CellInput, type WorkbookSpec, workbookBytes } from '../../src/xlsx/write.ts';
import { root } from '../helpers/fixtures.ts';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let project: string;
let work: string;

async function command(name: 'template' | 'import' | 'check', ...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'src/cli', `${name}.ts`), ...args], {
      env: { ...process.env, JUNHENG_ROOT: project },
      cwd: work,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const yearFile = () => join(project, 'data/counties/longting/2021.yaml');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'junheng-sheet-'));
  work = mkdtempSync(join(tmpdir(), 'junheng-sheet-work-'));
  cpSync(join(root, 'data/standards'), join(project, 'data/standards'), { recursive: true });
  cpSync(join(root, 'data/counties/longting'), join(project, 'data/counties/longting'), {
    recursive: true,
    // One county-year: the example's later years (2022 onwards) are not part of this project.
    filter: (path) => !/longting\/20(2[2-9]|3\d)\.yaml$/.test(path),
  });
  cpSync(join(root, 'data/sheet-headers.yaml'), join(project, 'data/sheet-headers.yaml'));
  cpSync(join(root, 'content/site.yaml'), join(project, 'content/site.yaml'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** The longting template with one cell changed: the first school's 小学段 在校生数 (H4). */
function editedWorkbook(value: CellInput): Uint8Array {
  const spec: WorkbookSpec = templateWorkbook({ data: parse(readFileSync(yearFile(), 'utf8')) });
  const schools = spec.sheets[0];
  const cells = schools?.rows[3]?.cells as CellInput[] | undefined;
  if (cells) cells[7] = value;
  return workbookBytes(spec);
}

describe('npm run template', () => {
  test('a county-year filled in; an existing file is never overwritten', async () => {
    const outcome = await command('template', '--county', 'longting', '--year', '2021', '龙亭2021.xlsx');
    expect(outcome).toEqual({
      code: 0,
      stdout:
        '已生成 龙亭2021.xlsx（龙亭区 2021 年度，已填入 data/counties/longting/2021.yaml 的数据）。\n' +
        '填好后运行：npm run import -- 龙亭2021.xlsx --county longting --year 2021\n',
      stderr: '',
    });
    expect(existsSync(join(work, '龙亭2021.xlsx'))).toBe(true);
    const again = await command('template', '--county', 'longting', '--year', '2021', '龙亭2021.xlsx');
    expect(again).toMatchObject({
      code: 1,
      stderr: '龙亭2021.xlsx 已存在，未覆盖：请换一个文件名，或先删除它。\n',
    });
  });

  test('usage', async () => {
    const outcome = await command('template', '--year', '2021', 'x.xlsx');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('指定年份时也要指定县');
  });
});

describe('npm run import', () => {
  test('the untouched template: nothing changes, nothing is written', async () => {
    const before = readFileSync(yearFile(), 'utf8');
    const outcome = await command(
      'import',
      '龙亭2021.xlsx',
      '--county',
      'longting',
      '--year',
      '2021',
      '--write',
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      '读取 龙亭2021.xlsx（Excel 工作簿）：学校 21 所（第 4～24 行），县级数据 23 项，分学年指标 0 项，教育投入 0 项，评估得分 0 项，教师补充 0 项，教师交流 0 项，已公开数字 0 项，申报声明 10 项（第 4～13 行），否决事项 6 项（第 4～9 行），佐证材料 8 项（第 4～11 行），质量监测 3 项（第 4～6 行），政府得分明细 0 项。\n' +
        '\n' +
        '与 data/counties/longting/2021.yaml 相同，没有变动。\n',
    );
    expect(readFileSync(yearFile(), 'utf8')).toBe(before);
  });

  test('an error: every problem located, exit 1, nothing written', async () => {
    const before = readFileSync(yearFile(), 'utf8');
    writeFileSync(join(work, 'wrong.xlsx'), editedWorkbook('12,04'));
    const outcome = await command(
      'import',
      'wrong.xlsx',
      '--county',
      'longting',
      '--year',
      '2021',
      '--write',
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.split('\n').slice(1)).toEqual([
      '',
      '学校!H4：在校生数应为非负整数，实际为 "12,04"（请填写数字）',
      '',
      '共 1 个错误、0 个提示。有错误，未写入：请改正后重新导入。',
      '',
    ]);
    expect(readFileSync(yearFile(), 'utf8')).toBe(before);
  });

  test('a change: shown, written only with --write, atomically, and the project checks clean', async () => {
    writeFileSync(join(work, 'edited.xlsx'), editedWorkbook('1,234'));
    const shown = await command('import', 'edited.xlsx', '--county', 'longting', '--year', '2021');
    const before = readFileSync(yearFile(), 'utf8');
    const students = /students: (\d+)/.exec(before)?.[1];
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n').slice(1)).toEqual([
      '',
      '学校!H4：［提示］1 个单元格的数字带千位分隔符，已去掉后读取，如 "1,234" → 1234（无需处理；如逗号不是千位分隔符，请改正后重新导入）',
      '',
      '与 data/counties/longting/2021.yaml 相比：',
      `  修改 城区第一小学（lt-p01）：小学段·在校生数 ${students} → 1234`,
      '共有变动：学校修改 1 所。',
      '',
      '共 0 个错误、1 个提示。',
      '未写入：确认无误后，在命令末尾加上 --write 写入。',
      '',
    ]);
    expect(readFileSync(yearFile(), 'utf8')).toBe(before);

    const written = await command(
      'import',
      'edited.xlsx',
      '--county',
      'longting',
      '--year',
      '2021',
      '--write',
    );
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('已写入 data/counties/longting/2021.yaml。');
    const after = readFileSync(yearFile(), 'utf8');
    expect(after).toBe(before.replace(`students: ${students}`, 'students: 1234'));
    expect(readdirSync(join(project, 'data/counties/longting'))).toEqual(['2021.yaml', 'county.yaml']);
    expect((await command('check')).code).toBe(0);
  });

  test('a 50 MB file is refused before it is read', async () => {
    const big = join(work, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const outcome = await command('import', 'big.xlsx', '--county', 'longting', '--year', '2021');
    expect(outcome).toEqual({
      code: 1,
      stdout:
        '文件大小为 50.0 MB，超过 20.0 MB 的上限，未读取（一个县一年的数据通常不到 1 MB：请只保留要导入的工作表，删去图片和无关的表，另存后再导入）\n\n共 1 个错误、0 个提示。有错误，未写入：请改正后重新导入。\n',
      stderr: '',
    });
  });

  test('a quote left open in an 18 MB CSV: one short located message, no stack trace', async () => {
    const rest = 'lt-p02,龙亭区第二小学,小学,乡村,300\r\n'.repeat(400_000);
    writeFileSync(
      join(work, '学校.csv'),
      `学校标识,学校名称,学校类型\r\nlt-p01,"龙亭区城关小学,小学\r\n${rest}`,
    );
    const outcome = await command('import', '学校.csv', '--county', 'longting', '--year', '2021');
    expect(outcome).toEqual({
      code: 1,
      stdout:
        '\n学校!B2：这一格以引号 " 开头，引号内超过 32767 个字符还没有结束，多半是漏了结束的引号："龙亭区城关小学,小学\\r\\nlt-p02,龙亭区第二小学,小学,乡村,300\\r\\nlt-p02,龙亭区第二小学,小学,乡村,300\\r\\nlt-p02,龙亭区第二小学,小学,乡村,300\\r\\nlt-p02,龙亭区…"（请在这一格内容的末尾补上引号 "，或删去开头的引号；内容本身含有引号时，要写成两个引号 ""）\n\n共 1 个错误、0 个提示。有错误，未写入：请改正后重新导入。\n',
      stderr: '',
    });
  });

  test('250,000 rows: stopped at the row cap, with why', async () => {
    writeFileSync(join(work, '学校.csv'), 'lt-p02,龙亭区第二小学,小学,乡村,300\r\n'.repeat(250_000));
    const outcome = await command('import', '学校.csv', '--county', 'longting', '--year', '2021');
    expect(outcome).toEqual({
      code: 1,
      stdout:
        '\n学校!第 10001 行：工作表「学校」有数据的行超过 10000 行的上限，未读取（一个县的学校和教学点至多几千所，要导入的每张表都远少于 10000 行：请删去多余的行（如学生、教师名册等明细），或把无关的工作表移出这个文件后再导入）\n\n共 1 个错误、0 个提示。有错误，未写入：请改正后重新导入。\n',
      stderr: '',
    });
  });

  test('a folder given as the file: a message, not a stack trace', async () => {
    const outcome = await command('import', '.', '--county', 'longting', '--year', '2021');
    expect(outcome).toEqual({
      code: 1,
      stdout: '',
      stderr: '. 不是文件：请给出要导入的 .xlsx 或 .csv 文件。\n',
    });
  });

  test('usage and an unknown county', async () => {
    expect((await command('import', 'x.xlsx')).code).toBe(2);
    const unknown = await command('import', '龙亭2021.xlsx', '--county', 'nowhere', '--year', '2021');
    expect(unknown).toMatchObject({
      code: 1,
      stderr: '没有 data/counties/nowhere/county.yaml：请先建立该县的基本信息文件。\n',
    });
  });
});
