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
import { type ChartDefinition, chartBase, defineChart } from './chart.ts';
import { type Category, COLORS, categoryEncoding, haloTextMarks, OUTLINES, SYMBOLS } from './theme.ts';

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
  const x = {
    field: 'start',
    type: 'quantitative',
    title: '年份',
    // domainMin/Max rather than domain: with x2, an explicit domain makes Vega-Lite warn of a conflict.
    scale: { domainMin: firstYear, domainMax: lastShown + 1, nice: false, zero: false },
    axis: { format: 'd', tickMinStep: 1, grid: true, labelAngle: 0 },
  } as const;
  const y = { field: 'item', type: 'nominal', sort: rows.map((row) => row.item), title: null } as const;
  const caption = `${countyName}各校差距项的推算达标年份（目标 ${plan.targetYear} 年）`;
  const spec: TopLevelSpec = {
    ...chartBase(caption),
    width: 420,
    height: { step: 30 },
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar', height: { band: 0.6 }, strokeWidth: 1 },
        encoding: { x, x2: { field: 'end' }, y, ...categoryEncoding('outlook', categories) },
      },
      {
        data: { values: [{ year: plan.targetYear + 1, label: `目标 ${plan.targetYear} 年底` }] },
        mark: { type: 'rule', color: COLORS.rule, strokeWidth: 2, strokeDash: [6, 3] },
        encoding: { x: { ...x, field: 'year' } },
      },
      ...haloTextMarks(6).map((mark) => ({
        data: { values: rows },
        mark,
        encoding: { x: { ...x, field: 'end' }, y, text: { field: 'label', type: 'nominal' as const } },
      })),
    ],
  };
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
    spec,
  });
}
