/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads the Chinese
 * text as UTF-8), CRLF after every record including the last, a field quoted only when it holds
 * a comma, a double quote, CR or LF (quotes doubled inside).
 *
 * Formula injection: a spreadsheet treats a field starting with =, +, -, @, tab or CR as a
 * formula or strips the character, so such a *text* cell is written with a leading apostrophe
 * (`=1+1` → `'=1+1`). Number cells are written as numbers (`-3.5` stays `-3.5`): only text
 * can carry a formula. A number prints with exactly the decimals its cell carries (0.380,
 * 3018.4), never the binary noise of the arithmetic (3018.3999999999996), so the output is
 * deterministic and reads as the pages print it.
 */
import { fixedDecimal } from '../text/decimal.ts';
import { type Cell, isNumberCell, type NumberCell, type Table } from './table.ts';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function numberText(cell: NumberCell): string {
  if (!Number.isFinite(cell.value)) throw new RangeError(`not a finite number: ${cell.value}`);
  return fixedDecimal(cell.value, cell.decimals);
}

/** A text cell made safe to open in a spreadsheet: a leading apostrophe before a formula start. */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (isNumberCell(cell)) return numberText(cell);
  const text = neutralizeFormula(cell);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a table, header first, without the byte-order mark. */
export function csvText(table: Table): string {
  const records = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return records.map((record) => `${record}\r\n`).join('');
}

/** The CSV file: byte-order mark and UTF-8. */
export function csvBytes(table: Table): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${csvText(table)}`);
}
