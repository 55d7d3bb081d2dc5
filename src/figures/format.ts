/**
 * A figure as people read it: 36.48, 1:17.12, 98.24%, 10.0368 亿元, 0.380. Pages, the narrative's
 * <Figure>, the diff, the figures list and the messages print through here, with the one
 * rounding rule of src/text/decimal.ts. A figure that cannot be computed prints as a dash, with its reason.
 */
import { isDefined, type Measure } from '../compute/measure.ts';
import { fixedDecimal, printedDecimals, trimZeros } from '../text/decimal.ts';
import { parseKey } from './keys.ts';
import { undefinedReasonLabels } from './vocabulary.ts';

export type FigureFormat = 'number' | 'integer' | 'percent' | 'ratio' | 'coefficient' | 'yi' | 'wan';

export const figureFormats: readonly FigureFormat[] = [
  'number',
  'integer',
  'percent',
  'ratio',
  'coefficient',
  'yi',
  'wan',
];

export interface PrintedFormat {
  format: FigureFormat;
  decimals?: number | undefined;
  unit?: string | undefined;
}

export interface FormattedFigure {
  text: string;
  /** Why there is no number (undefined when there is one). */
  reason?: string;
}

/** Decimals a format prints when none are given. */
export function defaultDecimals(format: FigureFormat): number {
  switch (format) {
    case 'integer':
      return 0;
    case 'coefficient':
      return 3;
    case 'yi':
      return 4;
    default:
      return 2;
  }
}

/** The number with its unit: "9314 万元", "96%", "12 所". */
function withUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  return /^[%‰]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

/** The figure printed in `format`, e.g. formatFigure(0.9824, 'percent') = 98.24%. */
export function formatFigure(
  measure: Measure,
  format: FigureFormat,
  decimals?: number,
  unit?: string,
): FormattedFigure {
  if (!isDefined(measure)) {
    return { text: '—', reason: undefinedReasonLabels[measure.reason] ?? measure.reason };
  }
  const places = decimals ?? defaultDecimals(format);
  switch (format) {
    case 'percent':
      return { text: `${fixedDecimal(measure * 100, places)}%` };
    case 'ratio':
      return { text: `1:${fixedDecimal(measure, places)}` };
    case 'coefficient':
      return { text: fixedDecimal(measure, places) };
    case 'integer':
      return { text: withUnit(fixedDecimal(measure, 0), unit) };
    case 'yi':
      // Amounts are kept in 万元: 100368 万元 → 10.0368 亿元.
      return { text: `${trimZeros(fixedDecimal(measure / 10_000, places))} 亿元` };
    case 'wan':
      return { text: `${trimZeros(fixedDecimal(measure, places))} 万元` };
    case 'number':
      return { text: withUnit(fixedDecimal(measure, places), unit) };
  }
}

/**
 * Decimals of an indicator's county value in the coefficient tables, as the reports print them:
 * three, two for amounts in the hundreds and more.
 */
export function countyValueDecimals(value: Measure): number {
  return isDefined(value) && value >= 100 ? 2 : 3;
}

/** An indicator's county value: levels.primary.basic.indicators.books_per_student.value. */
const countyValueKey = /^levels\.[^.]+\.[^.]+\.indicators\.[^.]+\.value$/;

/** The format a key is printed in when the writer does not say: as the pages print it. */
export function defaultFormat(key: string, value: Measure): PrintedFormat {
  const last = parseKey(key)?.at(-1)?.name ?? '';
  // Figures entered by hand (facts, printed figures) show as they were entered: 97.6, 0.279.
  if ((key.startsWith('facts.') || key.startsWith('published')) && isDefined(value)) {
    return { format: 'number', decimals: printedDecimals(value) };
  }
  if (countyValueKey.test(key)) return { format: 'number', decimals: countyValueDecimals(value) };
  if (/Share$/.test(last)) return { format: 'percent', decimals: 2 };
  if (last === 'studentsPerTeacher') return { format: 'ratio', decimals: 2 };
  if (last === 'averageClassSize') return { format: 'number', decimals: 2 };
  if (last === 'cv' || last === 'compositeCv' || last === 'limit')
    return { format: 'coefficient', decimals: 3 };
  if (isDefined(value) && Number.isInteger(value)) return { format: 'integer' };
  return { format: 'number', decimals: 2 };
}

/** The printed text; a figure that cannot be computed reads as a dash with its reason. */
export function printedText(key: string, value: Measure): string {
  const { format, decimals, unit } = defaultFormat(key, value);
  const figure = formatFigure(value, format, decimals, unit);
  return figure.reason === undefined ? figure.text : `${figure.text}（${figure.reason}）`;
}

/**
 * The change a reader sees: the difference of the two printed figures, signed, at the newer
 * figure's precision (percentages in 个百分点). Empty when either side is not a number.
 */
export function printedChange(key: string, before: Measure, after: Measure): string {
  if (!isDefined(before) || !isDefined(after)) return '';
  const { format, decimals } = defaultFormat(key, after);
  const scale = format === 'percent' ? 100 : 1;
  const places = decimals ?? defaultDecimals(format);
  const rounded = (value: number) => Number(fixedDecimal(value * scale, places));
  const change = rounded(after) - rounded(before);
  const text = fixedDecimal(Math.abs(change), places);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${text}${format === 'percent' ? ' 个百分点' : ''}`;
}
