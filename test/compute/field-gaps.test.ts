import { describe, expect, it } from 'vitest';
import { fieldGapFindings } from '../../src/compute/field-gaps.ts';
import { countyTotals, levelMetrics } from '../../src/compute/report-metrics.ts';
import { facilities, level, school } from '../helpers/fixtures.ts';

const schools = [
  { id: 'a', name: '甲校' },
  { id: 'b', name: '乙校' },
  { id: 'c', name: '丙校' },
];

describe('fieldGapFindings', () => {
  it('one finding per part and field, at the first school, with every figure once', () => {
    const findings = fieldGapFindings(schools, [
      {
        part: 'facilities',
        field: 'books',
        figure: { key: 'levels.junior.basic.indicators.b.value', name: '生均图书册数' },
        schoolIndexes: [2],
      },
      {
        part: 'facilities',
        field: 'books',
        figure: { key: 'levels.primary.basic.indicators.b.value', name: '生均图书册数' },
        schoolIndexes: [1],
      },
      {
        part: 'facilities',
        field: 'books',
        figure: { key: 'levels.primary.quality.indicators.b.value', name: '生均图书册数' },
        schoolIndexes: [1, 2],
      },
      {
        part: 'facilities',
        field: 'books',
        figure: { key: 'totals.facilities.books' },
        schoolIndexes: [1, 2],
      },
      {
        part: 'primary',
        field: 'keyTeachers',
        figure: { key: 'levels.primary.quality.indicators.k.value', name: '骨干' },
        schoolIndexes: [],
      },
      {
        part: 'primary',
        field: 'aboveDegreeTeachers',
        figure: { key: 'levels.primary.aboveDegreeShare' },
        schoolIndexes: [0],
      },
    ]);
    expect(findings).toEqual([
      {
        code: 'schoolFieldMissing',
        path: ['schools', 0, 'primary', 'aboveDegreeTeachers'],
        params: {
          schoolId: 'a',
          schoolName: '甲校',
          part: 'primary',
          field: 'aboveDegreeTeachers',
          otherIds: [],
          figures: [{ key: 'levels.primary.aboveDegreeShare' }],
        },
      },
      {
        code: 'schoolFieldMissing',
        path: ['schools', 1, 'facilities', 'books'],
        params: {
          schoolId: 'b',
          schoolName: '乙校',
          part: 'facilities',
          field: 'books',
          otherIds: ['c'],
          figures: [
            { key: 'levels.junior.basic.indicators.b.value', name: '生均图书册数' },
            { key: 'levels.primary.basic.indicators.b.value', name: '生均图书册数' },
            { key: 'totals.facilities.books' },
          ],
        },
      },
    ]);
  });
});

describe('the report figures say what they lose', () => {
  it('a share is lost when any school of the 学段 leaves its field out, 民办 and 教学点 included', () => {
    const rows = [
      school({ type: '小学', primary: level(300, { aboveDegreeTeachers: 18, seniorTitleTeachers: 5 }) }),
      school({ type: '小学', ownership: '民办', primary: level(200, { seniorTitleTeachers: 4 }) }),
    ];
    const { metrics, gaps } = levelMetrics(rows, 'primary');
    expect(metrics.aboveDegreeShare).toEqual({ reason: 'missing-data' });
    expect(typeof metrics.seniorTitleShare).toBe('number');
    expect(gaps).toEqual([
      {
        part: 'primary',
        field: 'aboveDegreeTeachers',
        figure: { key: 'levels.primary.aboveDegreeShare' },
        schoolIndexes: [1],
      },
    ]);
    expect(levelMetrics(rows, 'junior').gaps).toEqual([]);
  });

  it('a facility total is lost when some schools report it and others do not; a field none reports is no gap', () => {
    const rows = [
      school({
        type: '小学',
        primary: level(300),
        facilities: facilities({ books: 900, multimediaRooms: 6 }),
      }),
      school({ type: '教学点', parent: 'x', primary: level(20) }),
      school({ type: '小学', primary: level(100), facilities: facilities({ books: 300 }) }),
    ];
    const { totals, gaps } = countyTotals(rows);
    expect(totals.facilities).toEqual({});
    expect(gaps.map((gap) => [gap.field, gap.schoolIndexes])).toEqual([
      ['teachingArea', [1]],
      ['sportsArea', [1]],
      ['equipmentValue', [1]],
      ['computers', [1]],
      ['books', [1]],
      ['multimediaRooms', [1, 2]],
    ]);
    const complete = countyTotals([rows[0], rows[2]].flatMap((row) => (row ? [row] : [])));
    expect(complete.totals.facilities).toMatchObject({ books: 1200 });
    expect(complete.gaps.map((gap) => gap.field)).toEqual(['multimediaRooms']);
  });
});
