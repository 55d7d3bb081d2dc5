/**
 * A chart compiled (and parsed) from its shape's cached Vega spec is the chart compiled afresh:
 * for every example chart, with the cache warmed by every other chart first.
 */

import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, expect, test } from 'vitest';
import { type ChartDefinition, drawingOf } from '../../src/charts/chart.ts';
import { shapeCompiler, shapeParser } from '../../src/charts/compile-cache.ts';
import { compileChart, parseAfresh, renderSvg } from '../../src/charts/render-svg.ts';
import { allCharts, loadExamples } from './examples.ts';

let charts: ChartDefinition[] = [];
/** The wide drawings, and the narrow drawing of one chart of each kind (drawing is slow). */
let drawn: ChartDefinition[] = [];
beforeAll(async () => {
  const examples = allCharts(await loadExamples());
  // Both drawings of every chart: the narrow ones are charts of their own shapes.
  charts = examples.flatMap((chart) => [chart, drawingOf(chart, 'narrow')]);
  const kinds = new Set<string>();
  drawn = [
    ...examples,
    ...examples.flatMap((chart) => {
      if (kinds.has(chart.kind)) return [];
      kinds.add(chart.kind);
      return [drawingOf(chart, 'narrow')];
    }),
  ];
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

test('every example chart draws the same from its shape’s parsed dataflow', {
  timeout: 120_000,
}, async () => {
  let parses = 0;
  const byShape = shapeParser(
    (spec) => compileChart(spec).vega,
    (spec) => {
      parses += 1;
      return vega.parse(spec);
    },
  );
  for (const chart of [...drawn].reverse()) await renderSvg(chart.spec, byShape);
  const first = parses;
  for (const chart of drawn) {
    const svg = await renderSvg(chart.spec, byShape);
    expect(svg, `${chart.kind}: ${chart.caption}`).toBe(await renderSvg(chart.spec, parseAfresh));
  }
  expect(first).toBeLessThan(drawn.length / 3);
  expect(parses - first).toBeLessThan(5);
});
