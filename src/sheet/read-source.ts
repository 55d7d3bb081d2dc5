/**
 * The file a clerk imports, as sheets of cells: an .xlsx workbook, or a CSV export. Pure.
 * What the file is comes from its first bytes, not its name: a zip is read as a workbook, an
 * OLE file (encrypted workbook, old .xls) or a web page saved as .xls is named as such; other
 * text is CSV when the name ends in .csv or .txt.
 */
import { defaultReadLimits, type ReadLimits, type ReadSheet, readWorkbook } from '../xlsx/read.ts';
import { type CsvEncoding, csvSheet } from './csv.ts';
import { type SheetProblem, sheetProblem } from './problems.ts';

export interface SourceSheets {
  sheets: ReadSheet[];
  date1904: boolean;
  format: 'xlsx' | 'csv';
  encoding?: CsvEncoding;
}

/** The caps of an import (src/xlsx/read.ts says why each is what it is). */
export const sourceLimits: ReadLimits = defaultReadLimits;

/** `学校` for `/path/学校.csv`. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]*$/, '') || name;
}

function isZipOrOle(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
}

export function readSource(
  bytes: Uint8Array,
  fileName: string,
  limitsGiven: Partial<ReadLimits> = sourceLimits,
): { source: SourceSheets } | { problem: SheetProblem } {
  const limits: ReadLimits = { ...sourceLimits, ...limitsGiven };
  if (bytes.length > limits.maxFileBytes) {
    return { problem: sheetProblem('sheetFileTooLarge', { size: bytes.length, limit: limits.maxFileBytes }) };
  }
  if (/\.(csv|txt)$/i.test(fileName) && !isZipOrOle(bytes) && bytes.length > 0 && !bytes.includes(0)) {
    const csv = csvSheet(bytes, baseName(fileName), limits);
    if ('problem' in csv) return { problem: csv.problem };
    return { source: { sheets: [csv.sheet], date1904: false, format: 'csv', encoding: csv.encoding } };
  }
  // Hidden sheets are not imported (find-tables names them): their cells are not read either.
  const read = readWorkbook(bytes, limits, { skipHiddenSheets: true });
  if ('workbook' in read) return { source: { ...read.workbook, format: 'xlsx' } };
  const failure = read.failure;
  switch (failure.reason) {
    case 'too-large':
      return { problem: sheetProblem('sheetFileTooLarge', { size: failure.size, limit: failure.limit }) };
    case 'unpacked-too-large':
      return { problem: sheetProblem('sheetUnpackedTooLarge', { size: failure.size, limit: failure.limit }) };
    case 'encrypted':
      return { problem: sheetProblem('sheetEncrypted', {}) };
    case 'legacy-xls':
      return { problem: sheetProblem('sheetLegacyXls', {}) };
    case 'ole':
      return { problem: sheetProblem('sheetOleFile', {}) };
    case 'damaged':
      return { problem: sheetProblem('sheetDamaged', {}) };
    case 'not-workbook':
      return { problem: sheetProblem('sheetNotWorkbook', { looksLike: failure.looksLike }) };
    case 'corrupt-part': {
      const { part, fault, declared, actual } = failure;
      const params = {
        part,
        fault,
        ...(declared === undefined ? {} : { declared }),
        ...(actual === undefined ? {} : { actual }),
      };
      return { problem: sheetProblem('sheetPartCorrupt', params) };
    }
    case 'part-encoding':
      return { problem: sheetProblem('sheetPartEncoding', { part: failure.part, text: failure.text }) };
    case 'too-many-rows':
      return {
        problem: sheetProblem(
          'sheetTooManyRows',
          { sheet: failure.sheet, limit: failure.limit },
          { sheet: failure.sheet, row: failure.row },
        ),
      };
    case 'too-many-cells':
      return {
        problem: sheetProblem(
          'sheetTooManyCells',
          { what: 'cells', limit: failure.limit },
          { sheet: failure.sheet, row: failure.row },
        ),
      };
    case 'too-much-text':
      return {
        problem: sheetProblem(
          'sheetTooManyCells',
          { what: 'text', limit: failure.limit },
          { sheet: failure.sheet, row: failure.row },
        ),
      };
    case 'too-many-strings':
      return { problem: sheetProblem('sheetTooManyCells', { what: 'strings', limit: failure.limit }) };
    case 'cell-too-long': {
      const text = failure.text.length > 100 ? `${failure.text.slice(0, 100)}…` : failure.text;
      return {
        problem: sheetProblem(
          'sheetCellTooLong',
          { length: failure.length, limit: failure.limit, text },
          { sheet: failure.sheet, row: failure.row, column: failure.column },
        ),
      };
    }
  }
}
