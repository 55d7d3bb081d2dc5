/**
 * The basic-balance composite coefficient of each county (and year) per 学段 against its limit:
 * the home page's comparison. A tick marks each county's limit; a value over it is red and ✗.
 */
import type { TopLevelSpec } from 'vega-lite';
import { isDefined } from '../compute/measure.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { type ChartDefinition, chartBase, defineChart } from './chart.ts';
import { formatCoefficient, formatLimit, LEVEL_NAMES, LEVELS, type LevelKey } from './format.ts';
import { COLORS, categoryEncoding, haloTextMarks, OUTLINES, SYMBOLS } from './theme.ts';

interface Row {
  county: string;
  column: string;
  cv: number;
  limit: number;
  status: string;
  label: string;
}

const WITHIN = `${SYMBOLS.met} 不高于限值`;
const OVER = `${SYMBOLS.below} 高于限值`;

export function countyComparisonChart(results: readonly ComputeResult[]): ChartDefinition {
  const entries = results.flatMap((result) =>
    LEVELS.flatMap((level) => {
      const basic = result.levels[level].basic;
      const cv = basic?.compositeCv;
      if (basic === undefined || cv === undefined || basic.limit === undefined) return [];
      // The engine's verdict (it may compare a rounded coefficient, as the standard file says).
      return [{ result, level, cv, limit: basic.limit, over: !basic.pass }];
    }),
  );
  if (entries.length === 0) throw new Error('no result has a basic-balance composite coefficient');
  // A county shown with two years gets its year; one year per county reads by name alone.
  const years = new Map<string, Set<number>>();
  for (const { result } of entries)
    years.set(result.county, (years.get(result.county) ?? new Set()).add(result.year));
  const countyLabel = (result: ComputeResult): string =>
    (years.get(result.county)?.size ?? 0) > 1 ? `${result.countyName}（${result.year}）` : result.countyName;
  const limitsBy = (level: LevelKey): Set<number> =>
    new Set(entries.filter((entry) => entry.level === level).map((entry) => entry.limit));
  const column = (level: LevelKey): string => {
    const limits = [...limitsBy(level)];
    return limits.length === 1 && limits[0] !== undefined
      ? `${LEVEL_NAMES[level]}（限值 ${formatLimit(limits[0])}）`
      : LEVEL_NAMES[level];
  };

  const rows: Row[] = entries.flatMap(({ result, level, cv, limit, over }) => {
    if (!isDefined(cv)) return [];
    return [
      {
        county: countyLabel(result),
        column: column(level),
        cv,
        limit,
        status: over ? OVER : WITHIN,
        label: over
          ? `${formatCoefficient(cv)} ${SYMBOLS.below} 超限`
          : `${formatCoefficient(cv)} ${SYMBOLS.met}`,
      },
    ];
  });
  const counties = [...new Set(entries.map(({ result }) => countyLabel(result)))];
  const levelsShown = LEVELS.filter((level) => entries.some((entry) => entry.level === level));
  const max = Math.max(...rows.flatMap((row) => [row.cv, row.limit]));
  const domain: number[] = [0, Math.ceil(max * 10 + 0.5) / 10];
  const x = { field: 'cv', type: 'quantitative', title: '综合差异系数', scale: { domain } } as const;
  const y = { field: 'county', type: 'nominal', sort: counties, title: null } as const;
  const caption = '各县（市、区）基本均衡综合差异系数与限值';

  const spec: TopLevelSpec = {
    ...chartBase(caption),
    data: { values: rows },
    facet: {
      column: {
        field: 'column',
        type: 'nominal',
        sort: levelsShown.map(column),
        title: null,
        header: { labelAnchor: 'start', labelPadding: 6 },
      },
    },
    spec: {
      width: 240,
      height: { step: 26 },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 }, strokeWidth: 1 },
          encoding: {
            y,
            x: { ...x, axis: { grid: true, tickCount: 5, format: '~r' } },
            ...categoryEncoding('status', [
              { text: WITHIN, fill: COLORS.met, stroke: OUTLINES.met },
              { text: OVER, fill: COLORS.below, stroke: OUTLINES.below },
            ]),
          },
        },
        {
          mark: { type: 'tick', color: COLORS.rule, thickness: 2, bandSize: 26, opacity: 1 },
          encoding: { y, x: { ...x, field: 'limit' } },
        },
        ...haloTextMarks(4).map((mark) => ({
          mark,
          encoding: { y, x, text: { field: 'label', type: 'nominal' as const } },
        })),
      ],
    },
  };

  const parts = levelsShown.map((level) => {
    const values = entries
      .filter((entry) => entry.level === level)
      .map((entry) => entry.cv)
      .filter(isDefined);
    if (values.length === 0) return `${LEVEL_NAMES[level]}无法计算`;
    const low = Math.min(...values);
    const high = Math.max(...values);
    const over = entries.filter((entry) => entry.level === level && entry.over);
    const range =
      low === high
        ? `${LEVEL_NAMES[level]}为 ${formatCoefficient(low)}`
        : `${LEVEL_NAMES[level]}在 ${formatCoefficient(low)}—${formatCoefficient(high)} 之间`;
    return over.length === 0
      ? range
      : `${range}，其中${over.map((entry) => countyLabel(entry.result)).join('、')}高于限值`;
  });
  const anyOver = entries.some((entry) => entry.over);
  const description = `${counties.length} 个县（市、区）的基本均衡综合差异系数${parts.join('；')}${anyOver ? '' : '，均不高于限值'}。`;

  return defineChart({
    kind: 'county-comparison',
    caption,
    description,
    table: {
      columns: ['县（市、区）', '年份', '学段', '综合差异系数', '限值', '判定'],
      rows: entries.map(({ result, level, cv, limit, over }) => [
        result.countyName,
        result.year,
        LEVEL_NAMES[level],
        isDefined(cv) ? Number(formatCoefficient(cv)) : '无法计算',
        Number(formatLimit(limit)),
        isDefined(cv) ? (over ? OVER : WITHIN) : '无法计算',
      ]),
    },
    spec,
  });
}
