/** The example county-years run through the real pipeline, and every chart a report would build from them. */

import type { ChartDefinition } from '../../src/charts/chart.ts';
import { coefficientChart } from '../../src/charts/coefficients.ts';
import { complianceMatrixChart } from '../../src/charts/compliance-matrix.ts';
import { countyComparisonChart } from '../../src/charts/county-comparison.ts';
import { LEVELS } from '../../src/charts/format.ts';
import { indicatorLabelsFromStandards } from '../../src/charts/labels.ts';
import { planProgressChart } from '../../src/charts/plan-progress.ts';
import { planTimelineChart } from '../../src/charts/plan-timeline.ts';
import { schoolBarsChart } from '../../src/charts/school-bars.ts';
import { investmentTrend, retentionTrend } from '../../src/charts/trend.ts';
import { assessmentOf } from '../../src/figures/assessment.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { runProject } from '../../src/pipeline.ts';
import type { CountyFile } from '../../src/types/generated/county.ts';
import type { ComputeResult } from '../../src/types/generated/result.ts';
import type { StandardFile } from '../../src/types/generated/standard.ts';
import { root } from '../helpers/fixtures.ts';

export interface Examples {
  results: Map<string, ComputeResult>;
  counties: Map<string, CountyFile>;
  standards: StandardFile[];
}

let cached: Promise<Examples> | undefined;

export function loadExamples(): Promise<Examples> {
  cached ??= (async () => {
    const run = runProject(await readProjectFiles(root));
    const results = new Map(run.outputs.map((output) => [`${output.county}-${output.year}`, output.result]));
    const counties = new Map([...run.dataset.counties].map(([id, record]) => [id, record.county.data]));
    const standards = [...run.dataset.standards.values()].map((source) => source.data);
    return { results, counties, standards };
  })();
  return cached;
}

export function result(examples: Examples, name: string): ComputeResult {
  const found = examples.results.get(name);
  if (found === undefined) throw new Error(`no example result ${name}`);
  return found;
}

/**
 * Every chart of every example: each school-bar chart of each standard, 学段 and indicator, each
 * plan's progress, and the rest.
 */
export function allCharts(examples: Examples): ChartDefinition[] {
  const labels = indicatorLabelsFromStandards(examples.standards);
  const charts: ChartDefinition[] = [];
  for (const result of examples.results.values()) {
    charts.push(coefficientChart(result, { labels }));
    for (const standard of ['quality', 'provincial'] as const) {
      for (const level of LEVELS) {
        const standardResult = result.levels[level][standard];
        if (standardResult === undefined) continue;
        charts.push(complianceMatrixChart(result, { standard, level, labels }));
        for (const [indicator, item] of Object.entries(standardResult.indicators))
          if (item?.threshold !== undefined)
            charts.push(schoolBarsChart(result, { standard, level, indicator, labels }));
      }
    }
    for (const chart of [investmentTrend(result), retentionTrend(result)])
      if (chart !== undefined) charts.push(chart);
    const plan = assessmentOf(result)?.plan;
    const progress = plan === undefined ? undefined : planProgressChart(result.countyName, plan);
    if (progress !== undefined) charts.push(progress);
  }
  charts.push(countyComparisonChart([...examples.results.values()]));
  for (const county of examples.counties.values()) {
    const plan = planTimelineChart(county);
    if (plan !== undefined) charts.push(plan);
  }
  return charts;
}
