/** The Markdown comment: layout with several county-years, long lists capped, cells kept in one piece. */
import { describe, expect, test } from 'vitest';
import type { FigureDiff, ValueChange } from '../../src/diff/figure-diff.ts';
import { maxRows, renderMarkdown } from '../../src/diff/markdown.ts';

const empty: FigureDiff = {
  countyYears: [],
  flips: [],
  assessment: [],
  values: [],
  schools: { added: [], removed: [], standings: [] },
  narratives: { figures: [], edits: [] },
  problems: { introduced: [], resolved: [], newSideHasErrors: false },
};

const tongdao = { county: 'tongdao', year: 2019, countyName: '通道侗族自治县' };
const fengqiu = { county: 'fengqiu', year: 2020, countyName: '封丘县' };

function value(index: number, ref = tongdao): ValueChange {
  return {
    ...ref,
    key: `totals.byType.t${index}`,
    group: '县级合计',
    label: `学校数·类型${index}`,
    before: index,
    after: index + 1,
    beforeText: String(index),
    afterText: String(index + 1),
    change: '+1',
  };
}

describe('renderMarkdown', () => {
  test('several county-years: a heading each for the values, a column in the other tables', () => {
    const diff: FigureDiff = {
      ...empty,
      values: [value(1), value(2, fengqiu)],
      schools: {
        ...empty.schools,
        added: [{ ...fengqiu, school: 'fq-p99', name: '城区|第九小学', type: '小学', standing: [] }],
      },
      countyYears: [{ ...tongdao, year: 2020, change: 'added' }],
    };
    expect(renderMarkdown(diff, { from: 'main', to: 'HEAD' })).toMatchInlineSnapshot(`
      "### 发布数字变化：main → HEAD

      新增县年度 1 个，数值变化 2 个，新增学校 1 所。

      #### 县年度

      - 通道侗族自治县 2020 年：新增

      #### 数值变化

      ##### 通道侗族自治县 2019 年

      **县级合计**

      | 项目 | 原值 | 新值 | 变化 |
      | --- | ---: | ---: | ---: |
      | 学校数·类型1 | 1 | 2 | +1 |

      ##### 封丘县 2020 年

      **县级合计**

      | 项目 | 原值 | 新值 | 变化 |
      | --- | ---: | ---: | ---: |
      | 学校数·类型2 | 2 | 3 | +1 |

      #### 新增和删除的学校

      | 县年度 | 增删 | 学校 | 类型 | 达标情况 |
      | --- | --- | --- | --- | --- |
      | 封丘县 2020 年 | 新增 | 城区\\|第九小学（fq-p99） | 小学 |  |
      "
    `);
  });

  test(`more than ${maxRows} rows: the rest counted, the JSON named`, () => {
    const diff: FigureDiff = {
      ...empty,
      values: Array.from({ length: maxRows + 5 }, (_, index) => value(index)),
    };
    const markdown = renderMarkdown(diff, { from: 'a', to: 'b' });
    expect(markdown).toContain(`| 学校数·类型${maxRows - 1} |`);
    expect(markdown).not.toContain(`| 学校数·类型${maxRows} |`);
    expect(markdown).toContain('…另有 5 项（`--json` 列出全部）');
    expect(markdown.split('\n')[2]).toBe(`数值变化 ${maxRows + 5} 个。`);
  });

  test('only problems solved: the figures did not change, and it says what was solved', () => {
    const problem = {
      severity: 'warning' as const,
      code: 'x',
      path: [],
      message: 'm',
      file: 'f',
      line: 1,
      column: 1,
    };
    const diff: FigureDiff = { ...empty, problems: { ...empty.problems, resolved: [problem] } };
    expect(renderMarkdown(diff, { from: 'a', to: 'b' })).toBe(
      '### 发布数字变化：a → b\n\n发布数字无变化。已解决数据问题 1 个。\n',
    );
  });
});
