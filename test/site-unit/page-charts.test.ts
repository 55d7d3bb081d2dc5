import { expect, test } from 'vitest';
import { chartUsages } from '../../src/site/page-charts.ts';

test('the chart components of a narrative, with their quoted attributes', () => {
  const text = [
    '## 基本情况',
    '<CoefficientChart />',
    '正文 <Figure k="x" /> 不是图表。',
    '<SchoolBars indicator="sports_area_per_student" level="junior" standard="provincial" of="tongdao/2019" />',
    '<TrendChart',
    '  series="retention"',
    '/>',
    '<ComplianceMatrix level={level} />',
  ].join('\n');
  expect(chartUsages(text)).toEqual([
    { component: 'CoefficientChart', attributes: {} },
    {
      component: 'SchoolBars',
      attributes: {
        indicator: 'sports_area_per_student',
        level: 'junior',
        standard: 'provincial',
        of: 'tongdao/2019',
      },
    },
    { component: 'TrendChart', attributes: { series: 'retention' } },
    // An expression is not read: the page draws that chart when it asks for it.
    { component: 'ComplianceMatrix', attributes: {} },
  ]);
});
