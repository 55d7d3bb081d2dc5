/**
 * The Excel download: one worksheet per table, the header row bold and frozen, numbers as
 * numeric cells, text as shared strings. Written by the project's own deterministic writer
 * (src/xlsx/write.ts); a string cell is never a formula, so the CSV's apostrophe prefix is not
 * needed here.
 */
import { workbookBytes } from '../xlsx/write.ts';
import type { Table } from './table.ts';

export { xlsxMediaType } from '../xlsx/write.ts';
export { columnName, xmlText } from '../xlsx/xml.ts';

const header = { bold: true };

/**
 * The .xlsx bytes of a workbook with one sheet per table, in order; the first sheet is the one
 * shown on opening. Sheet names are the table titles (unique, at most 31 characters).
 */
export function xlsxBytes(tables: readonly Table[]): Uint8Array {
  return workbookBytes({
    sheets: tables.map((table) => ({
      name: table.title,
      rows: [{ cells: table.columns, style: header }, ...table.rows.map((cells) => ({ cells }))],
      columns: table.columns.map(() => ({})),
      frozen: { rows: 1 },
    })),
  });
}
