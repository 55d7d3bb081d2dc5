/**
 * The Excel download: one worksheet per table, the header row bold and frozen, numbers as
 * numeric cells with the number format the pages print them with (0 for counts, 0.000 for
 * coefficients, 0.0 for a shortfall in ㎡ …: the cell's decimals), text as shared strings.
 * Written by the project's own deterministic writer (src/xlsx/write.ts); a string cell is never a
 * formula, so the CSV's apostrophe prefix is not needed here.
 */
import { type CellInput, workbookBytes } from '../xlsx/write.ts';
import { type Cell, isNumberCell, type Table } from './table.ts';

export { xlsxMediaType } from '../xlsx/write.ts';
export { columnName, xmlText } from '../xlsx/xml.ts';

const header = { bold: true };

/** The Excel number format that shows `decimals` decimals: 0, 0.0, 0.000. */
export function numberFormatCode(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

function cellInput(cell: Cell): CellInput {
  if (!isNumberCell(cell)) return cell;
  return { value: cell.value, style: { numberFormat: numberFormatCode(cell.decimals) } };
}

/**
 * The .xlsx bytes of a workbook with one sheet per table, in order; the first sheet is the one
 * shown on opening. Sheet names are the table titles (unique, at most 31 characters).
 */
export function xlsxBytes(tables: readonly Table[]): Uint8Array {
  return workbookBytes({
    sheets: tables.map((table) => ({
      name: table.title,
      rows: [
        { cells: table.columns, style: header },
        ...table.rows.map((cells) => ({ cells: cells.map(cellInput) })),
      ],
      columns: table.columns.map(() => ({})),
      frozen: { rows: 1 },
    })),
  });
}
