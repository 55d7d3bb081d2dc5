import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { NarrativeFile } from '../../src/load/read-narratives.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { nextYearData, nextYearNarrative } from '../../src/scaffold/next-year.ts';
import { toFillActions, toFillItems, toFillPaths } from '../../src/validate/to-fill.ts';

const data = `# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 示例数据
county: demo
year: 2019
schools:
  - id: a # 城关小学
    name: 城关小学
totals:
  schools: 1
facts:
  satisfaction: 96 # 满意度调查
  publicFundsPerStudent: { primary: 650 }
  investments:
    - { period: "2019", purpose: 校舍改造, amount: 100 }
published:
  - { key: totals.schools, value: 1, source: 2019 年度报告 }
  - { key: totals.students, value: 10, source: 2019 年度报告 }
`;

describe('next year’s data', () => {
  test('the year changes, last year’s printed figures go, yearly figures go to the to-fill list, series stay', () => {
    const made = nextYearData(data, 2019, 2020);
    expect(made.text).toBe(`# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 由 2019 年的文件复制而来（npm run new）：请逐项更新为 2020 年的数据。
# 示例数据
county: demo
year: 2020
# 待补充：以下各项要按 2020 年度的文件重新填写或核对（npm run check 逐项提示）；填好一项，删去一项。
toFill:
  - totals
  - facts.satisfaction
  - facts.publicFundsPerStudent
  - facts.investments
schools:
  - id: a # 城关小学
    name: 城关小学
facts:
  publicFundsPerStudent: { primary: 650 }
  investments:
    - { period: "2019", purpose: 校舍改造, amount: 100 }
`);
    expect(made).toMatchObject({
      toFill: ['totals', 'facts.satisfaction', 'facts.publicFundsPerStudent', 'facts.investments'],
      droppedPublished: 2,
      schools: 1,
    });
  });

  test('nothing to fill in: no list, and facts left empty go', () => {
    const made = nextYearData(
      'county: demo\nyear: 2019\nschools: []\nfacts:\n  satisfaction: 90\n',
      2019,
      2021,
    );
    expect(parse(made.text)).toEqual({
      county: 'demo',
      year: 2021,
      toFill: ['facts.satisfaction'],
      schools: [],
    });
    const bare = nextYearData('county: demo\nyear: 2019\nschools: []\n', 2019, 2020);
    expect(bare.toFill).toEqual([]);
    expect(parse(bare.text)).toEqual({ county: 'demo', year: 2020, schools: [] });
  });

  test('what last year’s file still lists stays listed, once', () => {
    const made = nextYearData(
      'county: demo\nyear: 2019\ntoFill:\n  - facts.satisfaction\n  - facts.investments\nschools: []\nfacts:\n  investments: []\n',
      2019,
      2020,
    );
    expect(parse(made.text)).toEqual({
      county: 'demo',
      year: 2020,
      toFill: ['facts.satisfaction', 'facts.investments'],
      schools: [],
      facts: { investments: [] },
    });
  });

  test('the assessment: county numbers, declarations, vetoes, evidence and external results are entered anew; school rows keep their new fields', () => {
    const previous = `county: demo
year: 2022
schools:
  - id: a
    name: 城关小学
    primary: { students: 600, classes: 14, teachers: 35, certifiedTeachers: 35, trainedTeachers: 30 }
    facilities: { musicRooms: 2, musicRoomMinArea: 96 }
    funds: { publicFunds: 300000, trainingSpend: 15000 }
numbers:
  teacherPay: { teachers: 98000, civilServants: 95000 }
  juniorCohort: { entrants: 500, graduates: 480, formula: plain }
declarations:
  - { item: layoutPlan, met: true }
vetoes:
  - { item: keySchools, present: false }
evidence:
  - { item: layoutPlan, title: 示例县义务教育学校布局规划 }
qualityMonitoring:
  - { subject: 数学, year: 2021, level: 3, difference: 0.12 }
recognitionSurvey: { rate: 91.2 }
governmentScore: { self: 92 }
governmentScoreItems:
  - { area: 入学机会, item: 就近入学, points: 8 }
`;
    const made = nextYearData(previous, 2022, 2023);
    expect(made.toFill).toEqual([
      'numbers',
      'declarations',
      'vetoes',
      'evidence',
      'qualityMonitoring',
      'recognitionSurvey',
      'governmentScore',
      'governmentScoreItems',
    ]);
    for (const path of made.toFill) expect(toFillActions[path]).toBe('enter');
    expect(parse(made.text)).toEqual({
      county: 'demo',
      year: 2023,
      toFill: made.toFill,
      schools: parse(previous).schools,
    });
  });

  test('a new year of the assessment asks for each item in the words of the check', () => {
    const made = nextYearData(
      'county: demo\nyear: 2019\nschools: []\ndeclarations:\n  - { item: layoutPlan, met: true }\nrecognitionSurvey: { rate: 90 }\n',
      2019,
      2020,
    );
    expect(toFillItems(parse(made.text)).map((found) => `${found.message}（${found.hint}）`)).toEqual([
      '待补充：请填写 2020 年度的申报声明（declarations）（填好后删去 toFill 中的这一项）',
      '待补充：请填写 2020 年度的社会认可度调查（recognitionSurvey）（填好后删去 toFill 中的这一项）',
    ]);
  });

  test('every path the schema allows in the list has an action, and no other', () => {
    expect(toFillPaths().sort()).toEqual(Object.keys(toFillActions).sort());
  });
});

describe('next year’s narrative', () => {
  const previous = [
    '---',
    'title: 示例县2019年情况',
    'publisher: 局',
    'published: 2019-12-01',
    'updated: 2019-12-02',
    'source: 2019 年度报告',
    '---',
    '',
    '## 基本情况',
    '',
    '满意度 <Figure k="facts.satisfaction" unit="%" />，班额 <Figure k="levels.primary.averageClassSize" />。',
    '',
    '<LevelTable />',
    '',
  ].join('\n');

  test('front matter reset and marked, a to-do on top, the figures the check rejects become to-dos', () => {
    const seen: NarrativeFile[] = [];
    const check = (narrative: NarrativeFile): Problem[] => {
      seen.push(narrative);
      // The check rejects the first figure (an error at its k attribute, line 13) and warns at
      // the second: only the first becomes a to-do.
      const line = narrative.text.split('\n')[12] ?? '';
      const first = line.indexOf('k=') + 1;
      const second = line.lastIndexOf('k=') + 1;
      const at = (line: number, column: number, severity: Problem['severity']): Problem => ({
        severity,
        code: 'narrativeUnknownFigure',
        path: [],
        message: '',
        file: narrative.file,
        line,
        column,
      });
      return [at(13, first, 'error'), at(13, second, 'warning')];
    };
    const made = nextYearNarrative(
      previous,
      2019,
      2020,
      '2026-11-22',
      'content/reports/demo/2020.mdx',
      check,
    );
    expect(made.text).toBe(
      [
        '---',
        'title: 示例县2020年情况',
        'publisher: 局',
        'published: 2026-11-22 # 待补充：报告发布后改为实际的发布日期',
        'updated: 2026-11-22',
        'source: 待补充：2020 年度报告所依据的文件（名称、文号）',
        '---',
        '',
        '<Todo>本文由 2019 年的报告复制而来，请按 2020 年的情况改写正文，改好后删去这一条。</Todo>',
        '',
        '## 基本情况',
        '',
        '满意度 <Todo figure="facts.satisfaction" />{/* 原为 <Figure k="facts.satisfaction" unit="%" /> */}，班额 <Figure k="levels.primary.averageClassSize" />。',
        '',
        '<LevelTable />',
        '',
      ].join('\n'),
    );
    expect(made.figureTodos).toEqual([{ key: 'facts.satisfaction', line: 13 }]);
    expect(seen.map((narrative) => narrative.file)).toEqual(['content/reports/demo/2020.mdx']);
    expect(seen[0]?.text).toContain('<Figure k="facts.satisfaction" unit="%" />');
  });

  test('a narrative without front matter is kept as it is', () => {
    expect(nextYearNarrative('正文', 2019, 2020, '2026-11-22', 'x.mdx', () => []).text).toBe('正文');
  });
});
