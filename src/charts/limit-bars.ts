/**
 * Bars against limits, in panels: the coefficient chart (indicators per 学段 and standard) and
 * the county comparison (counties per 学段) are both one bar per row, a tick at the row's limit,
 * and the value written after the bar. Wide: each panel's columns (学段) side by side under the
 * panel's title. Narrow: the columns stacked, each titled, the panel's title wrapped above them,
 * and the value domain long enough that every value label ends inside the plot. Either way a
 * value label that would cross its row's limit tick starts past it (src/charts/placement.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartBase, type LayerItem } from './chart.ts';
import { fitDomain, LABEL_GAP, labelStart, widest, wrapText } from './placement.ts';
import { nameLayers, namesAbove, type StackedRows, stackedRows } from './rows.ts';
import { textWidth } from './text-metrics.ts';
import {
  type Category,
  COLORS,
  categoryEncoding,
  haloTextMarks,
  innerWidth,
  type Layout,
  TICK_OUTLINE,
} from './theme.ts';

export interface LimitBar {
  /** The column (学段 header) the row is drawn in. */
  column: string;
  /** The row's name on the band axis. */
  category: string;
  cv: number;
  /** The row's limit, or null when it is shown for reference only. */
  limit: number | null;
  /** Legend text of its category. */
  status: string;
  label: string;
}

export interface LimitPanel {
  /** Above the panel's columns; none for a single untitled panel. */
  title?: string;
  columns: string[];
  rows: LimitBar[];
}

export interface LimitBarsOptions {
  /** The value axis's title. */
  xTitle: string;
  /** Legend categories in order (their text is the rows' status). */
  categories: readonly Category[];
  /** The wide plot's width and row step (px). */
  wideWidth: number;
  wideStep: number;
}

/** The limit tick's stroke (px). */
const TICK_THICKNESS = 2;

/** Room between a panel's title and the headers under it (px). */
export const GROUP_TITLE_OFFSET = 12;

/** A band axis's ticks, padding and domain line beside its labels (px), and a little to spare. */
export const AXIS_EXTRA = 12;

/** The narrow drawing's row step (px). */
const NARROW_STEP = 26;

/** Where a row's value label ends: after its bar, or past its limit when the bar ends by it. */
function labelEnd(row: LimitBar, width: number, max: number, labelWidth: number): number {
  const scale = width / max;
  const rules = row.limit === null ? [] : [{ at: row.limit * scale, half: TICK_THICKNESS / 2 }];
  return labelStart(row.cv * scale + LABEL_GAP, labelWidth, rules) + labelWidth;
}

export function limitBarsSpec(
  caption: string,
  panels: readonly LimitPanel[],
  layout: Layout,
  options: LimitBarsOptions,
): TopLevelSpec {
  const rows = panels.flatMap((panel) => panel.rows);
  const maxValue = Math.max(...rows.flatMap((row) => (row.limit === null ? [row.cv] : [row.cv, row.limit])));
  const start = Math.ceil(maxValue * 10 + 0.5) / 10;
  const narrow = layout.variant === 'narrow';
  const { fontSize } = layout;
  const labelWidth = (row: LimitBar) => textWidth(row.label, fontSize);
  let width = options.wideWidth;
  let step = options.wideStep;
  let max = start;
  let stacked: StackedRows | undefined;
  if (narrow) {
    const axis = widest(
      rows.map((row) => row.category),
      fontSize,
    );
    if (namesAbove(layout, axis)) {
      stacked = stackedRows(layout);
      width = innerWidth(layout) - 2;
      step = stacked.step;
    } else {
      width = Math.floor((innerWidth(layout) - axis - AXIS_EXTRA) / 10) * 10;
      step = NARROW_STEP;
    }
    max = fitDomain(start, (end) => rows.every((row) => labelEnd(row, width, end, labelWidth(row)) <= width));
  }

  const placed = (panel: LimitPanel) =>
    panel.rows.map((row) => ({
      ...row,
      labelAt: (labelEnd(row, width, max, labelWidth(row)) - labelWidth(row)) * (max / width),
    }));
  const domain: number[] = [0, max];
  const x = { field: 'cv', type: 'quantitative', title: options.xTitle, scale: { domain } } as const;
  const y = {
    field: 'category',
    type: 'nominal',
    sort: null,
    title: null,
    ...(stacked === undefined ? {} : { axis: null }),
  } as const;
  const barOffset = stacked === undefined ? {} : { yOffset: stacked.barOffset };
  const tickCount = narrow
    ? Math.max(2, Math.min(layout.tickCount, Math.floor(width / 50)))
    : layout.tickCount;
  const layer: LayerItem[] = [
    {
      mark: {
        type: 'bar',
        height: stacked === undefined ? { band: 0.7 } : stacked.barHeight,
        strokeWidth: 1,
        ...barOffset,
      },
      encoding: {
        y,
        x: { ...x, axis: { grid: true, tickCount, format: '~r' } },
        ...categoryEncoding('status', options.categories, { layout }),
      },
    },
    {
      transform: [{ filter: { field: 'limit', valid: true } }],
      mark: {
        type: 'tick',
        color: COLORS.rule,
        thickness: TICK_THICKNESS,
        height: stacked === undefined ? step : stacked.barHeight + 6,
        opacity: 1,
        ...TICK_OUTLINE,
        ...barOffset,
      },
      encoding: { y, x: { ...x, field: 'limit' } },
    },
    ...haloTextMarks().map((mark) => ({
      mark: { ...mark, ...barOffset },
      encoding: { y, x: { ...x, field: 'labelAt' }, text: { field: 'label', type: 'nominal' as const } },
    })),
    ...(stacked === undefined ? [] : nameLayers(y, 'category', stacked)),
  ];
  const view = { width, height: { step }, layer };

  if (!narrow) {
    const facets = panels.map((panel) => ({
      ...(panel.title === undefined ? {} : { title: { text: panel.title, offset: GROUP_TITLE_OFFSET } }),
      data: { values: placed(panel) },
      facet: {
        column: {
          field: 'column',
          type: 'nominal',
          sort: panel.columns,
          title: null,
          header: { labelAnchor: 'start', labelPadding: 6 },
        },
      },
      spec: view,
      resolve: { scale: { x: 'shared' } },
    }));
    return (
      facets.length === 1 && facets[0] !== undefined
        ? { ...chartBase(caption, layout), ...facets[0] }
        : { ...chartBase(caption, layout), vconcat: facets, resolve: { legend: { color: 'shared' } } }
    ) as TopLevelSpec;
  }

  const titleWidth = innerWidth(layout);
  const columnViews = (panel: LimitPanel) => {
    const values = placed(panel);
    return panel.columns.map((column) => ({
      title: { text: wrapText(column, fontSize, titleWidth, true), fontSize, offset: 6 },
      data: { values: values.filter((row) => row.column === column) },
      ...view,
    }));
  };
  const groups = panels.map((panel) =>
    panel.title === undefined
      ? { vconcat: columnViews(panel) }
      : {
          title: {
            text: wrapText(panel.title, layout.titleFontSize, titleWidth, true),
            offset: GROUP_TITLE_OFFSET,
          },
          vconcat: columnViews(panel),
        },
  );
  const body = groups.length === 1 && groups[0] !== undefined ? groups[0] : { vconcat: groups };
  return { ...chartBase(caption, layout), ...body, resolve: { legend: { color: 'shared' } } } as TopLevelSpec;
}
