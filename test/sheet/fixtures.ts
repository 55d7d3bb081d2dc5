/**
 * Fixtures for the import tests: the small `demo` project of the validation tests, and a
 * workbook laid out as a county's own statistics export (a title row, merged group headers
 * over a header row, 序号 and units), holding that project's schools.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFile } from '../../src/load/read-project.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type ImportResult, importSpreadsheet } from '../../src/sheet/import.ts';
import { formatSheetProblem } from '../../src/sheet/problems.ts';
import { readSpellings, type Spellings, spellingsFile } from '../../src/sheet/spellings.ts';
import { root } from '../helpers/fixtures.ts';
import type { FixtureCell, FixtureSheet } from './build-workbook.ts';

export const demoRoot = join(root, 'test/fixtures/validate/clean');

export function demoFiles(): Promise<RawFile[]> {
  return readProjectFiles(demoRoot);
}

export function shippedSpellings(): Spellings {
  const text = readFileSync(join(root, spellingsFile), 'utf8');
  const { spellings, problems } = readSpellings({ file: spellingsFile, text, size: text.length });
  if (problems.length > 0) throw new Error('data/sheet-headers.yaml has problems');
  return spellings;
}

export function importDemo(
  files: readonly RawFile[],
  bytes: Uint8Array,
  fileName = '示例县.xlsx',
): ImportResult {
  return importSpreadsheet({
    fileName,
    bytes,
    county: 'demo',
    year: 2019,
    projectFiles: files,
    spellings: shippedSpellings(),
  });
}

export function messages(result: ImportResult): string[] {
  return result.problems.map(formatSheetProblem);
}

/** Columns of the export, A to V. */
export const exportColumns = {
  number: 0,
  name: 1,
  code: 2,
  type: 3,
  primaryStudents: 8,
  primaryClasses: 9,
  juniorStudents: 11,
  teachingArea: 17,
  equipmentValue: 19,
} as const;

const title: FixtureCell[] = ['示例县2019年义务教育学校基本情况统计表'];
const groups: FixtureCell[] = [
  '序号',
  '学校名称',
  '学校代码',
  '学校类型',
  '办学性质',
  '是否县属',
  '所属学校',
  '城乡分类',
  '小学',
  null,
  null,
  '初中',
  null,
  null,
  '特教',
  null,
  null,
  '办学条件',
  null,
  null,
  null,
  null,
];
const headers: FixtureCell[] = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  '在校生数（人）',
  '班级数（个）',
  '专任教师数（人）',
  '在校生数（人）',
  '班级数（个）',
  '专任教师数（人）',
  '在校生数（人）',
  '班级数（个）',
  '专任教师数（人）',
  '教学及辅助用房面积（㎡）',
  '体育运动场馆面积（㎡）',
  '教学仪器设备值（元）',
  '计算机（台）',
  '图书（册）',
];

/** The demo project's schools as the export has them (numbers as numbers). */
export function exportRows(): FixtureCell[][] {
  const n = null;
  return [
    [
      1,
      '示例县城关小学',
      'demo-p01',
      '小学',
      '公办',
      '是',
      n,
      '城区',
      600,
      14,
      35,
      n,
      n,
      n,
      n,
      n,
      n,
      3100,
      4800,
      1350000,
      70,
      15000,
    ],
    [
      2,
      '示例县城关小学山口教学点',
      'demo-t01',
      '教学点',
      '公办',
      '是',
      'demo-p01',
      '乡村',
      30,
      3,
      3,
      n,
      n,
      n,
      n,
      n,
      n,
      n,
      n,
      n,
      n,
      n,
    ],
    [
      3,
      '示例县第一中学',
      'demo-j01',
      '初级中学',
      '公办',
      '是',
      n,
      '镇区',
      n,
      n,
      n,
      900,
      18,
      70,
      n,
      n,
      n,
      5600,
      9800,
      2600000,
      120,
      27000,
    ],
    [
      4,
      '示例县溪口九年一贯制学校',
      'demo-n01',
      '九年一贯制',
      '公办',
      '是',
      n,
      '乡村',
      166,
      6,
      12,
      210,
      6,
      20,
      n,
      n,
      n,
      1900,
      3000,
      700000,
      40,
      23226,
    ],
    [
      5,
      '示例县特殊教育学校',
      'demo-s01',
      '特殊教育学校',
      '公办',
      '是',
      n,
      '城区',
      n,
      n,
      n,
      n,
      n,
      n,
      40,
      5,
      12,
      n,
      n,
      n,
      n,
      n,
    ],
  ];
}

/** The export's sheet: a title on row 1, group headers on row 2 (merged), headers on row 3, data from row 4. */
export function exportSheet(rows: FixtureCell[][] = exportRows(), name = '学校基本情况'): FixtureSheet {
  const vertical = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((column) => `${column}2:${column}3`);
  return {
    name,
    rows: [[...title], [...groups], [...headers], ...rows],
    merges: ['A1:V1', ...vertical, 'I2:K2', 'L2:N2', 'O2:Q2', 'R2:V2'],
  };
}
