/** Chart builders, build-time SVG rendering and the accessible table of every chart. */
export type { ChartDefinition, ChartDrawing, ChartKind, ChartTable } from './chart.ts';
export { chartId, drawingOf } from './chart.ts';
export { type CoefficientOptions, coefficientChart } from './coefficients.ts';
export { type ComplianceMatrixOptions, complianceMatrixChart } from './compliance-matrix.ts';
export { countyComparisonChart } from './county-comparison.ts';
export {
  DEFAULT_INDICATOR_LABELS,
  type IndicatorLabel,
  type IndicatorLabels,
  indicatorLabelsFromStandards,
} from './labels.ts';
export { planProgressChart } from './plan-progress.ts';
export { planTimelineChart } from './plan-timeline.ts';
export { compileChart, type RenderAllOptions, renderAll, renderSvg } from './render-svg.ts';
export { type SchoolBarsOptions, schoolBarsChart } from './school-bars.ts';
export { escapeHtml, tableHtml } from './table.ts';
export { textWidth } from './text-metrics.ts';
export { chartConfig, FONT_FAMILY, type Layout, NARROW, narrowConfig, WIDE } from './theme.ts';
export {
  investmentTrend,
  retentionTrend,
  type TrendInput,
  type TrendPoint,
  type TrendSeries,
  trendChart,
} from './trend.ts';
