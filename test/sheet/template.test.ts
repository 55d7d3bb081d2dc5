import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { templateWorkbook } from '../../src/sheet/template.ts';
import { readWorkbook } from '../../src/xlsx/read.ts';
import { workbookBytes } from '../../src/xlsx/write.ts';
import { unzipParts, xmlProblems } from '../downloads/xlsx-read.ts';
import { root } from '../helpers/fixtures.ts';

const tongdao = parse(readFileSync(join(root, 'data/counties/tongdao/2019.yaml'), 'utf8'));

test('one sheet per table, then the instructions; the schools sheet first', () => {
  const spec = templateWorkbook();
  expect(spec.sheets.map((sheet) => sheet.name)).toEqual([
    '学校',
    '县级数据',
    '分学年指标',
    '教育投入',
    '评估得分',
    '教师补充',
    '教师交流',
    '已公开数字',
    '申报声明',
    '否决事项',
    '佐证材料',
    '质量监测',
    '政府得分明细',
    '填写说明',
  ]);
});

test('schools: group row, headers with units, hidden key row, frozen, drop-down lists and checks', () => {
  const schools = templateWorkbook({ data: tongdao }).sheets[0];
  const text = (row: number, column: number) => {
    const cell = schools?.rows[row]?.cells[column];
    return cell !== null && typeof cell === 'object' ? cell?.value : cell;
  };
  expect([0, 1, 2, 3, 4, 5, 6].map((column) => text(0, column))).toEqual([
    '学校标识',
    '学校名称',
    '学校类型',
    '办学性质',
    '县属',
    '所属学校',
    '城乡分类',
  ]);
  expect([text(0, 7), text(1, 7), text(1, 10), text(2, 7)]).toEqual([
    '小学段',
    '在校生数（人）',
    '班额分段·45人及以下（个）',
    'primary.students',
  ]);
  expect(schools?.rows[2]?.hidden).toBe(true);
  expect(schools?.frozen).toEqual({ rows: 3, columns: 2 });
  expect(schools?.merges).toContain('A1:A2');
  expect(schools?.merges).toContain('H1:V1');
  expect([text(3, 0), text(3, 2), text(3, 4), text(3, 7)]).toEqual(['td-p01', '小学', '是', 2163]);
  expect(schools?.rows).toHaveLength(3 + tongdao.schools.length);
  const validations = schools?.validations ?? [];
  expect(validations.find((validation) => validation.range.startsWith('C4:'))).toMatchObject({
    type: 'list',
    list: ['小学', '初级中学', '九年一贯制', '完全中学', '十二年一贯制', '教学点', '特殊教育学校'],
    range: 'C4:C1050',
  });
  expect(validations.find((validation) => validation.range.startsWith('E4:'))).toMatchObject({
    list: ['是', '否'],
  });
  expect(validations.find((validation) => validation.range.startsWith('H4:'))).toMatchObject({
    type: 'whole',
    min: 0,
    prompt: { title: '在校生数', text: '本学段在校学生数（人）。' },
  });
  expect(schools?.columns?.[0]?.style).toEqual({ numberFormat: '@' });
});

test('the header row is tall enough for its longest wrapped header', () => {
  const schools = templateWorkbook({ data: tongdao }).sheets[0];
  // Headers such as '班额分段·45人及以下（个）' need more than one line in their columns.
  const height = schools?.rows[1]?.height ?? 0;
  expect(height % 15).toBe(0);
  expect(height).toBeGreaterThanOrEqual(30);
  const xml = unzipParts(workbookBytes(templateWorkbook({ data: tongdao }))).get('xl/worksheets/sheet1.xml');
  expect(xml).toContain(`<row r="2" ht="${height}" customHeight="1">`);
});

test('县级数据: one row per value, with a hidden key column', () => {
  const county = templateWorkbook({ data: tongdao }).sheets[1];
  expect(county?.rows[0]?.cells).toEqual(['字段', '分类', '项目', '数值', '单位', '说明']);
  const row = (key: string) =>
    county?.rows.find((candidate) => {
      const first = candidate.cells[0];
      return first !== null && typeof first === 'object' && first.value === key;
    })?.cells;
  expect(row('year')?.slice(1, 5)).toEqual(['基本信息', '年份', 2019, null]);
  expect(row('totals.primary.students')?.slice(1, 3)).toEqual(['县级合计', '小学合计·在校生数']);
  expect(row('facts.disabledEnrollmentRate')?.slice(1, 5)).toEqual([
    '县级事实数据',
    '三类残疾儿童入学率',
    100,
    '%',
  ]);
  expect(county?.columns?.[0]?.hidden).toBe(true);
});

test('an empty template for a county-year holds its county and year, and is a valid workbook', () => {
  const spec = templateWorkbook({ county: 'tongdao', year: 2020, countyName: '通道侗族自治县' });
  const bytes = workbookBytes(spec);
  for (const [name, xml] of unzipParts(bytes)) expect(xmlProblems(xml), name).toEqual([]);
  const read = readWorkbook(bytes);
  if (!('workbook' in read)) throw new Error('not read');
  const county = read.workbook.sheets[1];
  expect(county?.rows.get(1)?.get(3)?.content).toEqual({ kind: 'text', text: 'tongdao' });
  expect(county?.rows.get(2)?.get(3)?.content).toEqual({ kind: 'number', number: 2020 });
  const notes = read.workbook.sheets.find((sheet) => sheet.name === '填写说明');
  expect(notes?.rows.get(0)?.get(0)?.content).toEqual({
    kind: 'text',
    text: '县域义务教育学校年度数据填写模板：通道侗族自治县（tongdao） 2020 年度',
  });
});
