import { expect, test } from 'vitest';
import { csvSheet, decodeCsv, parseCsv } from '../../src/sheet/csv.ts';

/** GB18030 bytes of a text, from Node's own decoder (Node has no GB18030 encoder). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
      } catch {}
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return [code];
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no GB18030 bytes for ${char}`);
      return bytes;
    }),
  );
}

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
