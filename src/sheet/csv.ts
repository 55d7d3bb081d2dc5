/**
 * A CSV export as one sheet of text cells. Pure.
 *
 * Encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise the bytes are UTF-8 when they
 * decode as UTF-8 without error, else GB18030 (a superset of GBK and GB2312, what Excel and WPS
 * on a Chinese Windows save as “CSV (逗号分隔)”). Node's TextDecoder has GB18030 with the full
 * ICU that Node ships with. Delimiter: comma, unless the first line has more tabs or semicolons.
 * Quoting as RFC 4180: fields in double quotes may hold delimiters, newlines and "" for a quote.
 *
 * The file is split into fields on its bytes, before decoding: quotes, delimiters and line ends
 * are ASCII, and neither UTF-8 nor GB18030 uses ASCII bytes inside a multi-byte character. So
 * each field is decoded on its own, and a file whose fields are in two encodings (a GBK export
 * with a name pasted in as UTF-8, or the other way round), or a field that is (src/sheet/encoding.ts),
 * is named as such instead of turning the odd ones into mojibake. One pass, no regular expression; rows, cells and the characters
 * of a field are capped as for a workbook (ReadLimits), and a quote left open is named at the
 * field where it opens.
 */
import { longestQuoted } from '../problems/catalog.ts';
import { chineseScore, firstInvalidUtf8, mixedField } from '../text/encoding.ts';
import { defaultReadLimits, type ReadLimits, type ReadSheet, type SheetCell } from '../xlsx/read.ts';
import { type SheetProblem, sheetProblem } from './problems.ts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: isUtf8(bytes, 0, bytes.length) ? 'utf-8' : 'gb18030', bom: 0 };
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, bom } = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(bom)), encoding };
}

/** Whether bytes[start, end) are well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
export function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  return firstInvalidUtf8(bytes, start, end) < 0;
}

const quote = 0x22;
const cr = 0x0d;
const lf = 0x0a;

function delimiterOf(bytes: Uint8Array, start: number): number {
  let end = bytes.indexOf(lf, start);
  if (end < 0) end = bytes.length;
  const counts = new Map([
    [0x2c, 0],
    [0x09, 0],
    [0x3b, 0],
  ]);
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index] as number;
    const count = counts.get(byte);
    if (count !== undefined) counts.set(byte, count + 1);
  }
  let best = 0x2c;
  let most = 0;
  for (const [byte, count] of counts) {
    if (count > most) {
      best = byte;
      most = count;
    }
  }
  return best;
}

/** The beginning of a long text for a message (which says the whole length itself). */
function beginning(text: string): string {
  const keep = longestQuoted - 20;
  return text.length <= keep ? text : `${text.slice(0, keep)}…`;
}

/** A field's bytes: one slice, or the pieces around "" escapes joined. */
function joined(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

interface RawField {
  row: number;
  column: number;
  bytes: Uint8Array;
}

type FieldsResult =
  | { fields: RawField[]; problem?: undefined }
  | { problem: SheetProblem; fields?: undefined };

/**
 * The non-empty fields of a CSV's bytes with their zero-based row and column, quotes removed;
 * or the first problem with its place: a quote left open, a field longer than a cell, too many
 * rows or cells.
 */
function splitFields(
  bytes: Uint8Array,
  start: number,
  sheet: string,
  limits: ReadLimits,
  decodeForMessage: (bytes: Uint8Array) => string,
  keepEmpty = false,
): FieldsResult {
  const delimiter = delimiterOf(bytes, start);
  // A cell holds at most maxCellChars UTF-16 units, which take at most 3 bytes each in UTF-8.
  const maxFieldBytes = limits.maxCellChars * 3;
  const fields: RawField[] = [];
  let rowsWithValues = 0;
  let lastRowWithValue = -1;
  let row = 0;
  let column = 0;
  let index = start;
  const length = bytes.length;
  const add = (pieces: Uint8Array[]): SheetProblem | undefined => {
    const field = joined(pieces);
    if (field.length === 0) {
      if (keepEmpty) fields.push({ row, column, bytes: field });
      return undefined;
    }
    if (lastRowWithValue !== row) {
      if (rowsWithValues >= limits.maxRows) {
        return sheetProblem('sheetTooManyRows', { sheet, limit: limits.maxRows }, { sheet, row });
      }
      rowsWithValues += 1;
      lastRowWithValue = row;
    }
    if (fields.length >= limits.maxCells) {
      return sheetProblem('sheetTooManyCells', { what: 'cells', limit: limits.maxCells }, { sheet, row });
    }
    fields.push({ row, column, bytes: field });
    return undefined;
  };
  while (index <= length) {
    // One field, starting at index.
    const pieces: Uint8Array[] = [];
    const fieldStart = index;
    if (index < length && bytes[index] === quote) {
      let at = index + 1;
      let closed = false;
      while (at <= length) {
        const next = bytes.indexOf(quote, at);
        const stop = next < 0 ? length : next;
        if (stop - (index + 1) > maxFieldBytes) break;
        if (next < 0) break;
        if (bytes[next + 1] === quote) {
          pieces.push(bytes.subarray(at, next + 1));
          at = next + 2;
          continue;
        }
        pieces.push(bytes.subarray(at, next));
        at = next + 1;
        closed = true;
        break;
      }
      if (!closed) {
        const reachedEnd = bytes.indexOf(quote, at) < 0 && length - (index + 1) <= maxFieldBytes;
        const sample = decodeForMessage(bytes.subarray(index + 1, Math.min(length, index + 1 + 400)));
        return {
          problem: sheetProblem(
            'sheetCsvUnclosedQuote',
            { text: beginning(sample), reachedEnd, limit: limits.maxCellChars },
            { sheet, row, column },
          ),
        };
      }
      index = at;
    }
    // Unquoted text (or what follows a closing quote) up to a delimiter or a line end.
    let end = index;
    while (end < length) {
      const byte = bytes[end] as number;
      if (byte === delimiter || byte === lf || byte === cr) break;
      end += 1;
    }
    if (end > index) pieces.push(bytes.subarray(index, end));
    if (end - fieldStart > maxFieldBytes) {
      const text = decodeForMessage(bytes.subarray(fieldStart, Math.min(end, fieldStart + 400)));
      return {
        problem: sheetProblem(
          'sheetCellTooLong',
          { length: end - fieldStart, limit: limits.maxCellChars, text: beginning(text) },
          { sheet, row, column },
        ),
      };
    }
    const problem = add(pieces);
    if (problem) return { problem };
    if (end >= length) break;
    const byte = bytes[end] as number;
    if (byte === delimiter) {
      column += 1;
      index = end + 1;
      continue;
    }
    // A line end: CRLF, LF or CR. A final line end opens no row.
    index = end + (byte === cr && bytes[end + 1] === lf ? 2 : 1);
    row += 1;
    column = 0;
    if (index >= length) break;
  }
  return { fields };
}

const utf8Decoder = new TextDecoder('utf-8');
const gbDecoder = new TextDecoder('gb18030');

function isAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) if ((bytes[index] as number) >= 0x80) return false;
  return true;
}

export type CsvRead = { sheet: ReadSheet; encoding: CsvEncoding } | { problem: SheetProblem };

/** The CSV as a sheet named after the file (学校.csv → 学校), as Excel names it on opening. */
export function csvSheet(
  bytes: Uint8Array,
  sheetName: string,
  limitsGiven: Partial<ReadLimits> = {},
): CsvRead {
  const limits: ReadLimits = { ...defaultReadLimits, ...limitsGiven };
  const detected = detectEncoding(bytes);
  let data = bytes;
  let start = detected.bom;
  if (detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be') {
    // UTF-16 has ASCII bytes inside characters: split its UTF-8 form instead.
    data = new TextEncoder().encode(new TextDecoder(detected.encoding).decode(bytes.subarray(detected.bom)));
    start = 0;
  }
  const fileIsUtf8 = detected.encoding !== 'gb18030';
  const split = splitFields(data, start, sheetName, limits, (piece) =>
    (fileIsUtf8 || isUtf8(piece, 0, piece.length) ? utf8Decoder : gbDecoder).decode(piece),
  );
  if (split.problem) return { problem: split.problem };

  // Each field in its own encoding: in a file that is not all UTF-8, a field is UTF-8 when it
  // is well-formed UTF-8 that reads as Chinese text, else GBK.
  const withBom = detected.bom > 0;
  const rows = new Map<number, Map<number, SheetCell>>();
  const odd = { utf8: [] as RawField[], gbk: [] as RawField[] };
  for (const field of split.fields) {
    let text: string;
    if (isAscii(field.bytes)) text = utf8Decoder.decode(field.bytes);
    else if (fileIsUtf8 && !withBom) text = utf8Decoder.decode(field.bytes);
    else if (isUtf8(field.bytes, 0, field.bytes.length)) {
      // Valid UTF-8: with a UTF-8 byte-order mark it is; otherwise the reading that looks more
      // like Chinese text wins (a GBK field is valid UTF-8 by chance now and then).
      const asUtf8 = utf8Decoder.decode(field.bytes);
      const asGbk = gbDecoder.decode(field.bytes);
      if (withBom || chineseScore(asUtf8) > chineseScore(asGbk)) {
        text = asUtf8;
        odd.utf8.push(field);
      } else {
        text = asGbk;
        odd.gbk.push(field);
      }
    } else {
      const mixed = mixedField(field.bytes);
      if (mixed !== undefined) {
        const place = { sheet: sheetName, row: field.row, column: field.column };
        return { problem: sheetProblem('sheetMixedEncodingCell', { text: beginning(mixed) }, place) };
      }
      text = gbDecoder.decode(field.bytes);
      odd.gbk.push(field);
    }
    if (text.length > limits.maxCellChars) {
      return {
        problem: sheetProblem(
          'sheetCellTooLong',
          { length: text.length, limit: limits.maxCellChars, text: beginning(text) },
          { sheet: sheetName, row: field.row, column: field.column },
        ),
      };
    }
    let cells = rows.get(field.row);
    if (!cells) {
      cells = new Map();
      rows.set(field.row, cells);
    }
    cells.set(field.column, { content: { kind: 'text', text } });
  }
  if (odd.utf8.length > 0 && odd.gbk.length > 0) {
    // The encoding of most fields is the file's; with a UTF-8 byte-order mark, UTF-8 is.
    const mainIsUtf8 = withBom || odd.utf8.length > odd.gbk.length;
    const strays = mainIsUtf8 ? odd.gbk : odd.utf8;
    const first = strays[0] as RawField;
    const text = (mainIsUtf8 ? gbDecoder : utf8Decoder).decode(first.bytes);
    return {
      problem: sheetProblem('sheetMixedEncoding', {
        row: first.row + 1,
        column: first.column + 1,
        text: beginning(text),
        odd: mainIsUtf8 ? 'GBK' : 'UTF-8',
        main: mainIsUtf8 ? 'UTF-8' : 'GBK',
        count: strays.length,
      }),
    };
  }
  const encoding: CsvEncoding = fileIsUtf8 ? detected.encoding : odd.utf8.length > 0 ? 'utf-8' : 'gb18030';
  return { sheet: { name: sheetName, hidden: false, rows, hiddenRows: new Set(), merges: [] }, encoding };
}

/** The rows of a CSV text, fields as written (quotes removed), empty ones included. */
export function parseCsv(text: string): string[][] {
  const bytes = new TextEncoder().encode(text);
  const split = splitFields(bytes, 0, 'csv', defaultReadLimits, (piece) => utf8Decoder.decode(piece), true);
  if (split.problem) throw new Error(split.problem.message);
  const out: string[][] = [];
  for (const field of split.fields) {
    while (out.length <= field.row) out.push([]);
    (out[field.row] as string[])[field.column] = utf8Decoder.decode(field.bytes);
  }
  return out;
}
