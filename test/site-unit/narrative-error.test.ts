/** `npm run dev`: a narrative error reaches Astro's overlay as the check's message, at the MDX line. */
import { expect, test } from 'vitest';
import type { Problem } from '../../src/problems/problem.ts';
import { narrativeError } from '../../src/site/narrative-error.ts';

const problem = (severity: Problem['severity'], line: number): Problem => ({
  severity,
  code: 'narrativeUnknownFigure',
  path: [],
  message: '<Figure k="levels.primary.x">：测算结果中没有这一项',
  hint: '最接近的有：levels.primary.schools',
  file: 'content/reports/tongdao/2019.mdx',
  line,
  column: 5,
});

test('errors become one overlay error located at the first one; warnings alone render', () => {
  expect(narrativeError([problem('warning', 3)], '/p/content/reports/tongdao/2019.mdx')).toBeUndefined();
  const error = narrativeError(
    [problem('warning', 3), problem('error', 12), problem('error', 20)],
    '/p/x.mdx',
  );
  expect(error?.name).toBe('报告正文有误');
  expect(error?.loc).toEqual({ file: '/p/x.mdx', line: 12, column: 5 });
  expect(error?.hint).toBe('最接近的有：levels.primary.schools');
  expect(error?.message).toBe(
    [
      '报告正文有 2 处错误，页面未生成：',
      'content/reports/tongdao/2019.mdx:12:5  <Figure k="levels.primary.x">：测算结果中没有这一项（最接近的有：levels.primary.schools）',
      'content/reports/tongdao/2019.mdx:20:5  <Figure k="levels.primary.x">：测算结果中没有这一项（最接近的有：levels.primary.schools）',
    ].join('\n'),
  );
});
