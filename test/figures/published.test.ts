import { describe, expect, test } from 'vitest';
import { resolveKey } from '../../src/figures/keys.ts';
import { comparePublished } from '../../src/figures/published.ts';
import { findingIssue } from '../../src/pipeline.ts';
import { printedDecimals } from '../../src/text/decimal.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';

const result = {
  levels: {
    primary: {
      aboveDegreeShare: 0.98241,
      studentsPerTeacher: 17.1249,
      averageClassSize: { reason: 'no-classes' },
    },
    junior: { basic: { compositeCv: 0.2726 } },
  },
} as unknown as Omit<ComputeResult, 'published'>;

describe('printedDecimals', () => {
  test.each([
    [47.2, 1],
    [0.279, 3],
    [68928, 0],
    [2909.14, 2],
  ])('%d → %d', (value, decimals) => expect(printedDecimals(value)).toBe(decimals));
});

describe('comparePublished', () => {
  test('a share printed as a percentage agrees within half a unit of its last decimal', () => {
    const { checks, findings } = comparePublished(result, [
      { key: 'levels.primary.aboveDegreeShare', value: 98.24, unit: '%', source: '报告' },
    ]);
    expect(checks[0]).toMatchObject({ published: 98.24, withinRounding: true });
    expect(checks[0]?.computed).toBeCloseTo(98.241, 9);
    expect(findings).toEqual([]);
  });

  test('a ratio printed 1:x compares x as it is; 17.1249 prints as 17.12', () => {
    const { checks } = comparePublished(result, [
      { key: 'levels.primary.studentsPerTeacher', value: 17.12, unit: '1:x', source: '报告' },
    ]);
    expect(checks[0]?.withinRounding).toBe(true);
  });

  test('beyond the printed rounding: kept as printed, with a finding the edge words as a warning naming both values', () => {
    const { checks, findings } = comparePublished(result, [
      { key: 'levels.junior.basic.compositeCv', value: 0.279, source: '通道县报告' },
    ]);
    expect(checks[0]).toMatchObject({
      published: 0.279,
      computed: 0.2726,
      difference: -0.0064,
      withinRounding: false,
    });
    expect(findings).toEqual([
      {
        code: 'publishedMismatch',
        path: ['published', 0, 'value'],
        params: { key: 'levels.junior.basic.compositeCv', published: 0.279, computed: 0.2726, decimals: 3 },
      },
    ]);
    expect(findings.map(findingIssue)).toMatchInlineSnapshot(`
      [
        {
          "code": "publishedMismatch",
          "hint": "请核对印发数字与逐校数据；若印发原文确实如此，保留原样即可，页面会注明差异",
          "message": "levels.junior.basic.compositeCv 印发为 0.279，测算结果为 0.273，差异超出印发精度",
          "path": [
            "published",
            0,
            "value",
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test('a figure the data cannot compute is a mismatch, not NaN', () => {
    const { checks } = comparePublished(result, [
      { key: 'levels.primary.averageClassSize', value: 36.48, unit: '人', source: '报告' },
    ]);
    expect(checks[0]).toMatchObject({
      computed: { reason: 'no-classes' },
      difference: null,
      withinRounding: false,
    });
  });

  test('an unknown key is an error with the nearest valid keys', () => {
    const { findings } = comparePublished(result, [
      { key: 'levels.primary.aboveDegreeShares', value: 98.24, unit: '%', source: '报告' },
    ]);
    const [found] = findings;
    expect(found).toMatchObject({ code: 'publishedKeyUnknown', path: ['published', 0, 'key'] });
    expect(found?.code === 'publishedKeyUnknown' && found.params.suggestions).toContain(
      'levels.primary.aboveDegreeShare',
    );
    const [problem] = findings.map(findingIssue);
    expect(problem).toMatchObject({ severity: 'error', code: 'publishedKeyUnknown' });
    expect(problem?.hint).toContain('levels.primary.aboveDegreeShare');
  });

  test('a key naming a list item by position is an error that names the stable key', () => {
    const withFacts = {
      ...result,
      facts: { investments: [{ period: '2019', purpose: '拨款', amount: 16568 }] },
    } as unknown as Omit<ComputeResult, 'published'>;
    const { checks, findings } = comparePublished(withFacts, [
      { key: 'facts.investments.0.amount', value: 16568, unit: '万元', source: '报告' },
      { key: 'facts.investments[2019].amount', value: 16568, unit: '万元', source: '报告' },
    ]);
    const issues = findings.map(findingIssue);
    expect(issues.map((item) => [item.code, item.message, item.hint])).toEqual([
      [
        'publishedKeyPositional',
        'facts.investments.0.amount 按位置引用列表中的一项，列表增删一项后会指向别的数字',
        '改写为 facts.investments[2019].amount；方括号里是这一项的年份、学年、名称或标识',
      ],
    ]);
    expect(checks).toMatchObject([{ key: 'facts.investments[2019].amount', withinRounding: true }]);
  });

  test('resolveKey does not walk into prototypes', () => {
    expect(resolveKey(result, 'levels.constructor')).toBeUndefined();
    expect(resolveKey(result, 'levels.primary.toString')).toBeUndefined();
  });
});
