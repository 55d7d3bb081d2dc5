import { expect, test } from 'vitest';
import { readWorkbook } from '../../src/xlsx/read.ts';
import { workbookBytes } from '../../src/xlsx/write.ts';
import { unzipParts, xmlProblems } from '../downloads/xlsx-read.ts';

const workbook = () =>
  workbookBytes({
    sheets: [
      {
        name: '学校',
        rows: [
          { cells: ['学校', null, '小学段'], style: { bold: true, fill: 'DDEBF7' } },
          { cells: ['学校名称', '学校类型', '在校生数（人）'], style: { bold: true, wrap: true } },
          { cells: ['name', 'type', 'primary.students'], hidden: true, style: { color: '808080' } },
          { cells: [{ value: '城区第一小学', style: { numberFormat: '@' } }, '小学', 2163] },
        ],
        columns: [{ width: 24, style: { numberFormat: '@' } }, {}, { width: 10 }],
        frozen: { rows: 3, columns: 2 },
        merges: ['A1:B1'],
        validations: [
          {
            range: 'B4:B1003',
            type: 'list',
            list: ['小学', '初级中学'],
            prompt: { title: '学校类型', text: '小学或初级中学。' },
            error: { title: '输入有误', text: '请从下拉列表中选择' },
          },
          { range: 'C4:C1003', type: 'whole', min: 0 },
          { range: 'D4:D1003', type: 'decimal', min: 0, max: 100 },
          { range: 'A4:A1003', type: 'any', prompt: { title: '学校名称', text: '学校全称。' } },
        ],
      },
      { name: '说明', rows: [{ cells: ['填写说明'] }], hidden: true },
    ],
  });

test('every part is well-formed XML, and two builds are byte-identical', () => {
  const bytes = workbook();
  for (const [name, xml] of unzipParts(bytes)) expect(xmlProblems(xml), name).toEqual([]);
  expect(workbook()).toEqual(bytes);
});

test('template features are written where Excel looks for them', () => {
  const parts = unzipParts(workbook());
  const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
  expect(sheet).toContain(
    '<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="C4" sqref="C4"/>',
  );
  expect(sheet).toContain('<row r="3" hidden="1">');
  expect(sheet).toContain(
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="4">',
  );
  expect(sheet).toContain(
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="学校类型" prompt="小学或初级中学。" showErrorMessage="1" errorTitle="输入有误" error="请从下拉列表中选择" sqref="B4:B1003"><formula1>"小学,初级中学"</formula1></dataValidation>',
  );
  expect(sheet).toContain(
    '<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="C4:C1003"><formula1>0</formula1></dataValidation>',
  );
  expect(sheet).toContain(
    'operator="between" allowBlank="1" sqref="D4:D1003"><formula1>0</formula1><formula2>100</formula2>',
  );
  expect(sheet).toContain('<dataValidation allowBlank="1" showInputMessage="1" promptTitle="学校名称"');
  expect(sheet).toMatch(/<col min="1" max="1" width="24" customWidth="1" style="\d+"\/>/);
  expect(parts.get('xl/workbook.xml')).toContain(
    '<sheet name="说明" sheetId="2" state="hidden" r:id="rId2"/>',
  );
  const styles = parts.get('xl/styles.xml') ?? '';
  expect(styles).toContain('<fgColor rgb="FFDDEBF7"/>');
  expect(styles).toContain('<alignment vertical="top" wrapText="1"/>');
  expect(styles).toMatch(
    /<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"\/>/,
  );
});

test('our reader reads it back', () => {
  const read = readWorkbook(workbook());
  if (!('workbook' in read)) throw new Error('not read');
  const [schools, notes] = read.workbook.sheets;
  expect(schools?.hiddenRows).toEqual(new Set([2]));
  expect(schools?.rows.get(3)?.get(2)).toEqual({ content: { kind: 'number', number: 2163 } });
  expect(notes?.hidden).toBe(true);
});

test('a sheet shown on opening cannot be hidden; lists must fit Excel', () => {
  expect(() => workbookBytes({ sheets: [{ name: 'a', hidden: true, rows: [] }] })).toThrow(RangeError);
  const list = (items: string[]) => () =>
    workbookBytes({
      sheets: [{ name: 'a', rows: [], validations: [{ range: 'A1', type: 'list', list: items }] }],
    });
  expect(list(['a,b'])).toThrow(RangeError);
  expect(list(['x'.repeat(256)])).toThrow(RangeError);
});

test('a long list refers to cells of another sheet', () => {
  const bytes = workbookBytes({
    sheets: [
      {
        name: 'a',
        rows: [],
        validations: [{ range: 'A4:A10', type: 'list', listRange: "'选项'!$A$2:$A$30" }],
      },
      { name: '选项', hidden: true, rows: [{ cells: ['x'] }] },
    ],
  });
  const xml = unzipParts(bytes).get('xl/worksheets/sheet1.xml') ?? '';
  expect(xml).toContain(
    `<dataValidation type="list" allowBlank="1" sqref="A4:A10"><formula1>'选项'!$A$2:$A$30</formula1></dataValidation>`,
  );
  for (const [name, part] of unzipParts(bytes)) expect(xmlProblems(part), name).toEqual([]);
});
