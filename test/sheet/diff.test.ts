import { expect, test } from 'vitest';
import { describeChanges } from '../../src/sheet/diff.ts';

const school = (id: string, name: string, students: number) => ({
  id,
  name,
  type: '小学',
  ownership: '公办',
  countyRun: true,
  location: '乡村',
  primary: { students, classes: 6, teachers: 10 },
});

test('schools added, removed and changed, field by field; the county’s values; other lists by position', () => {
  const before = {
    county: 'demo',
    year: 2019,
    schools: [school('a', '甲小学', 100), school('b', '乙小学', 200)],
    facts: { satisfaction: 96, investments: [{ period: '2019', purpose: '校舍改造', amount: 100 }] },
  };
  const after = {
    county: 'demo',
    year: 2019,
    schools: [{ ...school('a', '甲小学', 120), countyRun: false }, school('c', '丙小学', 50)],
    facts: {
      satisfaction: 97,
      investments: [
        { period: '2019', purpose: '校舍改造', amount: 110 },
        { period: '2019', purpose: '设备购置', amount: 20 },
      ],
    },
  };
  expect(describeChanges(before, after)).toEqual({
    lines: [
      '修改 甲小学（a）：县属 是 → 否；小学段·在校生数 100 → 120',
      '新增学校 丙小学（c）',
      '删除学校 乙小学（b）',
      '县级数据：县级事实数据·公众满意度 96 → 97',
      '教育投入第 1 项：金额 100 → 110',
      '教育投入新增第 2 项：2019，设备购置，20',
    ],
    summary: '共有变动：学校新增 1 所、删除 1 所、修改 1 所；其他 3 处。',
    changed: true,
  });
  expect(describeChanges(before, before)).toEqual({
    lines: [],
    summary: '与现有数据相同，没有变动。',
    changed: false,
  });
});
