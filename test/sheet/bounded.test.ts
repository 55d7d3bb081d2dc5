/**
 * The import is linear and bounded (issue 13), each case a failure seen on main: a 19 MB CSV
 * of 250,000 rows (heap out of memory at 4.2 GB), a workbook of 1,048,576 rows (a RangeError),
 * a quote left open (66 MB of message), a GBK file with one name in UTF-8 (imported as
 * mojibake, exit 0), a forged zip size (a part read truncated). Each now gives one located
 * message; the caps stand in for time and memory bounds.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { RawFile } from '../../src/load/read-project.ts';
import { hasErrors } from '../../src/problems/problem.ts';
import { defaultReadLimits } from '../../src/xlsx/read.ts';
import { forgedSize, millionRows } from '../xlsx/hostile.ts';
import { buildWorkbook } from './build-workbook.ts';
import { demoFiles, importDemo, messages } from './fixtures.ts';
import { gb18030 } from './gb18030.ts';

let files: RawFile[];
beforeAll(async () => {
  files = await demoFiles();
});

const utf8 = (text: string) => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const header = '学校标识,学校名称,学校类型,城乡分类,在校生数\r\n';
const rowsHint =
  '（一个县的学校和教学点至多几千所，要导入的每张表都远少于 10000 行：请删去多余的行（如学生、教师名册等明细），或把无关的工作表移出这个文件后再导入）';

/** The import of a CSV: only its problems, and nothing to write. */
function importCsv(bytes: Uint8Array, name = '示例县.csv'): string[] {
  const result = importDemo(files, bytes, name);
  expect(hasErrors(result.problems)).toBe(true);
  expect(result.changes).toBeUndefined();
  return messages(result);
}

describe('rows and cells are capped, with the cap and why', () => {
  test('a 19 MB CSV of 250,000 rows stops at row 10,001', () => {
    const line = 'demo-p001,示例县城关第一完全小学,小学,乡村,1234,45,67,89,10\r\n';
    const bytes = utf8(header + line.repeat(250_000));
    expect(bytes.length).toBeGreaterThan(19_000_000);
    expect(bytes.length).toBeLessThan(defaultReadLimits.maxFileBytes);
    expect(importCsv(bytes)).toEqual([
      `示例县!第 10001 行：工作表「示例县」有数据的行超过 10000 行的上限，未读取${rowsHint}`,
    ]);
  });

  test('a workbook of 1,048,576 rows stops at row 10,001', () => {
    expect(importCsv(millionRows(), '示例县.xlsx')).toEqual([
      `学校!第 10001 行：工作表「学校」有数据的行超过 10000 行的上限，未读取${rowsHint}`,
    ]);
  });

  test('more than 1,000,000 cells', () => {
    const line = `${'1,'.repeat(119)}1\n`;
    expect(importCsv(utf8(line.repeat(9000)))).toEqual([
      '示例县!第 8334 行：文件中有数据的单元格（合并单元格按所占的格数计）超过 1000000 个的上限，未读取（一个县一年的数据不过几千所学校、每所几十项，远少于 1000000 个单元格：请只保留要导入的工作表，删去无关的表和多余的行列后再导入）',
    ]);
  });

  test('a cell longer than Excel allows: located, quoting its beginning', () => {
    const long = '长'.repeat(40_000);
    const [message] = importCsv(utf8(`${header}demo-p01,${long},小学\n`));
    expect(message).toBe(
      `示例县!B2：单元格有 120000 个字符，超过 32767 个字符的上限，未读取："${'长'.repeat(100)}…"（Excel 的一个单元格最多 32767 个字符，这一格不是 Excel 保存的：请改正这一格后重新导入）`,
    );
  });
});

describe('a quote left open is named where it opens, in a few lines', () => {
  const hint = '（请在这一格内容的末尾补上引号 "，或删去开头的引号；内容本身含有引号时，要写成两个引号 ""）';

  test('to the end of a small file', () => {
    const bytes = utf8(
      `${header}demo-p01,"示例县城关小学,小学,城区,600\r\ndemo-p02,示例县第二小学,小学,乡村,300\r\n`,
    );
    expect(importCsv(bytes)).toEqual([
      `示例县!B2：这一格以引号 " 开头，但直到文件末尾都没有结束的引号："示例县城关小学,小学,城区,600\\r\\ndemo-p02,示例县第二小学,小学,乡村,300\\r\\n"${hint}`,
    ]);
  });

  test('in a large file: stopped at a cell’s size, the message stays short', () => {
    const rest = 'demo-p02,示例县第二小学,小学,乡村,300\r\n'.repeat(200_000);
    const bytes = utf8(`${header}demo-p01,"示例县城关小学,小学,城区,600\r\n${rest}`);
    const printed = importCsv(bytes);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^示例县!B2：这一格以引号 " 开头，引号内超过 32767 个字符还没有结束，多半是漏了结束的引号："示例县城关小学/,
    );
    expect(printed[0]?.length).toBeLessThan(400);
  });
});

describe('encoding mixtures are named, not turned into mojibake', () => {
  const hint =
    '（请把整个文件保存为同一种编码后重新导入：在 Excel 或 WPS 中“另存为”选“CSV UTF-8（逗号分隔）”，或在记事本中“另存为”时把编码选为 UTF-8；也可以整个文件都用 GBK（ANSI））';

  test('a GBK file with one name in UTF-8', () => {
    const bytes = concat(
      gb18030(header),
      gb18030('demo-p01,示例县城关小学,小学,城区,600\r\n'),
      gb18030('demo-t01,'),
      utf8('示例县溪口教学点'),
      gb18030(',教学点,乡村,20\r\n'),
      gb18030('demo-j01,示例县第一中学,初中,镇区,800\r\n'),
    );
    expect(importCsv(bytes)).toEqual([
      `文件中既有 GBK 又有 UTF-8 编码的文字：第 3 行第 2 列 "示例县溪口教学点" 是 UTF-8 编码，其余是 GBK 编码，无法确定按哪种读取，未导入${hint}`,
    ]);
  });

  test('a UTF-8 file (with a byte-order mark) with names in GBK', () => {
    const bytes = concat(
      new Uint8Array([0xef, 0xbb, 0xbf]),
      utf8(header),
      utf8('demo-p01,'),
      gb18030('示例县城关小学'),
      utf8(',小学,城区,600\r\n'),
      utf8('demo-j01,'),
      gb18030('示例县第一中学'),
      utf8(',初中,镇区,800\r\n'),
    );
    expect(importCsv(bytes)).toEqual([
      `文件中既有 GBK 又有 UTF-8 编码的文字：第 2 行第 2 列 "示例县城关小学" 是 GBK 编码（这样的共 2 格），其余是 UTF-8 编码，无法确定按哪种读取，未导入${hint}`,
    ]);
  });

  test('a file all in GBK, or all in UTF-8, is read as before', () => {
    for (const bytes of [gb18030(`${header}demo-p01,示例县城关小学,小学,城区,600\r\n`), utf8(header)]) {
      const result = importDemo(files, bytes, '学校.csv');
      expect(messages(result).join('\n')).not.toContain('编码');
    }
  });
});

describe('a forged zip', () => {
  test('a part declared shorter than it is: refused, not read truncated', () => {
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
    const forged = forgedSize(bytes, 'xl/worksheets/sheet1.xml', (size) => size - 30);
    expect(importCsv(forged, '示例县.xlsx')).toEqual([
      `工作簿已损坏：其中的 xl/worksheets/sheet1.xml 解压后多于记录的 ${
        (unzipSize(bytes) ?? 0) - 30
      } 字节，未读取（文件可能在下载、拷贝或保存时出了错：请在 Excel 中打开并另存一次；打不开时请重新导出或重新拷贝原文件）`,
    ]);
  });
});

function unzipSize(bytes: Uint8Array): number | undefined {
  const record = Buffer.from(bytes).lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml'));
  return record < 0
    ? undefined
    : new DataView(bytes.buffer, bytes.byteOffset).getUint32(record - 46 + 24, true);
}
