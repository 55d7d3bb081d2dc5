/**
 * A minimal, deterministic Office Open XML workbook (.xlsx) writer: sheets of rows of text and
 * number cells, with what a template needs (cell styles and number formats, column widths and
 * styles, hidden rows, columns and sheets, frozen panes, merged cells, data validation). The
 * parts are written here and zipped with fflate; see docs/dependencies.md for why no
 * spreadsheet library is used.
 *
 * Deterministic bytes: parts in a fixed order, every zip entry stamped 1980-01-01 00:00 (the
 * DOS epoch; fflate reads the stamp with local-time getters, so a Date built from local fields
 * gives the same bytes in every time zone), and no docProps/core.xml with creation dates.
 * Text cells are shared strings and never formulas (src/xlsx/xml.ts says how text is escaped).
 */
import { zipSync } from 'fflate';
import { cellRef, columnName, xmlText } from './xml.ts';

export type CellValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  /** An Excel number format code: `0`, `0.00`, `@` (text) … */
  numberFormat?: string;
  /** Solid background, RGB hex such as `DDEBF7`. */
  fill?: string;
  /** Font colour, RGB hex. */
  color?: string;
  /** Wrap text and align to the top. */
  wrap?: boolean;
}

export interface StyledCell {
  value: CellValue;
  style: CellStyle;
}

export type CellInput = CellValue | StyledCell;

export interface RowSpec {
  cells: readonly CellInput[];
  hidden?: boolean;
  /** In points; Excel's default (15) when absent. Rows of wrapped headers need it set. */
  height?: number;
  /** Style of the row's cells that have none of their own. */
  style?: CellStyle;
}

export interface ColumnSpec {
  /** In Excel's character units; fitted to the content when absent. */
  width?: number;
  hidden?: boolean;
  /** Style of the column's empty cells, so what a clerk types there gets it too. */
  style?: CellStyle;
}

export interface DataValidation {
  /** A1 range, e.g. `C4:C2003`. */
  range: string;
  /** `any` only shows the prompt. */
  type: 'any' | 'list' | 'whole' | 'decimal';
  /** For `list`: the allowed values (no commas; 255 characters at most in all). */
  list?: readonly string[];
  /** For `list`, instead of `list`: the cells holding the values, e.g. `'选项'!$A$2:$A$20`. */
  listRange?: string;
  min?: number;
  max?: number;
  /** Shown when the cell is selected (32 and 255 characters at most). */
  prompt?: { title: string; text: string };
  /** Shown when a typed value is refused (32 and 255 characters at most). */
  error?: { title: string; text: string };
}

export interface SheetSpec {
  /** At most 31 characters, none of []:*?/\, unique in the workbook. */
  name: string;
  hidden?: boolean;
  rows: readonly RowSpec[];
  /** Per column, from A; columns without a spec are fitted to their content. */
  columns?: readonly ColumnSpec[];
  /** Rows above and columns left of the frozen panes. */
  frozen?: { rows: number; columns?: number };
  /** A1 ranges such as `A1:G1`. */
  merges?: readonly string[];
  validations?: readonly DataValidation[];
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  /** Index of the sheet shown on opening; 0 when absent. */
  active?: number;
}

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

/** Number formats Excel knows by id; any other code gets an id from 164 up. */
const builtinFormats = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['@', 49],
]);

/**
 * The cell formats (`cellXfs`) in order of first use; 0 is the default. Fonts 0 and 1 are
 * always regular and bold, fills 0 and 1 the two Excel requires.
 */
class Styles {
  readonly #keys = new Map<string, number>(['{}'].map((key, index) => [key, index]));
  readonly #xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  readonly #fonts = new Map<string, number>([
    ['false|', 0],
    ['true|', 1],
  ]);
  readonly #fills = new Map<string, number>();
  readonly #formats = new Map<string, number>();

  indexOf(style: CellStyle | undefined): number {
    if (style === undefined) return 0;
    const key = JSON.stringify([style.bold, style.numberFormat, style.fill, style.color, style.wrap]);
    if (!style.bold && !style.numberFormat && !style.fill && !style.color && !style.wrap) return 0;
    const known = this.#keys.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numberFormat === undefined ? 0 : this.#formatId(style.numberFormat);
    const fontId = this.#register(this.#fonts, `${style.bold === true}|${style.color ?? ''}`);
    const fillId = style.fill === undefined ? 0 : this.#register(this.#fills, style.fill) + 2;
    const apply =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (fillId !== 0 ? ' applyFill="1"' : '') +
      (style.wrap ? ' applyAlignment="1"' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}`;
    this.#xfs.push(style.wrap ? `${open}><alignment vertical="top" wrapText="1"/></xf>` : `${open}/>`);
    const index = this.#xfs.length - 1;
    this.#keys.set(key, index);
    return index;
  }

  #formatId(code: string): number {
    const builtin = builtinFormats.get(code);
    if (builtin !== undefined) return builtin;
    return this.#register(this.#formats, code) + 164;
  }

  #register(map: Map<string, number>, key: string): number {
    const known = map.get(key);
    if (known !== undefined) return known;
    map.set(key, map.size);
    return map.size - 1;
  }

  xml(): string {
    const formats = [...this.#formats.keys()];
    const numFmts = formats.length
      ? `<numFmts count="${formats.length}">${formats
          .map((code, index) => `<numFmt numFmtId="${index + 164}" formatCode="${xmlText(code)}"/>`)
          .join('')}</numFmts>`
      : '';
    const fonts = [...this.#fonts.keys()].map((key) => {
      const [bold, color] = key.split('|');
      const colour = color ? `<color rgb="FF${color}"/>` : '';
      return `<font>${bold === 'true' ? '<b/>' : ''}<sz val="11"/>${colour}<name val="Calibri"/><family val="2"/></font>`;
    });
    const fills = [...this.#fills.keys()].map(
      (rgb) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    return (
      `${declaration}<styleSheet xmlns="${mainNs}">` +
      numFmts +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.#xfs.length}">${this.#xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** Display width of a text in Excel's character units: CJK and full-width forms count twice. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The shortest text that reads back as the same number. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

function inputValue(cell: CellInput | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  return typeof cell === 'object' ? cell.value : cell;
}

function cellWidth(cell: CellInput | undefined): number {
  const value = inputValue(cell);
  if (value === null) return 0;
  return typeof value === 'number' ? Math.min(numberText(value).length, 14) : textWidth(value);
}

function cellXml(cell: CellInput, ref: string, strings: SharedStrings, styles: Styles, rowStyle?: CellStyle) {
  const value = inputValue(cell);
  if (value === null) return '';
  const style = styles.indexOf(cell !== null && typeof cell === 'object' ? cell.style : rowStyle);
  const s = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
}

function paneXml(frozen: SheetSpec['frozen']): string {
  const rows = frozen?.rows ?? 0;
  const columns = frozen?.columns ?? 0;
  if (rows === 0 && columns === 0) return '';
  const topLeft = cellRef(rows, columns);
  const split = `${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  const active = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const others = rows && columns ? '<selection pane="topRight"/><selection pane="bottomLeft"/>' : '';
  return (
    `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `${others}<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function limited(text: string, max: number, what: string): string {
  if (text.length > max) throw new RangeError(`${what} longer than ${max} characters: ${text}`);
  return xmlText(text);
}

function validationXml(validation: DataValidation): string {
  const messages =
    (validation.prompt
      ? ` showInputMessage="1" promptTitle="${limited(validation.prompt.title, 32, 'prompt title')}" prompt="${limited(validation.prompt.text, 255, 'prompt')}"`
      : '') +
    (validation.error
      ? ` showErrorMessage="1" errorTitle="${limited(validation.error.title, 32, 'error title')}" error="${limited(validation.error.text, 255, 'error')}"`
      : '');
  const type = validation.type === 'any' ? '' : ` type="${validation.type}"`;
  const open = (extra: string) =>
    `<dataValidation${type}${extra} allowBlank="1"${messages} sqref="${validation.range}">`;
  if (validation.type === 'any') return `${open('')}</dataValidation>`;
  if (validation.type === 'list') {
    if (validation.listRange !== undefined)
      return `${open('')}<formula1>${xmlText(validation.listRange)}</formula1></dataValidation>`;
    const list = (validation.list ?? []).join(',');
    if (list.length > 255 || (validation.list ?? []).some((item) => item.includes(',')))
      throw new RangeError(`not a valid validation list: ${list}`);
    return `${open('')}<formula1>"${xmlText(list)}"</formula1></dataValidation>`;
  }
  const { min, max } = validation;
  if (min !== undefined && max !== undefined) {
    return `${open(' operator="between"')}<formula1>${min}</formula1><formula2>${max}</formula2></dataValidation>`;
  }
  if (min !== undefined) {
    return `${open(' operator="greaterThanOrEqual"')}<formula1>${min}</formula1></dataValidation>`;
  }
  return `${open(' operator="lessThanOrEqual"')}<formula1>${max ?? 0}</formula1></dataValidation>`;
}

function worksheetXml(sheet: SheetSpec, strings: SharedStrings, styles: Styles, selected: boolean): string {
  // Loops, not Math.max(...rows): a sheet of many rows is no call's arguments.
  let width = Math.max(sheet.columns?.length ?? 0, 1);
  for (const row of sheet.rows) width = Math.max(width, row.cells.length);
  const cols = Array.from({ length: width }, (_, index) => {
    const spec = sheet.columns?.[index];
    let fitted = 0;
    for (const row of sheet.rows) fitted = Math.max(fitted, cellWidth(row.cells[index]));
    const chosen = spec?.width ?? Math.min(Math.max(fitted + 2, 8), 60);
    const style = styles.indexOf(spec?.style);
    return (
      `<col min="${index + 1}" max="${index + 1}" width="${chosen}" customWidth="1"` +
      `${style ? ` style="${style}"` : ''}${spec?.hidden ? ' hidden="1"' : ''}/>`
    );
  }).join('');
  const rows = sheet.rows
    .map((row, rowIndex) => {
      const cells = row.cells.map((cell, column) =>
        cellXml(cell, cellRef(rowIndex, column), strings, styles, row.style),
      );
      const height = row.height === undefined ? '' : ` ht="${row.height}" customHeight="1"`;
      return `<row r="${rowIndex + 1}"${row.hidden ? ' hidden="1"' : ''}${height}>${cells.join('')}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  const tab = selected ? ' tabSelected="1"' : '';
  return (
    `${declaration}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<dimension ref="A1:${columnName(width - 1)}${Math.max(sheet.rows.length, 1)}"/>` +
    `<sheetViews><sheetView${tab} workbookViewId="0">${paneXml(sheet.frozen)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows}</sheetData>` +
    merges +
    validations +
    '</worksheet>'
  );
}

const invalidSheetName = /[[\]:*?/\\]/;

function checkNames(sheets: readonly SheetSpec[]): void {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.name === '' || sheet.name.length > 31 || invalidSheetName.test(sheet.name)) {
      throw new RangeError(`not a valid sheet name: ${sheet.name}`);
    }
    if (names.has(sheet.name)) throw new RangeError(`duplicate sheet name: ${sheet.name}`);
    names.add(sheet.name);
  }
}

/** The .xlsx bytes of a workbook, its sheets in order. */
export function workbookBytes(workbook: WorkbookSpec): Uint8Array {
  const { sheets } = workbook;
  checkNames(sheets);
  const active = workbook.active ?? 0;
  if (sheets[active]?.hidden) throw new RangeError('the sheet shown on opening cannot be hidden');

  const strings = new SharedStrings();
  const styles = new Styles();
  const sheetXml = sheets.map((sheet, index) => worksheetXml(sheet, strings, styles, index === active));
  const sheetCount = sheets.length;
  const contentTypes =
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetXml
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
  const workbookXml =
    `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>` +
    sheets
      .map(
        (sheet, index) =>
          `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${declaration}<Relationships xmlns="${packageRelNs}">` +
    sheetXml
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
  parts['xl/workbook.xml'] = encoder.encode(workbookXml);
  parts['xl/_rels/workbook.xml.rels'] = encoder.encode(workbookRels);
  // Styles are collected while the sheets are written, so they are serialised after them.
  parts['xl/styles.xml'] = encoder.encode(styles.xml());
  sheetXml.forEach((xml, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = encoder.encode(xml);
  });
  parts['xl/sharedStrings.xml'] = encoder.encode(strings.xml());
  // Level 1: a province builds hundreds of workbooks, and the tables compress well at any level.
  return zipSync(parts, { level: 1, mtime: zipTime() });
}
