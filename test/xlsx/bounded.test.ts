/**
 * The reader is linear and bounded (issue 13): malformed parts that took the old regular
 * expressions over a minute each are read in one pass; a million rows stop at the row cap; a
 * part whose size or CRC-32 is forged is refused. No timing is asserted: these tests finish
 * within vitest's timeout only if the reader is linear, and the caps are asserted by their
 * failures.
 */
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { Grid } from '../../src/sheet/grid.ts';
import { defaultReadLimits, type ReadSheet, readWorkbook, type SheetCell } from '../../src/xlsx/read.ts';
import { attributes, tags } from '../../src/xlsx/scan.ts';
import { crc32, readZipPart, zipEntries } from '../../src/xlsx/zip.ts';
import { buildWorkbook } from '../sheet/build-workbook.ts';
import {
  cellWithoutEnd,
  forgedCrc,
  forgedSize,
  formulaWithoutEnd,
  millionRows,
  repeats,
  storedWorkbook,
  unclosedSharedStrings,
  withParts,
} from './hostile.ts';

function sheets(bytes: Uint8Array): ReadSheet[] {
  const read = readWorkbook(bytes);
  if (!('workbook' in read)) throw new Error(`not read: ${JSON.stringify(read.failure)}`);
  return read.workbook.sheets;
}

function texts(sheet: ReadSheet | undefined): string[] {
  const out: string[] = [];
  for (const cells of sheet?.rows.values() ?? []) {
    for (const cell of cells.values()) {
      out.push(cell.content?.kind === 'text' ? cell.content.text : JSON.stringify(cell));
    }
  }
  return out;
}

const sheetPartName = 'xl/worksheets/sheet1.xml';

describe('malformed parts are read in one pass', () => {
  test(`${repeats} unclosed <si>: the items before them are read, the rest is one empty item`, () => {
    const [sheet] = sheets(unclosedSharedStrings());
    expect(texts(sheet)).toEqual(['学校名称', '学校类型']);
  });

  test(`${repeats} times <c  without >: the cells before are read, the scan ends there`, () => {
    const [sheet] = sheets(cellWithoutEnd());
    expect(texts(sheet)).toEqual(['学校名称']);
  });

  test(`a cell with ${repeats} <f> and no </f>: its formula runs to the end of the part, past a cell's size`, () => {
    const read = readWorkbook(formulaWithoutEnd());
    expect(read).toMatchObject({
      failure: { reason: 'cell-too-long', sheet: '学校', row: 0, column: 1, limit: 32_767 },
    });
  });

  test('the tokenizer: prefixes, quoted >, comments, CDATA and a tag left open', () => {
    const xml = '<?xml?><x:a k="1>2" j=\'q\'/><!-- <b> --><![CDATA[<c>]]><d>text</d><e a="open';
    const found = [...tags(xml)].map((tag) => `${tag.kind}:${tag.name}:${tag.attributeText.trim()}`);
    expect(found).toEqual(['empty:a:k="1>2" j=\'q\'', 'start:d:', 'end:d:']);
    expect(attributes(' r:id="rId1" Id="a&amp;b" r:id="x"')).toEqual(
      new Map([
        ['id', 'rId1'],
        ['Id', 'a&b'],
      ]),
    );
  });
});

describe('rows, cells and cell length are capped', () => {
  test('1,048,576 rows: the read stops at the row cap, with where', () => {
    const read = readWorkbook(millionRows());
    expect(read).toEqual({
      failure: {
        reason: 'too-many-rows',
        sheet: '学校',
        row: defaultReadLimits.maxRows,
        limit: defaultReadLimits.maxRows,
      },
    });
  });

  test('a million hidden empty rows cost nothing: hidden rows are kept only when they hold a cell', () => {
    const xml = `<worksheet><sheetData><row r="1" hidden="1"><c r="A1"><v>1</v></c></row>${'<row hidden="1"/>'.repeat(1_048_575)}</sheetData></worksheet>`;
    const [sheet] = sheets(withParts({ 'xl/worksheets/sheet1.xml': xml }));
    expect(sheet?.hiddenRows).toEqual(new Set([0]));
    expect(sheet?.rows.size).toBe(1);
  });

  test('a hidden sheet is not even unpacked when hidden sheets are skipped, as the import does: a 4 GB one costs nothing', () => {
    const bytes = withParts({
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><sheets><sheet name="学校" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>',
    });
    const big = forgedSize(bytes, sheetPartName, () => 0xfffffff0);
    expect(readWorkbook(big)).toMatchObject({ failure: { reason: 'unpacked-too-large' } });
    const read = readWorkbook(big, {}, { skipHiddenSheets: true });
    expect(read).toMatchObject({ workbook: { sheets: [{ name: '学校', hidden: true }] } });
    if ('workbook' in read) expect(read.workbook.sheets[0]?.rows.size).toBe(0);
  });

  test('a Grid over a million rows (the old RangeError of Math.max(...rows)) finds its last row', () => {
    const rows = new Map<number, Map<number, SheetCell>>();
    for (let row = 0; row < 1_048_576; row += 1) rows.set(row, new Map());
    const grid = new Grid({ name: 'S', hidden: false, rows, hiddenRows: new Set(), merges: [] });
    expect(grid.lastRow).toBe(1_048_575);
  });

  test('cells are counted over the whole workbook, shared strings too', () => {
    const rows = Array.from({ length: 30 }, (_, row) =>
      Array.from({ length: 10 }, (_, column) => row * 10 + column),
    );
    const bytes = buildWorkbook({
      sheets: [
        { name: 'A', rows },
        { name: 'B', rows },
      ],
    });
    expect(readWorkbook(bytes, { maxCells: 500 })).toEqual({
      failure: { reason: 'too-many-cells', sheet: 'B', row: 20, limit: 500 },
    });
    const strings = buildWorkbook({ sheets: [{ name: 'A', rows: [['a', 'b', 'c', 'd']] }] });
    expect(readWorkbook(strings, { maxCells: 3 })).toEqual({
      failure: { reason: 'too-many-strings', limit: 3 },
    });
  });

  test('a merged range counts for the cells it covers (up to the row and column caps)', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['x']], merges: ['A1:XFD1048576'] }] });
    expect(readWorkbook(bytes)).toEqual({
      failure: { reason: 'too-many-cells', sheet: 'S', row: 0, limit: defaultReadLimits.maxCells },
    });
  });

  test('one long shared string in many cells counts for each of them', () => {
    const long = '说'.repeat(30_000);
    const rows = Array.from({ length: 700 }, () => [long]);
    expect(readWorkbook(buildWorkbook({ sheets: [{ name: 'S', rows }] }))).toEqual({
      failure: { reason: 'too-much-text', sheet: 'S', row: 666, limit: defaultReadLimits.maxTextChars },
    });
  });

  test('a cell longer than Excel allows is refused at its place, quoting its beginning only', () => {
    const long = `城关小学${'很'.repeat(40_000)}`;
    const read = readWorkbook(buildWorkbook({ sheets: [{ name: '学校', rows: [['名称'], [long]] }] }));
    expect(read).toMatchObject({
      failure: { reason: 'cell-too-long', sheet: '学校', row: 1, column: 0, length: 40_004, limit: 32_767 },
    });
    expect(JSON.stringify(read).length).toBeLessThan(1000);
  });
});

describe('every part read is checked against the zip', () => {
  const sheetPart = 'xl/worksheets/sheet1.xml';

  test('our CRC-32 is the zip one', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['x']] }] });
    for (const entry of zipEntries(bytes)) {
      expect(crc32(readZipPart(bytes, entry))).toBe(entry.crc);
    }
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('a declared size smaller than the part: refused, not truncated', () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: '学校',
          rows: [
            ['学校名称', '学校类型'],
            ['城关小学', '小学'],
          ],
        },
      ],
    });
    const actual = unzipSync(bytes)[sheetPart]?.length ?? 0;
    expect(readWorkbook(forgedSize(bytes, sheetPart, (size) => size - 40))).toEqual({
      failure: {
        reason: 'corrupt-part',
        part: sheetPart,
        fault: 'size',
        declared: actual - 40,
        actual: actual,
      },
    });
  });

  test('a declared size larger than the part: refused', () => {
    const bytes = buildWorkbook({ sheets: [{ name: '学校', rows: [['学校名称']] }] });
    const actual = unzipSync(bytes)[sheetPart]?.length ?? 0;
    expect(readWorkbook(forgedSize(bytes, sheetPart, (size) => size + 1000))).toEqual({
      failure: { reason: 'corrupt-part', part: sheetPart, fault: 'size', declared: actual + 1000, actual },
    });
  });

  test('a stored part with a byte changed, and a forged CRC: refused', () => {
    const { bytes, sheetText } = storedWorkbook();
    const changed = bytes.slice();
    expect(sheetText).toContain('<sheetData>');
    const at = Buffer.from(changed).indexOf(Buffer.from('<sheetData>'));
    expect(at).toBeGreaterThan(0);
    changed[at + 3] = (changed[at + 3] as number) ^ 0x20;
    expect(readWorkbook(changed)).toEqual({
      failure: { reason: 'corrupt-part', part: sheetPart, fault: 'crc' },
    });
    expect(readWorkbook(forgedCrc(bytes, 'xl/sharedStrings.xml'))).toEqual({
      failure: { reason: 'corrupt-part', part: 'xl/sharedStrings.xml', fault: 'crc' },
    });
  });

  test('a part declaring 4 GB is refused before anything is allocated for it, whichever part it is', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['x']] }] });
    for (const part of ['_rels/.rels', 'xl/workbook.xml', sheetPart]) {
      expect(readWorkbook(forgedSize(bytes, part, () => 0xfffffff0))).toMatchObject({
        failure: { reason: 'unpacked-too-large', limit: defaultReadLimits.maxUnpackedBytes },
      });
    }
  });

  test('a bomb declaring a small size is stopped at that size', () => {
    const bomb = withParts({ 'xl/worksheets/sheet1.xml': ' '.repeat(50_000_000) });
    const read = readWorkbook(forgedSize(bomb, sheetPart, () => 1000));
    expect(read).toMatchObject({
      failure: { reason: 'corrupt-part', part: sheetPart, fault: 'size', declared: 1000 },
    });
    if ('failure' in read && read.failure.reason === 'corrupt-part') {
      // Inflation stopped after the declared size, not at 50 MB.
      expect(read.failure.actual ?? 0).toBeLessThan(50_000_000);
    }
  });
});
