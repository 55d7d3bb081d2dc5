/** Figures compared as the pages print them: noise below the printed precision is no change. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareValues } from '../../src/diff/compare-results.ts';
import { printedChange, printedText } from '../../src/figures/format.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { loadStandard, root } from '../helpers/fixtures.ts';

describe('printedText and printedChange', () => {
  test.each([
    ['levels.junior.basic.compositeCv', 0.27312, 0.27349, '0.273', '0.273', ''],
    ['levels.junior.basic.compositeCv', 0.27312, 0.2736, '0.273', '0.274', '+0.001'],
    ['levels.primary.aboveDegreeShare', 0.9824, 0.9801, '98.24%', '98.01%', '−0.23 个百分点'],
    ['levels.primary.studentsPerTeacher', 17.1165, 17.0, '1:17.12', '1:17.00', '−0.12'],
    // 师生比 prints as 1:x: the change is the change of x.
    [
      'levels.primary.basic.indicators.teachers_per_student.value',
      0.0592,
      0.0588,
      '1:16.89',
      '1:17.01',
      '+0.12',
    ],
    [
      'levels.primary.basic.indicators.teachers_per_student.value',
      0.05921,
      0.05922,
      '1:16.89',
      '1:16.89',
      '',
    ],
    [
      'levels.primary.basic.indicators.equipment_value_per_student.value',
      2909.14,
      2911,
      '2909.14',
      '2911.00',
      '+1.86',
    ],
    ['totals.students', 68928, 68930, '68928', '68930', '+2'],
  ] as const)('%s: %d → %d', (key, before, after, beforeText, afterText, change) => {
    expect(printedText(key, before)).toBe(beforeText);
    expect(printedText(key, after)).toBe(afterText);
    if (beforeText !== afterText) expect(printedChange(key, before, after)).toBe(change);
  });

  test('a figure that cannot be computed: a dash and the reason, no change figure', () => {
    expect(printedText('levels.primary.averageClassSize', { reason: 'no-classes' })).toBe('—（没有班级）');
    expect(printedChange('levels.primary.averageClassSize', { reason: 'no-classes' }, 36.48)).toBe('');
  });
});

describe('compareValues on a result', () => {
  const result = JSON.parse(
    readFileSync(join(root, 'test/golden/results/tongdao-2019.json'), 'utf8'),
  ) as ComputeResult;
  const standards = ['basic-2012', 'quality-2017', 'hunan-basic-illustrative'].map(loadStandard);
  const ref = { county: 'tongdao', year: 2019, countyName: '通道侗族自治县' };

  test('moves that print the same are not reported; those that print differently are', () => {
    const after = structuredClone(result);
    const basic = after.levels.primary.basic;
    const books = basic?.indicators.books_per_student;
    if (basic === undefined || books === undefined) throw new Error('fixture');
    books.cv = (books.cv as number) + 0.00001;
    basic.compositeCv = 0.402;
    const changes = compareValues(ref, { result, standards }, { result: after, standards });
    expect(changes).toEqual([
      {
        ...ref,
        key: 'levels.primary.basic.compositeCv',
        group: '小学',
        label: '基本均衡·综合差异系数',
        before: result.levels.primary.basic?.compositeCv,
        after: 0.402,
        beforeText: '0.380',
        afterText: '0.402',
        change: '+0.022',
      },
    ]);
  });

  test('a fact list item is named by its period; a figure gone reads （无）', () => {
    const after = structuredClone(result);
    (after.facts as { investments: { amount: number }[] }).investments[7] = {
      ...(after.facts as { investments: { amount: number }[] }).investments[7],
      amount: 16600,
    };
    delete after.levels.primary.largestClass;
    const changes = compareValues(ref, { result, standards }, { result: after, standards });
    expect(
      changes.map(({ group, label, beforeText, afterText, change }) => [
        group,
        label,
        beforeText,
        afterText,
        change,
      ]),
    ).toEqual([
      ['小学', '最大班额', '54', '（无）', ''],
      ['县级事实', '教育投入·2019·金额', '16568', '16600', '+32'],
    ]);
  });

  test('a row inserted at the top of a list is one new figure, not a shift of every item', () => {
    const after = structuredClone(result);
    (
      after.facts as { investments: { period: string; purpose: string; amount: number }[] }
    ).investments.unshift({
      period: '2011',
      purpose: '义务教育预算内经费拨款',
      amount: 5000,
    });
    const changes = compareValues(ref, { result, standards }, { result: after, standards });
    expect(
      changes.map(({ key, label, beforeText, afterText }) => [key, label, beforeText, afterText]),
    ).toEqual([['facts.investments[2011].amount', '教育投入·2011·金额', '（无）', '5000']]);
  });
});
