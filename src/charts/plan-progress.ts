/**
 * A county's plan against its target year, school by school: for each school and each line it
 * still fails, a bar from the first year with data to the year the engine projects the gap to
 * close, a rule at the target year, and the projected year written beside the bar with a symbol
 * (✓ by the target year, ✗ after it, — when it cannot be projected). The projection is the
 * engine's (contract §3 `assessment.plan`); nothing is computed here but positions.
 */
import type { TopLevelSpec } from 'vega-lite';
import { meetsTargetText, type PlanResult, quantityText } from '../figures/assessment.ts';
import { levelLabel } from '../figures/vocabulary.ts';
import { type ChartDefinition, chartBase, defineChart, type LayerItem } from './chart.ts';
import { LABEL_GAP, labelStart } from './placement.ts';
import { nameLayers, stackedRows } from './rows.ts';
import { textWidth } from './text-metrics.ts';
import {
  type Category,
  COLORS,
  categoryEncoding,
  haloTextMarks,
  innerWidth,
  type Layout,
  NARROW,
  OUTLINES,
  SYMBOLS,
  TICK_OUTLINE,
  WIDE,
} from './theme.ts';

interface Row {
  item: string;
  start: number;
  end: number;
  outlook: string;
  label: string;
}

/** Bars run at most this many years past the target; the label still says the projected year. */
const overrun = 3;

export function planProgressChart(countyName: string, plan: PlanResult): ChartDefinition | undefined {
  const seen = new Map<string, number>();
  const items = plan.schools.flatMap((school) =>
    school.lines.map((line) => {
      // One row per school and line, named short on the axis (the line's id) and in full in the
      // table; a 学段 or a repeated line (two rooms of one line) is named.
      const level = line.level ? `（${levelLabel(line.level)}）` : '';
      const base = `${school.name} ${line.line}${level}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const suffix = count === 1 ? '' : `（${count}）`;
      return { school, line, item: `${base}${suffix}`, full: `${school.name}·${line.name}${level}${suffix}` };
    }),
  );
  if (items.length === 0) return undefined;
  const categories: Category[] = [
    { text: `${SYMBOLS.met} 目标年前达到`, fill: COLORS.met, stroke: OUTLINES.met },
    { text: `${SYMBOLS.below} 目标年前达不到`, fill: COLORS.below, stroke: OUTLINES.below },
    { text: `${SYMBOLS.missing} 无法推算`, fill: COLORS.neutral, stroke: OUTLINES.neutral },
  ];
  const [met, below, unknown] = categories.map((category) => category.text) as [string, string, string];
  const firstYear = Math.min(
    ...plan.years,
    ...items.flatMap(({ line }) => line.shortfalls.map((s) => s.year)),
  );
  const lastShown = plan.targetYear + overrun;
  const rows: Row[] = items.map(({ line, item }) => {
    const years = line.shortfalls.map((entry) => entry.year);
    const start = years.length > 0 ? Math.min(...years) : firstYear;
    const lastData = years.length > 0 ? Math.max(...years) : start;
    const outlook = line.meetsTarget === null ? unknown : line.meetsTarget ? met : below;
    const end =
      line.projectedYear === null
        ? lastData + 1
        : Math.min(Math.max(line.projectedYear, start) + 1, lastShown + 1);
    const label =
      line.projectedYear === null
        ? `${SYMBOLS.missing} 无法推算`
        : `${line.meetsTarget ? SYMBOLS.met : SYMBOLS.below} 预计 ${line.projectedYear} 年`;
    return { item, start, end, outlook, label };
  });
  const caption = `${countyName}各校差距项的推算达标年份（目标 ${plan.targetYear} 年）`;
  const input = { caption, rows, categories, firstYear, lastShown, targetYear: plan.targetYear };
  const count = (outlook: string) => rows.filter((row) => row.outlook === outlook).length;
  const description = `${items.length} 个学校差距项中，${count(met)} 项预计在 ${plan.targetYear} 年前达到，${count(below)} 项达不到，${count(unknown)} 项无法推算。`;
  return defineChart({
    kind: 'plan-progress',
    caption,
    description,
    table: {
      columns: ['学校·差距项', '最近差额', '预计达到年份', `${plan.targetYear} 年前能否达到`],
      rows: items.map(({ line, full }) => {
        const last = line.shortfalls.at(-1);
        return [
          full,
          last === undefined ? '—' : quantityText(last.shortfall, line.unit),
          line.projectedYear === null ? '—' : line.projectedYear,
          meetsTargetText(line.meetsTarget, plan.targetYear),
        ];
      }),
    },
    spec: progressSpec(input, WIDE),
    narrow: progressSpec(input, NARROW),
  });
}

interface ProgressInput {
  caption: string;
  rows: readonly Row[];
  categories: readonly Category[];
  firstYear: number;
  lastShown: number;
  targetYear: number;
}

const WIDE_WIDTH = 420;
/** The target's dashed rule (px). */
const RULE_HALF = 1;

/**
 * One layout's drawing. Wide: the items beside their bars, each outlook after its bar (past the
 * target's rule when the bar ends by it). Narrow: each item on a line of its own above its bar,
 * with its outlook at the end of that line when both fit (else after the bar, the years running
 * on until it fits), and the target marked by a tick on each bar's line, so that no rule crosses
 * a name.
 */
function progressSpec(input: ProgressInput, layout: Layout): TopLevelSpec {
  const { rows, categories } = input;
  const narrow = layout.variant === 'narrow';
  const { fontSize } = layout;
  const stacked = narrow ? stackedRows(layout) : undefined;
  const width = narrow ? innerWidth(layout) - 2 : WIDE_WIDTH;
  const labelWidth = (row: Row) => textWidth(row.label, fontSize);
  // Narrow: an outlook at the end of its item's line when both fit there, else after its bar.
  const onNameLine = (row: Row) =>
    narrow && textWidth(row.item, fontSize, true) + 3 * LABEL_GAP + labelWidth(row) <= width;
  const labelFrom = (row: Row, last: number) => {
    const scale = width / (last - input.firstYear);
    const rule = { at: (input.targetYear + 1 - input.firstYear) * scale, half: RULE_HALF };
    return labelStart((row.end - input.firstYear) * scale + LABEL_GAP, labelWidth(row), [rule]);
  };
  let last = input.lastShown + 1;
  const afterBar = rows.filter((row) => !onNameLine(row));
  if (narrow)
    while (
      afterBar.some((row) => labelFrom(row, last) + labelWidth(row) > width) &&
      last < input.lastShown + 30
    )
      last += 1;
  const scale = width / (last - input.firstYear);
  const placed = rows.map((row) => ({
    ...row,
    line: onNameLine(row) ? 'name' : 'bar',
    labelAt: input.firstYear + labelFrom(row, last) / scale,
  }));

  const years = last - input.firstYear;
  const every = Math.max(1, Math.ceil((textWidth('2000', fontSize) + 10) / (width / years)));
  const x = {
    field: 'start',
    type: 'quantitative',
    title: '年份',
    // domainMin/Max rather than domain: with x2, an explicit domain makes Vega-Lite warn of a conflict.
    scale: { domainMin: input.firstYear, domainMax: last, nice: false, zero: false },
    axis: {
      format: 'd',
      values: Array.from({ length: Math.floor(years / every) + 1 }, (_, k) => input.firstYear + k * every),
      grid: true,
      labelAngle: 0,
    },
  } as const;
  const y = {
    field: 'item',
    type: 'nominal',
    sort: rows.map((row) => row.item),
    title: null,
    ...(stacked === undefined ? {} : { axis: null }),
  } as const;
  const barOffset = stacked === undefined ? {} : { yOffset: stacked.barOffset };
  const target = { year: input.targetYear + 1, label: `目标 ${input.targetYear} 年底` };
  const outlooks = haloTextMarks().flatMap((mark): LayerItem[] => [
    {
      data: { values: placed },
      transform: [{ filter: { field: 'line', equal: 'bar' } }],
      mark: { ...mark, ...barOffset },
      encoding: { x: { ...x, field: 'labelAt' }, y, text: { field: 'label', type: 'nominal' } },
    },
    ...(stacked === undefined || !placed.some((row) => row.line === 'name')
      ? []
      : [
          {
            data: { values: placed },
            transform: [{ filter: { field: 'line', equal: 'name' } }],
            mark: { ...mark, align: 'right', yOffset: stacked.nameOffset },
            encoding: { x: { value: width }, y, text: { field: 'label', type: 'nominal' } },
          } as LayerItem,
        ]),
  ]);
  return {
    ...chartBase(input.caption, layout),
    width,
    height: { step: stacked?.step ?? 30 },
    layer: [
      {
        data: { values: placed },
        mark: {
          type: 'bar',
          height: stacked === undefined ? { band: 0.6 } : stacked.barHeight,
          strokeWidth: 1,
          ...barOffset,
        },
        encoding: { x, x2: { field: 'end' }, y, ...categoryEncoding('outlook', categories, { layout }) },
      },
      stacked === undefined
        ? {
            data: { values: [target] },
            mark: { type: 'rule', color: COLORS.rule, strokeWidth: 2 * RULE_HALF, strokeDash: [6, 3] },
            encoding: { x: { ...x, field: 'year' } },
          }
        : {
            // One tick on each bar's line: a rule down the plot would cross the names.
            data: { values: rows.map((row) => ({ item: row.item, year: target.year })) },
            mark: {
              type: 'tick',
              color: COLORS.rule,
              thickness: 2 * RULE_HALF,
              height: stacked.barHeight + 6,
              opacity: 1,
              ...TICK_OUTLINE,
              ...barOffset,
            },
            encoding: { x: { ...x, field: 'year' }, y },
          },
      ...outlooks,
      ...(stacked === undefined
        ? []
        : nameLayers(y, 'item', stacked).map((item) => ({ ...item, data: { values: rows } }) as LayerItem)),
    ],
  } as TopLevelSpec;
}
