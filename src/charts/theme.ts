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

/** Series colours for line charts, each paired with a distinct dash and point shape. */
export const SERIES_COLORS = ['#173f66', '#d55e00', '#2e7d32', '#6a3d9a'] as const;
export const SERIES_DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3]] as const;
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond'] as const;

/** Symbols written in cells and beside bars so the chart reads without colour. */
export const SYMBOLS = { met: '✓', floor: '○', below: '✗', missing: '—' } as const;

export const chartConfig: Config = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 8,
  aria: false,
  view: { stroke: null },
  axis: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: FONT_SIZE,
    titleFontSize: FONT_SIZE,
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
    labelFontSize: FONT_SIZE,
    titleFontSize: FONT_SIZE,
    labelColor: COLORS.text,
    titleColor: COLORS.text,
    labelLimit: 0,
    orient: 'top',
    direction: 'horizontal',
  },
  header: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: TITLE_FONT_SIZE,
    labelFontWeight: 'bold',
    titleFontSize: TITLE_FONT_SIZE,
    labelColor: COLORS.text,
    labelLimit: 0,
  },
  title: {
    font: FONT_FAMILY,
    fontSize: TITLE_FONT_SIZE,
    subtitleFont: FONT_FAMILY,
    color: COLORS.text,
    anchor: 'start',
    limit: 0,
  },
  text: { font: FONT_FAMILY, fontSize: FONT_SIZE, color: COLORS.text, limit: 0 },
  bar: { color: COLORS.met },
  concat: { spacing: 24 },
  facet: { spacing: 24 },
};

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
  options: { offset?: number } = {},
) {
  const legend = {
    title: null,
    orient: 'top',
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
 * (the same text stroked thick), then the text itself. Layer them in this order.
 */
export function haloTextMarks(dx: number) {
  const text = { type: 'text', align: 'left', baseline: 'middle', dx } as const;
  return [{ ...text, stroke: 'white', strokeWidth: 4, strokeJoin: 'round' }, text] as const;
}
