import { expect, test } from 'vitest';
import { csvSheet, decodeCsv, parseCsv } from '../../src/sheet/csv.ts';
import { formatSheetProblem } from '../../src/sheet/problems.ts';
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

/** Seeded strings of GB2312 hanzi, common and rare: what a county's names are made of. */
function seededNames(count: number): string[] {
  const decoder = new TextDecoder('gb18030');
  const hanzi: string[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char !== '\ufffd') hanzi.push(char);
    }
  }
  let seed = 20_190_601;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 10);
    return Array.from({ length }, () => hanzi[Math.floor(next() * hanzi.length)]).join('');
  });
}

test('GBK names that happen to be valid UTF-8 are not taken for a mixture (20,000 seeded names)', () => {
  const names = seededNames(20_000);
  for (let start = 0; start < names.length; start += 2000) {
    const rows = names.slice(start, start + 2000).map((name, index) => `s${index},${name},小学`);
    const read = csvSheet(gb18030(`学校标识,学校名称,学校类型\r\n${rows.join('\r\n')}\r\n`), '学校');
    expect('problem' in read ? read.problem.message : '').toBe('');
    if ('sheet' in read) expect(read.encoding).toBe('gb18030');
  }
});

test('one name in UTF-8 among GBK ones is found, whatever the name (seeded)', () => {
  const names = seededNames(300).filter((name) => [...name].length >= 3);
  let found = 0;
  for (const name of names) {
    const bytes = new Uint8Array([
      ...gb18030('学校名称,学校类型\r\n城关小学,小学\r\n'),
      ...new TextEncoder().encode(name),
      ...gb18030(',小学\r\n第一中学,初中\r\n'),
    ]);
    const read = csvSheet(bytes, '学校');
    if ('problem' in read && read.problem.code === 'sheetMixedEncoding') found += 1;
  }
  // Names of three or more characters; a few made only of rare characters read as well either way.
  expect(found / names.length).toBeGreaterThan(0.95);
});

test('a field half GBK, half UTF-8 is named at its place, read with each part in its own encoding', () => {
  const bytes = new Uint8Array([
    ...gb18030('学校名称,学校类型\r\n城关小学,小学\r\n城关镇'),
    ...new TextEncoder().encode('第一小学'),
    ...gb18030(',小学\r\n'),
  ]);
  const read = csvSheet(bytes, '学校');
  expect('problem' in read && formatSheetProblem(read.problem)).toBe(
    '学校!A3：这一格里既有 GBK 又有 UTF-8 编码的文字（各按其编码显示为 "城关镇第一小学"），无法确定按哪种读取，未导入（多半是从网页或其他文件粘贴进来的文字：请在 Excel 或 WPS 中重新输入这一格，再把整个文件另存为“CSV UTF-8（逗号分隔）”后重新导入）',
  );
});
