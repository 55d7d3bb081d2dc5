/**
 * One look for every chart: the font stack (Chinese first), sizes, and a palette whose colours
 * stay apart in greyscale print. Colour is never the only cue: every builder also writes a
 * symbol (✓ ○ ✗) or a text label.
 */
import type { Config } from 'vega-lite';

/** Chinese system fonts first, then the common open CJK families, then the generic fallback. */
export const FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Base font size of labels (px); titles are a little larger. */
export const FONT_SIZE = 12;
export const TITLE_FONT_SIZE = 13;

/**
 * Colours with distinct grey levels (about 25%, 50% and 74% grey) so the categories stay apart in
 * greyscale print: dark blue "meets", vermillion "below", light amber "within the 85% floor".
 * Every filled category has a darker outline (≥ 3:1 against white), and a symbol or label beside
 * it; neutral grey for values that are shown but not tested.
 */
export const COLORS = {
  met: '#173f66',
  floor: '#f0b429',
  below: '#d55e00',
  neutral: '#c5ccd3',
  composite: '#173f66',
  rule: '#222222',
  ruleSecondary: '#6b4e00',
  target: '#e8eef5',
  text: '#1a1a1a',
  muted: '#555555',
} as const;

/** Outlines of the filled categories above. */
export const OUTLINES = {
  met: '#173f66',
  floor: '#8a6100',
  below: '#8f3f00',
  neutral: '#6b7785',
} as const;

/** A thin white outline round a limit's tick, so that it shows where it crosses a dark bar. */
export const TICK_OUTLINE = { stroke: 'white', strokeWidth: 1 } as const;

/** Series colours for line charts, each paired with a distinct dash and point shape. */
export const SERIES_COLORS = ['#173f66', '#d55e00', '#2e7d32', '#6a3d9a'] as const;
export const SERIES_DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3]] as const;
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond'] as const;

/** Symbols written in cells and beside bars so the chart reads without colour. */
export const SYMBOLS = { met: '✓', floor: '○', below: '✗', missing: '—' } as const;

/**
 * What differs between the two drawings of every chart: the wide one for desktop pages, print and
 * the Word edition, and the narrow one a phone shows at its own size (facets stacked, fewer ticks,
 * larger type, legend below), fitted to about 340 px so that its text reads at 13–14 px on a
 * 390 px screen. A page carries both and its stylesheet shows one (src/styles/charts.css).
 */
export interface Layout {
  variant: 'wide' | 'narrow';
  /** Labels, value labels and legends (px). */
  fontSize: number;
  /** Titles and facet headers (px). */
  titleFontSize: number;
  /** The widest the whole drawing should be (px): builders fit their plots and wrap titles to it. */
  maxWidth: number;
  /** Ticks on a value axis. */
  tickCount: number;
  /** Padding around the drawing (px). */
  padding: number;
}

export const WIDE: Layout = {
  variant: 'wide',
  fontSize: FONT_SIZE,
  titleFontSize: TITLE_FONT_SIZE,
  maxWidth: 760,
  tickCount: 5,
  padding: 8,
};

export const NARROW: Layout = {
  variant: 'narrow',
  fontSize: 14,
  titleFontSize: 15,
  maxWidth: 340,
  tickCount: 4,
  padding: 6,
};

/** The width left for marks and axes inside the padding. */
export function innerWidth(layout: Layout): number {
  return layout.maxWidth - 2 * layout.padding;
}

function configOf(layout: Layout): Config {
  const { fontSize, titleFontSize } = layout;
  const narrow = layout.variant === 'narrow';
  return {
    font: FONT_FAMILY,
    background: 'white',
    padding: layout.padding,
    aria: false,
    view: { stroke: null },
    axis: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: fontSize,
      titleFontSize: fontSize,
      titleFontWeight: 'bold',
      labelColor: COLORS.text,
      titleColor: COLORS.text,
      domainColor: '#666666',
      tickColor: '#666666',
      gridColor: '#e3e3e3',
      labelLimit: 0,
      titlePadding: 8,
    },
    legend: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: fontSize,
      titleFontSize: fontSize,
      labelColor: COLORS.text,
      titleColor: COLORS.text,
      labelLimit: 0,
      orient: narrow ? 'bottom' : 'top',
      direction: narrow ? 'vertical' : 'horizontal',
      ...(narrow ? { symbolSize: 140, rowPadding: 6 } : {}),
    },
    header: {
      labelFont: FONT_FAMILY,
      titleFont: FONT_FAMILY,
      labelFontSize: titleFontSize,
      labelFontWeight: 'bold',
      titleFontSize: titleFontSize,
      labelColor: COLORS.text,
      labelLimit: 0,
    },
    title: {
      font: FONT_FAMILY,
      fontSize: titleFontSize,
      subtitleFont: FONT_FAMILY,
      color: COLORS.text,
      anchor: 'start',
      limit: 0,
    },
    text: { font: FONT_FAMILY, fontSize, color: COLORS.text, limit: 0 },
    bar: { color: COLORS.met },
    concat: { spacing: narrow ? 20 : 24 },
    facet: { spacing: narrow ? 20 : 24 },
  };
}

export const chartConfig: Config = configOf(WIDE);
export const narrowConfig: Config = configOf(NARROW);

export function configFor(layout: Layout): Config {
  return layout.variant === 'narrow' ? narrowConfig : chartConfig;
}

export interface Category {
  /** Legend text, also the data value of the category field. */
  text: string;
  fill: string;
  stroke: string;
}

/** Fill and outline channels of a categorical field, sharing one legend at the top. */
export function categoryEncoding(
  field: string,
  categories: readonly Category[],
  options: { offset?: number; layout?: Layout } = {},
) {
  const legend = {
    title: null,
    orient: options.layout?.variant === 'narrow' ? 'bottom' : 'top',
    symbolType: 'square',
    symbolStrokeWidth: 1,
    ...(options.offset === undefined ? {} : { offset: options.offset }),
  } as const;
  const domain = categories.map((category) => category.text);
  return {
    fill: {
      field,
      type: 'nominal',
      scale: { domain, range: categories.map((category) => category.fill) },
      legend,
    },
    stroke: {
      field,
      type: 'nominal',
      scale: { domain, range: categories.map((category) => category.stroke) },
      legend,
    },
  } as const;
}

/**
 * The two marks of a label that stays readable over bars and grid lines: first a white halo
 * (the same text stroked thick), then the text itself. Layer them in this order. Where the label
 * goes is the builder's (src/charts/placement.ts), so `dx` is 0 unless it says otherwise.
 */
export function haloTextMarks(dx = 0) {
  const text = { type: 'text', align: 'left', baseline: 'middle', dx } as const;
  return [{ ...text, stroke: 'white', strokeWidth: 4, strokeJoin: 'round' }, text] as const;
}
