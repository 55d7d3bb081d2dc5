/**
 * A tiny hand-made result for the download tests: one standard with two indicators, three
 * school units (one with a markup name, one with a formula-like name and no students) and
 * three published checks, one of which could not be computed.
 */
import type { ComputeResult, LevelResult } from '../../src/types/generated/result.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';

export const tinyStandard: StandardFile = {
  id: 'tiny-quality',
  kind: 'quality',
  name: '小标准',
  document: '示例文件',
  levels: ['primary'],
  scope: {
    ownership: ['公办'],
    countyRunOnly: true,
    excludeTypes: [],
    teachingPoints: { include: true },
  },
  indicators: [
    {
      id: 'books_per_student',
      name: '生均图书册数',
      unit: '册',
      numerator: 'facilities.books',
      factor: 1,
      threshold: { primary: 20 },
    },
    {
      id: 'teachers_per_100_students',
      name: '每百名学生专任教师数',
      unit: '',
      shortfallUnit: '人',
      numerator: 'level.teachers',
      factor: 100,
      threshold: { primary: 5 },
    },
  ],
  coefficient: { test: 'each', limits: { primary: 0.5 } },
  schoolRule: { minMet: 2, floorShare: 1 },
};

function emptyLevel(): LevelResult {
  return {
    schools: 0,
    students: 0,
    studentsByLocation: { 城区: 0, 镇区: 0, 乡村: 0 },
    classes: 0,
    teachers: 0,
    averageClassSize: { reason: 'no-classes' },
    studentsPerTeacher: { reason: 'no-teachers' },
    aboveDegreeShare: { reason: 'no-teachers' },
    seniorTitleShare: { reason: 'no-teachers' },
  };
}

export const markupName = '<script>alert(1)</script>';
export const attributeName = '"><svg onload=alert(1)>';

export function tinyResult(): ComputeResult {
  return {
    county: 'tiny',
    countyName: '小县',
    year: 2020,
    illustrative: true,
    standards: {
      quality: { id: 'tiny-quality', name: '小标准', document: '示例文件', illustrative: false },
    },
    totals: {
      all: 3,
      schools: 3,
      teachingPoints: 0,
      byType: { 小学: 3 },
      students: 300,
      teachers: 15,
      special: { students: 0, teachers: 0 },
      facilities: { books: 6000 },
    },
    levels: {
      primary: {
        ...emptyLevel(),
        schools: 3,
        students: 300,
        studentsByLocation: { 城区: 200, 镇区: 0, 乡村: 100 },
        classes: 8,
        teachers: 15,
        averageClassSize: 37.5,
        studentsPerTeacher: 20,
        aboveDegreeShare: 1,
        seniorTitleShare: 0.4,
        quality: {
          standard: 'tiny-quality',
          units: 2,
          indicators: {
            books_per_student: {
              value: 20,
              cv: 0.2,
              limit: 0.5,
              pass: true,
              threshold: 20,
              schoolsMeeting: 1,
            },
            teachers_per_100_students: {
              value: 5,
              cv: { reason: 'zero-mean' },
              limit: 0.5,
              pass: false,
              threshold: 5,
              schoolsMeeting: 1,
            },
          },
          limit: 0.5,
          coefficientTest: 'each',
          schoolRule: { minMet: 2, floorShare: 1 },
          schoolsMeeting: 1,
          pass: false,
        },
      },
      junior: emptyLevel(),
    },
    schools: [
      {
        id: 'a1',
        name: markupName,
        type: '小学',
        ownership: '公办',
        location: '城区',
        levels: {
          primary: {
            students: 200,
            indicators: { books_per_student: 24.5, teachers_per_100_students: 5 },
            quality: {
              inScope: true,
              met: 2,
              of: 2,
              pass: true,
              shortfalls: {
                books_per_student: { value: 24.5, standard: 20, short: 0, unit: '册' },
                teachers_per_100_students: { value: 5, standard: 5, short: 0, unit: '人' },
              },
              standings: { books_per_student: 'met', teachers_per_100_students: 'met' },
            },
          },
        },
      },
      {
        id: 'a2',
        name: '乡村小学, "二部"',
        type: '小学',
        ownership: '公办',
        location: '乡村',
        parent: 'a1',
        levels: {
          primary: {
            students: 100,
            indicators: { books_per_student: 11, teachers_per_100_students: 4.5 },
            quality: {
              inScope: true,
              met: 0,
              of: 2,
              pass: false,
              shortfalls: {
                books_per_student: { value: 11, standard: 20, short: 900, unit: '册' },
                teachers_per_100_students: { value: 4.5, standard: 5, short: 1, unit: '人' },
              },
              standings: { books_per_student: 'below', teachers_per_100_students: 'below' },
            },
          },
        },
      },
      {
        id: 'a3',
        name: '=1+1',
        type: '小学',
        ownership: '民办',
        location: '镇区',
        levels: {
          primary: {
            students: 0,
            indicators: {
              books_per_student: { reason: 'no-students' },
              teachers_per_100_students: { reason: 'no-students' },
            },
            quality: { inScope: false },
          },
        },
      },
    ],
    facts: {},
    published: [
      {
        key: 'levels.primary.averageClassSize',
        published: 37.5,
        computed: 37.5,
        difference: 0,
        withinRounding: true,
        unit: '人',
        source: '报告·表一',
      },
      {
        key: 'levels.primary.quality.indicators.books_per_student.cv',
        published: 0.25,
        computed: 0.2,
        difference: -0.05,
        withinRounding: false,
        unit: '',
        source: '@SUM(A1)',
      },
      {
        key: 'levels.junior.averageClassSize',
        published: 40,
        computed: { reason: 'no-classes' },
        difference: null,
        withinRounding: false,
        unit: '人',
        source: '-x',
      },
    ],
  };
}
