/**
 * A minimal, deterministic Office Open XML workbook (.xlsx): one worksheet per table, the header
 * row bold and frozen, numbers as numeric cells, text as shared strings. The parts are written
 * here and zipped with fflate; see docs/dependencies.md for why no spreadsheet library is used.
 *
 * Deterministic bytes: parts in a fixed order, every zip entry stamped 1980-01-01 00:00 (the
 * DOS epoch; fflate reads the stamp with local-time getters, so a Date built from local fields
 * gives the same bytes in every time zone), and no docProps/core.xml with creation dates.
 *
 * Text is plain text: it is XML-escaped (& < > " and CR as a character reference), characters
 * XML 1.0 cannot hold are written as OOXML `_xHHHH_` escapes, and a literal `_xHHHH_` in the
 * text is protected as `_x005F_xHHHH_` so a spreadsheet does not decode it. A string cell is
 * never a formula, so the CSV's apostrophe prefix is not needed here.
 */
import { zipSync } from 'fflate';
import { numberText } from './csv.ts';
import type { Cell, Table } from './table.ts';

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 1980-01-01 00:00 in local time, the earliest stamp a zip entry can carry. Built on each call:
 * a Date made once would read back other local fields if the time zone changed in between.
 */
function zipTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Whether XML 1.0 can hold this code point (a lone surrogate arrives here as itself). */
function xmlAllowed(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** Text for an XML element or attribute of a workbook part: escaped as described above. */
export function xmlText(text: string): string {
  let out = '';
  for (const char of text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')) {
    const code = char.codePointAt(0) ?? 0;
    if (!xmlAllowed(code)) out += `_x${hex4(code)}_`;
    else out += xmlEntities[char] ?? char;
  }
  return out;
}

/** A, B, …, Z, AA, AB, … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** Shared strings in order of first use. */
class SharedStrings {
  readonly #index = new Map<string, number>();
  readonly #strings: string[] = [];
  #uses = 0;

  indexOf(text: string): number {
    this.#uses += 1;
    const known = this.#index.get(text);
    if (known !== undefined) return known;
    const index = this.#strings.length;
    this.#index.set(text, index);
    this.#strings.push(text);
    return index;
  }

  xml(): string {
    const items = this.#strings.map((text) => {
      const space = /^\s|\s$|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlText(text)}</t></si>`;
    });
    return `${declaration}<sst xmlns="${mainNs}" count="${this.#uses}" uniqueCount="${this.#strings.length}">${items.join('')}</sst>`;
  }
}

/** Display width of a text in Excel's character units: CJK and full-width forms count twice. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function cellWidth(cell: Cell): number {
  if (cell === null) return 0;
  return typeof cell === 'number' ? Math.min(numberText(cell).length, 14) : textWidth(cell);
}

const headerStyle = 1;

function cellXml(cell: Cell, ref: string, strings: SharedStrings, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"${s}><v>${numberText(cell)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(cell)}</v></c>`;
}

function worksheetXml(table: Table, strings: SharedStrings, selected: boolean): string {
  const all: Cell[][] = [table.columns, ...table.rows];
  const widths = table.columns.map((_, column) =>
    Math.max(...all.map((row) => cellWidth(row[column] ?? null))),
  );
  const cols = widths
    .map((width, index) => {
      const fitted = Math.min(Math.max(width + 2, 8), 60);
      return `<col min="${index + 1}" max="${index + 1}" width="${fitted}" customWidth="1"/>`;
    })
    .join('');
  const rows = all
    .map((row, rowIndex) => {
      const r = rowIndex + 1;
      const style = rowIndex === 0 ? headerStyle : 0;
      const cells = row.map((cell, column) => cellXml(cell, `${columnName(column)}${r}`, strings, style));
      return `<row r="${r}">${cells.join('')}</row>`;
    })
    .join('');
  const lastColumn = columnName(Math.max(table.columns.length - 1, 0));
  const tab = selected ? ' tabSelected="1"' : '';
  return (
    `${declaration}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<dimension ref="A1:${lastColumn}${all.length}"/>` +
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows}</sheetData>` +
    '</worksheet>'
  );
}

const stylesXml =
  `${declaration}<styleSheet xmlns="${mainNs}">` +
  '<fonts count="2">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const invalidSheetName = /[[\]:*?/\\]/;

/**
 * The .xlsx bytes of a workbook with one sheet per table, in order; the first sheet is the one
 * shown on opening. Sheet names are the table titles (unique, at most 31 characters).
 */
export function xlsxBytes(tables: readonly Table[]): Uint8Array {
  if (tables.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const names = new Set<string>();
  for (const table of tables) {
    if (table.title === '' || table.title.length > 31 || invalidSheetName.test(table.title)) {
      throw new RangeError(`not a valid sheet name: ${table.title}`);
    }
    if (names.has(table.title)) throw new RangeError(`duplicate sheet name: ${table.title}`);
    names.add(table.title);
  }

  const strings = new SharedStrings();
  const sheets = tables.map((table, index) => worksheetXml(table, strings, index === 0));
  const sheetCount = tables.length;
  const contentTypes =
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map(
        (_, index) =>
          `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>';
  const rootRels =
    `${declaration}<Relationships xmlns="${packageRelNs}">` +
    `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>';
  const workbook =
    `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    tables
      .map(
        (table, index) =>
          `<sheet name="${xmlText(table.title)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${declaration}<Relationships xmlns="${packageRelNs}">` +
    sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheetCount + 1}" Type="${relNs}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';

  const encoder = new TextEncoder();
  const parts: Record<string, Uint8Array> = {};
  parts['[Content_Types].xml'] = encoder.encode(contentTypes);
  parts['_rels/.rels'] = encoder.encode(rootRels);
  parts['xl/workbook.xml'] = encoder.encode(workbook);
  parts['xl/_rels/workbook.xml.rels'] = encoder.encode(workbookRels);
  parts['xl/styles.xml'] = encoder.encode(stylesXml);
  sheets.forEach((xml, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = encoder.encode(xml);
  });
  parts['xl/sharedStrings.xml'] = encoder.encode(strings.xml());
  // Level 1: a province builds hundreds of workbooks, and the tables compress well at any level.
  return zipSync(parts, { level: 1, mtime: zipTime() });
}
