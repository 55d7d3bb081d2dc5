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

/**
 * Indicators that count full-time teachers per student (the 2012 standard's 师生比, ≈ 0.059).
 * People read a 师生比 as 1:x, x students per teacher, as the seed reports print it
 * (师生比 1:17.12) and as the report metric studentsPerTeacher prints: so these indicators'
 * values and standard values print as 1:(1 ÷ value) everywhere. The coefficient is still the
 * coefficient of the teachers-per-student values, as the standard computes it.
 */
const teacherRatioIndicators: ReadonlySet<string> = new Set(['teachers_per_student']);

/** Whether an indicator prints as 师生比 1:x. */
export function printsAsTeacherRatio(indicatorId: string): boolean {
  return teacherRatioIndicators.has(indicatorId);
}

/** A teacher-ratio indicator's value, standard value or school value, by key (not its coefficient). */
const teacherRatioKey = /\.(?:indicators|shortfalls)\.([^.[\]]+)(?:\.(?:value|threshold|standard))?$/;

function isTeacherRatioKey(key: string): boolean {
  const id = teacherRatioKey.exec(key)?.[1];
  return id !== undefined && printsAsTeacherRatio(id);
}

/** Teachers per student as students per teacher: 0.059 → 16.95; no teachers cannot be one. */
export function studentsPerTeacherOf(teachersPerStudent: Measure): Measure {
  if (!isDefined(teachersPerStudent)) return teachersPerStudent;
  return teachersPerStudent > 0 ? 1 / teachersPerStudent : { reason: 'no-teachers' };
}

/**
 * The number a key prints: the value itself, except a 师生比 indicator's teachers per student,
 * which prints (as 1:x) the students per teacher.
 */
export function printedValue(key: string, value: Measure): Measure {
  return isTeacherRatioKey(key) ? studentsPerTeacherOf(value) : value;
}

/** An indicator's county or school value as the tables print it: 3.392, 2909.14, 1:16.95. */
export function indicatorValueText(indicatorId: string, value: Measure): string {
  if (printsAsTeacherRatio(indicatorId)) return formatFigure(studentsPerTeacherOf(value), 'ratio', 2).text;
  return formatFigure(value, 'number', countyValueDecimals(value)).text;
}

/** The format a key is printed in when the writer does not say: as the pages print it. */
export function defaultFormat(key: string, value: Measure): PrintedFormat {
  const last = parseKey(key)?.at(-1)?.name ?? '';
  // Figures entered by hand (facts, printed figures) show as they were entered: 97.6, 0.279.
  if ((key.startsWith('facts.') || key.startsWith('published')) && isDefined(value)) {
    return { format: 'number', decimals: printedDecimals(value) };
  }
  if (isTeacherRatioKey(key)) return { format: 'ratio', decimals: 2 };
  if (countyValueKey.test(key)) return { format: 'number', decimals: countyValueDecimals(value) };
  if (/Share$/.test(last)) return { format: 'percent', decimals: 2 };
  if (last === 'studentsPerTeacher') return { format: 'ratio', decimals: 2 };
  if (last === 'averageClassSize') return { format: 'number', decimals: 2 };
  if (last === 'cv' || last === 'compositeCv' || last === 'limit')
    return { format: 'coefficient', decimals: 3 };
  if (isDefined(value) && Number.isInteger(value)) return { format: 'integer' };
  return { format: 'number', decimals: 2 };
}

/**
 * Decimals of a shortfall in real units, one per unit so a column reads alike: money and whole
 * things (teachers, rooms, computers, books) without decimals, areas and anything else to one.
 */
export function shortfallDecimals(unit: string): number {
  return /^(元|万元|人|名|间|台|册|个|所|套)$/.test(unit) ? 0 : 1;
}

/** A school's shortfall with its unit: 3018.4 ㎡, 1574051 元, 3 人. */
export function shortfallAmountText(short: number, unit: string): string {
  const text = fixedDecimal(short, shortfallDecimals(unit));
  return unit === '' ? text : unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** The printed text; a figure that cannot be computed reads as a dash with its reason. */
export function printedText(key: string, value: Measure): string {
  const { format, decimals, unit } = defaultFormat(key, value);
  const figure = formatFigure(printedValue(key, value), format, decimals, unit);
  return figure.reason === undefined ? figure.text : `${figure.text}（${figure.reason}）`;
}

/**
 * The change a reader sees: the difference of the two printed figures, signed, at the newer
 * figure's precision (percentages in 个百分点). Empty when either side is not a number.
 */
export function printedChange(key: string, before: Measure, after: Measure): string {
  const shownBefore = printedValue(key, before);
  const shownAfter = printedValue(key, after);
  if (!isDefined(shownBefore) || !isDefined(shownAfter)) return '';
  const { format, decimals } = defaultFormat(key, after);
  const scale = format === 'percent' ? 100 : 1;
  const places = decimals ?? defaultDecimals(format);
  const rounded = (value: number) => Number(fixedDecimal(value * scale, places));
  const change = rounded(shownAfter) - rounded(shownBefore);
  const text = fixedDecimal(Math.abs(change), places);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${text}${format === 'percent' ? ' 个百分点' : ''}`;
}
