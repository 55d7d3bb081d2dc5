/** Every spec the builders make is valid Vega-Lite: it satisfies the JSON schema and compiles without a warning. */
import { Ajv } from 'ajv';
import schema from 'vega-lite/vega-lite-schema.json' with { type: 'json' };
import { beforeAll, expect, test } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chart.ts';
import { compileChart } from '../../src/charts/render-svg.ts';
import { trendChart } from '../../src/charts/trend.ts';
import { allCharts, loadExamples } from './examples.ts';

let charts: ChartDefinition[] = [];
beforeAll(async () => {
  charts = allCharts(await loadExamples());
  charts.push(
    trendChart({
      title: '测试',
      unit: '人',
      series: [
        {
          label: '甲',
          points: [
            { period: '2019', value: 1 },
            { period: '2020', value: 2 },
          ],
        },
        {
          label: '乙',
          points: [
            { period: '2019', value: 3 },
            { period: '2020', value: 1 },
          ],
        },
      ],
    }),
  );
});

test('the examples give every kind of chart', () => {
  const kinds = new Set(charts.map((chart) => chart.kind));
  expect([...kinds].sort()).toEqual([
    'coefficients',
    'compliance-matrix',
    'county-comparison',
    'plan-progress',
    'plan-timeline',
    'school-bars',
    'trend',
  ]);
  expect(charts.length).toBeGreaterThan(100);
});

/** Both drawings of every chart. */
const drawings = () =>
  charts.flatMap((chart) => [
    { name: `wide ${chart.kind}: ${chart.caption}`, spec: chart.spec },
    { name: `narrow ${chart.kind}: ${chart.caption}`, spec: chart.narrow.spec },
  ]);

test('every spec satisfies the Vega-Lite JSON schema', () => {
  const validate = new Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
  for (const { name, spec } of drawings()) {
    const valid = validate(JSON.parse(JSON.stringify(spec)));
    expect(validate.errors ?? [], name).toEqual([]);
    expect(valid).toBe(true);
  }
}, 120_000);

test('every spec compiles without a warning', () => {
  for (const { name, spec } of drawings()) expect(compileChart(spec).warnings, name).toEqual([]);
}, 120_000);

test('every chart has a caption, one sentence and a table whose rows fit its columns', () => {
  for (const chart of charts) {
    expect(chart.caption.length).toBeGreaterThan(0);
    expect(chart.description).toMatch(/^[^。]+。$/);
    expect(chart.table.rows.length).toBeGreaterThan(0);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
  }
});
