/**
 * A county-level figure as the pages print it, so a diff reports what a reader would see move:
 * 0.27312 and 0.27314 both print 0.273 and are not a change. The formats are the site's own.
 */
import { isDefined, type Measure } from '../compute/measure.ts';
import {
  countyValueDecimals,
  defaultFormat,
  type FigureFormat,
  fixed,
  formatFigure,
} from '../site/format.ts';

interface PrintedFormat {
  format: FigureFormat;
  decimals?: number;
  unit?: string;
}

/** An indicator's county value is printed by the coefficient tables; everything else as <Figure> prints it. */
const countyValueKey = /^levels\.[^.]+\.[^.]+\.indicators\.[^.]+\.value$/;

export function printedFormat(key: string, value: Measure): PrintedFormat {
  if (countyValueKey.test(key)) return { format: 'number', decimals: countyValueDecimals(value) };
  return defaultFormat(key, value);
}

/** The printed text; a figure that cannot be computed reads as a dash with its reason. */
export function printedText(key: string, value: Measure): string {
  const { format, decimals, unit } = printedFormat(key, value);
  const figure = formatFigure(value, format, decimals, unit);
  return figure.reason === undefined ? figure.text : `${figure.text}（${figure.reason}）`;
}

/**
 * The change a reader sees: the difference of the two printed figures, signed, at the newer
 * figure's precision (percentages in 个百分点). Empty when either side is not a number.
 */
export function printedChange(key: string, before: Measure, after: Measure): string {
  if (!isDefined(before) || !isDefined(after)) return '';
  const { format, decimals } = printedFormat(key, after);
  const scale = format === 'percent' ? 100 : 1;
  const places = decimalsOf(format, decimals);
  const rounded = (value: number) => Number(fixed(value * scale, places));
  const change = rounded(after) - rounded(before);
  const text = fixed(Math.abs(change), places);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${text}${format === 'percent' ? ' 个百分点' : ''}`;
}

function decimalsOf(format: FigureFormat, decimals: number | undefined): number {
  if (decimals !== undefined) return decimals;
  if (format === 'integer') return 0;
  if (format === 'coefficient') return 3;
  return 2;
}
