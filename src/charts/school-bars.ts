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
import { uniqueNames } from './names.ts';
import {
  floorShareOf,
  type Standing,
  standingCategories,
  standingIn,
  standingSymbol,
  standingsFor,
  standingText,
} from './standing.ts';
import { COLORS, categoryEncoding, haloTextMarks } from './theme.ts';

export interface SchoolBarsOptions {
  standard: 'quality' | 'provincial';
  level: LevelKey;
  indicator: string;
  /** Indicator names and units; the shipped standards' by default. */
  labels?: IndicatorLabels;
}

interface RuleLabel {
  value: number;
  label: string;
  align: 'left' | 'right';
  dx: number;
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
  const rules: RuleLabel[] = [
    { value: threshold, label: `标准值 ${withUnit(thresholdText, unit)}`, align: 'left', dx: 4 },
  ];
  if (floorShare !== undefined) {
    rules.push({
      value: threshold * floorShare,
      label: `标准值的 ${Math.round(floorShare * 100)}%：${withUnit(formatFixed(threshold * floorShare, decimals), unit)}`,
      align: 'right',
      dx: -4,
    });
  }

  const axisTitle = titleWithUnit(name, unit);
  const x = { field: 'value', type: 'quantitative', title: axisTitle } as const;
  const y = { field: 'school', type: 'nominal', sort: null, title: null } as const;
  const caption = `${result.countyName} ${result.year} 年${levelName}各校${name}（${standardKindNames[standard]}：标准值 ${withUnit(thresholdText, unit)}）`;

  const spec: TopLevelSpec = {
    ...chartBase(caption),
    width: 440,
    height: { step: 20 },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', height: { band: 0.7 }, strokeWidth: 1 },
        encoding: {
          y,
          x: { ...x, axis: { grid: true, tickCount: 6, format: '~r' } },
          ...categoryEncoding('standing', standingCategories(legendOrder, floorShare), { offset: 24 }),
          description: { field: 'tip', type: 'nominal' },
        },
      },
      ...rules.flatMap((rule, index): LayerItem[] => [
        {
          data: { values: [rule] },
          mark: {
            type: 'rule',
            color: index === 0 ? COLORS.rule : COLORS.ruleSecondary,
            strokeWidth: index === 0 ? 2 : 1.5,
            ...(index === 0 ? {} : { strokeDash: [5, 3] }),
          },
          encoding: { x },
        },
        {
          data: { values: [rule] },
          mark: {
            type: 'text',
            align: rule.align,
            baseline: 'bottom',
            dx: rule.dx,
            y: -4,
            fontWeight: 'bold',
            color: index === 0 ? COLORS.rule : COLORS.ruleSecondary,
          },
          encoding: { x, text: { field: 'label', type: 'nominal' } },
        },
      ]),
      ...haloTextMarks(4).map((mark) => ({
        data: { values: bars },
        mark,
        encoding: { y, x, text: { field: 'label', type: 'nominal' as const } },
      })),
    ],
  };

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
    spec,
  });
}

function numeric(value: unknown): number {
  return typeof value === 'number' ? value : Number.NEGATIVE_INFINITY;
}
