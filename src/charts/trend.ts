/**
 * Values over periods as lines with points and value labels; each series has its own colour,
 * dash and point shape, so series stay apart in greyscale. `investmentTrend` and
 * `retentionTrend` build one from a result's county facts when there are at least two periods.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ByLevelRate, Facts } from '../types/generated/county-year.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { type ChartDefinition, chartBase, defineChart, type LayerItem } from './chart.ts';
import {
  formatNumber,
  LEVEL_NAMES,
  LEVELS,
  periodText,
  spaceAfter,
  titleWithUnit,
  withUnit,
} from './format.ts';
import { LABEL_GAP, lineBoxHeight, niceCeil, placePointLabels, widest } from './placement.ts';
import { textWidth } from './text-metrics.ts';
import {
  innerWidth,
  type Layout,
  NARROW,
  SERIES_COLORS,
  SERIES_DASHES,
  SERIES_SHAPES,
  WIDE,
} from './theme.ts';

export interface TrendPoint {
  period: string;
  value: number;
}

export interface TrendSeries {
  label: string;
  points: TrendPoint[];
}

export interface TrendInput {
  /** The caption. */
  title: string;
  unit: string;
  series: TrendSeries[];
  /** Value axis title before the unit; the single series' label or 数值 by default. */
  valueTitle?: string;
  /** Period axis title; 年份 by default. */
  periodTitle?: string;
  /** How a sentence names a period: "2015 年" or "2016—2017 学年". */
  periodKind?: 'year' | 'schoolYear';
  /** Whether the value axis starts at zero (amounts: yes; rates near 100%: no). Default true. */
  zero?: boolean;
  /** Say the total of a single series (amounts, not rates). */
  total?: boolean;
}

interface Row {
  series: string;
  period: string;
  /** The period's place on the axis (its index). */
  at: number;
  value: number;
  label: string;
  /** Where the label's centre is, in the axes' units. */
  labelX: number;
  labelY: number;
}

/** Decimals the data itself uses (at most 3): 98.4 and 100.1 → 1, 7849 → 0. */
function dataDecimals(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) {
    const text = String(value);
    const dot = text.indexOf('.');
    if (dot >= 0 && !text.includes('e')) decimals = Math.max(decimals, text.length - dot - 1);
  }
  return Math.min(3, decimals);
}

function periodsOf(series: readonly TrendSeries[]): string[] {
  return [...new Set(series.flatMap((item) => item.points.map((point) => point.period)))].sort();
}

/** The wide plot (px); the narrow one is as wide as the phone allows. */
const WIDE_WIDTH = 440;
const HEIGHT = 220;
/** Space before the first and after the last period, in periods. */
const PERIOD_PADDING = 0.6;
/** A point's half size (px): symbols of size 70 are about 9 px across. */
const POINT_HALF = 6;
/** From a point's centre to its label's nearest edge (px): clear of the point by the gap. */
const LABEL_DISTANCE = POINT_HALF + LABEL_GAP + 1;

/** A value axis's round step for a span (1, 2, 2.5 or 5 times a power of ten). */
function roundStep(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span));
  for (const mantissa of [1, 2, 2.5, 5, 10]) if (mantissa * power >= span) return mantissa * power;
  return 10 * power;
}

/** The value domain: from zero (amounts) or around the values (rates), in round steps, with `extra` steps of headroom. */
function valueDomain(values: readonly number[], zero: boolean, extra: number): [number, number] {
  // Headroom goes on top; around rates, below as well.
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (zero) {
    const top = niceCeil(Math.max(high, 0) || 1);
    const step = roundStep(top / 4);
    return [Math.min(0, low), top + extra * step];
  }
  const step = roundStep(Math.max(high - low, Math.abs(high) * 0.01, 1e-9) / 4);
  const bottom = Math.floor(low / step) * step;
  const top = Math.ceil(high / step) * step;
  return [
    (bottom === low ? bottom - step : bottom) - extra * step,
    (top === high ? top + step : top) + extra * step,
  ];
}

/** How a period is written under the axis: school years on two lines in the narrow drawing. */
function periodLines(period: string, narrow: boolean): string[] {
  const range = /^(\d{4})-(\d{4})$/.exec(period);
  return narrow && range !== null ? [`${range[1]}-`, range[2] ?? ''] : [period];
}

/**
 * One panel: the layered view of a trend (no top-level properties). Periods are placed by their
 * index on a linear scale, so that a value label can be put anywhere beside its point: each takes
 * the first side where it meets no line, point or other label (src/charts/placement.ts), and the
 * value domain gains headroom until every label has a place.
 */
function trendView(
  input: TrendInput,
  layout: Layout,
): {
  view: Record<string, unknown> & { layer: LayerItem[] };
  rows: Row[];
} {
  const narrow = layout.variant === 'narrow';
  const { fontSize } = layout;
  const values = input.series.flatMap((item) => item.points.map((point) => point.value));
  const decimals = dataDecimals(values);
  const periods = periodsOf(input.series);
  const labels = input.series.map((item) => item.label);
  const single = input.series.length === 1;
  const valueTitle = input.valueTitle ?? (single ? (input.series[0]?.label ?? '数值') : '数值');
  const zero = input.zero !== false;

  let domain = valueDomain(values, zero, 0);
  const axisWidth = () =>
    widest(
      [formatNumber(domain[0]), formatNumber(domain[1]), formatNumber((domain[0] + domain[1]) / 2)],
      fontSize,
    ) +
    5 +
    2 +
    8 +
    lineBoxHeight(fontSize) +
    4;
  const width = narrow ? Math.floor((innerWidth(layout) - axisWidth()) / 10) * 10 : WIDE_WIDTH;
  const height = HEIGHT;
  const xScale = width / (periods.length - 1 + 2 * PERIOD_PADDING);
  const xOf = (period: string) => (periods.indexOf(period) + PERIOD_PADDING) * xScale;

  const points = input.series.flatMap((item, index) =>
    [...item.points]
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((point) => ({ series: item.label, index, ...point, label: formatNumber(point.value, decimals) })),
  );
  const lineHeight = lineBoxHeight(fontSize);
  let placed: ({ x: number; y: number } | undefined)[] = [];
  let yOf = (value: number) => value;
  for (let extra = 0; extra <= 3; extra++) {
    domain = valueDomain(values, zero, extra);
    const [low, high] = domain;
    yOf = (value: number) => height - ((value - low) / (high - low)) * height;
    const segments = input.series.flatMap((item) => {
      const sorted = [...item.points].sort((a, b) => a.period.localeCompare(b.period));
      return sorted
        .slice(1)
        .map(
          (point, k) =>
            [
              xOf(sorted[k]?.period ?? point.period),
              yOf(sorted[k]?.value ?? point.value),
              xOf(point.period),
              yOf(point.value),
            ] as const,
        );
    });
    const boxes = points.map((point) => ({
      x1: xOf(point.period) - POINT_HALF,
      y1: yOf(point.value) - POINT_HALF,
      x2: xOf(point.period) + POINT_HALF,
      y2: yOf(point.value) + POINT_HALF,
    }));
    placed = placePointLabels(
      points.map((point) => ({
        x: xOf(point.period),
        y: yOf(point.value),
        width: textWidth(point.label, fontSize),
        height: lineHeight,
        prefer: point.index % 2 === 0 ? 'above' : 'below',
      })),
      { boxes, segments },
      { x1: 2, y1: 0, x2: width, y2: height - 2 },
      LABEL_GAP,
      LABEL_DISTANCE,
    );
    if (placed.every((place) => place !== undefined)) break;
  }
  const [low, high] = domain;
  const valuePerPx = (high - low) / height;
  const rows: Row[] = points.map((point, k) => {
    const place = placed[k] ?? {
      x: xOf(point.period),
      y: yOf(point.value) - LABEL_DISTANCE - lineHeight / 2,
    };
    return {
      series: point.series,
      period: point.period,
      at: periods.indexOf(point.period),
      value: point.value,
      label: point.label,
      labelX: place.x / xScale - PERIOD_PADDING,
      // The label's box is centred on its place; vega centres a middle-baseline text 0.04 em higher.
      labelY: low + (height - place.y - 0.04 * fontSize) * valuePerPx,
    };
  });

  // Under the axis: every period, or every other one when they would crowd.
  const periodWidth = widest(
    periods.flatMap((period) => periodLines(period, narrow)),
    fontSize,
  );
  const every = Math.max(1, Math.ceil((periodWidth + 10) / xScale));
  const ticks = periods
    .map((_, index) => index)
    .filter((index) => (periods.length - 1 - index) % every === 0);
  const legend = single ? null : { title: null, symbolStrokeWidth: 2, symbolSize: 80 };
  const periodDomain: number[] = [-PERIOD_PADDING, periods.length - 1 + PERIOD_PADDING];
  const valueRange: number[] = [low, high];
  const x = {
    field: 'at',
    type: 'quantitative',
    title: input.periodTitle ?? '年份',
    scale: { domain: periodDomain, nice: false, zero: false },
    axis: {
      values: ticks,
      labelAngle: 0,
      grid: false,
      labelExpr: `${JSON.stringify(periods.map((period) => periodLines(period, narrow)))}[datum.value]`,
    },
  } as const;
  const y = {
    field: 'value',
    type: 'quantitative',
    title: titleWithUnit(valueTitle, input.unit),
    scale: { domain: valueRange, nice: false, zero: false },
    axis: { grid: true, tickCount: narrow ? 4 : 5, format: '~r' },
  } as const;
  const style = {
    color: {
      field: 'series',
      type: 'nominal',
      scale: {
        domain: labels,
        range: labels.map((_, index) => SERIES_COLORS[index % SERIES_COLORS.length] ?? '#000'),
      },
      legend,
    },
    strokeDash: {
      field: 'series',
      type: 'nominal',
      scale: {
        domain: labels,
        range: labels.map((_, index) => [...(SERIES_DASHES[index % SERIES_DASHES.length] ?? [])]),
      },
      legend,
    },
  } as const;
  const shape = {
    field: 'series',
    type: 'nominal',
    scale: {
      domain: labels,
      range: labels.map((_, index) => SERIES_SHAPES[index % SERIES_SHAPES.length] ?? 'circle'),
    },
    legend,
  } as const;
  const text = (halo: boolean): LayerItem => ({
    mark: {
      type: 'text',
      align: 'center',
      baseline: 'middle',
      ...(halo ? { stroke: 'white', strokeWidth: 4, strokeJoin: 'round' } : {}),
    },
    encoding: {
      x: { ...x, field: 'labelX' },
      y: { ...y, field: 'labelY' },
      text: { field: 'label', type: 'nominal' },
      color: style.color,
    },
  });
  const layer: LayerItem[] = [
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, ...style } },
    {
      mark: { type: 'point', filled: true, size: 70, opacity: 1 },
      encoding: { x, y, color: style.color, shape },
    },
    text(true),
    text(false),
  ];
  return { view: { data: { values: rows }, width, height, layer }, rows };
}

function describeSeries(input: TrendInput, series: TrendSeries, withMaximum: boolean): string {
  const decimals = dataDecimals(series.points.map((point) => point.value));
  const points = [...series.points].sort((a, b) => a.period.localeCompare(b.period));
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return series.label;
  const value = (point: TrendPoint): string => withUnit(formatNumber(point.value, decimals), input.unit);
  const period = (point: TrendPoint): string => periodText(point.period, input.periodKind);
  const parts: string[] = [];
  if (input.total === true && input.series.length === 1) {
    const sum = points.reduce((total, point) => total + point.value, 0);
    const span =
      /^\d{4}$/.test(first.period) && /^\d{4}$/.test(last.period)
        ? `${first.period}—${last.period} 年`
        : `${period(first)}至 ${period(last)}`;
    parts.push(`${series.label} ${span}合计 ${withUnit(formatNumber(sum, decimals), input.unit)}`);
    parts.push(`由 ${period(first)}的 ${spaceAfter(value(first))}变为 ${period(last)}的 ${value(last)}`);
  } else if (points.every((point) => point.value === first.value)) {
    parts.push(`${series.label}各${input.periodKind === 'schoolYear' ? '学年' : '年'}均为 ${value(first)}`);
  } else {
    parts.push(
      `${series.label}由 ${period(first)}的 ${spaceAfter(value(first))}变为 ${period(last)}的 ${value(last)}`,
    );
  }
  if (withMaximum && points.length > 2) {
    const top = points.reduce((high, point) => (point.value > high.value ? point : high), first);
    parts.push(`最高为 ${period(top)}的 ${value(top)}`);
  }
  return parts.join('，');
}

function trendTable(input: TrendInput): { columns: string[]; rows: (string | number)[][] } {
  const periods = periodsOf(input.series);
  return {
    columns: [
      input.periodTitle ?? '年份',
      ...input.series.map((item) => titleWithUnit(item.label, input.unit)),
    ],
    rows: periods.map((period) => [
      period,
      ...input.series.map((item) => item.points.find((point) => point.period === period)?.value ?? '—'),
    ]),
  };
}

/** A line chart of one or more series over periods (years or school years). */
export function trendChart(input: TrendInput): ChartDefinition {
  const drawing = (layout: Layout) =>
    ({ ...chartBase(input.title, layout), ...trendView(input, layout).view }) as TopLevelSpec;
  const single = input.series.length === 1;
  return defineChart({
    kind: 'trend',
    caption: input.title,
    description: `${input.series.map((series) => describeSeries(input, series, single)).join('；')}。`,
    table: trendTable(input),
    spec: drawing(WIDE),
    narrow: drawing(NARROW),
  });
}

function facts(result: ComputeResult): Facts {
  return result.facts as Facts;
}

/** Yearly investments (periods that are one year), one series per purpose; undefined with fewer than two years. */
export function investmentTrend(result: ComputeResult): ChartDefinition | undefined {
  const yearly = (facts(result).investments ?? []).filter((item) => /^\d{4}$/.test(item.period));
  const purposes = [...new Set(yearly.map((item) => item.purpose))];
  const series: TrendSeries[] = purposes.map((purpose) => ({
    label: purpose,
    points: yearly
      .filter((item) => item.purpose === purpose)
      .map((item) => ({ period: item.period, value: item.amount }))
      .sort((a, b) => a.period.localeCompare(b.period)),
  }));
  const periods = periodsOf(series);
  if (periods.length < 2) return undefined;
  return trendChart({
    title: `${result.countyName}义务教育投入（${periods[0]}—${periods.at(-1)} 年）`,
    unit: '万元',
    series,
    valueTitle: '金额',
    total: true,
  });
}

/**
 * 巩固率 and 辍学率 per 学段 by school year, as two panels (their scales differ a hundredfold);
 * undefined with fewer than two school years.
 */
export function retentionTrend(result: ComputeResult): ChartDefinition | undefined {
  const byYear = facts(result).byYear ?? [];
  const metrics = [
    { key: 'retentionRate', name: '巩固率', zero: false },
    { key: 'dropoutRate', name: '辍学率', zero: true },
  ] as const;
  const inputs: TrendInput[] = [];
  for (const metric of metrics) {
    const series: TrendSeries[] = LEVELS.flatMap((level) => {
      const points = byYear.flatMap((year) => {
        const rates: ByLevelRate | undefined = year[metric.key];
        const value = rates?.[level];
        return value === undefined ? [] : [{ period: year.schoolYear, value }];
      });
      return points.length === 0 ? [] : [{ label: `${LEVEL_NAMES[level]}${metric.name}`, points }];
    });
    if (periodsOf(series).length >= 2) {
      inputs.push({
        title: metric.name,
        unit: '%',
        series,
        valueTitle: metric.name,
        periodTitle: '学年',
        periodKind: 'schoolYear',
        zero: metric.zero,
      });
    }
  }
  if (inputs.length === 0) return undefined;
  const periods = periodsOf(inputs.flatMap((input) => input.series));
  const caption = `${result.countyName}义务教育${inputs.map((input) => input.title).join('和')}（${periods[0]} 至 ${periods.at(-1)} 学年）`;
  const drawing = (layout: Layout) =>
    ({
      ...chartBase(caption, layout),
      vconcat: inputs.map((input) => trendView(input, layout).view),
      resolve: {
        scale: { color: 'independent', strokeDash: 'independent', shape: 'independent' },
        legend: { color: 'independent', strokeDash: 'independent', shape: 'independent' },
      },
    }) as TopLevelSpec;
  const tables = inputs.map(trendTable);
  const allPeriods = periodsOf(inputs.flatMap((input) => input.series));
  return defineChart({
    kind: 'trend',
    caption,
    description: `${inputs
      .flatMap((input) => input.series.map((series) => describeSeries(input, series, false)))
      .join('，')}。`,
    table: {
      columns: ['学年', ...tables.flatMap((table) => table.columns.slice(1))],
      rows: allPeriods.map((period) => [
        period,
        ...inputs.flatMap((input) =>
          input.series.map((item) => item.points.find((point) => point.period === period)?.value ?? '—'),
        ),
      ]),
    },
    spec: drawing(WIDE),
    narrow: drawing(NARROW),
  });
}
