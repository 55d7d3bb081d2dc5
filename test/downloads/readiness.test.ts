import { describe, expect, test } from 'vitest';
import { csvText } from '../../src/downloads/csv.ts';
import { type ReadinessCounty, readiness, readinessTable } from '../../src/downloads/readiness.ts';
import type { Assessment } from '../../src/figures/assessment.ts';
import { fixtureAssessment } from '../figures/assessment-fixture.ts';

const quality = fixtureAssessment.quality;
if (quality === undefined) throw new Error('fixture without quality');

const withCounts = (met: number, notMet: number): Assessment => ({
  quality: { ...quality, counts: { met, notMet, notSupplied: 8 - met - notMet, total: 8 } },
});

const counties: ReadinessCounty[] = [
  { id: 'a', name: '=甲县', province: '河南省', year: 2021, assessment: withCounts(3, 3) },
  { id: 'b', name: '乙县', province: '河南省', year: 2021, assessment: withCounts(5, 1) },
  { id: 'c', name: '丙县', province: '河南省', year: 2021, assessment: withCounts(5, 0) },
  { id: 'd', name: '丁县', province: '河南省', year: 2020, assessment: undefined },
];

describe('the province readiness table', () => {
  test('most lines met first, then fewest not met; counties without an assessment apart', () => {
    const table = readiness(counties);
    expect(table.counties.map((county) => county.id)).toEqual(['c', 'b', 'a']);
    expect(table.without.map((county) => county.id)).toEqual(['d']);
    expect(table.lines.map((line) => line.id)).toEqual(['R1', 'G1', 'G3', 'G5', 'G8', 'Q2', 'Q9', 'S1']);
  });

  test('the CSV: a row per county, a column per line, states in words, formula-safe', () => {
    const csv = csvText(readinessTable(readiness(counties)));
    const [header, , , last] = csv.split('\r\n');
    expect(header).toBe(
      '县标识,县（市、区）,省份,年度,达标项数,未达标项数,未提供项数,指标总数,结论,R1 每百名学生拥有高于规定学历教师数,G1 学校规划布局合理,G3 音乐、美术专用教室,G5 班额,G8 教师工资,Q2 残疾儿童少年入学率,Q9 国家义务教育质量监测,S1 社会认可度',
    );
    expect(last).toBe(
      "a,'=甲县,河南省,2021,3,3,2,8,未通过,达标,达标,未达标,未达标,未提供,未达标,达标,未提供",
    );
  });
});
