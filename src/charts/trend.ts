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
import { SERIES_COLORS, SERIES_DASHES, SERIES_SHAPES } from './theme.ts';

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
  value: number;
  label: string;
  above: boolean;
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

/** One panel: the layered view of a trend (no top-level properties). */
function trendView(input: TrendInput): {
  view: Record<string, unknown> & { layer: LayerItem[] };
  rows: Row[];
} {
  const values = input.series.flatMap((item) => item.points.map((point) => point.value));
  const decimals = dataDecimals(values);
  const rows: Row[] = input.series.flatMap((item, index) =>
    item.points.map((point) => ({
      series: item.label,
      period: point.period,
      value: point.value,
      label: formatNumber(point.value, decimals),
      above: index % 2 === 0,
    })),
  );
  const labels = input.series.map((item) => item.label);
  const single = input.series.length === 1;
  const legend = single ? null : { title: null, orient: 'top', symbolStrokeWidth: 2, symbolSize: 80 };
  const x = {
    field: 'period',
    type: 'ordinal',
    sort: periodsOf(input.series),
    title: input.periodTitle ?? '年份',
    axis: { labelAngle: 0 },
    scale: { padding: 0.6 },
  } as const;
  const valueTitle = input.valueTitle ?? (single ? (input.series[0]?.label ?? '数值') : '数值');
  const y = {
    field: 'value',
    type: 'quantitative',
    title: titleWithUnit(valueTitle, input.unit),
    scale: input.zero === false ? { zero: false, nice: true, padding: 16 } : { zero: true, nice: true },
    axis: { grid: true, tickCount: 5, format: '~r' },
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
  const text = (above: boolean, halo: boolean): LayerItem => ({
    transform: [{ filter: { field: 'above', equal: above } }],
    mark: {
      type: 'text',
      align: 'center',
      baseline: above ? 'bottom' : 'top',
      dy: above ? -8 : 8,
      ...(halo ? { stroke: 'white', strokeWidth: 4, strokeJoin: 'round' } : {}),
    },
    encoding: { x, y, text: { field: 'label', type: 'nominal' }, color: style.color },
  });
  const layer: LayerItem[] = [
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, ...style } },
    {
      mark: { type: 'point', filled: true, size: 70, opacity: 1 },
      encoding: { x, y, color: style.color, shape },
    },
    text(true, true),
    text(true, false),
  ];
  if (rows.some((row) => !row.above)) layer.push(text(false, true), text(false, false));
  return { view: { data: { values: rows }, width: 440, height: 220, layer }, rows };
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
  const { view } = trendView(input);
  const spec: TopLevelSpec = { ...chartBase(input.title), ...view } as TopLevelSpec;
  const single = input.series.length === 1;
  return defineChart({
    kind: 'trend',
    caption: input.title,
    description: `${input.series.map((series) => describeSeries(input, series, single)).join('；')}。`,
    table: trendTable(input),
    spec,
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
  const views = inputs.map((input) => trendView(input).view);
  const spec = {
    ...chartBase(caption),
    vconcat: views,
    resolve: {
      scale: { color: 'independent', strokeDash: 'independent', shape: 'independent' },
      legend: { color: 'independent', strokeDash: 'independent', shape: 'independent' },
    },
  } as TopLevelSpec;
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
    spec,
  });
}
