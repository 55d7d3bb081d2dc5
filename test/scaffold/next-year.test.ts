import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { nextYearData, nextYearNarrative } from '../../src/scaffold/next-year.ts';

const data = `# yaml-language-server: $schema=../../../schemas/county-year.schema.json
# 示例数据
county: demo
year: 2019
schools:
  - id: a # 城关小学
    name: 城关小学
published:
  - { key: totals.schools, value: 1, source: 报告 }
`;

test('next year’s data: the year changes, last year’s printed figures go, comments stay', () => {
  const text = nextYearData(data, 2019, 2020);
  expect(text.split('\n').slice(0, 3)).toEqual([
    '# yaml-language-server: $schema=../../../schemas/county-year.schema.json',
    '# 由 2019 年的文件复制而来（npm run new）：请逐项更新为 2020 年的数据。',
    '# 示例数据',
  ]);
  expect(text).toContain('- id: a # 城关小学');
  expect(parse(text)).toEqual({ county: 'demo', year: 2020, schools: [{ id: 'a', name: '城关小学' }] });
});

test('next year’s narrative: title year and dates change, the body is kept with a note', () => {
  const previous =
    '---\ntitle: 示例县2019年情况\npublisher: 局\npublished: 2019-12-01\nupdated: 2019-12-02\nsource: 报告\n---\n\n## 基本情况\n\n<LevelTable />\n';
  expect(nextYearNarrative(previous, 2019, 2020, '2026-11-22')).toBe(
    '---\ntitle: 示例县2020年情况\npublisher: 局\npublished: 2026-11-22\nupdated: 2026-11-22\nsource: 报告\n---\n\n{/* 由 2019 年的报告复制而来（npm run new）：请按 2020 年的情况改写正文。 */}\n\n## 基本情况\n\n<LevelTable />\n',
  );
});
