/**
 * The format-neutral table the download writers (CSV, XLSX) share: a header row and rows of
 * cells. A cell is text, a finite number or empty (null). Booleans are already 是/否 here, and a
 * value that could not be computed is an empty cell whose reason is written in the row's 说明
 * column, so every numeric column holds only numbers.
 */
export type Cell = string | number | null;

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

/** 是 / 否 for a boolean, empty for a missing one. */
export function yesNo(value: boolean | undefined): Cell {
  return value === undefined ? null : value ? '是' : '否';
}
