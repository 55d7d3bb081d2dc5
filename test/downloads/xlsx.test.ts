import { afterEach, expect, test } from 'vitest';
import { count, fixed, type Table } from '../../src/downloads/table.ts';
import { aboutTable, downloadTables } from '../../src/downloads/tables.ts';
import { columnName, numberFormatCode, xlsxBytes, xmlText } from '../../src/downloads/xlsx.ts';
import { attributeName, markupName, tinyResult, tinyStandard } from './fixture.ts';
import {
  cellFormats,
  sharedStrings,
  sheetCells,
  sheetGrid,
  unzipParts,
  workbookSheets,
  xmlProblems,
} from './xlsx-read.ts';

function tinyWorkbook(): { tables: Table[]; bytes: Uint8Array } {
  const result = tinyResult();
  const tables = [aboutTable(result, [tinyStandard]), ...downloadTables(result, [tinyStandard])];
  return { tables, bytes: xlsxBytes(tables) };
}

const awkward: Table = {
  id: 'awkward',
  title: '难写的文字',
  columns: ['文字', '数'],
  rows: [
    [markupName, fixed(-3.5, 1)],
    [attributeName, count(0)],
    ['{x}', fixed(1e-7, 7)],
    ['Tom & Jerry', count(123456789012)],
    ['  leading and trailing  ', null],
    ['two\nlines\tand\r\nCRLF', null],
    ['bell \u0007 and NUL \u0000', null],
    ['_x0041_ is not A', null],
    ['emoji 🏫 and lone \uD800 surrogate', null],
    ['=1+1', null],
  ],
};

test('the package has its parts in a fixed order', () => {
  const parts = unzipParts(tinyWorkbook().bytes);
  expect([...parts.keys()]).toEqual([
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
    'xl/worksheets/sheet3.xml',
    'xl/worksheets/sheet4.xml',
    'xl/sharedStrings.xml',
  ]);
});

test('every part is well-formed XML', () => {
  for (const bytes of [tinyWorkbook().bytes, xlsxBytes([awkward])]) {
    for (const [name, xml] of unzipParts(bytes)) expect(xmlProblems(xml), name).toEqual([]);
  }
});

test('the well-formedness check catches what it is meant to', () => {
  expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
  expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
  expect(xmlProblems('<a>x <script> y</a>')).not.toEqual([]);
  expect(xmlProblems('<a x="1" x="2"/>')).not.toEqual([]);
  expect(xmlProblems('<a x=1/>')).not.toEqual([]);
  expect(xmlProblems('<a>\u0001</a>')).not.toEqual([]);
  expect(xmlProblems('<a/><b/>')).not.toEqual([]);
  expect(xmlProblems('<a x="&amp;">&lt;&#13;</a>')).toEqual([]);
});

test('sheets are named in Chinese and hold every cell of their table', () => {
  const { tables, bytes } = tinyWorkbook();
  const parts = unzipParts(bytes);
  const sheets = workbookSheets(parts);
  expect(sheets.map((sheet) => sheet.name)).toEqual(['说明', '学校指标表', '县域指标表', '已公开数字核对表']);
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml') ?? '');
  const formats = cellFormats(parts.get('xl/styles.xml') ?? '');
  tables.forEach((table, index) => {
    const part = parts.get(sheets[index]?.part ?? '') ?? '';
    expect(sheetGrid(part, strings, table.columns.length, formats)).toEqual([table.columns, ...table.rows]);
  });
});

test('markup, quotes and braces stay plain text, escaped in the shared strings', () => {
  const parts = unzipParts(xlsxBytes([awkward]));
  const xml = parts.get('xl/sharedStrings.xml') ?? '';
  expect(xml).toContain('<t>&lt;script&gt;alert(1)&lt;/script&gt;</t>');
  expect(xml).toContain('<t>&quot;&gt;&lt;svg onload=alert(1)&gt;</t>');
  expect(xml).toContain('<t>{x}</t>');
  expect(xml).toContain('<t>Tom &amp; Jerry</t>');
  expect(xml).not.toContain('<script');
  expect(xml).not.toContain('<svg');
  expect(xml).toContain('_x005F_x0041_ is not A');
  expect(xml).toContain('bell _x0007_ and NUL _x0000_');
  expect(xml).toContain('<t xml:space="preserve">  leading and trailing  </t>');
  expect(xml).toContain('two\nlines\tand&#13;\nCRLF');
  const strings = sharedStrings(xml);
  const formats = cellFormats(parts.get('xl/styles.xml') ?? '');
  const grid = sheetGrid(parts.get('xl/worksheets/sheet1.xml') ?? '', strings, 2, formats);
  expect(grid).toEqual([awkward.columns, ...awkward.rows]);
});

test('numbers are numeric cells, text is shared strings, the formula-like text is not a formula', () => {
  const sheet = unzipParts(xlsxBytes([awkward])).get('xl/worksheets/sheet1.xml') ?? '';
  expect(sheet).toMatch(/<c r="B2" s="\d+"><v>-3.5<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="B4" s="\d+"><v>1e-7<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="B5" s="\d+"><v>123456789012<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="A11" t="s"><v>\d+<\/v><\/c>/);
  expect(sheet).not.toContain('<f>');
  expect(sheet).not.toContain('C1');
});

test('the header row is bold and frozen', () => {
  const parts = unzipParts(tinyWorkbook().bytes);
  const styles = parts.get('xl/styles.xml') ?? '';
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml') ?? '');
  expect(styles).toContain('<font><b/>');
  expect(styles).toMatch(/<cellXfs count="\d+"><xf [^>]*\/><xf [^>]*fontId="1"/);
  for (const { part } of workbookSheets(parts)) {
    const xml = parts.get(part) ?? '';
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const cells = sheetCells(xml, strings);
    expect(cells.filter((cell) => cell.row === 0).every((cell) => cell.style === 1)).toBe(true);
    // Below the header, text has the default style; numbers have theirs (see the next test).
    const text = cells.filter((cell) => cell.row > 0 && typeof cell.value === 'string');
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((cell) => cell.style === 0)).toBe(true);
  }
});

test('every number cell carries the number format of its decimals, declared in styles.xml', () => {
  const parts = unzipParts(tinyWorkbook().bytes);
  const styles = parts.get('xl/styles.xml') ?? '';
  // Custom formats (those Excel has no id for) are declared in numFmts from id 164 up.
  expect(styles).toContain(
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>',
  );
  const formats = cellFormats(styles);
  const sheets = workbookSheets(parts);
  const codes = (sheet: number, column: number) =>
    new Set(
      sheetCells(parts.get(sheets[sheet]?.part ?? '') ?? '', [], formats)
        .filter((cell) => cell.row > 0 && cell.column === column)
        .map((cell) => formats[cell.style]),
    );
  // 学校指标表: 在校生数 0, 生均图书册数 0.000, 达标项数 0, 差距（册）0.
  expect(codes(1, 7)).toEqual(new Set(['0']));
  expect(codes(1, 8)).toEqual(new Set(['0.000']));
  expect(codes(1, 11)).toEqual(new Set(['0']));
  expect(codes(1, 14)).toEqual(new Set(['0']));
  // 县域指标表: 县域值 0.000, 差异系数 0.000, 限值 0.00, 每校标准值 as entered (0), counts 0.
  expect(codes(2, 7)).toEqual(new Set(['0.000']));
  expect(codes(2, 8)).toEqual(new Set(['0.000']));
  expect(codes(2, 9)).toEqual(new Set(['0.00']));
  expect(codes(2, 11)).toEqual(new Set(['0']));
  expect(codes(2, 12)).toEqual(new Set(['0']));
  // 已公开数字核对表: 印发值 as printed (37.5, 0.25, 40), 测算值 to the same precision.
  expect(codes(3, 2)).toEqual(new Set(['0.0', '0.00', '0']));
  expect(codes(3, 3)).toEqual(new Set(['0.0', '0.000']));
  expect(numberFormatCode(0)).toBe('0');
  expect(numberFormatCode(3)).toBe('0.000');
});

test('two builds give byte-identical files', () => {
  const first = tinyWorkbook().bytes;
  expect(tinyWorkbook().bytes).toEqual(first);
  expect(xlsxBytes([awkward])).toEqual(xlsxBytes([awkward]));
});

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test('the bytes do not depend on the time zone', () => {
  process.env.TZ = 'UTC';
  const utc = tinyWorkbook().bytes;
  for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    process.env.TZ = tz;
    expect(tinyWorkbook().bytes, tz).toEqual(utc);
  }
});

test('zip entries carry the fixed 1980-01-01 00:00 stamp', () => {
  const bytes = tinyWorkbook().bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  expect(view.getUint16(10, true)).toBe(0); // DOS time 00:00:00
  expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1); // DOS date 1980-01-01
});

test('sheet names that Excel refuses are rejected', () => {
  const table = (title: string): Table => ({ id: 'x', title, columns: ['a'], rows: [] });
  expect(() => xlsxBytes([])).toThrow(RangeError);
  expect(() => xlsxBytes([table('a/b')])).toThrow(RangeError);
  expect(() => xlsxBytes([table('x'.repeat(32))])).toThrow(RangeError);
  expect(() => xlsxBytes([table('同名'), table('同名')])).toThrow(RangeError);
  expect(() => xlsxBytes([table('空表')])).not.toThrow();
});

test('column names and text escaping', () => {
  expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  expect(xmlText('a<b>&"c"\r')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#13;');
  expect(xmlText('\u0001_x0020_')).toBe('_x0001__x005F_x0020_');
});
