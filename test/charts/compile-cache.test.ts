/**
 * A chart compiled from its shape's cached Vega spec is the chart compiled afresh: for every
 * example chart, with the cache warmed by every other chart first.
 */

import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, expect, test } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chart.ts';
import { shapeCompiler } from '../../src/charts/compile-cache.ts';
import { compileChart } from '../../src/charts/render-svg.ts';
import { allCharts, loadExamples } from './examples.ts';

let charts: ChartDefinition[] = [];
beforeAll(async () => {
  charts = allCharts(await loadExamples());
});

test('every example chart compiles the same through its shape', () => {
  let compiles = 0;
  const byShape = shapeCompiler((spec) => {
    compiles += 1;
    return compileChart(spec).vega;
  });
  // Reversed first, so that the second pass meets each chart with another chart's shape cached.
  for (const chart of [...charts].reverse()) byShape(chart.spec);
  const first = compiles;
  for (const chart of charts) {
    expect(byShape(chart.spec), `${chart.kind}: ${chart.caption}`).toEqual(compileChart(chart.spec).vega);
  }
  // The examples share shapes: far fewer compiles than charts, and on the second pass only the
  // shapes that cannot be reused safely.
  expect(first).toBeLessThan(charts.length / 3);
  expect(compiles - first).toBeLessThan(5);
});

test('which data arrays repeat is part of the shape', () => {
  const byShape = shapeCompiler((spec) => compileChart(spec).vega);
  const spec = (first: { a: number }[], second: { a: number }[]): TopLevelSpec => ({
    layer: [
      { data: { values: first }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } },
      { data: { values: second }, mark: 'rule', encoding: { x: { field: 'a', type: 'quantitative' } } },
    ],
  });
  const cases = [
    spec([{ a: 1 }], [{ a: 1 }]),
    spec([{ a: 2 }], [{ a: 3 }]),
    spec([{ a: 4 }], [{ a: 4 }]),
    spec([{ a: 5 }], [{ a: 6 }]),
  ];
  for (const item of cases) expect(byShape(item)).toEqual(compileChart(item).vega);
});
