/**
 * Golden test: the example data reproduce every figure the seed documents print
 * (domain.md §1, §7), computed through the whole pipeline from the files in data/.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { isDefined, type Measure } from '../../src/compute/measure.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { type ProjectRun, runProject } from '../../src/pipeline.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { root } from '../helpers/fixtures.ts';

let run: ProjectRun;
beforeAll(async () => {
  run = runProject(await readProjectFiles(root));
});

function result(county: string, year: number): ComputeResult {
  const found = run.outputs.find((output) => output.county === county && output.year === year);
  if (found === undefined) throw new Error(`no result for ${county} ${year}`);
  return found.result;
}

function num(measure: Measure | undefined): number {
  if (measure === undefined || !isDefined(measure))
    throw new Error(`not a number: ${JSON.stringify(measure)}`);
  return measure;
}

/** As printed: rounded to the printed decimals. */
const printedAs = (value: Measure | undefined, decimals: number) => Number(num(value).toFixed(decimals));

test('the example data have no errors, and the only warning is Tongdao’s 中学 composite', () => {
  expect(run.problems.map(formatProblem)).toEqual([
    'data/counties/tongdao/2019.yaml:1742:12  ［提示］published[1].value：levels.junior.basic.compositeCv 印发为 0.279，测算结果为 0.273，差异超出印发精度（请核对印发数字与逐校数据；若印发原文确实如此，保留原样即可，页面会注明差异）',
  ]);
  expect(run.outputs.map((output) => `${output.county} ${output.year}`)).toEqual([
    'fengqiu 2020',
    'lingbao 2022',
    'longting 2021',
    'longting 2022',
    'longting 2023',
    'longting 2024',
    'longting 2025',
    'tongdao 2019',
    'wudalianchi 2018',
  ]);
});

describe('Tongdao 2019 (seed 003)', () => {
  const ids = [
    'teaching_area_per_student',
    'sports_area_per_student',
    'equipment_value_per_student',
    'computers_per_100_students',
    'books_per_student',
    'teachers_per_student',
    'above_degree_teachers_per_student',
    'senior_title_teachers_per_student',
  ];
  const table = {
    primary: {
      means: [3.392, 4.649, 2909.14, 10.776, 28.492, 0.059, 0.056, 0.03],
      cvs: [0.517, 0.533, 0.295, 0.519, 0.368, 0.231, 0.242, 0.334],
    },
    junior: {
      means: [4.102, 7.006, 2942.86, 10.955, 32.005, 0.074, 0.064, 0.046],
      cvs: [0.556, 0.338, 0.177, 0.209, 0.3, 0.14, 0.175, 0.286],
    },
  };

  test.each(['primary', 'junior'] as const)(
    '%s: eight county values and coefficients within ±0.002',
    (level) => {
      const basic = result('tongdao', 2019).levels[level].basic;
      ids.forEach((id, i) => {
        const indicator = basic?.indicators[id];
        expect(num(indicator?.value)).toBeCloseTo(table[level].means[i] ?? Number.NaN, 2);
        expect(Math.abs(num(indicator?.value) - (table[level].means[i] ?? 0))).toBeLessThanOrEqual(0.002);
        expect(Math.abs(num(indicator?.cv) - (table[level].cvs[i] ?? 0))).toBeLessThanOrEqual(0.002);
      });
    },
  );

  test('小学 composite prints 0.38; 中学 computes 0.273 while 0.279 was printed, and is flagged', () => {
    const tongdao = result('tongdao', 2019);
    expect(printedAs(tongdao.levels.primary.basic?.compositeCv, 2)).toBe(0.38);
    expect(printedAs(tongdao.levels.junior.basic?.compositeCv, 3)).toBe(0.273);
    const junior = tongdao.published.find((check) => check.key === 'levels.junior.basic.compositeCv');
    expect(junior).toMatchObject({ published: 0.279, withinRounding: false });
  });

  test('provincial standard: 26 小学 (25 meet 生均校地), 11 中学 all meet', () => {
    const tongdao = result('tongdao', 2019);
    expect(tongdao.levels.primary.provincial).toMatchObject({ units: 26, schoolsMeeting: 25 });
    expect(tongdao.levels.primary.provincial?.indicators.land_area_per_student?.schoolsMeeting).toBe(25);
    expect(tongdao.levels.junior.provincial).toMatchObject({ units: 11, schoolsMeeting: 11, pass: true });
  });

  test('budget 2012–2019 adds up to 93 914 万元', () => {
    const { investments = [] } = result('tongdao', 2019).facts as { investments?: { amount: number }[] };
    expect(investments.reduce((sum, item) => sum + item.amount, 0)).toBe(93_914);
  });
});

describe('Fengqiu 2020 (seed 000)', () => {
  test.each([
    ['primary', 36.48, 17.12, 98.24, 42.46, 0.43],
    ['junior', 44.21, 12.15, 87.65, 47.2, 0.38],
  ] as const)(
    '%s: class size %d, 1:%d, %d%% above degree, %d%% titled, composite %d',
    (level, size, ratio, above, titled, cv) => {
      const figures = result('fengqiu', 2020).levels[level];
      expect(printedAs(figures.averageClassSize, 2)).toBe(size);
      expect(printedAs(figures.studentsPerTeacher, 2)).toBe(ratio);
      expect(printedAs(num(figures.aboveDegreeShare) * 100, 2)).toBe(above);
      expect(printedAs(num(figures.seniorTitleShare) * 100, level === 'junior' ? 1 : 2)).toBe(titled);
      expect(printedAs(figures.basic?.compositeCv, 2)).toBe(cv);
    },
  );
});

describe('Wudalianchi 2018 (seed 002)', () => {
  test('28 schools (18 小学, 3 九年一贯制, 7 初中) and 28 教学点', () => {
    const totals = result('wudalianchi', 2018).totals;
    expect(totals).toMatchObject({ schools: 28, teachingPoints: 28 });
    expect(totals.byType).toEqual({ 小学: 18, 初级中学: 7, 九年一贯制: 3, 教学点: 28 });
  });

  test('enrollment: city 4409 / 3188, townships 2961 / 1957', () => {
    const { primary, junior } = result('wudalianchi', 2018).levels;
    expect(primary.studentsByLocation.城区).toBe(4409);
    expect(primary.studentsByLocation.镇区 + primary.studentsByLocation.乡村).toBe(2961);
    expect(junior.studentsByLocation.城区).toBe(3188);
    expect(junior.studentsByLocation.镇区 + junior.studentsByLocation.乡村).toBe(1957);
  });

  test('campus 887 483.4 ㎡ and buildings 149 922.45 ㎡; composites 0.548 / 0.346', () => {
    const wudalianchi = result('wudalianchi', 2018);
    expect(wudalianchi.totals.facilities.landArea).toBe(887_483.4);
    expect(wudalianchi.totals.facilities.buildingArea).toBe(149_922.45);
    expect(printedAs(wudalianchi.levels.primary.basic?.compositeCv, 3)).toBe(0.548);
    expect(printedAs(wudalianchi.levels.junior.basic?.compositeCv, 3)).toBe(0.346);
  });
});

describe('Lingbao 2022 (seed 001)', () => {
  test('98 schools: 21 初中, 73 小学 of which 38 教学点, 3 九年一贯制, 1 特教', () => {
    const totals = result('lingbao', 2022).totals;
    expect(totals.all).toBe(98);
    expect(totals.byType).toEqual({ 小学: 35, 教学点: 38, 初级中学: 21, 九年一贯制: 3, 特殊教育学校: 1 });
  });

  test('teachers 4769 = 1793 + 2948 + 28; students 68928 = 22664 + 46133 + 131', () => {
    const lingbao = result('lingbao', 2022);
    expect([
      lingbao.levels.junior.teachers,
      lingbao.levels.primary.teachers,
      lingbao.totals.special.teachers,
    ]).toEqual([1793, 2948, 28]);
    expect([
      lingbao.levels.junior.students,
      lingbao.levels.primary.students,
      lingbao.totals.special.students,
    ]).toEqual([22664, 46133, 131]);
    expect([lingbao.totals.teachers, lingbao.totals.students]).toEqual([4769, 68928]);
  });
});

test('every published figure other than Tongdao’s 中学 composite agrees within its printed rounding', () => {
  const disagreeing = run.outputs.flatMap((output) =>
    output.result.published
      .filter((check) => !check.withinRounding)
      .map((check) => `${output.county} ${check.key}`),
  );
  expect(disagreeing).toEqual(['tongdao levels.junior.basic.compositeCv']);
});
