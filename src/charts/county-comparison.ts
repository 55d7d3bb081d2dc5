/**
 * The basic-balance composite coefficient of each county per 学段 against its limit: the home
 * page's comparison. Counties are compared across different years, so each is named with the
 * year of its figures: 五大连池市（2018）. A tick marks each county's limit; a value over it is
 * red and ✗.
 */
import { isDefined } from '../compute/measure.ts';
import type { ComputeResult } from '../types/generated/result.ts';
import { type ChartDefinition, defineChart } from './chart.ts';
import { formatCoefficient, formatLimit, LEVEL_NAMES, LEVELS, type LevelKey } from './format.ts';
import { type LimitBar, limitBarsSpec } from './limit-bars.ts';
import { COLORS, NARROW, OUTLINES, SYMBOLS, WIDE } from './theme.ts';

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
  // Every county with the year its figures are of: the counties' latest years differ.
  const countyLabel = (result: ComputeResult): string => `${result.countyName}（${result.year}）`;
  const limitsBy = (level: LevelKey): Set<number> =>
    new Set(entries.filter((entry) => entry.level === level).map((entry) => entry.limit));
  const column = (level: LevelKey): string => {
    const limits = [...limitsBy(level)];
    return limits.length === 1 && limits[0] !== undefined
      ? `${LEVEL_NAMES[level]}（限值 ${formatLimit(limits[0])}）`
      : LEVEL_NAMES[level];
  };

  const rows: LimitBar[] = entries.flatMap(({ result, level, cv, limit, over }) => {
    if (!isDefined(cv)) return [];
    return [
      {
        category: countyLabel(result),
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
  const caption = '各县（市、区）基本均衡综合差异系数与限值';
  const panels = [{ columns: levelsShown.map(column), rows }];
  const options = {
    xTitle: '综合差异系数',
    categories: [
      { text: WITHIN, fill: COLORS.met, stroke: OUTLINES.met },
      { text: OVER, fill: COLORS.below, stroke: OUTLINES.below },
    ],
    wideWidth: 240,
    wideStep: 26,
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
    spec: limitBarsSpec(caption, panels, WIDE, options),
    narrow: limitBarsSpec(caption, panels, NARROW, options),
  });
}
