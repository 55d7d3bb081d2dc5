/**
 * The charts of the pages, from what the pages and narrative components are given: one function
 * per chart component, used by the component itself and by `npm run build`, which starts drawing
 * the charts a build will need before Astro asks for them (chartsToPrepare). The two always agree:
 * a chart's id is the hash of its spec, and the pages draw whatever they do not find started.
 */
// From the builders' own modules: the build loads this without Vega, which only the chart
// threads need.
import { type ChartDefinition, drawingOf } from '../charts/chart.ts';
import { coefficientChart } from '../charts/coefficients.ts';
import { complianceMatrixChart } from '../charts/compliance-matrix.ts';
import { countyComparisonChart } from '../charts/county-comparison.ts';
import { indicatorLabelsFromStandards } from '../charts/labels.ts';
import { planProgressChart } from '../charts/plan-progress.ts';
import { planTimelineChart } from '../charts/plan-timeline.ts';
import { schoolBarsChart } from '../charts/school-bars.ts';
import { investmentTrend, retentionTrend } from '../charts/trend.ts';
import { type LevelId, levelIds } from '../compute/units.ts';
import { assessmentOf } from '../figures/assessment.ts';
import type { NarrativeOutline } from '../narrative/document.ts';
import type { CountyYearOutput } from '../pipeline.ts';
import { buildContext } from './build-context.ts';
import type { CountyYearEntry } from './entries.ts';

export type SchoolStandard = 'quality' | 'provincial';

/**
 * Each chart of a county-year made once: `npm run build` makes the charts it prepares before
 * Astro renders, on the thread that then renders the pages, and the components find them in the
 * build's context instead of making them again. Keyed by the result object, which the build and
 * its pages share (a new run in `npm run dev` brings new results, so nothing stale is found).
 */
const ownCharts = new WeakMap<object, Map<string, ChartDefinition | undefined>>();

function madeOnce<T extends ChartDefinition | undefined>(
  entry: CountyYearEntry,
  key: string,
  make: () => T,
): T {
  const made = buildContext()?.pageCharts ?? ownCharts;
  let charts = made.get(entry.result);
  if (charts === undefined) {
    charts = new Map();
    made.set(entry.result, charts);
  }
  if (!charts.has(key)) charts.set(key, make());
  return charts.get(key) as T;
}

/** `<SchoolBars indicator level standard?>`: one indicator per school against its standard. */
export function schoolBarsFor(
  entry: CountyYearEntry,
  props: { indicator: string; level: LevelId; standard?: SchoolStandard },
): ChartDefinition {
  const { indicator, level, standard = 'quality' } = props;
  return madeOnce(entry, `bars|${indicator}|${level}|${standard}`, () =>
    schoolBarsChart(entry.result, {
      standard,
      level,
      indicator,
      labels: indicatorLabelsFromStandards(entry.standards),
    }),
  );
}

/** `<ComplianceMatrix level standard?>`: schools × indicators. */
export function complianceMatrixFor(
  entry: CountyYearEntry,
  props: { level: LevelId; standard?: SchoolStandard },
): ChartDefinition {
  const { level, standard = 'quality' } = props;
  return madeOnce(entry, `matrix|${level}|${standard}`, () =>
    complianceMatrixChart(entry.result, {
      standard,
      level,
      labels: indicatorLabelsFromStandards(entry.standards),
    }),
  );
}

/** `<CoefficientChart>`, also on a report page without a narrative. */
export function coefficientsFor(entry: CountyYearEntry): ChartDefinition {
  return madeOnce(entry, 'coefficients', () =>
    coefficientChart(entry.result, { labels: indicatorLabelsFromStandards(entry.standards) }),
  );
}

/** `<PlanProgress>`: each school's failing lines against the plan's target year; undefined without a plan result. */
export function planProgressFor(entry: CountyYearEntry): ChartDefinition | undefined {
  return madeOnce(entry, 'plan-progress', () => {
    const plan = assessmentOf(entry.result)?.plan;
    return plan === undefined ? undefined : planProgressChart(entry.county.name, plan);
  });
}

export type TrendSeriesName = 'investments' | 'retention';

/** `<TrendChart series>`; undefined when the data has fewer than two years of the series. */
export function trendFor(entry: CountyYearEntry, series: TrendSeriesName): ChartDefinition | undefined {
  return madeOnce(entry, `trend|${series}`, () =>
    series === 'investments' ? investmentTrend(entry.result) : retentionTrend(entry.result),
  );
}

/** A county page's series, from its latest year. */
export function countyTrends(latest: CountyYearEntry | undefined): ChartDefinition[] {
  if (latest === undefined) return [];
  return (['investments', 'retention'] as const).flatMap((series) => trendFor(latest, series) ?? []);
}

// ---------------------------------------------------------------------------------------------
// What a build will draw: the charts its narratives use (their outlines, src/narrative/document.ts).

type ChartUsage = NarrativeOutline['charts'][number];

const isLevel = (value: string | undefined): value is LevelId => levelIds.includes(value as LevelId);
const isStandard = (value: string | undefined): value is SchoolStandard =>
  value === 'quality' || value === 'provincial';

function usageChart(usage: ChartUsage, page: CountyYearEntry, all: ReadonlyMap<string, CountyYearEntry>) {
  const { component, attributes } = usage;
  const entry = attributes.of === undefined ? page : all.get(attributes.of);
  if (entry === undefined) return undefined;
  const { level, indicator, series } = attributes;
  const standard = attributes.standard ?? 'quality';
  if (component === 'CoefficientChart') return coefficientsFor(entry);
  if (component === 'PlanProgress') return planProgressFor(entry);
  if (component === 'TrendChart')
    return series === 'investments' || series === 'retention' ? trendFor(entry, series) : undefined;
  if (!isLevel(level) || !isStandard(standard)) return undefined;
  if (component === 'ComplianceMatrix') return complianceMatrixFor(entry, { level, standard });
  return indicator === undefined ? undefined : schoolBarsFor(entry, { indicator, level, standard });
}

/**
 * The drawings of the pages a build renders, in the order Astro renders them: the plans', each
 * report's (its narrative's, or the coefficients when it has none), each county's series, and
 * the home page's comparison; each chart's wide drawing, then its narrow one (a page carries
 * both). Made one at a time, as they are taken. A chart that cannot be made from what the text
 * shows is left to its page, which reports the problem.
 */
export function* chartsToPrepare(
  outputs: readonly CountyYearOutput[],
  outlines: ReadonlyMap<string, NarrativeOutline>,
  renders: (county: string) => boolean,
): Generator<ChartDefinition> {
  for (const chart of pageCharts(outputs, outlines, renders)) {
    yield chart;
    yield drawingOf(chart, 'narrow');
  }
}

function* pageCharts(
  outputs: readonly CountyYearOutput[],
  outlines: ReadonlyMap<string, NarrativeOutline>,
  renders: (county: string) => boolean,
): Generator<ChartDefinition> {
  const entries = outputs.map((output) => ({
    id: `${output.county}/${output.year}`,
    entry: { result: output.result, county: output.countyFile, standards: output.standards },
  }));
  const all = new Map(entries.map(({ id, entry }) => [id, entry]));
  const attempt = (make: () => ChartDefinition | ChartDefinition[] | undefined): ChartDefinition[] => {
    try {
      return [make() ?? []].flat();
    } catch {
      return [];
    }
  };
  const latest = new Map<string, CountyYearEntry>();
  for (const { entry } of entries) {
    const known = latest.get(entry.county.id);
    if (known === undefined || known.result.year < entry.result.year) latest.set(entry.county.id, entry);
  }
  const counties = [...latest.keys()].sort().filter(renders);
  for (const county of counties) {
    const entry = latest.get(county);
    if (entry?.county.plan !== undefined)
      yield* attempt(() =>
        [
          planTimelineChart(entry.county) ?? [],
          planProgressFor(entry) ?? [],
          ...levelIds.map((level) => complianceMatrixFor(entry, { level, standard: 'quality' })),
        ].flat(),
      );
  }
  const reports = entries
    .filter(({ entry }) => renders(entry.county.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const { id, entry } of reports) {
    const outline = outlines.get(`content/reports/${id}.mdx`);
    if (outline === undefined) yield* attempt(() => coefficientsFor(entry));
    else for (const usage of outline.charts) yield* attempt(() => usageChart(usage, entry, all));
  }
  for (const county of counties) yield* attempt(() => countyTrends(latest.get(county)));
  // In the home page's order (src/site/collections.ts).
  const byName = [...latest.keys()].sort((a, b) => a.localeCompare(b));
  if (byName.length > 1)
    yield* attempt(() => countyComparisonChart(byName.flatMap((county) => latest.get(county)?.result ?? [])));
}
