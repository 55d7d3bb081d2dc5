import { expect, test } from 'vitest';
import { isNumberCell } from '../../src/downloads/table.ts';
import { aboutTable, countyTable, downloadTables, schoolTable } from '../../src/downloads/tables.ts';
import { keyLabel } from '../../src/figures/labels.ts';
import { loadStandard } from '../helpers/fixtures.ts';
import { tinyResult, tinyStandard } from './fixture.ts';

test('every row has one cell per column and numbers are finite', () => {
  for (const table of [
    ...downloadTables(tinyResult(), [tinyStandard]),
    aboutTable(tinyResult(), [tinyStandard]),
  ]) {
    for (const row of table.rows) {
      expect(row).toHaveLength(table.columns.length);
      for (const cell of row) if (isNumberCell(cell)) expect(Number.isFinite(cell.value)).toBe(true);
    }
  }
});

test('an undefined value is an empty cell with its reason in 说明', () => {
  const table = schoolTable(tinyResult(), [tinyStandard]);
  const row = table.rows.find((cells) => cells[0] === 'a3');
  const column = (name: string): number => table.columns.indexOf(name);
  expect(row?.[column('生均图书册数（册）')]).toBeNull();
  expect(row?.[column('说明')]).toBe(
    '生均图书册数（册）：无法计算（没有学生）；每百名学生专任教师数：无法计算（没有学生）',
  );
  // Outside the standard's scope: no shortfall and no verdict, and no note either.
  expect(row?.[column('纳入优质均衡测算')]).toBe('否');
  expect(row?.[column('优质均衡是否达标')]).toBeNull();
});

test('without its standard file an indicator is still listed, under its id', () => {
  const table = schoolTable(tinyResult(), []);
  expect(table.columns).toContain('books_per_student');
  expect(table.columns.some((column) => column.includes('差距'))).toBe(false);
  const county = countyTable(tinyResult(), []);
  expect(county.rows.map((row) => row[5])).toEqual([
    'books_per_student',
    'teachers_per_100_students',
    '本学段结论',
  ]);
});

test('a composite standard gets a 综合差异系数 row with its verdict', () => {
  const result = tinyResult();
  const basic = loadStandard('basic-2012');
  result.standards.basic = { id: basic.id, name: basic.name, document: basic.document, illustrative: false };
  result.levels.primary.basic = {
    standard: basic.id,
    units: 2,
    indicators: { books_per_student: { value: 20, cv: 0.3 } },
    compositeCv: 0.3,
    limit: 0.65,
    coefficientTest: 'composite',
    compositePass: true,
    pass: true,
  };
  const rows = countyTable(result, [basic, tinyStandard]).rows.filter((row) => row[1] === '基本均衡');
  expect(rows.map((row) => [row[5], row[7], row[8], row[9], row[10]])).toEqual([
    ['生均图书册数', { value: 20, decimals: 3 }, { value: 0.3, decimals: 3 }, null, null],
    ['综合差异系数', null, { value: 0.3, decimals: 3 }, { value: 0.65, decimals: 2 }, '是'],
    ['本学段结论', null, null, null, '是'],
  ]);
  // The composite's row carries the composite's own verdict, the conclusion the standard's.
  result.levels.primary.basic.pass = false;
  const failed = countyTable(result, [basic, tinyStandard]).rows.filter((row) => row[1] === '基本均衡');
  expect(failed.map((row) => [row[5], row[10]])).toEqual([
    ['生均图书册数', null],
    ['综合差异系数', '是'],
    ['本学段结论', '否'],
  ]);
});

test('result keys read in Chinese', () => {
  const standards = [loadStandard('basic-2012'), loadStandard('quality-2017')];
  expect(keyLabel('levels.primary.basic.indicators.books_per_student.cv', standards)).toBe(
    '小学·基本均衡·生均图书册数·差异系数',
  );
  expect(keyLabel('levels.junior.basic.compositeCv', standards)).toBe('初中·基本均衡·综合差异系数');
  expect(keyLabel('levels.junior.studentsByLocation.城区', standards)).toBe('初中·在校生数·城区');
  expect(keyLabel('totals.byType.九年一贯制', standards)).toBe('县级合计·学校数·九年一贯制');
  expect(keyLabel('totals.facilities.books', standards)).toBe('县级合计·办学条件·图书册数');
  expect(keyLabel('facts.satisfaction', standards)).toBe('县级事实·公众满意度');
  expect(keyLabel('levels.primary.somethingNew', standards)).toBe('小学·somethingNew');
});

test('the 说明 sheet says when the school data is illustrative', () => {
  const about = aboutTable(tinyResult(), [tinyStandard]);
  expect(about.rows.find((row) => row[0] === '数据性质')?.[1]).toMatch(/^示例数据/);
  const real = { ...tinyResult(), illustrative: false };
  expect(aboutTable(real, [tinyStandard]).rows.find((row) => row[0] === '数据性质')?.[1]).not.toMatch(/示例/);
  expect(schoolTable(real, [tinyStandard]).rows.every((row) => row.at(-1) === '否')).toBe(true);
});
