import { expect, test } from 'vitest';
import { csvSheet, decodeCsv, parseCsv } from '../../src/sheet/csv.ts';
import { gb18030 } from './gb18030.ts';

const text = '学校名称,在校生数\r\n"城区第一小学","1,204"\r\n"他说""好""",\n';

test('Node decodes GB18030 (full ICU)', () => {
  expect(new TextDecoder('gb18030').decode(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3]))).toBe('学校');
});

test('UTF-8 with or without a byte-order mark, and GB18030, are told apart', () => {
  const utf8 = new TextEncoder().encode(text);
  expect(decodeCsv(utf8)).toEqual({ text, encoding: 'utf-8' });
  expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
  expect(decodeCsv(gb18030(text))).toEqual({ text, encoding: 'gb18030' });
});

test('quoted fields hold delimiters, quotes and newlines; tabs are found as delimiters', () => {
  expect(parseCsv(text)).toEqual([
    ['学校名称', '在校生数'],
    ['城区第一小学', '1,204'],
    ['他说"好"', ''],
  ]);
  expect(parseCsv('a\tb\n"x\ny"\t2')).toEqual([
    ['a', 'b'],
    ['x\ny', '2'],
  ]);
});

test('a CSV is one sheet named after its file, of text cells', () => {
  const read = csvSheet(gb18030(text), '学校');
  if (!('sheet' in read)) throw new Error(read.problem.message);
  const { sheet } = read;
  expect(sheet.name).toBe('学校');
  expect(sheet.rows.get(1)?.get(1)).toEqual({ content: { kind: 'text', text: '1,204' } });
  expect(sheet.rows.get(2)?.has(1)).toBe(false);
});
