/** Whether a county series has a trend to draw agrees with the charts, on every example county-year. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { investmentTrend, retentionTrend } from '../../src/charts/index.ts';
import { seriesAvailable } from '../../src/figures/series.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import { root } from '../helpers/fixtures.ts';

const names = ['fengqiu-2020', 'lingbao-2022', 'longting-2021', 'tongdao-2019', 'wudalianchi-2018'];

test.each(names)('%s: a series is available exactly when its chart is drawn', (name) => {
  const result = JSON.parse(
    readFileSync(join(root, `test/golden/results/${name}.json`), 'utf8'),
  ) as ComputeResult;
  expect(seriesAvailable(result, 'investments')).toBe(investmentTrend(result) !== undefined);
  expect(seriesAvailable(result, 'retention')).toBe(retentionTrend(result) !== undefined);
});

test('two school years of 巩固率, or two years of investment, make a series', () => {
  const facts = (value: unknown) => ({ facts: value }) as Pick<ComputeResult, 'facts'>;
  const byYear = [
    { schoolYear: '2016-2017', retentionRate: { junior: 97 } },
    { schoolYear: '2017-2018', retentionRate: { junior: 98 } },
  ];
  expect(seriesAvailable(facts({ byYear }), 'retention')).toBe(true);
  expect(seriesAvailable(facts({ byYear: byYear.slice(1) }), 'retention')).toBe(false);
  const investments = [
    { period: '2018', purpose: 'a', amount: 1 },
    { period: '2016-2019', purpose: 'a', amount: 1 },
  ];
  expect(seriesAvailable(facts({ investments }), 'investments')).toBe(false);
  expect(
    seriesAvailable(
      facts({ investments: [...investments, { period: '2019', purpose: 'b', amount: 2 }] }),
      'investments',
    ),
  ).toBe(true);
});
