/**
 * Difference coefficients against their limits, per 学段. Basic balance: the eight indicators'
 * coefficients (shown for reference: only their mean, the composite, is tested) and the
 * composite against its limit. High-quality balance: each of the seven coefficients against the
 * limit. A tick marks the limit on every tested row; a tested value over it is red and marked ✗.
 * Which test applies and its verdicts are the engine's (coefficientTest, compositePass, pass).
 */

import { isDefined, type Measure } from '../compute/measure.ts';
import { standardKindNames } from '../figures/vocabulary.ts';
import type { ComputeResult, StandardResult } from '../types/generated/result.ts';
import { type ChartDefinition, defineChart } from './chart.ts';
import { formatCoefficient, formatLimit, LEVEL_NAMES, LEVELS, type LevelKey } from './format.ts';
import { type IndicatorLabels, indicatorLabel } from './labels.ts';
import { type LimitBar, type LimitPanel, limitBarsSpec } from './limit-bars.ts';
import { type Category, COLORS, NARROW, OUTLINES, SYMBOLS, WIDE } from './theme.ts';

export interface CoefficientOptions {
  labels?: IndicatorLabels;
}

type Status = 'reference' | 'within' | 'over';

const STATUS_TEXT: Readonly<Record<Status, string>> = {
  reference: '参考值（不单独判定）',
  within: `${SYMBOLS.met} 不高于限值`,
  over: `${SYMBOLS.below} 高于限值`,
};

const STATUS_CATEGORIES: Readonly<Record<Status, Category>> = {
  within: { text: STATUS_TEXT.within, fill: COLORS.met, stroke: OUTLINES.met },
  over: { text: STATUS_TEXT.over, fill: COLORS.below, stroke: OUTLINES.below },
  reference: { text: STATUS_TEXT.reference, fill: COLORS.neutral, stroke: OUTLINES.neutral },
};

interface TableRow {
  standard: string;
  level: string;
  indicator: string;
  cv: Measure;
  limit: number | null;
  status: Status;
}

const COMPOSITE = '综合差异系数';

function statusOf(limit: number | undefined, pass: boolean | undefined): Status {
  if (limit === undefined || pass === undefined) return 'reference';
  return pass ? 'within' : 'over';
}

function label(cv: number, status: Status): string {
  const text = formatCoefficient(cv);
  if (status === 'reference') return text;
  return status === 'within' ? `${text} ${SYMBOLS.met}` : `${text} ${SYMBOLS.below} 超限`;
}

export function coefficientChart(result: ComputeResult, options: CoefficientOptions = {}): ChartDefinition {
  const tableRows: TableRow[] = [];
  const panels: LimitPanel[] = [];
  const summary: string[] = [];

  for (const kind of ['basic', 'quality'] as const) {
    const reference = result.standards[kind];
    const levels = LEVELS.flatMap((level): [LevelKey, StandardResult][] => {
      const standard = result.levels[level][kind];
      return standard === undefined ? [] : [[level, standard]];
    });
    if (reference === undefined || levels.length === 0) continue;
    const standardName = standardKindNames[kind];
    const rows: LimitBar[] = [];
    const columns: string[] = [];
    const overByLevel: string[] = [];
    for (const [level, standard] of levels) {
      const limitText = standard.limit === undefined ? '' : formatLimit(standard.limit);
      const column =
        standard.limit === undefined
          ? LEVEL_NAMES[level]
          : standard.coefficientTest === 'composite'
            ? `${LEVEL_NAMES[level]}（综合差异系数限值 ${limitText}）`
            : `${LEVEL_NAMES[level]}（每项限值 ${limitText}）`;
      columns.push(column);
      const add = (indicator: string, cv: Measure | undefined, limit: number | undefined, pass?: boolean) => {
        if (cv === undefined) return;
        const status = isDefined(cv) ? statusOf(limit, pass) : limit === undefined ? 'reference' : 'over';
        tableRows.push({
          standard: standardName,
          level: LEVEL_NAMES[level],
          indicator,
          cv,
          limit: limit ?? null,
          status,
        });
        if (isDefined(cv))
          rows.push({
            column,
            category: indicator,
            cv,
            limit: limit ?? null,
            status: STATUS_TEXT[status],
            label: label(cv, status),
          });
      };
      const each = standard.coefficientTest === 'each';
      for (const [id, indicator] of Object.entries(standard.indicators)) {
        if (indicator === undefined) continue;
        const name = indicatorLabel(id, options.labels);
        add(name.short, indicator.cv, each ? indicator.limit : undefined, indicator.pass);
      }
      if (standard.coefficientTest === 'composite')
        add(COMPOSITE, standard.compositeCv, standard.limit, standard.compositePass);
      if (standard.coefficientTest === 'composite' && standard.compositeCv !== undefined) {
        const cv = standard.compositeCv;
        overByLevel.push(
          isDefined(cv) ? `${LEVEL_NAMES[level]} ${formatCoefficient(cv)}` : `${LEVEL_NAMES[level]}无法计算`,
        );
      } else if (standard.coefficientTest === 'each') {
        const tested = Object.values(standard.indicators).filter((item) => item?.limit !== undefined);
        const over = tested.filter((item) => item?.pass === false).length;
        overByLevel.push(`${LEVEL_NAMES[level]}有 ${over} 项`);
      }
    }
    panels.push({ title: `${reference.name}（${reference.document}）`, columns, rows });
    summary.push(describe(kind, levels, overByLevel));
  }
  if (panels.length === 0) throw new Error(`${result.county} ${result.year}: no coefficient to chart`);

  const caption = `${result.countyName} ${result.year} 年各项指标差异系数与限值`;
  const layout = { xTitle: '差异系数', categories, wideWidth: 250, wideStep: 22 };
  const wide = limitBarsSpec(caption, panels, WIDE, layout);
  const narrow = limitBarsSpec(caption, panels, NARROW, layout);

  return defineChart({
    kind: 'coefficients',
    caption,
    description: `${summary.join('；')}。`,
    table: {
      columns: ['标准', '学段', '指标', '差异系数', '限值', '判定'],
      rows: tableRows.map((row) => [
        row.standard,
        row.level,
        row.indicator === COMPOSITE ? COMPOSITE : row.indicator,
        isDefined(row.cv) ? Number(formatCoefficient(row.cv)) : '无法计算',
        row.limit === null ? '—' : Number(formatLimit(row.limit)),
        row.status === 'reference' ? '不单独判定' : STATUS_TEXT[row.status],
      ]),
    },
    spec: wide,
    narrow,
  });
}

const legendOrder: Status[] = ['within', 'over', 'reference'];
const categories = legendOrder.map((status) => STATUS_CATEGORIES[status]);

function describe(kind: 'basic' | 'quality', levels: [LevelKey, StandardResult][], parts: string[]): string {
  if (kind === 'basic') {
    const over = levels.filter(([, standard]) => standard.compositePass === false);
    const verdict =
      over.length === 0
        ? levels.length > 1
          ? '均不高于限值'
          : '不高于限值'
        : `${over.map(([level]) => LEVEL_NAMES[level]).join('、')}高于限值`;
    return `基本均衡综合差异系数${parts.join('、')}，${verdict}`;
  }
  const counts = levels.map(
    ([, standard]) => Object.values(standard.indicators).filter((item) => item?.pass === false).length,
  );
  const total = Object.keys(levels[0]?.[1].indicators ?? {}).length;
  if (counts.every((count) => count === 0)) return `优质均衡 ${total} 项差异系数均不高于限值`;
  return `优质均衡 ${total} 项差异系数中${parts.join('、')}高于限值`;
}
