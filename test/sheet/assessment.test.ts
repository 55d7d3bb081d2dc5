/**
 * The assessment's data (issue #11) through the workbook: a county-year holding every field the
 * assessment added (school rows, county numbers, declarations, vetoes, evidence, monitoring,
 * survey, government scores) comes back from `template` → `import` byte for byte, with the
 * hidden keys and by the visible headers alone; choices show their Chinese labels.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { RawFile } from '../../src/load/read-project.ts';
import { hasErrors } from '../../src/problems/problem.ts';
import { formatSheetProblem } from '../../src/sheet/problems.ts';
import { templateWorkbook } from '../../src/sheet/template.ts';
import { buildDataset } from '../../src/validate/dataset.ts';
import { type SheetSpec, type WorkbookSpec, workbookBytes } from '../../src/xlsx/write.ts';
import { demoFiles, importDemo } from './fixtures.ts';

const yearFile = 'data/counties/demo/2019.yaml';

/** Every field of the assessment, in the shapes a clerk writes. */
const assessment = `numbers:
  specialEducation:
    publicFunds: 320000
    students: 40
  teacherPay:
    teachers: 98000
    civilServants: 95000
  rotation:
    eligible: 120
    rotated: 15
    keyRotated: 4
  nearbyEnrollment:
    primary: 100
    junior: 96.5
  quotaAllocation:
    places: 400
    allocated: 220
  migrantChildren:
    eligible: 300
    inPublic: 280
  disabledChildren:
    eligible: 20
    enrolled: 19
  juniorCohort:
    entrants: 500
    transfersIn: 10
    transfersOut: 20
    deaths: 1
    graduates: 480
    formula: net
declarations:
  - item: layoutPlan
    met: true
    note: 布局规划已经县政府批准
  - item: fullCurriculum
    met: false
vetoes:
  - item: keySchools
    present: false
  - item: offCampusTutoring
    present: false
    note: 本县未设此项
evidence:
  - item: layoutPlan
    title: 示例县义务教育学校布局规划（2018—2025年）
    number: 示政发〔2018〕3号
    date: 2018-05
    link: https://example.org/plan
  - item: keySchools
    title: 示例县义务教育招生入学工作意见
    date: 2019-06-12
qualityMonitoring:
  - subject: 数学
    year: 2019
    level: 3
    difference: 0.12
  - subject: 体育与健康
    year: 2019
    level: 4
    difference: 0.08
recognitionSurvey:
  rate: 91.2
  date: 2019-11
  respondents: 3456
governmentScore:
  self: 92
  municipal: 90.5
  provincial: 89
governmentScoreItems:
  - area: 入学机会
    item: 就近入学
    points: 8
    met: true
    self: 8
    municipal: 8
    provincial: 7.5
  - area: 保障机制
    item: 公用经费
    met: false
`;

const schoolFields: [string, string][] = [
  ['peArtsTeachers: 6', 'peArtsTeachers: 6\n      certifiedTeachers: 35\n      trainedTeachers: 30'],
  [
    'multimediaRooms: 14',
    'multimediaRooms: 14\n      musicRooms: 2\n      musicRoomMinArea: 96\n      artRooms: 1\n      artRoomMinArea: 90.5\n    funds:\n      publicFunds: 300000\n      trainingSpend: 15000',
  ],
];

let files: RawFile[];
let text: string;
beforeAll(async () => {
  const demo = await demoFiles();
  files = demo.map((raw) => {
    if (raw.file !== yearFile || raw.text === null) return raw;
    let edited = raw.text;
    for (const [from, to] of schoolFields) {
      expect(edited.split(from)).toHaveLength(2);
      edited = edited.replace(from, to);
    }
    edited = edited.replace('published:\n', `${assessment}published:\n`);
    return { ...raw, text: edited, size: Buffer.byteLength(edited) };
  });
  text = files.find((raw) => raw.file === yearFile)?.text ?? '';
});

/** The workbook with the hidden key row (and 县级数据's key column) deleted. */
function withoutKeys(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet): SheetSpec => {
      if (sheet.name === '县级数据') {
        return {
          ...sheet,
          rows: sheet.rows.map((row) => ({ ...row, cells: row.cells.slice(1) })),
          columns: sheet.columns?.slice(1) ?? [],
          validations: [],
        };
      }
      return { ...sheet, rows: sheet.rows.filter((row) => !row.hidden), validations: [] };
    }),
  };
}

function cellOf(cell: SheetSpec['rows'][number]['cells'][number] | undefined): unknown {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}

function cellText(sheet: SheetSpec | undefined, row: number, column: number): unknown {
  const cell = sheet?.rows[row]?.cells[column];
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}

describe('a county-year with every field of the assessment', () => {
  test('is valid as it stands', () => {
    const problems = buildDataset(files).problems.filter((problem) => problem.file === yearFile);
    expect(hasErrors(problems)).toBe(false);
    const data = parse(text);
    expect(data.numbers.juniorCohort.formula).toBe('net');
    expect(data.schools[0].funds).toEqual({ publicFunds: 300000, trainingSpend: 15000 });
  });

  test('template, then import: the same file, byte for byte', () => {
    const data = parse(text);
    const result = importDemo(files, workbookBytes(templateWorkbook({ data, county: 'demo', year: 2019 })));
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.changes?.changed).toBe(false);
    expect(parse(result.text ?? '')).toEqual(data);
    expect(result.text).toBe(text);
  });

  test('without the hidden keys, by the visible headers', () => {
    const data = parse(text);
    const result = importDemo(
      files,
      workbookBytes(withoutKeys(templateWorkbook({ data, county: 'demo', year: 2019 }))),
    );
    // The demo's own warnings (schools without some fields) are not the import's.
    const own = result.problems.filter(
      (problem) => problem.code.startsWith('sheet') || problem.severity === 'error',
    );
    expect(own.map(formatSheetProblem)).toEqual([]);
    expect(parse(result.text ?? '')).toEqual(data);
  });

  test('lists are sheets of their own; choices show their Chinese labels, yes-no fields 是/否', () => {
    const spec = templateWorkbook({ data: parse(text), county: 'demo', year: 2019 });
    const sheet = (name: string) => spec.sheets.find((candidate) => candidate.name === name);
    const declarations = sheet('申报声明');
    expect([0, 1, 2].map((column) => cellText(declarations, 0, column))).toEqual([
      '申报事项',
      '是否达到',
      '说明',
    ]);
    expect([0, 1, 2].map((column) => cellText(declarations, 3, column))).toEqual([
      '学校规划布局合理',
      '是',
      '布局规划已经县政府批准',
    ]);
    expect(declarations?.validations?.[0]).toMatchObject({
      type: 'list',
      list: expect.arrayContaining(['学校规划布局合理', '基本均衡年度监测保持良好']),
    });
    expect(cellText(sheet('否决事项'), 4, 0)).toBe('校外培训机构治理不力');
    expect(cellText(sheet('佐证材料'), 4, 0)).toBe('设置重点学校或重点班');
    expect([0, 1, 2, 3].map((column) => cellText(sheet('质量监测'), 3, column))).toEqual([
      '数学',
      2019,
      3,
      0.12,
    ]);
    expect(cellText(sheet('政府得分明细'), 3, 1)).toBe('就近入学');
    const county = sheet('县级数据');
    const row = (key: string) =>
      county?.rows.find((candidate) => {
        const first = candidate.cells[0];
        return first !== null && typeof first === 'object' && first.value === key;
      })?.cells;
    expect(row('numbers.juniorCohort.formula')?.slice(1, 4)).toEqual([
      '县级评估数字',
      '初中三年巩固率·计算公式',
      { value: '毕业人数÷(入学人数+转入−转出−死亡)', style: { numberFormat: '@' } },
    ]);
    expect(row('recognitionSurvey.rate')?.slice(1, 5)).toEqual(['社会认可度调查', '社会认可度', 91.2, '%']);
  });

  test('a choice typed as its code, or as its label, imports as the code', () => {
    const data = parse(text);
    const spec = templateWorkbook({ data, county: 'demo', year: 2019 });
    const sheets = spec.sheets.map((sheet) => {
      if (sheet.name !== '申报声明') return sheet;
      const rows = sheet.rows.map((row, index) =>
        index === 4 ? { ...row, cells: ['fullCurriculum', ...row.cells.slice(1)] } : row,
      );
      return { ...sheet, rows };
    });
    const result = importDemo(files, workbookBytes({ ...spec, sheets }));
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.text).toBe(text);
  });
  test('a problem of the assessment is pointed at its cell, in the words of the workbook', () => {
    const spec = templateWorkbook({ data: parse(text), county: 'demo', year: 2019 });
    const edit = (name: string, row: number, column: number, value: string | number) =>
      spec.sheets.map((sheet) => {
        if (sheet.name !== name) return sheet;
        const rows = sheet.rows.map((cells, index) =>
          index === row
            ? { ...cells, cells: cells.cells.map((cell, at) => (at === column ? value : cell)) }
            : cells,
        );
        return { ...sheet, rows };
      });
    const errors = (sheets: SheetSpec[]) =>
      importDemo(files, workbookBytes({ ...spec, sheets }))
        .problems.filter((problem) => problem.severity === 'error')
        .map(formatSheetProblem);
    expect(errors(edit('佐证材料', 4, 0, '以考试方式招生'))).toMatchInlineSnapshot(`
      [
        "佐证材料!A5：佐证材料对应的事项「以考试方式招生」（examAdmission）没有在否决事项（vetoes）中填写（请在“申报声明”或“否决事项”表中添加这一事项，或改正这份材料对应的事项）",
      ]
    `);
    expect(errors(edit('申报声明', 4, 0, '学校规划布局合理'))).toMatchInlineSnapshot(`
      [
        "申报声明!A5：事项「学校规划布局合理」与第 4 行重复（每个事项只填一行：请删去其中一行，需要说明的写在“说明”中）",
      ]
    `);
    expect(errors(edit('申报声明', 4, 0, '规划布局'))).toMatchInlineSnapshot(`
      [
        "申报声明!A5：申报事项应为 「学校规划布局合理」、「城乡学校建设、编制、公用经费基准定额、装备配置标准统一」、「教师绩效工资核定」、「县域内教职工编制、岗位统筹调配」、「优质高中招生名额分配向农村学校倾斜」、「建立留守儿童关爱体系」、「学校章程与管理、教学信息化」、「信息化教学应用」、「德育和校园文化建设良好」、「课程开齐开足」、「课业负担合理」、「基本均衡年度监测保持良好」 之一，实际为 "规划布局"（是否应为 「学校规划布局合理」？）",
      ]
    `);
  });
  test('a sheet and its headers spelt as data/sheet-headers.yaml registers', () => {
    const data = parse(text);
    const spec = withoutKeys(templateWorkbook({ data, county: 'demo', year: 2019 }));
    const sheets = spec.sheets.map((sheet) => {
      if (sheet.name !== '佐证材料') return sheet;
      const rows = sheet.rows.map((row, index) =>
        index === 0
          ? { ...row, cells: row.cells.map((cell) => (cellOf(cell) === '文件名称' ? '材料名称' : cell)) }
          : row,
      );
      return { ...sheet, name: '佐证资料', rows };
    });
    const result = importDemo(files, workbookBytes({ ...spec, sheets }));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.summaries.find((summary) => summary.sheet === '佐证资料')?.count).toBe(2);
    expect(parse(result.text ?? '').evidence).toEqual(data.evidence);
  });
  test('into a file that has none of it yet: every field is added', async () => {
    const data = parse(text);
    const bare = await demoFiles();
    const result = importDemo(bare, workbookBytes(templateWorkbook({ data, county: 'demo', year: 2019 })));
    expect(hasErrors(result.problems)).toBe(false);
    expect(parse(result.text ?? '')).toEqual(data);
    expect(result.changes?.changed).toBe(true);
    const lines = result.changes?.lines ?? [];
    expect(lines).toContain(
      '县级数据：县级评估数字·初中三年巩固率·计算公式 空 → 毕业人数÷(入学人数+转入−转出−死亡)',
    );
    expect(lines).toContain('申报声明新增第 1 项：学校规划布局合理，是，布局规划已经县政府批准');
  });
});
