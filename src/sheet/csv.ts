/**
 * A CSV export as one sheet of text cells. Pure.
 *
 * Encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise the bytes are UTF-8 when they
 * decode as UTF-8 without error, else GB18030 (a superset of GBK and GB2312, what Excel and WPS
 * on a Chinese Windows save as “CSV (逗号分隔)”). Node's TextDecoder has GB18030 with the full
 * ICU that Node ships with. Delimiter: comma, unless the first line has more tabs or semicolons.
 * Quoting as RFC 4180: fields in double quotes may hold delimiters, newlines and "" for a quote.
 */
import type { ReadSheet, SheetCell } from '../xlsx/read.ts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, bom } = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(bom)), encoding };
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, Math.max(text.indexOf('\n'), 0) || text.length);
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates = [',', '\t', ';'].map((char) => ({ char, n: count(char) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]?.n ? (candidates[0]?.char ?? ',') : ',';
}

/** The rows of a CSV text, fields as written (quotes removed). */
export function parseCsv(text: string): string[][] {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\r' && text[index + 1] === '\n') {
      endRow();
      index += 1;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
    index += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** The CSV as a sheet named after the file (学校.csv → 学校), as Excel names it on opening. */
export function csvSheet(bytes: Uint8Array, sheetName: string): { sheet: ReadSheet; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes);
  const rows = new Map<number, Map<number, SheetCell>>();
  parseCsv(text).forEach((fields, rowIndex) => {
    const cells = new Map<number, SheetCell>();
    fields.forEach((value, column) => {
      if (value !== '') cells.set(column, { content: { kind: 'text', text: value } });
    });
    if (cells.size > 0) rows.set(rowIndex, cells);
  });
  return { sheet: { name: sheetName, hidden: false, rows, hiddenRows: new Set(), merges: [] }, encoding };
}
