/**
 * A read sheet as the clerk sees it: a merged range shows its top-left cell's value in every
 * cell it covers (a group header over several columns, a 乡镇 name merged down several rows).
 */
import type { CellRange, ReadSheet, SheetCell } from '../xlsx/read.ts';
import { trimSpaces } from './trim.ts';

/** Merged ranges taller than this only fill their first rows: no real table has one. */
const maxMergedRows = 100_000;

export class Grid {
  readonly sheet: ReadSheet;
  /** Row → the merged ranges crossing it. */
  readonly #merged = new Map<number, CellRange[]>();
  /** The last row that holds a cell. */
  readonly lastRow: number;

  constructor(sheet: ReadSheet) {
    this.sheet = sheet;
    // A loop, not Math.max(...rows): spreading a million rows into arguments overflows the stack.
    let lastRow = -1;
    for (const row of sheet.rows.keys()) if (row > lastRow) lastRow = row;
    this.lastRow = lastRow;
    for (const range of sheet.merges) {
      // Rows past the last one holding a cell are never looked at.
      const bottom = Math.min(range.bottom, range.top + maxMergedRows, lastRow);
      for (let row = range.top; row <= bottom; row += 1) {
        const list = this.#merged.get(row) ?? [];
        list.push(range);
        this.#merged.set(row, list);
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  /** Where the value shown at a cell lives: itself, or its merged range's top-left cell. */
  origin(row: number, column: number): { row: number; column: number } {
    const range = this.#merged
      .get(row)
      ?.find((candidate) => column >= candidate.left && column <= candidate.right);
    return range ? { row: range.top, column: range.left } : { row, column };
  }

  cell(row: number, column: number): SheetCell | undefined {
    const at = this.origin(row, column);
    return this.sheet.rows.get(at.row)?.get(at.column);
  }

  /** The columns that hold a cell in a row, merged ranges included. */
  columns(row: number): number[] {
    const columns = new Set(this.sheet.rows.get(row)?.keys() ?? []);
    for (const range of this.#merged.get(row) ?? []) {
      for (let column = range.left; column <= Math.min(range.right, range.left + 1000); column += 1) {
        columns.add(column);
      }
    }
    return [...columns].sort((a, b) => a - b);
  }

  /** A cell's value as text (numbers as written), trimmed; '' when empty. */
  text(row: number, column: number): string {
    const content = this.cell(row, column)?.content;
    if (content === undefined) return '';
    switch (content.kind) {
      case 'text':
        return trimSpaces(content.text);
      case 'number':
        return String(content.number);
      case 'boolean':
        return content.value ? 'TRUE' : 'FALSE';
      case 'error':
        return content.text;
    }
  }

  isHiddenRow(row: number): boolean {
    return this.sheet.hiddenRows.has(row);
  }
}
