import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { type CellContent, formatCodeKind, type ReadSheet, readWorkbook } from '../../src/xlsx/read.ts';
import { workbookBytes } from '../../src/xlsx/write.ts';
import { buildWorkbook, oleFile } from '../sheet/build-workbook.ts';

function sheetsOf(bytes: Uint8Array): ReadSheet[] {
  const read = readWorkbook(bytes);
  if (!('workbook' in read)) throw new Error(`not read: ${JSON.stringify(read.failure)}`);
  return read.workbook.sheets;
}

function content(sheet: ReadSheet | undefined, row: number, column: number): CellContent | undefined {
  return sheet?.rows.get(row)?.get(column)?.content;
}

describe('reading cells', () => {
  test('what our own writer writes reads back: text, numbers, hidden rows and sheets, merges', () => {
    const bytes = workbookBytes({
      sheets: [
        {
          name: '学校',
          rows: [
            { cells: ['名称', '人数'] },
            { cells: ['a & <b>', 1204.5], hidden: true },
            { cells: ['_x0041_', null] },
          ],
          merges: ['A1:B1'],
        },
        { name: '旧表', hidden: true, rows: [{ cells: ['x'] }] },
      ],
    });
    const [first, second] = sheetsOf(bytes);
    expect(first?.name).toBe('学校');
    expect(content(first, 1, 0)).toEqual({ kind: 'text', text: 'a & <b>' });
    expect(content(first, 1, 1)).toEqual({ kind: 'number', number: 1204.5 });
    expect(content(first, 2, 0)).toEqual({ kind: 'text', text: '_x0041_' });
    expect(first?.hiddenRows).toEqual(new Set([1]));
    expect(first?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(second).toMatchObject({ name: '旧表', hidden: true });
  });

  test('inline strings, formulas with and without results, errors, booleans', () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            [
              { inline: '城区第一小学' },
              { formula: 'SUM(A2:A3)', cached: 12 },
              { formula: 'A1&"x"', cached: '城区x' },
              { formula: 'B2*2' },
              { error: '#DIV/0!' },
              { bool: true },
            ],
          ],
        },
      ],
    });
    const cells = sheetsOf(bytes)[0]?.rows.get(0);
    expect(cells?.get(0)).toEqual({ content: { kind: 'text', text: '城区第一小学' } });
    expect(cells?.get(1)).toEqual({ content: { kind: 'number', number: 12 }, formula: 'SUM(A2:A3)' });
    expect(cells?.get(2)).toEqual({ content: { kind: 'text', text: '城区x' }, formula: 'A1&"x"' });
    expect(cells?.get(3)).toEqual({ content: undefined, formula: 'B2*2' });
    expect(cells?.get(4)).toEqual({ content: { kind: 'error', text: '#DIV/0!' } });
    expect(cells?.get(5)).toEqual({ content: { kind: 'boolean', value: true } });
  });

  test('date and percentage formats, the 1904 date system', () => {
    const bytes = buildWorkbook({
      date1904: true,
      sheets: [
        {
          name: 'S',
          rows: [
            [
              { number: 43647, format: 'yyyy-mm-dd' },
              { number: 43647, format: 'yyyy"年"m"月"d"日"' },
              { number: 0.96, format: '0%' },
              { number: 12, format: '#,##0"人"' },
            ],
          ],
        },
      ],
    });
    const read = readWorkbook(bytes);
    if (!('workbook' in read)) throw new Error('not read');
    expect(read.workbook.date1904).toBe(true);
    const cells = read.workbook.sheets[0]?.rows.get(0);
    expect([0, 1, 2, 3].map((column) => cells?.get(column)?.format)).toEqual([
      'date',
      'date',
      'percent',
      undefined,
    ]);
  });

  test('number format codes: dates, times and percentages outside quotes and brackets', () => {
    expect(
      [
        'General',
        '0.00',
        '#,##0',
        '@',
        'yyyy/m/d',
        'h:mm',
        '[h]:mm',
        '[$-804]yyyy"年"m"月"',
        '0.0%',
        '"m²"0',
        '[Red]0.00',
        '0"天"',
      ].map(formatCodeKind),
    ).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'date',
      'date',
      'date',
      'date',
      'percent',
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('rich text runs are joined and phonetic guides left out', () => {
    const shared =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><rPr><b/></rPr><t>城区</t></r><r><t xml:space="preserve">第一小学 </t></r><rPh sb="0" eb="1"><t>chengqu</t></rPh></si></sst>';
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['placeholder']] }] });
    const parts = unzipAll(bytes);
    parts['xl/sharedStrings.xml'] = strToU8(shared);
    expect(content(sheetsOf(zipSync(parts))[0], 0, 0)).toEqual({ kind: 'text', text: '城区第一小学 ' });
  });

  test('cells and rows without references, and prefixed elements', () => {
    const rows = [
      ['a', 'b'],
      [1, 2],
    ];
    for (const bytes of [
      buildWorkbook({ sheets: [{ name: 'S', rows, omitRefs: true }] }),
      buildWorkbook({ prefixed: true, sheets: [{ name: 'S', rows }] }),
    ]) {
      const sheet = sheetsOf(bytes)[0];
      expect(content(sheet, 0, 1)).toEqual({ kind: 'text', text: 'b' });
      expect(content(sheet, 1, 1)).toEqual({ kind: 'number', number: 2 });
    }
  });

  test('names that would pollute a prototype are plain data', () => {
    const bytes = buildWorkbook({ sheets: [{ name: '__proto__', rows: [['__proto__', 'constructor']] }] });
    const parts = { ...unzipAll(bytes), __proto_x: strToU8('{"polluted": true}') };
    // fflate cannot write an entry named __proto__ (it builds a plain object), so rename it in the bytes.
    const zipped = zipSync(parts);
    const renamed = Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength)
      .toString('latin1')
      .replaceAll('__proto_x', '__proto__');
    const sheets = sheetsOf(new Uint8Array(Buffer.from(renamed, 'latin1')));
    expect(sheets[0]?.name).toBe('__proto__');
    expect(content(sheets[0], 0, 0)).toEqual({ kind: 'text', text: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

function unzipAll(bytes: Uint8Array): Record<string, Uint8Array> {
  return { ...unzipSync(bytes) };
}

describe('files that are not readable workbooks', () => {
  const small = { maxFileBytes: 1000, maxUnpackedBytes: 1_000_000 };

  test('too large, before anything is unzipped', () => {
    expect(readWorkbook(new Uint8Array(1001), small)).toEqual({
      failure: { reason: 'too-large', size: 1001, limit: 1000 },
    });
  });

  test('a zip bomb: the declared sizes of the parts are capped', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['x'.repeat(200_000)]] }] });
    expect(bytes.length).toBeLessThan(5000);
    const read = readWorkbook(bytes, { maxFileBytes: 1_000_000, maxUnpackedBytes: 100_000 });
    expect(read).toMatchObject({ failure: { reason: 'unpacked-too-large', limit: 100_000 } });
  });

  test('OLE compound files: encrypted, old .xls, other', () => {
    expect(readWorkbook(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual({
      failure: { reason: 'encrypted' },
    });
    expect(readWorkbook(oleFile(['Workbook', 'SummaryInformation']))).toEqual({
      failure: { reason: 'legacy-xls' },
    });
    expect(readWorkbook(oleFile(['WordDocument']))).toEqual({ failure: { reason: 'ole' } });
  });

  test('look-alikes are named', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    const looksLike = (bytes: Uint8Array) => {
      const read = readWorkbook(bytes);
      return 'failure' in read && read.failure.reason === 'not-workbook' ? read.failure.looksLike : undefined;
    };
    expect(looksLike(text('%PDF-1.7\n'))).toBe('pdf');
    expect(looksLike(text('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe('html');
    expect(
      looksLike(
        text(
          '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
      ),
    ).toBe('xml-spreadsheet');
    expect(looksLike(text('学校名称,在校生数\n城区第一小学,2163\n'))).toBe('text');
    expect(looksLike(new Uint8Array(0))).toBe('empty');
    expect(looksLike(new Uint8Array([1, 2, 3, 0, 255]))).toBe('other');
    expect(looksLike(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('zip');
  });

  test('a truncated zip is damaged', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['x']] }] });
    expect(readWorkbook(bytes.subarray(0, bytes.length - 200))).toEqual({ failure: { reason: 'damaged' } });
  });
});
