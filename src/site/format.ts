/**
 * Numbers the Chinese way, as the reports print them: 36.48, 1:17.12, 98.24%, 10.0368 亿元.
 * A figure that cannot be computed prints as a dash, with its reason for the title attribute.
 */
import { isDefined, type Measure } from '../compute/measure.ts';
import { printedDecimals } from '../compute/published.ts';
import { undefinedReasonLabels } from '../problems/catalog.ts';

export type FigureFormat = 'number' | 'integer' | 'percent' | 'ratio' | 'coefficient' | 'yi' | 'wan';

export interface FormattedFigure {
  text: string;
  /** Why there is no number (undefined when there is one). */
  reason?: string;
}

/** Fixed decimals, then trailing zeros kept (reports print 47.20 as 47.2 only when told to). */
export function fixed(value: number, decimals: number): string {
  // −0.00 would read oddly; avoid the negative zero after rounding.
  const text = value.toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

export function formatFigure(
  measure: Measure,
  format: FigureFormat,
  decimals?: number,
  unit?: string,
): FormattedFigure {
  if (!isDefined(measure)) {
    return { text: '—', reason: undefinedReasonLabels[measure.reason] ?? measure.reason };
  }
  const withUnit = (text: string) => (unit ? `${text}${/^[%‰]/.test(unit) ? '' : ' '}${unit}` : text);
  switch (format) {
    case 'percent':
      return { text: `${fixed(measure * 100, decimals ?? 2)}%` };
    case 'ratio':
      return { text: `1:${fixed(measure, decimals ?? 2)}` };
    case 'coefficient':
      return { text: fixed(measure, decimals ?? 3) };
    case 'integer':
      return { text: withUnit(fixed(measure, 0)) };
    case 'yi':
      // Amounts are kept in 万元: 100368 万元 → 10.0368 亿元.
      return { text: `${trimZeros(fixed(measure / 10_000, decimals ?? 4))} 亿元` };
    case 'wan':
      return { text: `${trimZeros(fixed(measure, decimals ?? 2))} 万元` };
    case 'number':
      return { text: withUnit(fixed(measure, decimals ?? 2)) };
  }
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Decimals of an indicator's county value in the coefficient tables, as the reports print them:
 * three, two for amounts in the hundreds and more.
 */
export function countyValueDecimals(value: Measure): number {
  return isDefined(value) && value >= 100 ? 2 : 3;
}

/** The format a result key is printed in when the writer does not say. */
export function defaultFormat(
  key: string,
  value: Measure,
): { format: FigureFormat; decimals?: number; unit?: string } {
  const last = key.split('.').at(-1) ?? '';
  // Figures entered by hand (facts, printed figures) show as they were entered: 97.6, 0.279.
  if ((key.startsWith('facts.') || key.startsWith('published.')) && isDefined(value)) {
    return { format: 'number', decimals: printedDecimals(value) };
  }
  if (/Share$/.test(last)) return { format: 'percent', decimals: 2 };
  if (last === 'studentsPerTeacher') return { format: 'ratio', decimals: 2 };
  if (last === 'averageClassSize') return { format: 'number', decimals: 2 };
  if (last === 'cv' || last === 'compositeCv' || last === 'limit')
    return { format: 'coefficient', decimals: 3 };
  if (isDefined(value) && Number.isInteger(value)) return { format: 'integer' };
  return { format: 'number', decimals: 2 };
}
