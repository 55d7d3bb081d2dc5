/**
 * One fixture per thing a county's workbook throws at the import, each with its exact message
 * (or its documented treatment), built from code: a title row over merged group headers,
 * numbers stored as text, thousands separators, full-width digits, spaces in names, empty and
 * subtotal rows, formulas, dates, hidden sheets, a 50 MB file, a file that is not a workbook,
 * an encrypted one. Problems the demo project has anyway (schools it leaves without some
 * fields) are not the import's and are left out of the pinned lists.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RawFile } from '../../src/load/read-project.ts';
import { hasErrors } from '../../src/problems/problem.ts';
import type { ImportResult } from '../../src/sheet/import.ts';
import { formatSheetProblem } from '../../src/sheet/problems.ts';
import { buildWorkbook, type FixtureCell, oleFile } from './build-workbook.ts';
import { demoFiles, exportRows, exportSheet, importDemo } from './fixtures.ts';
import { gb18030 } from './gb18030.ts';

let files: RawFile[];
beforeAll(async () => {
  files = await demoFiles();
});

/** The import's own problems, and every error. */
function reported(result: ImportResult): string[] {
  return result.problems
    .filter((problem) => problem.code.startsWith('sheet') || problem.severity === 'error')
    .map(formatSheetProblem);
}

function schools(result: ImportResult): Record<string, unknown>[] {
  const data = result.run?.dataset.counties.get('demo')?.years.get(2019)?.data;
  return (data?.schools ?? []) as unknown as Record<string, unknown>[];
}

function withCell(row: number, column: number, value: FixtureCell): FixtureCell[][] {
  const rows = exportRows();
  const cells = rows[row];
  if (cells) cells[column] = value;
  return rows;
}

function importRows(rows: FixtureCell[][], date1904 = false): ImportResult {
  return importDemo(files, buildWorkbook({ date1904, sheets: [exportSheet(rows)] }));
}

const unchanged = { lines: [], summary: '与现有数据相同，没有变动。', changed: false };

describe('a county’s own export', () => {
  test('a title row, merged group headers over a header row on row 3, 序号 and units: read as the data', () => {
    const result = importRows(exportRows());
    expect(reported(result)).toEqual([]);
    expect(result.summaries.map((summary) => [summary.sheet, summary.count, summary.firstRow])).toEqual([
      ['学校基本情况', 5, 3],
    ]);
    // Columns the export does not have keep the current values.
    expect(result.changes).toEqual(unchanged);
    expect(result.text).toBe(files.find((file) => file.file === 'data/counties/demo/2019.yaml')?.text);
  });

  test('a value merged down several rows counts for each of them', () => {
    const rows = exportRows();
    const [teachingPoint, junior] = [rows[1], rows[2]];
    if (teachingPoint && junior) junior[7] = null;
    const sheet = exportSheet(rows);
    sheet.merges?.push('H5:H6');
    const result = importDemo(files, buildWorkbook({ sheets: [sheet] }));
    expect(result.changes?.lines).toEqual(['修改 示例县第一中学（demo-j01）：城乡分类 镇区 → 乡村']);
  });

  test('numbers stored as text are numbers, silently', () => {
    const rows = exportRows().map((row) =>
      row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)),
    );
    const result = importRows(rows);
    expect(reported(result)).toEqual([]);
    expect(result.changes).toEqual(unchanged);
  });

  test('thousands separators are taken out, with a 提示; a comma that is not one is an error', () => {
    expect(reported(importRows(withCell(0, 19, '1,350,000')))).toEqual([
      '学校基本情况!T4：［提示］1 个单元格的数字带千位分隔符，已去掉后读取，如 "1,350,000" → 1350000（无需处理；如逗号不是千位分隔符，请改正后重新导入）',
    ]);
    const wrong = importRows(withCell(0, 8, '6,00'));
    expect(reported(wrong)).toEqual(['学校基本情况!I4：在校生数应为非负整数，实际为 "6,00"（请填写数字）']);
    expect(wrong.changes).toBeUndefined();
  });

  test('full-width digits are read as digits, with a 提示', () => {
    expect(reported(importRows(withCell(0, 8, '６００')))).toEqual([
      '学校基本情况!I4：［提示］1 个单元格的数字是全角字符，已按半角读取，如 "６００" → 600（无需处理）',
    ]);
  });

  test('trailing spaces and full-width spaces in names are taken out, with a 提示', () => {
    const rows = exportRows();
    const [first, , third] = rows;
    if (first && third) {
      first[1] = '示例县城关小学\u3000';
      third[1] = ' 示例县第一中学 ';
    }
    const result = importRows(rows);
    expect(reported(result)).toEqual([
      '学校基本情况!B4：［提示］2 个单元格前后有空格（含全角空格），已去掉，如 "示例县城关小学　" → "示例县城关小学"（无需处理）',
    ]);
    expect(result.changes).toEqual(unchanged);
  });

  test('empty rows are skipped; a 合计 row is skipped with a 提示', () => {
    const rows = exportRows();
    rows.splice(2, 0, [], [null, '  ']);
    rows.push([null, '合计', null, null, null, null, null, null, 796, 23, 50]);
    const result = importRows(rows);
    expect(reported(result)).toEqual([
      '学校基本情况!第 11 行：［提示］这一行是合计行（"合计"），未导入（合计数不需要导入；要核对县级合计，请填在“县级数据”表的县级合计各项）',
    ]);
    expect(schools(result)).toHaveLength(5);
  });

  test('a formula gives its cached result; without one it is an error', () => {
    const cached = importRows(withCell(0, 8, { formula: 'SUM(I10:I20)', cached: 600 }));
    expect(reported(cached)).toEqual([]);
    expect(cached.changes).toEqual(unchanged);
    expect(reported(importRows(withCell(0, 8, { formula: 'SUM(I10:I20)' })))).toEqual([
      '学校基本情况!I4：单元格是公式 =SUM(I10:I20)，但文件中没有保存计算结果（请在 Excel 或 WPS 中打开并保存一次；或复制后“选择性粘贴 → 数值”）',
    ]);
    expect(reported(importRows(withCell(0, 8, { error: '#REF!' })))).toEqual([
      '学校基本情况!I4：单元格的值是错误值 #REF!（请改正公式，或直接填入数值）',
    ]);
  });

  test('a date (a serial number shown as a date) is an error, shown in the workbook’s date system', () => {
    const date = { number: 43647, format: 'yyyy-mm-dd' };
    const hint = '（Excel 把输入当成了日期：请把单元格格式设为“文本”或“常规”后重新输入）';
    expect(reported(importRows(withCell(0, 9, date)))).toEqual([
      `学校基本情况!J4：单元格是日期 2019-07-01，班级数不是日期${hint}`,
    ]);
    expect(reported(importRows(withCell(0, 9, date), true))).toEqual([
      `学校基本情况!J4：单元格是日期 2023-07-02，班级数不是日期${hint}`,
    ]);
  });

  test('hidden sheets are not read, and said so', () => {
    const bytes = buildWorkbook({
      sheets: [
        exportSheet(),
        { name: '已公开数字', state: 'hidden', rows: [['对应测算项', '印发数值']] },
        { name: '旧数据', state: 'veryHidden', rows: [['x']] },
      ],
    });
    const result = importDemo(files, bytes);
    expect(reported(result)).toEqual([
      '［提示］工作表「已公开数字」是隐藏的，未读取，已公开数字保留现有数据（如要导入，请在 Excel 中右键工作表标签，选“取消隐藏”）',
      '［提示］已跳过隐藏的工作表「旧数据」（隐藏的工作表不导入）',
    ]);
    expect(result.changes).toEqual(unchanged);
  });

  test('hidden rows are read, with a 提示', () => {
    const sheet = exportSheet();
    sheet.hiddenRows = [4];
    expect(reported(importDemo(files, buildWorkbook({ sheets: [sheet] })))).toEqual([
      '学校基本情况!第 5 行：［提示］1 个隐藏的行也已导入（隐藏的行照常导入；不需要的学校请删除整行）',
    ]);
  });

  test('choices spelt as data/sheet-headers.yaml allows, and a school without id found by name', () => {
    const rows = exportRows();
    const [first, , third] = rows;
    if (first && third) {
      first[3] = '完全小学';
      first[7] = '城市';
      third[2] = null;
    }
    const result = importRows(rows);
    expect(reported(result)).toEqual([
      '学校基本情况!D4：［提示］2 个单元格用了同义写法，已按规定的写法读取，如 "完全小学" → 小学（无需处理；同义写法登记在 data/sheet-headers.yaml）',
      '学校基本情况!B6：［提示］1 所学校没有填学校标识，已按学校名称沿用现有数据中的标识，如 "示例县第一中学" → demo-j01（无需处理；新学校请填写一个新的学校标识）',
    ]);
    expect(result.changes).toEqual(unchanged);
  });

  test('the same checks as npm run check, located in the sheet, all at once', () => {
    const rows = exportRows();
    const [, point, junior, mixed, special] = rows;
    if (point && junior && mixed && special) {
      point[7] = '农村乡';
      point[5] = '县直';
      junior[2] = 'demo-p01';
      mixed[9] = '6班';
      special[14] = -1;
    }
    rows.push([6, '新建小学', null, '小学', '公办', '是', null, '乡村', 10, 1, 1]);
    const result = importRows(rows);
    expect(reported(result)).toEqual([
      '学校基本情况!F5：县属应为 是 或 否，实际为 "县直"（请从下拉列表中选择 是 或 否）',
      '学校基本情况!H5：城乡分类应为 城区、镇区、乡村 之一，实际为 "农村乡"（请从上面的取值中照抄一个）',
      '学校基本情况!J7：班级数应为非负整数，实际为 "6班"（只填数字 6，不写单位“班”）',
      '学校基本情况!O8：在校生数应为非负整数，实际为 -1（不能为负数；没有时填 0）',
      '学校基本情况!C9：缺少必填项“学校标识”（请填写这一格）',
    ]);
    expect(hasErrors(result.problems)).toBe(true);
    expect(result.changes).toBeUndefined();
  });

  test('rule problems (after the values are right) are located too', () => {
    const rows = exportRows();
    const [, , junior, mixed] = rows;
    if (junior && mixed) {
      junior[2] = 'demo-p01';
      for (const column of [11, 12, 13]) mixed[column] = null;
    }
    expect(reported(importRows(rows)).slice(0, 2)).toEqual([
      '学校基本情况!C6：学校标识 demo-p01 与第 4 行重复（每所学校和教学点的标识在县内必须唯一，请改用新的标识）',
      '学校基本情况!L7：九年一贯制应有初中段数据（请填写这一学段的在校生数、班级数和专任教师数，或核对学校类型）',
    ]);
  });

  test('a missing column is one error for the sheet, unless the current file has every value', () => {
    const rows = exportRows();
    rows.push([
      6,
      '新建小学',
      'demo-p02',
      '小学',
      '公办',
      '是',
      null,
      '乡村',
      10,
      1,
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      1,
      1,
      1,
      1,
      1,
    ]);
    const dropType = (cells: FixtureCell[][]) => {
      const sheet = exportSheet(cells.map((row) => row.filter((_, column) => column !== 3)));
      for (const row of sheet.rows.slice(1, 3)) row.splice(3, 1);
      sheet.merges = [
        'A1:U1',
        ...'ABCDEFG'.split('').map((c) => `${c}2:${c}3`),
        'H2:J2',
        'K2:M2',
        'N2:P2',
        'Q2:U2',
      ];
      return importDemo(files, buildWorkbook({ sheets: [sheet] }));
    };
    expect(reported(dropType(exportRows()))).toEqual([]);
    expect(reported(dropType(rows))).toEqual([
      '学校基本情况!第 3 行：缺少“学校类型”一列（请添加这一列，表头写“学校类型”；或在 data/sheet-headers.yaml 中登记本表的写法）',
    ]);
  });
});

describe('files that cannot be read', () => {
  const only = (bytes: Uint8Array, name = '示例县.xlsx') => {
    const result = importDemo(files, bytes, name);
    expect(result.text).toBeUndefined();
    return result.problems.map(formatSheetProblem);
  };

  test('a 50 MB file is refused before it is unzipped', () => {
    expect(only(new Uint8Array(50 * 1024 * 1024))).toEqual([
      '文件大小为 50.0 MB，超过 20.0 MB 的上限，未读取（一个县一年的数据通常不到 1 MB：请只保留要导入的工作表，删去图片和无关的表，另存后再导入）',
    ]);
  });

  test('a file that is not a workbook', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    const resave = '请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再导入';
    expect(only(text('%PDF-1.7\n'))).toEqual([`这是 PDF 文件，不是 Excel 工作簿（${resave}）`]);
    expect(only(text('<html><table><tr><td>学校</td></tr></table></html>'), '示例县.xls')).toEqual([
      `这是网页格式的表格（从系统导出的 .xls 常是这样），不是真正的 Excel 工作簿（${resave}）`,
    ]);
    expect(only(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual([
      '工作簿已损坏，无法解压（请在 Excel 中打开并另存一次；仍打不开时请重新导出）',
    ]);
  });

  test('a password-protected workbook (an OLE container), and an old .xls', () => {
    expect(only(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual([
      '工作簿设置了打开密码（已加密），无法读取（请在 Excel 中打开，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存后再导入；WPS 在“文件 → 文档加密 → 密码加密”中删去密码）',
    ]);
    expect(only(oleFile(['Workbook']), '示例县.xls')).toEqual([
      '这是 Excel 97-2003 格式（.xls）的工作簿，无法直接读取（请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再导入）',
    ]);
  });

  test('a workbook without any table', () => {
    const result = importDemo(
      files,
      buildWorkbook({ sheets: [{ name: 'Sheet1', rows: [['你好', '世界']] }] }),
    );
    expect(reported(result)).toEqual([
      '没有找到可以导入的工作表（请沿用 npm run template 生成的模板；自己的表格请让表头包含“学校名称”“学校类型”等列，或在 data/sheet-headers.yaml 中登记本县的表头写法）',
      '［提示］工作表「Sheet1」没有识别为任何一张表，未导入（表头请沿用模板的写法，或在 data/sheet-headers.yaml 中登记本县的写法）',
    ]);
  });
});

describe('text in the wrong encoding', () => {
  const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

  test('a name that is mojibake is an error at its cell, with the name it most likely was', () => {
    const rows = exportRows();
    const [first] = rows;
    if (first) first[1] = latin1(gb18030('示例县城关小学'));
    expect(reported(importRows(rows))).toEqual([
      '学校基本情况!B4：这一格的文字是乱码："Ê¾ÀýÏØ³Ç¹ØÐ¡Ñ§"，看起来是 GBK 编码的 "示例县城关小学" 被当作西文（Latin-1）编码读取后保存的（请在这一格重新输入正确的文字（多半是 "示例县城关小学"）；如果整列都是这样，请从原始文件重新导出，打开时选对编码）',
    ]);
  });

  /** The workbook of the export with its shared strings re-encoded as GBK, under a given declaration. */
  function gbkStrings(declaration: string): Uint8Array {
    const parts = unzipSync(buildWorkbook({ sheets: [exportSheet(exportRows())] }));
    const xml = strFromU8(parts['xl/sharedStrings.xml'] as Uint8Array).replace(
      /^<\?xml[^>]*\?>/,
      declaration,
    );
    parts['xl/sharedStrings.xml'] = new Uint8Array(gb18030(xml));
    return zipSync(parts, { level: 6, mtime: new Date(1980, 0, 1) });
  }

  test('a part in GBK that says so is read; one that says UTF-8 is named, not read as mojibake', () => {
    const declared = importDemo(
      files,
      gbkStrings('<?xml version="1.0" encoding="GB2312" standalone="yes"?>'),
    );
    expect(reported(declared)).toEqual([]);
    expect(schools(declared)[0]?.name).toBe('示例县城关小学');
    const result = importDemo(files, gbkStrings('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'));
    expect(result.text).toBeUndefined();
    expect(result.problems.map(formatSheetProblem)).toEqual([
      expect.stringMatching(
        /^工作簿的 xl\/sharedStrings\.xml 中有文字不是 UTF-8 编码（看起来是 GBK，从 "[^"]{1,20}" 处开始），与文件声明的编码不符，未导入（这个工作簿不是 Excel 或 WPS 保存的/,
      ),
    ]);
  });
});
