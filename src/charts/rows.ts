/**
 * Rows with their names written above their bars: the narrow drawing of a bar chart whose row
 * names would take too much of a phone's width beside the bars (school names, counties with
 * their years, a school's gap items). Each row is a band of `step` px: its name on the first line
 * from the left edge of the plot, its bar and value label on the second, full width.
 */
import type { LayerItem } from './chart.ts';
import { lineBoxHeight } from './placement.ts';
import { haloTextMarks, innerWidth, type Layout } from './theme.ts';

export interface StackedRows {
  /** The band of one row (px). */
  step: number;
  /** The bar's height (px) and where its centre sits below the band's centre. */
  barHeight: number;
  barOffset: number;
  /** Where the name's centre sits below the band's centre (negative: above). */
  nameOffset: number;
}

/** Names beside the bars leave too little room when they take more than this share of the width. */
const BESIDE_SHARE = 0.36;

/** Whether names this wide go above the bars in this layout. */
export function namesAbove(layout: Layout, nameWidth: number): boolean {
  return layout.variant === 'narrow' && nameWidth > innerWidth(layout) * BESIDE_SHARE;
}

export function stackedRows(layout: Layout): StackedRows {
  const line = lineBoxHeight(layout.fontSize);
  const barHeight = Math.round(layout.fontSize * 1.2);
  const gap = 3;
  const step = Math.ceil(line + gap + barHeight + 2 * gap + 2);
  // The name's box runs from the band's top (plus a gap) down; the bar under it.
  const nameOffset = -step / 2 + gap + line / 2;
  const barOffset = nameOffset + line / 2 + gap + barHeight / 2;
  return { step, barHeight, barOffset: Math.round(barOffset), nameOffset: Math.round(nameOffset) };
}

/** The names, each at the left edge of the plot on its row's first line (a halo under each). */
export function nameLayers(y: Record<string, unknown>, field: string, rows: StackedRows): LayerItem[] {
  return haloTextMarks().map(
    (mark) =>
      ({
        mark: { ...mark, yOffset: rows.nameOffset, fontWeight: 'bold' },
        encoding: { y, x: { value: 0 }, text: { field, type: 'nominal' } },
      }) as LayerItem,
  );
}
