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
import { type ChartDefinition, chartBase, defineChart, type LayerItem } from './chart.ts';
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
import { balancedLines, widest } from './placement.ts';
import {
  floorShareOf,
  type Standing,
  standingCategories,
  standingIn,
  standingSymbol,
  standingsFor,
  standingText,
} from './standing.ts';
import { categoryEncoding, innerWidth, type Layout, NARROW, WIDE } from './theme.ts';

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
  const cells: Cell[] = schools.flatMap((school) =>
    indicators.map((indicator, index): Cell => {
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
        standing: legendText(standing),
        symbol: standingSymbol(standing),
        ink: INKS[standing],
        tip: `${school.name}　${indicator.name}：${shown}（标准值 ${withUnit(formatNumber(indicator.threshold), indicator.unit)}）${standingText(standing, floorShare)}`,
      };
    }),
  );

  const levelName = LEVEL_NAMES[level];
  const standardName = standardKindNames[standard];
  const caption = `${result.countyName} ${result.year} 年${levelName}各校${standardName}各项指标达标情况`;
  const input = {
    caption,
    cells,
    schools,
    columns: indicators.map((indicator) => indicator.short),
    categories: standingCategories(legendOrder, floorShare),
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
    spec: matrixSpec(input, WIDE),
    narrow: matrixSpec(input, NARROW),
  });
}

interface MatrixInput {
  caption: string;
  cells: readonly Cell[];
  schools: readonly { name: string; met: number; pass: boolean }[];
  /** The indicators' short names, in order. */
  columns: readonly string[];
  categories: ReturnType<typeof standingCategories>;
}

const PASS_COLUMN = '学校达标';

/** Wide: columns this wide while the whole fits; narrower, with headers on two lines, when not. */
const WIDE_STEP = 68;
const WIDE_MIN_STEP = 44;
const NARROW_STEP = 24;
const NARROW_MIN_STEP = 18;
/** Characters a school's name keeps on a line in the narrow drawing, at least. */
const NARROW_NAME_MIN = 5;
/** Between the names and the grid, and between the headers and the grid (px). */
const NAME_GAP = 8;
const HEADER_GAP = 6;
const LEGEND_GAP = 10;

function matrixSpec(input: MatrixInput, layout: Layout): TopLevelSpec {
  const narrow = layout.variant === 'narrow';
  const { fontSize } = layout;
  const lineHeight = fontSize + 2;
  const total = input.columns.length;
  const countColumn = narrow ? '达到项数' : COUNT_COLUMN;
  const countText = (school: MatrixInput['schools'][number]): string => {
    const count = `${school.met}/${total}`;
    return !narrow && school.pass ? `${count} 达标` : count;
  };
  // Headers: one character a line (narrow), else as few lines as the column's width allows.
  const headerLines = (text: string, width: number): string[] =>
    narrow ? [...text] : balancedLines(text, fontSize, width);
  // The count (and, narrow, whether the school passes) in columns as wide as their text, after the grid.
  const extras = [
    { name: countColumn, texts: input.schools.map(countText) },
    ...(narrow
      ? [{ name: PASS_COLUMN, texts: input.schools.map((school) => (school.pass ? '是' : '否')) }]
      : []),
  ].map((column) => ({
    ...column,
    width: Math.max(
      widest(column.texts, fontSize),
      widest(headerLines(column.name, Number.POSITIVE_INFINITY), fontSize),
    ),
  }));
  const extrasWidth = extras.reduce((sum, column) => sum + column.width + NAME_GAP, 0);
  const nameWidth = widest(
    input.schools.map((school) => school.name),
    fontSize,
  );
  const room = innerWidth(layout) - extrasWidth - NAME_GAP;
  const step = narrow
    ? Math.max(
        NARROW_MIN_STEP,
        Math.min(NARROW_STEP, Math.floor((room - NARROW_NAME_MIN * fontSize) / total)),
      )
    : Math.max(WIDE_MIN_STEP, Math.min(WIDE_STEP, Math.floor((room - nameWidth) / total)));
  const headerDepth = Math.max(
    ...input.columns.map((column) => headerLines(column, step - 6).length),
    ...extras.map((column) => headerLines(column.name, column.width).length),
  );
  const nameRoom = room - total * step;
  const nameLines = (name: string): string[] => (narrow ? balancedLines(name, fontSize, nameRoom) : [name]);
  const rowLines = Math.max(...input.schools.map((school) => nameLines(school.name).length));
  const rowStep = narrow ? Math.max(NARROW_STEP, rowLines * lineHeight + 8) : 22;
  let left = total * step;
  const placedExtras = extras.map((column) => {
    const centre = left + NAME_GAP + column.width / 2;
    left += NAME_GAP + column.width;
    return { ...column, centre };
  });

  // The names, headers and counts are written by the chart, not by axes, so that a name on two
  // lines stays centred on its row, a header of several lines ends above the grid, and a count
  // column is as wide as its text.
  const names = input.schools.flatMap((school) => {
    const lines = nameLines(school.name);
    return lines.map((line, index) => ({
      school: school.name,
      line,
      shift: (index - (lines.length - 1) / 2) * lineHeight,
    }));
  });
  const shifts = [...new Set(names.map((name) => name.shift))].sort((a, b) => a - b);
  const headers = input.columns.map((column) => ({
    indicator: column,
    header: headerLines(column, step - 6).join('\n'),
  }));
  const x = { field: 'indicator', type: 'nominal', sort: input.columns, title: null, axis: null } as const;
  const y = { field: 'school', type: 'nominal', sort: null, title: null, axis: null } as const;
  const headerTop =
    -HEADER_GAP - (headerDepth - 1) * lineHeight - Math.round(0.79 * fontSize) - Math.ceil(0.2 * fontSize);
  const headerMark = {
    type: 'text',
    baseline: 'top',
    align: 'center',
    lineBreak: '\n',
    lineHeight,
    y: headerTop,
  } as const;

  return {
    ...chartBase(input.caption, layout),
    width: { step },
    height: { step: rowStep },
    layer: [
      {
        data: { values: input.cells },
        mark: {
          type: 'rect',
          width: { band: narrow ? 0.9 : 0.94 },
          height: narrow ? Math.min(rowStep * 0.9, 22) : { band: 0.9 },
          strokeWidth: 1,
        },
        encoding: {
          x,
          y,
          // Above the headers, which the chart writes itself (the legend does not see them).
          ...categoryEncoding('standing', input.categories, { offset: -headerTop + LEGEND_GAP }),
          description: { field: 'tip', type: 'nominal' },
        },
      },
      {
        data: { values: input.cells },
        mark: { type: 'text', baseline: 'middle', align: 'center', fontSize: narrow ? fontSize : 13 },
        encoding: {
          x,
          y,
          text: { field: 'symbol', type: 'nominal' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        data: { values: headers },
        mark: headerMark,
        encoding: { x, text: { field: 'header', type: 'nominal' } },
      },
      ...placedExtras.flatMap((column): LayerItem[] => [
        {
          data: { values: [{ header: headerLines(column.name, column.width).join('\n') }] },
          mark: { ...headerMark, x: column.centre },
          encoding: { text: { field: 'header', type: 'nominal' } },
        },
        {
          data: {
            values: input.schools.map((school, index) => ({
              school: school.name,
              text: column.texts[index],
            })),
          },
          mark: { type: 'text', baseline: 'middle', align: 'center', x: column.centre },
          encoding: { y, text: { field: 'text', type: 'nominal' } },
        },
      ]),
      ...shifts.map(
        (shift): LayerItem => ({
          data: { values: names },
          transform: [{ filter: { field: 'shift', equal: shift } }],
          mark: { type: 'text', baseline: 'middle', align: 'right', x: -NAME_GAP, yOffset: shift },
          encoding: { y, text: { field: 'line', type: 'nominal' } },
        }),
      ),
    ],
  } as TopLevelSpec;
}
