/**
 * Numbers and units as the charts, tables and descriptions print them. One formatter for all
 * three, so a bar label, its table cell and the sentence under the chart agree; the rounding is
 * the figures' one rule (src/text/decimal.ts).
 */

import { type LevelId, levelIds, levelNames } from '../figures/vocabulary.ts';
import { fixedDecimal, trimZeros } from '../text/decimal.ts';

export type LevelKey = LevelId;

export const LEVELS: readonly LevelKey[] = levelIds;

export const LEVEL_NAMES: Readonly<Record<LevelKey, string>> = levelNames;

/** Decimals shown for a value of this size: 2000 元, 28.5 册, 4.65 ㎡, 0.0592. */
export function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1 || size === 0) return 2;
  return Math.max(2, 2 - Math.floor(Math.log10(size)));
}

/** Rounded to `decimals` (or a size-based default) without trailing zeros: 4.5, 1.23, 2000. */
export function formatNumber(value: number, decimals = decimalsFor(value)): string {
  return trimZeros(fixedDecimal(value, decimals));
}

/** Fixed decimals, trailing zeros kept, for the value labels of one chart (3.20 beside 3.75). */
export function formatFixed(value: number, decimals: number): string {
  return fixedDecimal(value, decimals);
}

/** The value as a table cell holds it: rounded like `formatNumber`. */
export function roundForTable(value: number, decimals = decimalsFor(value)): number {
  return Number(formatNumber(value, decimals));
}

/** Coefficients are shown with three decimals, trailing zeros kept (0.380). */
export function formatCoefficient(value: number): string {
  return fixedDecimal(value, 3);
}

/** Limits as the documents print them: 0.65, 0.5 → 0.50. */
export function formatLimit(value: number): string {
  return fixedDecimal(value, 2);
}

const UNIT_WORDS: Readonly<Record<string, string>> = { '㎡': '平方米' };

/** A unit as a sentence writes it: ㎡ → 平方米. */
export function unitWord(unit: string): string {
  return UNIT_WORDS[unit] ?? unit;
}

/** "4.5 平方米", "100%", "0.03" (for a unitless ratio). */
export function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  if (unit === '%') return `${value}%`;
  return `${value} ${unitWord(unit)}`;
}

/** An axis or column title with its unit: "生均图书册数（册）". */
export function titleWithUnit(name: string, unit: string): string {
  return unit === '' ? name : `${name}（${unit}）`;
}

/** A period in a sentence: "2015" → "2015 年", "2016-2017" → "2016—2017 学年" when `schoolYear`. */
export function periodText(period: string, kind: 'year' | 'schoolYear' = 'year'): string {
  if (/^\d{4}$/.test(period)) return `${period} 年`;
  const range = /^(\d{4})-(\d{4})$/.exec(period);
  if (range !== null) return `${range[1]}—${range[2]} ${kind === 'schoolYear' ? '学年' : '年'}`;
  return period;
}

/** "28 所小学中", "11 所初中当中" (not "初中中"). */
export function among(countPhrase: string): string {
  return countPhrase.endsWith('中') ? `${countPhrase}当中` : `${countPhrase}中`;
}

/** The text and the space a following Chinese word needs: "98.4% " but "7849 万元". */
export function spaceAfter(text: string): string {
  return /[0-9A-Za-z%]$/.test(text) ? `${text} ` : text;
}
