import { describe, expect, test } from 'vitest';
import {
  defaultFormat,
  formatFigure,
  indicatorValueText,
  printedChange,
  printedText,
  shortfallAmountText,
  shortfallDecimals,
  studentsPerTeacherOf,
} from '../../src/figures/format.ts';

describe('formatFigure: numbers the Chinese way', () => {
  test.each([
    [36.48, 'number', 2, undefined, '36.48'],
    [17.1165, 'ratio', 2, undefined, '1:17.12'],
    [0.98241, 'percent', 2, undefined, '98.24%'],
    [100368, 'yi', undefined, undefined, '10.0368 亿元'],
    [93914, 'wan', undefined, undefined, '93914 万元'],
    [0.2726, 'coefficient', 3, undefined, '0.273'],
    [68928, 'integer', undefined, '人', '68928 人'],
    [96, 'number', 0, '%', '96%'],
    [-0.0001, 'number', 2, undefined, '0.00'],
  ] as const)('%d as %s → %s', (value, format, decimals, unit, text) => {
    expect(formatFigure(value, format, decimals, unit).text).toBe(text);
  });

  test('a figure that cannot be computed is a dash with its reason', () => {
    expect(formatFigure({ reason: 'no-students' }, 'number')).toEqual({ text: '—', reason: '没有学生' });
  });
});

describe('defaultFormat', () => {
  test.each([
    ['levels.primary.aboveDegreeShare', 0.98, 'percent'],
    ['levels.primary.studentsPerTeacher', 17.1, 'ratio'],
    ['levels.junior.basic.compositeCv', 0.27, 'coefficient'],
    ['totals.students', 68928, 'integer'],
    ['levels.primary.averageClassSize', 36.48, 'number'],
  ])('%s → %s', (key, value, format) => expect(defaultFormat(key, value).format).toBe(format));

  test('facts and printed figures keep the decimals they were entered with', () => {
    expect(
      formatFigure(
        97.6,
        'number',
        defaultFormat('facts.byYear[2019-2020].retentionRate.primary', 97.6).decimals,
      ).text,
    ).toBe('97.6');
    expect(defaultFormat('published[levels.junior.basic.compositeCv].published', 0.279)).toEqual({
      format: 'number',
      decimals: 3,
    });
  });
});

describe('师生比: one wording, 1:x, wherever it prints', () => {
  test('the 2012 indicator (teachers per student) prints as students per teacher', () => {
    expect(indicatorValueText('teachers_per_student', 0.0592)).toBe('1:16.89');
    expect(indicatorValueText('teachers_per_student', 0)).toBe('—');
    expect(indicatorValueText('books_per_student', 28.4921)).toBe('28.492');
    expect(indicatorValueText('equipment_value_per_student', 2909.14001)).toBe('2909.14');
    expect(studentsPerTeacherOf(0.05)).toBe(20);
    expect(studentsPerTeacherOf(0)).toEqual({ reason: 'no-teachers' });
  });

  test('by key: the value, a school’s value and a standard value print 1:x; the coefficient does not', () => {
    expect(printedText('levels.primary.basic.indicators.teachers_per_student.value', 0.0592)).toBe('1:16.89');
    expect(printedText('levels.primary.provincial.indicators.teachers_per_student.threshold', 0.03)).toBe(
      '1:33.33',
    );
    expect(printedText('schools[td-p01].levels.primary.indicators.teachers_per_student', 0.0564)).toBe(
      '1:17.73',
    );
    expect(printedText('levels.primary.basic.indicators.teachers_per_student.cv', 0.2312)).toBe('0.231');
    expect(printedText('levels.primary.provincial.indicators.teachers_per_student.schoolsMeeting', 26)).toBe(
      '26',
    );
    // A published figure prints as it was published.
    expect(
      printedText('published[levels.primary.basic.indicators.teachers_per_student.value].published', 0.059),
    ).toBe('0.059');
    expect(printedText('levels.primary.studentsPerTeacher', 16.873)).toBe('1:16.87');
  });

  test('the change of a 师生比 is the change of the x a reader sees', () => {
    expect(printedChange('levels.primary.basic.indicators.teachers_per_student.value', 0.05, 0.04)).toBe(
      '+5.00',
    );
  });
});

describe('shortfalls print by their unit, alike down a column', () => {
  test.each([
    [3018.3999999999996, '㎡', '3018.4 ㎡'],
    [261, '㎡', '261.0 ㎡'],
    [1014.98, '㎡', '1015.0 ㎡'],
    [1574050.6, '元', '1574051 元'],
    [3, '人', '3 人'],
    [2, '间', '2 间'],
  ])('%d %s → %s', (short, unit, text) => {
    expect(shortfallAmountText(short, unit)).toBe(text);
    expect(shortfallDecimals(unit)).toBe(unit === '㎡' ? 1 : 0);
  });
});
