/**
 * A county's high-quality-balance plan: its phases as bars on a time axis (a Gantt chart) with
 * their dates written beside them, and the target year shaded and labelled.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CountyFile } from '../types/generated/county.ts';
import { type ChartDefinition, chartBase, defineChart, type LayerItem } from './chart.ts';
import { LABEL_GAP, widest } from './placement.ts';
import { nameLayers, stackedRows } from './rows.ts';
import { textWidth } from './text-metrics.ts';
import { COLORS, haloTextMarks, innerWidth, type Layout, NARROW, WIDE } from './theme.ts';

interface PlanDate {
  year: number;
  /** 1–12, or undefined when the plan gives a year only. */
  month: number | undefined;
}

export function parsePlanDate(text: string): PlanDate {
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(text.trim());
  if (match === null) throw new Error(`not a plan date (YYYY or YYYY-MM): ${text}`);
  return { year: Number(match[1]), month: match[2] === undefined ? undefined : Number(match[2]) };
}

/** First instant of the period, UTC milliseconds. */
function startOf(date: PlanDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, 1);
}

/** First instant after the period (a phase ending "2022" runs to the end of 2022). */
function endOf(date: PlanDate): number {
  return date.month === undefined ? Date.UTC(date.year + 1, 0, 1) : Date.UTC(date.year, date.month, 1);
}

export function planDateText(date: PlanDate): string {
  return date.month === undefined ? `${date.year} 年` : `${date.year} 年 ${date.month} 月`;
}

function rangeText(start: PlanDate, end: PlanDate): string {
  if (start.year === end.year && start.month === undefined && end.month === undefined)
    return `${start.year} 年`;
  if (start.year === end.year && start.month !== undefined && end.month !== undefined)
    return start.month === end.month
      ? planDateText(start)
      : `${start.year} 年 ${start.month}—${end.month} 月`;
  return `${planDateText(start)}—${planDateText(end)}`;
}

interface Row {
  phase: string;
  start: number;
  end: number;
  label: string;
}

/** The plan's timeline, or undefined when the county has no plan. */
export function planTimelineChart(county: CountyFile): ChartDefinition | undefined {
  const plan = county.plan;
  if (plan === undefined) return undefined;
  const phases = plan.phases.map((phase) => {
    const start = parsePlanDate(phase.start);
    const end = parsePlanDate(phase.end);
    return { phase, start, end };
  });
  const rows: Row[] = phases.map(({ phase, start, end }) => ({
    phase: phase.name,
    start: startOf(start),
    end: endOf(end),
    label: rangeText(start, end),
  }));
  const target = {
    start: Date.UTC(plan.targetYear, 0, 1),
    end: Date.UTC(plan.targetYear + 1, 0, 1),
    label: `目标年份 ${plan.targetYear} 年`,
  };
  const first = Math.min(...rows.map((row) => row.start), target.start);
  const last = Math.max(...rows.map((row) => row.end), target.end);
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last - 1).getUTCFullYear() + 1;
  const caption = `${county.name}优质均衡发展实施阶段（目标 ${plan.targetYear} 年）`;
  const drawing = (layout: Layout) => timelineSpec({ caption, rows, target, firstYear, lastYear, layout });

  const firstPhase = phases[0];
  const lastPhase = phases.at(-1);
  const span =
    firstPhase !== undefined && lastPhase !== undefined
      ? `，从 ${planDateText(firstPhase.start)}到 ${planDateText(lastPhase.end)}`
      : '';
  const description = `${plan.title}分${phases.map(({ phase }) => phase.name).join('、')} ${phases.length} 个阶段${span}，目标年份为 ${plan.targetYear} 年。`;

  return defineChart({
    kind: 'plan-timeline',
    caption,
    description,
    table: {
      columns: ['阶段', '开始', '结束', '主要任务'],
      rows: phases.map(({ phase, start, end }) => [
        phase.name,
        planDateText(start),
        planDateText(end),
        phase.summary ?? '',
      ]),
    },
    spec: drawing(WIDE),
    narrow: drawing(NARROW),
  });
}

interface TimelineInput {
  caption: string;
  rows: readonly Row[];
  target: { start: number; end: number; label: string };
  firstYear: number;
  lastYear: number;
  layout: Layout;
}

const WIDE_WIDTH = 520;

/**
 * One layout's drawing. Wide: the phases' names beside their bars and the dates after each bar.
 * Narrow: each phase's name and dates on a line of their own above its bar, which then has the
 * whole width.
 */
function timelineSpec(input: TimelineInput): TopLevelSpec {
  const { rows, target, layout } = input;
  const narrow = layout.variant === 'narrow';
  const { fontSize } = layout;
  const nameWidth = widest(
    rows.map((row) => row.phase),
    fontSize,
    true,
  );
  const stacked = narrow ? stackedRows(layout) : undefined;
  const width = narrow ? innerWidth(layout) - 2 : WIDE_WIDTH;
  const start = Date.UTC(input.firstYear, 0, 1);
  const end = Date.UTC(input.lastYear, 0, 1);
  const scale = width / (end - start);
  const labelled = rows.map((row) => ({ ...row, labelAt: row.end + LABEL_GAP / scale }));
  // A tick at the start of each year shown (every other or more when they would crowd); none
  // at the domain's end (it would name the year after).
  const years = input.lastYear - input.firstYear;
  const every = Math.max(1, Math.ceil((textWidth('2000', fontSize) + 10) / (width / years)));
  const ticks = Array.from({ length: years }, (_, index) => index)
    .filter((index) => index % every === 0)
    .map((index) => Date.UTC(input.firstYear + index, 0, 1));
  const x = {
    field: 'start',
    type: 'temporal',
    title: '年份',
    // domainMin/Max rather than domain: with x2, an explicit domain makes Vega-Lite warn of a conflict.
    scale: { type: 'utc', domainMin: start, domainMax: end, nice: false },
    axis: { format: '%Y', values: ticks, grid: true, labelAngle: 0 },
  } as const;
  const y = {
    field: 'phase',
    type: 'nominal',
    sort: rows.map((row) => row.phase),
    title: null,
    ...(stacked === undefined ? {} : { axis: null }),
  } as const;
  const dates =
    stacked === undefined
      ? haloTextMarks().map((mark) => ({
          data: { values: labelled },
          mark,
          encoding: { x: { ...x, field: 'labelAt' }, y, text: { field: 'label', type: 'nominal' as const } },
        }))
      : haloTextMarks().map((mark) => ({
          data: { values: rows },
          mark: { ...mark, yOffset: stacked.nameOffset },
          encoding: {
            x: { value: nameWidth + 2 * LABEL_GAP },
            y,
            text: { field: 'label', type: 'nominal' as const },
          },
        }));
  return {
    ...chartBase(input.caption, layout),
    width,
    height: { step: stacked?.step ?? 30 },
    layer: [
      {
        // Behind the bars and their dates: the target year, shaded.
        name: 'backdrop',
        data: { values: [target] },
        mark: { type: 'rect', color: COLORS.target, opacity: 1 },
        encoding: { x, x2: { field: 'end' } },
      },
      {
        data: { values: [target] },
        mark: {
          type: 'text',
          align: narrow ? 'right' : 'center',
          baseline: 'bottom',
          y: -4,
          fontWeight: 'bold',
          color: COLORS.composite,
        },
        encoding: {
          x: { ...x, field: narrow ? 'end' : 'mid' },
          text: { field: 'label', type: 'nominal' },
        },
        transform: [{ calculate: '(datum.start + datum.end) / 2', as: 'mid' }],
      },
      {
        data: { values: rows },
        mark: {
          type: 'bar',
          color: COLORS.met,
          height: stacked === undefined ? { band: 0.6 } : stacked.barHeight,
          cornerRadius: 2,
          ...(stacked === undefined ? {} : { yOffset: stacked.barOffset }),
        },
        encoding: { x, x2: { field: 'end' }, y },
      },
      ...dates,
      ...(stacked === undefined
        ? []
        : nameLayers(y, 'phase', stacked).map((item) => ({ ...item, data: { values: rows } }) as LayerItem)),
    ],
  } as TopLevelSpec;
}
