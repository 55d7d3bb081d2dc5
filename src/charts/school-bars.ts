/**
 * One bar per in-scope school for one indicator of one standard and 学段, sorted by value, with
 * the standard value (and for high-quality balance the 85% floor) drawn as labelled rules.
 * Schools below the standard get another colour and a symbol beside the value (✓ ○ ✗). Each
 * school's standing is the engine's, read from the result.
 */

import type { TopLevelSpec } from 'vega-lite';
import { isDefined } from '../compute/measure.ts';
import { standardKindNames } from '../figures/vocabulary.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { type ChartDefinition, chartBase, defineChart, type LayerItem } from './chart.ts';
import {
  among,
  decimalsFor,
  formatFixed,
  formatNumber,
  LEVEL_NAMES,
  type LevelKey,
  roundForTable,
  titleWithUnit,
  withUnit,
} from './format.ts';
import { type IndicatorLabels, indicatorLabel } from './labels.ts';
import { AXIS_EXTRA } from './limit-bars.ts';
import { uniqueNames } from './names.ts';
import { fitDomain, LABEL_GAP, labelStart, lineBoxHeight, niceCeil, widest, wrapText } from './placement.ts';
import { nameLayers, namesAbove, stackedRows } from './rows.ts';
import {
  floorShareOf,
  type Standing,
  standingCategories,
  standingIn,
  standingSymbol,
  standingsFor,
  standingText,
} from './standing.ts';
import { textWidth } from './text-metrics.ts';
import {
  COLORS,
  categoryEncoding,
  haloTextMarks,
  innerWidth,
  type Layout,
  NARROW,
  TICK_OUTLINE,
  WIDE,
} from './theme.ts';

export interface SchoolBarsOptions {
  standard: 'quality' | 'provincial';
  level: LevelKey;
  indicator: string;
  /** Indicator names and units; the shipped standards' by default. */
  labels?: IndicatorLabels;
}

interface Bar {
  school: string;
  value: number;
  standing: string;
  label: string;
  /** Shown on hover (an SVG <title>). */
  tip: string;
}

export function schoolBarsChart(result: ComputeResult, options: SchoolBarsOptions): ChartDefinition {
  const { standard, level, indicator } = options;
  const levelResult = result.levels[level][standard];
  const indicatorResult = levelResult?.indicators[indicator];
  const threshold = indicatorResult?.threshold;
  if (threshold === undefined)
    throw new Error(
      `${result.county} ${result.year}: no ${standard} standard value for ${indicator} (${level})`,
    );
  const floorShare = floorShareOf(levelResult);
  const { name, unit } = indicatorLabel(indicator, options.labels);
  const levelName = LEVEL_NAMES[level];

  const inScope = result.schools.flatMap((school) => {
    const unitResult = school.levels[level];
    if (unitResult?.[standard]?.inScope !== true) return [];
    return [
      {
        school,
        value: unitResult.indicators[indicator],
        standing: standingIn(unitResult[standard], indicator),
      },
    ];
  });
  const names = uniqueNames(inScope.map((item) => item.school));
  const units = inScope
    .map((item, index) => ({
      name: names[index] ?? item.school.name,
      value: item.value,
      standing: item.standing,
    }))
    .sort((a, b) => numeric(b.value) - numeric(a.value) || a.name.localeCompare(b.name, 'zh'));

  // One number of decimals for the whole chart, from the size of the standard value.
  const decimals = decimalsFor(threshold);
  const legendOrder = standingsFor(floorShare);
  const legendText = (standing: Standing): string =>
    `${standingSymbol(standing)} ${standingText(standing, floorShare)}`;
  const bars: Bar[] = units.flatMap((item) =>
    item.value !== undefined && isDefined(item.value)
      ? [
          {
            school: item.name,
            value: item.value,
            standing: legendText(item.standing),
            label: `${formatFixed(item.value, decimals)} ${standingSymbol(item.standing)}`,
            tip: `${item.name}　${name}：${withUnit(formatFixed(item.value, decimals), unit)}，${standingText(item.standing, floorShare)}`,
          },
        ]
      : [],
  );

  const thresholdText = formatNumber(threshold);
  const rules: Rule[] = [
    { value: threshold, label: `标准值 ${withUnit(thresholdText, unit)}`, side: 'right', half: 1 },
  ];
  if (floorShare !== undefined) {
    rules.push({
      value: threshold * floorShare,
      label: `标准值的 ${Math.round(floorShare * 100)}%：${withUnit(formatFixed(threshold * floorShare, decimals), unit)}`,
      side: 'left',
      half: 0.75,
    });
  }

  const axisTitle = titleWithUnit(name, unit);
  const caption = `${result.countyName} ${result.year} 年${levelName}各校${name}（${standardKindNames[standard]}：标准值 ${withUnit(thresholdText, unit)}）`;
  const categories = standingCategories(legendOrder, floorShare);
  const drawing = (layout: Layout) => barsSpec({ caption, axisTitle, bars, rules, categories, layout });

  const met = units.filter((item) => item.standing === 'met').length;
  const floor = units.filter((item) => item.standing === 'floor').length;
  const lowest = units.filter((item) => item.value !== undefined && isDefined(item.value)).at(-1);
  const count = `${units.length} 所${levelName}`;
  let sentence =
    units.length === 0
      ? `${levelName}没有纳入测算的学校`
      : met === units.length
        ? `${count}的${name}全部达到 ${withUnit(thresholdText, unit)}`
        : met === 0
          ? `${among(count)}没有一所${name}达到 ${withUnit(thresholdText, unit)}`
          : `${among(count)}有 ${met} 所${name}达到 ${withUnit(thresholdText, unit)}`;
  if (floorShare !== undefined && floor > 0)
    sentence += `，另有 ${floor} 所不低于标准值的 ${Math.round(floorShare * 100)}%`;
  if (lowest !== undefined && typeof lowest.value === 'number' && units.length > 1)
    sentence += `，最低的${lowest.name}为 ${withUnit(formatNumber(lowest.value, decimals), unit)}`;
  const missing = units.length - bars.length;
  if (missing > 0) sentence += `，${missing} 所无法计算`;

  return defineChart({
    kind: 'school-bars',
    caption,
    description: `${sentence}。`,
    table: {
      columns: ['学校', axisTitle, `与标准值（${withUnit(thresholdText, unit)}）比较`],
      rows: units.map((item) => [
        item.name,
        item.value !== undefined && isDefined(item.value) ? roundForTable(item.value, decimals) : '无法计算',
        `${standingSymbol(item.standing)} ${standingText(item.standing, floorShare)}`,
      ]),
    },
    spec: drawing(WIDE),
    narrow: drawing(NARROW),
  });
}

interface Rule {
  value: number;
  label: string;
  /** The side of the rule its label is written on when there is room. */
  side: 'left' | 'right';
  /** Half the rule's stroke (px). */
  half: number;
}

interface BarsInput {
  caption: string;
  axisTitle: string;
  bars: readonly Bar[];
  rules: readonly Rule[];
  categories: ReturnType<typeof standingCategories>;
  layout: Layout;
}

/** The wide plot's width and step (px). */
const WIDE_WIDTH = 440;
const WIDE_STEP = 20;

/**
 * One layout's drawing. The value domain ends at a round number; in the narrow drawing far enough
 * that every value label ends inside the plot. A value label that would cross a rule starts past
 * it. The rules' own labels go above the plot, beside their rule when there is room, on a second
 * line when the two would meet. With names above the bars (narrow, long names) the rules are
 * drawn as ticks on each bar's line, so that no rule crosses a name.
 */
function barsSpec(input: BarsInput): TopLevelSpec {
  const { bars, rules, layout, categories } = input;
  const { fontSize } = layout;
  const narrow = layout.variant === 'narrow';
  const nameWidth = widest(
    bars.map((bar) => bar.school),
    fontSize,
  );
  const stacked = namesAbove(layout, nameWidth) ? stackedRows(layout) : undefined;
  const width = !narrow
    ? WIDE_WIDTH
    : stacked !== undefined
      ? innerWidth(layout) - 2
      : Math.floor((innerWidth(layout) - nameWidth - AXIS_EXTRA) / 10) * 10;
  const step = stacked?.step ?? (narrow ? 24 : WIDE_STEP);
  const labelWidth = (bar: Bar) => textWidth(bar.label, fontSize);
  const maxValue = Math.max(0, ...bars.map((bar) => bar.value), ...rules.map((rule) => rule.value));
  const labelFrom = (bar: Bar, max: number) => {
    const scale = width / max;
    return labelStart(
      bar.value * scale + LABEL_GAP,
      labelWidth(bar),
      rules.map((rule) => ({ at: rule.value * scale, half: rule.half })),
    );
  };
  const max = narrow
    ? fitDomain(maxValue, (end) => bars.every((bar) => labelFrom(bar, end) + labelWidth(bar) <= width))
    : niceCeil(maxValue);
  const scale = width / max;
  const placedBars = bars.map((bar) => ({ ...bar, labelAt: labelFrom(bar, max) / scale }));

  // The rules' labels above the plot: each beside its rule on its preferred side if it fits
  // between the plot's edges, else on the other side, else pushed inside; a second line when
  // the first is taken there.
  const leftEdge = stacked === undefined ? -nameWidth - AXIS_EXTRA : 0;
  const line = lineBoxHeight(layout.fontSize);
  const taken: { line: number; x1: number; x2: number }[] = [];
  const ruleLabels = rules.map((rule) => {
    const w = textWidth(rule.label, fontSize, true);
    const at = rule.value * scale;
    const right = at + LABEL_GAP;
    const left = at - LABEL_GAP - w;
    const fitsRight = right + w <= width;
    const fitsLeft = left >= leftEdge;
    const preferred = rule.side === 'right' ? [right, left] : [left, right];
    const fits = rule.side === 'right' ? [fitsRight, fitsLeft] : [fitsLeft, fitsRight];
    const start =
      fits[0] === true
        ? (preferred[0] ?? right)
        : fits[1] === true
          ? (preferred[1] ?? left)
          : Math.max(leftEdge, Math.min(width - w, right));
    let row = 0;
    while (
      taken.some(
        (other) => other.line === row && start < other.x2 + LABEL_GAP && other.x1 < start + w + LABEL_GAP,
      )
    )
      row += 1;
    taken.push({ line: row, x1: start, x2: start + w });
    return {
      ...rule,
      labelAt: start / scale,
      y: -4 - row * (line + 2),
      color: rule.half === 1 ? COLORS.rule : COLORS.ruleSecondary,
    };
  });
  const labelLines = 1 + Math.max(0, ...ruleLabels.map((rule) => Math.round((-4 - rule.y) / (line + 2))));

  // A long axis title goes on two lines rather than widen the narrow drawing.
  const title = narrow
    ? wrapText(input.axisTitle, fontSize, width + (stacked ? 0 : nameWidth), true)
    : input.axisTitle;
  const domain: number[] = [0, max];
  const x = { field: 'value', type: 'quantitative', title, scale: { domain } } as const;
  const y = {
    field: 'school',
    type: 'nominal',
    sort: null,
    title: null,
    ...(stacked === undefined ? {} : { axis: null }),
  } as const;
  const barOffset = stacked === undefined ? {} : { yOffset: stacked.barOffset };
  const tickCount = narrow ? Math.max(2, Math.min(layout.tickCount, Math.floor(width / 50))) : 6;
  const ruleMark = (rule: (typeof ruleLabels)[number]) => ({
    color: rule.color,
    ...(rule.half === 1 ? {} : { strokeDash: [5, 3] }),
  });
  const layer: LayerItem[] = [
    {
      data: { values: placedBars },
      mark: {
        type: 'bar',
        height: stacked === undefined ? { band: 0.7 } : stacked.barHeight,
        strokeWidth: 1,
        ...barOffset,
      },
      encoding: {
        y,
        x: { ...x, axis: { grid: true, tickCount, format: '~r' } },
        ...categoryEncoding('standing', categories, {
          layout,
          ...(narrow ? {} : { offset: 24 + (labelLines - 1) * (line + 2) }),
        }),
        description: { field: 'tip', type: 'nominal' },
      },
    },
    ...ruleLabels.flatMap((rule): LayerItem[] => [
      stacked === undefined
        ? {
            data: { values: [rule] },
            mark: { type: 'rule', strokeWidth: rule.half * 2, ...ruleMark(rule) },
            encoding: { x },
          }
        : {
            // One tick on each bar's line: a rule down the plot would cross the names.
            data: { values: placedBars.map((bar) => ({ school: bar.school, value: rule.value })) },
            mark: {
              type: 'tick',
              thickness: rule.half * 2,
              height: stacked.barHeight + 6,
              opacity: 1,
              color: rule.color,
              ...TICK_OUTLINE,
              ...barOffset,
            },
            encoding: { x, y },
          },
      {
        data: { values: [rule] },
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'bottom',
          y: rule.y,
          fontWeight: 'bold',
          color: rule.color,
        },
        encoding: { x: { ...x, field: 'labelAt' }, text: { field: 'label', type: 'nominal' } },
      },
    ]),
    ...haloTextMarks().map((mark) => ({
      data: { values: placedBars },
      mark: { ...mark, ...barOffset },
      encoding: { y, x: { ...x, field: 'labelAt' }, text: { field: 'label', type: 'nominal' as const } },
    })),
    ...(stacked === undefined
      ? []
      : nameLayers(y, 'school', stacked).map(
          (item) => ({ ...item, data: { values: placedBars } }) as LayerItem,
        )),
  ];
  return {
    ...chartBase(input.caption, layout),
    width,
    height: { step },
    layer,
  } as TopLevelSpec;
}

function numeric(value: unknown): number {
  return typeof value === 'number' ? value : Number.NEGATIVE_INFINITY;
}
