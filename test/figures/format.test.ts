import { describe, expect, test } from 'vitest';
import { defaultFormat, formatFigure } from '../../src/figures/format.ts';

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
