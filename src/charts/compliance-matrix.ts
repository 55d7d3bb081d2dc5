/**
 * Schools × indicators of one standard and 学段: each cell met (✓), within the floor (○, e.g.
 * ≥ 85% of the standard for high-quality balance) or below (✗), in colour and as a symbol so it
 * reads in greyscale. A last column counts the indicators met; schools that pass the school rule
 * come first. Every standing and verdict is the engine's, read from the result.
 */

import type { TopLevelSpec } from 'vega-lite';
import { isDefined } from '../compute/measure.ts';
import { standardKindNames } from '../figures/vocabulary.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { type ChartDefinition, chartBase, defineChart } from './chart.ts';
import {
  among,
  decimalsFor,
  formatFixed,
  formatNumber,
  LEVEL_NAMES,
  type LevelKey,
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
import { COLORS, categoryEncoding } from './theme.ts';

export interface ComplianceMatrixOptions {
  standard: 'quality' | 'provincial';
  level: LevelKey;
  labels?: IndicatorLabels;
}

/** Symbol colour with enough contrast on each fill. */
const INKS: Readonly<Record<Standing, string>> = {
  met: '#ffffff',
  floor: '#000000',
  below: '#000000',
  missing: '#1a1a1a',
};

const COUNT_COLUMN = '达到项数';

interface Cell {
  school: string;
  indicator: string;
  kind: 'cell' | 'count';
  standing: string;
  symbol: string;
  ink: string;
  /** Shown on hover (an SVG <title>): the value behind the symbol. */
  tip: string;
}

export function complianceMatrixChart(
  result: ComputeResult,
  options: ComplianceMatrixOptions,
): ChartDefinition {
  const { standard, level } = options;
  const levelResult = result.levels[level][standard];
  if (levelResult === undefined)
    throw new Error(`${result.county} ${result.year}: no ${standard} result for ${level}`);
  const floorShare = floorShareOf(levelResult);
  const indicators = Object.entries(levelResult.indicators).flatMap(([id, indicator]) =>
    indicator?.threshold === undefined
      ? []
      : [{ id, threshold: indicator.threshold, ...indicatorLabel(id, options.labels) }],
  );
  if (indicators.length === 0)
    throw new Error(`${result.county} ${result.year}: ${standard} has no standard values`);

  const inScope = result.schools.flatMap((school) => {
    const unit = school.levels[level];
    const status = unit?.[standard];
    return unit !== undefined && status?.inScope === true ? [{ school, unit, status }] : [];
  });
  const names = uniqueNames(inScope.map((item) => item.school));
  const schools = inScope
    .map((item, index) => {
      const standings = indicators.map((indicator) => standingIn(item.status, indicator.id));
      return {
        name: names[index] ?? item.school.name,
        values: indicators.map((indicator) => item.unit.indicators[indicator.id]),
        standings,
        met: standings.filter((standing) => standing === 'met').length,
        pass: item.status.pass === true,
      };
    })
    .sort((a, b) => Number(b.pass) - Number(a.pass) || b.met - a.met || a.name.localeCompare(b.name, 'zh'));

  const anyMissing = schools.some((school) => school.standings.includes('missing'));
  const legendOrder: Standing[] = [
    ...standingsFor(floorShare),
    ...(anyMissing ? (['missing'] as const) : []),
  ];
  const legendText = (standing: Standing): string =>
    `${standingSymbol(standing)} ${standingText(standing, floorShare)}`;
  const cells: Cell[] = schools.flatMap((school) => [
    ...indicators.map((indicator, index): Cell => {
      const standing = school.standings[index] ?? 'missing';
      const value = school.values[index];
      const decimals = decimalsFor(indicator.threshold);
      const shown =
        value !== undefined && isDefined(value)
          ? withUnit(formatFixed(value, decimals), indicator.unit)
          : '无法计算';
      return {
        school: school.name,
        indicator: indicator.short,
        kind: 'cell',
        standing: legendText(standing),
        symbol: standingSymbol(standing),
        ink: INKS[standing],
        tip: `${school.name}　${indicator.name}：${shown}（标准值 ${withUnit(formatNumber(indicator.threshold), indicator.unit)}）${standingText(standing, floorShare)}`,
      };
    }),
    {
      school: school.name,
      indicator: COUNT_COLUMN,
      kind: 'count',
      standing: '',
      symbol: school.pass ? `${school.met}/${indicators.length} 达标` : `${school.met}/${indicators.length}`,
      ink: COLORS.text,
      tip: '',
    },
  ]);

  const levelName = LEVEL_NAMES[level];
  const standardName = standardKindNames[standard];
  const caption = `${result.countyName} ${result.year} 年${levelName}各校${standardName}各项指标达标情况`;
  const x = {
    field: 'indicator',
    type: 'nominal',
    sort: [...indicators.map((indicator) => indicator.short), COUNT_COLUMN],
    title: null,
    axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false, labelPadding: 6 },
  } as const;
  const y = {
    field: 'school',
    type: 'nominal',
    sort: null,
    title: null,
    axis: { domain: false, ticks: false },
  } as const;

  const spec: TopLevelSpec = {
    ...chartBase(caption),
    data: { values: cells },
    width: { step: 68 },
    height: { step: 22 },
    layer: [
      {
        transform: [{ filter: { field: 'kind', equal: 'cell' } }],
        mark: { type: 'rect', width: { band: 0.94 }, height: { band: 0.9 }, strokeWidth: 1 },
        encoding: {
          x,
          y,
          ...categoryEncoding('standing', standingCategories(legendOrder, floorShare)),
          description: { field: 'tip', type: 'nominal' },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', align: 'center', fontSize: 13 },
        encoding: {
          x,
          y,
          text: { field: 'symbol', type: 'nominal' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
      },
    ],
  };

  const allMet = schools.filter((school) => school.met === indicators.length).length;
  const passing = schools.filter((school) => school.pass).length;
  const counts = indicators.map((indicator, index) => ({
    name: indicator.name,
    met: schools.filter((school) => school.standings[index] === 'met').length,
  }));
  const weakest = counts.reduce<(typeof counts)[number] | undefined>(
    (low, item) => (low === undefined || item.met < low.met ? item : low),
    undefined,
  );
  const count = `${schools.length} 所${levelName}`;
  let sentence =
    schools.length === 0
      ? `${levelName}没有纳入测算的学校`
      : allMet === 0
        ? `${among(count)}没有一所 ${indicators.length} 项指标全部达到标准值`
        : allMet === schools.length
          ? `${count}的 ${indicators.length} 项指标全部达到标准值`
          : `${among(count)}有 ${allMet} 所 ${indicators.length} 项指标全部达到标准值`;
  if (floorShare !== undefined && passing !== allMet) sentence += `，按学校达标规则达标的有 ${passing} 所`;
  if (weakest !== undefined && allMet < schools.length)
    sentence += `；达到标准值的学校最少的一项是${weakest.name}（${weakest.met} 所）`;

  return defineChart({
    kind: 'compliance-matrix',
    caption,
    description: `${sentence}。`,
    table: {
      columns: [
        '学校',
        ...indicators.map((indicator) => titleWithUnit(indicator.name, indicator.unit)),
        COUNT_COLUMN,
        '学校达标',
      ],
      rows: schools.map((school) => [
        school.name,
        ...indicators.map((indicator, index) => {
          const value = school.values[index];
          const symbol = standingSymbol(school.standings[index] ?? 'missing');
          return value !== undefined && isDefined(value)
            ? `${symbol} ${formatFixed(value, decimalsFor(indicator.threshold))}`
            : `${symbol} 无法计算`;
        }),
        `${school.met}/${indicators.length}`,
        school.pass ? '是' : '否',
      ]),
    },
    spec,
  });
}
