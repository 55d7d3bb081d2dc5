/**
 * The format-neutral table the download writers (CSV, XLSX) share: a header row and rows of
 * cells. A cell is text, a number with the decimals it is printed with, or empty (null). Booleans
 * are already 是/否 here, and a value that could not be computed is an empty cell whose reason is
 * written in the row's 说明 column, so every numeric column holds only numbers.
 *
 * Every number carries its precision: a value from a data file as it was entered (14.42 stays
 * 14.42), a computed one rounded by the rule its figure is printed with on the pages (差异系数
 * three decimals, 县域值 three or two, a shortfall in ㎡ one). The CSV prints exactly those
 * decimals; the workbook gives the cell the matching number format (0, 0.0, 0.000 …).
 */
import { plainNumber, printedDecimals, roundDecimal } from '../text/decimal.ts';

export interface NumberCell {
  /** Already rounded to `decimals`. */
  value: number;
  /** Decimals printed, trailing zeros included (0.380). */
  decimals: number;
}

export type Cell = string | NumberCell | null;

export interface Table {
  /** Short English id used in file names: `<county>-<year>-<id>.csv`. */
  id: string;
  /** Chinese title, also the XLSX sheet name (at most 31 characters, none of []:*?/\). */
  title: string;
  /** Chinese column headers, with units where a column has one. */
  columns: string[];
  /** Each row has exactly `columns.length` cells. */
  rows: Cell[][];
}

/** A number rounded to `decimals` (四舍五入 on the decimal value, src/text/decimal.ts). */
export function fixed(value: number, decimals: number): NumberCell {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const rounded = roundDecimal(value, decimals);
  // −0.0001 to three decimals is 0, not −0.
  return { value: rounded === 0 ? 0 : rounded, decimals };
}

/** A whole number: a count, a year. */
export function count(value: number): NumberCell {
  return fixed(value, 0);
}

/** A number as a data file holds it, with the decimals it was entered with: 14.42, 0.279, 96. */
export function asEntered(value: number): NumberCell {
  return fixed(value, printedDecimals(Number(plainNumber(value))));
}

export function isNumberCell(cell: Cell | undefined): cell is NumberCell {
  return typeof cell === 'object' && cell !== null;
}

/** 是 / 否 for a boolean, empty for a missing one. */
export function yesNo(value: boolean | undefined): Cell {
  return value === undefined ? null : value ? '是' : '否';
}
