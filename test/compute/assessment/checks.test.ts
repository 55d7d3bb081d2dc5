import { describe, expect, test } from 'vitest';
import { compareWith, juniorCohortRetention, sourceValue } from '../../../src/compute/assessment/checks.ts';
import { numberAt } from '../../../src/compute/assessment/inputs.ts';
import { computeCountyYear } from '../../../src/compute/county-year.ts';
import type { CountyYearFile } from '../../../src/types/generated/county-year.ts';
import type { LineResult } from '../../../src/types/generated/result.ts';
import { countyYear, facilities, level, loadStandard, school, testCounty } from '../../helpers/fixtures.ts';

const standards = [loadStandard('basic-2012'), loadStandard('quality-2017')];
const data = (extra: Record<string, unknown>, year = 2020): CountyYearFile =>
  countyYear(
    [school({ type: '小学', primary: level(400, { largestClass: 40 }), facilities: facilities() })],
    {
      year,
      ...extra,
    } as Partial<CountyYearFile>,
  );

function lineOf(extra: Record<string, unknown>, id: string, county = testCounty): LineResult {
  const quality = computeCountyYear(county, data(extra), standards).result.assessment?.quality;
  const found = [...(quality?.entry ?? []), ...(quality?.lines ?? [])].find((item) => item.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

describe('comparisons', () => {
  test('a value at its threshold meets min and max; below is strict', () => {
    expect(compareWith(6000, 'min', 6000)).toBe(true);
    expect(compareWith(45, 'max', 45)).toBe(true);
    expect(compareWith(0.15, 'below', 0.15)).toBe(false);
    expect(compareWith(0.1499, 'below', 0.15)).toBe(true);
    // Float noise at the bound still meets it.
    expect(compareWith(0.1 + 0.2, 'max', 0.3)).toBe(true);
  });
});

describe('number checks', () => {
  test('G7 at exactly 6000 元 per student meets it; below does not', () => {
    const at = lineOf({ numbers: { specialEducation: { publicFunds: 600000, students: 100 } } }, 'G7');
    expect(at).toMatchObject({ state: 'met', value: 6000, threshold: 6000, unit: '元' });
    const under = lineOf({ numbers: { specialEducation: { publicFunds: 599999, students: 100 } } }, 'G7');
    expect(under.state).toBe('not-met');
  });

  test('not supplied names the data paths and never counts as met', () => {
    const line = lineOf({}, 'G8');
    expect(line.state).toBe('not-supplied');
    expect(line.missing?.map((item) => item.path)).toEqual([
      'numbers.teacherPay.teachers',
      'numbers.teacherPay.civilServants',
      'declarations[performancePay]',
    ]);
  });

  test('G11 needs both shares; G8 both the pay ratio and the declaration', () => {
    const rotation = lineOf(
      { numbers: { rotation: { eligible: 1000, rotated: 100, keyRotated: 19 } } },
      'G11',
    );
    expect(rotation.checks.map((check) => check.state)).toEqual(['met', 'not-met']);
    expect(rotation.state).toBe('not-met');
    const pay = lineOf(
      {
        numbers: { teacherPay: { teachers: 80000, civilServants: 80000 } },
        declarations: [{ item: 'performancePay', met: true }],
        evidence: [{ item: 'performancePay', title: '绩效工资核定通知', number: '某人社〔2020〕1号' }],
      },
      'G8',
    );
    expect(pay.state).toBe('met');
    expect(pay.evidence).toEqual([{ title: '绩效工资核定通知', number: '某人社〔2020〕1号' }]);
  });

  test('Q1: the cohort first (plain or net formula), else the latest school year’s retention rate', () => {
    const cohort = { entrants: 1000, graduates: 950, transfersIn: 20, transfersOut: 10, deaths: 10 };
    expect(
      juniorCohortRetention(data({ numbers: { juniorCohort: { ...cohort, formula: 'plain' } } })).value,
    ).toBe(95);
    expect(
      juniorCohortRetention(data({ numbers: { juniorCohort: { ...cohort, formula: 'net' } } })).value,
    ).toBe(95);
    const byYear = [
      { schoolYear: '2019-2020', retentionRate: { junior: 96 } },
      { schoolYear: '2018-2019', retentionRate: { junior: 90 } },
    ];
    expect(numberAt(data({ facts: { byYear } }), 'facts.byYear[latest].retentionRate.junior')).toBe(96);
    expect(lineOf({ facts: { byYear } }, 'Q1')).toMatchObject({ state: 'met', value: 96 });
  });

  test('a ratio with a zero denominator gives no value', () => {
    expect(sourceValue({ ratio: ['numbers.a', 'numbers.b'] }, data({ numbers: { a: 1, b: 0 } }))).toEqual({
      missing: ['numbers.b'],
    });
  });
});

describe('entry, declarations and monitoring', () => {
  test('E1: held for at least 3 years', () => {
    expect(lineOf({}, 'E1', { ...testCounty, basicRecognized: 2017 })).toMatchObject({
      state: 'met',
      value: 3,
    });
    expect(lineOf({}, 'E1', { ...testCounty, basicRecognized: 2018 }).state).toBe('not-met');
    expect(lineOf({}, 'E1').missing).toEqual([
      { path: 'county.basicRecognized', label: '基本均衡认定已满年数' },
    ]);
  });

  test('a declaration is met, not met, or not supplied', () => {
    expect(lineOf({ declarations: [{ item: 'layoutPlan', met: true }] }, 'G1')).toMatchObject({
      state: 'met',
      value: true,
    });
    expect(lineOf({ declarations: [{ item: 'layoutPlan', met: false }] }, 'G1').state).toBe('not-met');
    expect(lineOf({}, 'G1').missing).toEqual([
      { path: 'declarations[layoutPlan]', label: '学校规划布局合理' },
    ]);
  });

  test('Q9: every subject of the latest monitoring at level Ⅲ or above and difference below 0.15', () => {
    const entry = (subject: string, levelValue: number, difference: number, year = 2019) => ({
      subject,
      year,
      level: levelValue,
      difference,
    });
    const good = lineOf({ qualityMonitoring: [entry('数学', 3, 0.14), entry('语文', 4, 0.1)] }, 'Q9');
    expect(good.state).toBe('met');
    const atBound = lineOf({ qualityMonitoring: [entry('数学', 3, 0.15)] }, 'Q9');
    expect(atBound.checks.map((check) => check.state)).toEqual(['met', 'not-met']);
    const older = lineOf({ qualityMonitoring: [entry('数学', 2, 0.3, 2016), entry('数学', 3, 0.1)] }, 'Q9');
    expect(older.state).toBe('met');
    expect(lineOf({}, 'Q9').state).toBe('not-supplied');
  });
});
