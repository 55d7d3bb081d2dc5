/**
 * A small, defensive reader of Office Open XML workbooks (.xlsx): every worksheet's cells as
 * Excel shows them (shared and inline strings, numbers, booleans, error values, the cached
 * result of each formula), merged ranges, hidden sheets and rows, the 1904 date system, and
 * which cells are formatted as dates or percentages. Pure: bytes in, cells or a reason out.
 *
 * Defensive because the file comes from outside:
 * - the file size is capped before anything is unzipped, and so is the total size the zip
 *   declares for the parts that are read; each part is inflated (src/xlsx/zip.ts) into a buffer
 *   of its declared size, inflation stops once the output passes it, and a part whose size or
 *   CRC-32 differs from what the zip declares is refused;
 * - only the parts the workbook needs are inflated, looked up in Maps (an entry named
 *   `__proto__` is never a key of a plain object here);
 * - the XML is scanned once, left to right, by an indexOf-based tokenizer (src/xlsx/scan.ts)
 *   for the few elements used: no regular expression runs over a part, so an unclosed element
 *   costs one pass, not one pass per tag; no DTD, no entity expansion beyond the five
 *   predefined entities and character references;
 * - rows, cells (merged ranges by the cells they cover), shared strings, the characters of a
 *   cell and of all cells are counted as they are read and capped (ReadLimits): the read stops
 *   at the first one past its cap, saying where;
 * - an OLE compound file (D0 CF 11 E0: an encrypted workbook or an old .xls), a PDF, a web page
 *   saved as .xls and other look-alikes are named rather than misread.
 */
import { firstInvalidUtf8 } from '../text/encoding.ts';
import { attributes, elements, type Tag, tags } from './scan.ts';
import { decodeCellText, decodeXml, parseCellRef } from './xml.ts';
import { readZipPart, type ZipEntry, ZipError, type ZipPartFault, zipEntries } from './zip.ts';

export interface ReadLimits {
  /** The file itself, checked before unzipping. */
  maxFileBytes: number;
  /** The sum of the uncompressed sizes the zip declares for the parts that are read (all of them). */
  maxUnpackedBytes: number;
  /** Rows holding at least one value, per sheet (a CSV is one sheet). */
  maxRows: number;
  /** Cells holding a value, over the whole workbook; also caps the shared strings. */
  maxCells: number;
  /** Characters of one cell: Excel's own limit. */
  maxCellChars: number;
  /**
   * Characters of all text cells together: one long shared string referenced by a million
   * cells would otherwise be a million long texts to look at.
   */
  maxTextChars: number;
}

/**
 * A county has at most a few thousand schools and teaching points (with 教学点, the largest
 * have about 2,000); every list of the county-year file is shorter. 10,000 rows a sheet leave
 * room for title, header and subtotal rows and for the largest county; 1,000,000 cells are
 * 10,000 rows of 100 columns (a merged range counts for the cells it covers, up to 10,000
 * rows and 1,000 columns). A cell holds at most 32,767 characters in Excel itself, so a longer
 * one did not come from Excel (in a CSV, it is a quote left open); 20,000,000 characters in
 * all are many times a county's whole year (its year file is well under 1 MB).
 */
export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxRows: 10_000,
  maxCells: 1_000_000,
  maxCellChars: 32_767,
  maxTextChars: 20_000_000,
};

export type CellContent =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string };

export interface SheetCell {
  /** Undefined for a formula whose result the file does not hold. */
  content: CellContent | undefined;
  /** The formula without `=`, for formula cells ('' when it is shared from another cell). */
  formula?: string;
  /** When the cell's number format shows a date (or time) or a percentage. */
  format?: 'date' | 'percent';
}

/** Zero-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReadSheet {
  name: string;
  hidden: boolean;
  /** Zero-based row → column → cell; empty cells are absent. */
  rows: Map<number, Map<number, SheetCell>>;
  hiddenRows: Set<number>;
  merges: CellRange[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900-01-00. */
  date1904: boolean;
}

/** What a file that is not a readable workbook turned out to be. */
/** What a file that is not a readable workbook turned out to be. */
export type WorkbookFailure =
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'unpacked-too-large'; size: number; limit: number }
  /** An OLE compound file holding an EncryptedPackage: a workbook with an open password. */
  | { reason: 'encrypted' }
  /** An OLE compound file holding a Workbook or Book stream: Excel 97-2003 (.xls). */
  | { reason: 'legacy-xls' }
  /** Another OLE compound file: encrypted, an old .xls, or something else of Office's. */
  | { reason: 'ole' }
  | {
      reason: 'not-workbook';
      looksLike: 'zip' | 'pdf' | 'html' | 'xml-spreadsheet' | 'text' | 'empty' | 'other';
    }
  | { reason: 'damaged' }
  /** A part whose CRC-32 or size is not what the zip declares (or that cannot be taken out). */
  | { reason: 'corrupt-part'; part: string; fault: ZipPartFault; declared?: number; actual?: number }
  /** A part in GBK that declares UTF-8 (or nothing); `text` a short excerpt where it starts. */
  | { reason: 'part-encoding'; part: string; text: string }
  | LimitFailure;

/** A count past its cap (ReadLimits), where it was passed. Zero-based row and column. */
export type LimitFailure =
  | { reason: 'too-many-rows'; sheet: string; row: number; limit: number }
  | { reason: 'too-many-cells'; sheet: string; row: number; limit: number }
  | { reason: 'too-many-strings'; limit: number }
  | { reason: 'too-much-text'; sheet: string; row: number; limit: number }
  | {
      reason: 'cell-too-long';
      sheet: string;
      row: number;
      column: number;
      length: number;
      limit: number;
      text: string;
    };

export type WorkbookReadResult = { workbook: ReadWorkbook } | { failure: WorkbookFailure };

/** Thrown inside the reader when a count passes its cap; readWorkbook returns it as a failure. */
class LimitReached extends Error {
  readonly failure: LimitFailure;
  constructor(failure: LimitFailure) {
    super(failure.reason);
    this.failure = failure;
  }
}

const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Whether the bytes contain `name` as UTF-16LE, as OLE directory entries are named. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

/** What an OLE compound file holds, from the names of its streams. */
function oleFailure(bytes: Uint8Array): WorkbookFailure {
  if (hasUtf16Name(bytes, 'EncryptedPackage')) return { reason: 'encrypted' };
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return { reason: 'legacy-xls' };
  return { reason: 'ole' };
}

/** What a file that is neither a zip nor an OLE file looks like, for the message. */
function lookalike(bytes: Uint8Array): WorkbookFailure {
  if (bytes.length === 0) return { reason: 'not-workbook', looksLike: 'empty' };
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const start = head.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith('%pdf')) return { reason: 'not-workbook', looksLike: 'pdf' };
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return { reason: 'not-workbook', looksLike: 'xml-spreadsheet' };
  }
  if (/^<(!doctype html|html|table|head|body|meta)\b/.test(start) || start.includes('<table')) {
    return { reason: 'not-workbook', looksLike: 'html' };
  }
  // Mostly printable: some text export; otherwise an unknown binary.
  const sample = bytes.subarray(0, 512);
  const control = sample.filter((byte) => byte < 9 || (byte > 13 && byte < 32)).length;
  return { reason: 'not-workbook', looksLike: control === 0 ? 'text' : 'other' };
}

export interface ReadOptions {
  /**
   * Leave the cells of hidden sheets unread (their rows empty): the import does not take them,
   * so a large hidden sheet costs neither memory nor the caps.
   */
  skipHiddenSheets?: boolean;
}

export function readWorkbook(
  bytes: Uint8Array,
  limitsGiven: Partial<ReadLimits> = {},
  options: ReadOptions = {},
): WorkbookReadResult {
  const limits: ReadLimits = { ...defaultReadLimits, ...limitsGiven };
  if (bytes.length > limits.maxFileBytes) {
    return { failure: { reason: 'too-large', size: bytes.length, limit: limits.maxFileBytes } };
  }
  if (startsWith(bytes, cfbMagic)) return { failure: oleFailure(bytes) };
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { failure: lookalike(bytes) };
  }
  try {
    return readPackage(bytes, limits, options);
  } catch (error) {
    if (error instanceof LimitReached) return { failure: error.failure };
    if (error instanceof PartEncodingError) {
      return { failure: { reason: 'part-encoding', part: error.part, text: error.text } };
    }
    if (error instanceof UnpackedTooLarge) {
      return { failure: { reason: 'unpacked-too-large', size: error.size, limit: error.limit } };
    }
    if (error instanceof ZipError && error.part !== undefined && error.fault !== 'directory') {
      const failure: WorkbookFailure = { reason: 'corrupt-part', part: error.part, fault: error.fault };
      if (error.declared !== undefined) failure.declared = error.declared;
      if (error.actual !== undefined) failure.actual = error.actual;
      return { failure };
    }
    // A zip whose directory cannot be read, or a deflate stream that is corrupt.
    return { failure: { reason: 'damaged' } };
  }
}

/** The zip's entries by lower-cased name (some tools change the case of part names). */
function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  for (const entry of zipEntries(bytes)) {
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
  }
  return entries;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The parts inflated so far, against maxUnpackedBytes: checked before each part is allocated. */
interface Unpacked {
  bytes: Uint8Array;
  used: number;
  limit: number;
}

class UnpackedTooLarge extends Error {
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super('unpacked-too-large');
    this.size = size;
    this.limit = limit;
  }
}

function inflate(unpacked: Unpacked, wanted: readonly ZipEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  const fresh = [...new Set(wanted)];
  const size = unpacked.used + fresh.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (size > unpacked.limit) throw new UnpackedTooLarge(size, unpacked.limit);
  unpacked.used = size;
  for (const entry of fresh) out.set(entry.name, decodePart(entry.name, readZipPart(unpacked.bytes, entry)));
  return out;
}

/** A part in GBK where its XML says UTF-8 (or says nothing): named, never read as mojibake. */
class PartEncodingError extends Error {
  readonly part: string;
  readonly text: string;
  constructor(part: string, text: string) {
    super('part-encoding');
    this.part = part;
    this.text = text;
  }
}

const gbkNames = /^(gb2312|gbk|gb18030|cp936)$/i;

/**
 * A part's text in the encoding it declares: a byte-order mark, else the XML declaration's
 * encoding (UTF-8 when none; GB2312, GBK and GB18030 are read as GB18030). A part declared UTF-8
 * that is not is a PartEncodingError, with a short excerpt from where it goes wrong.
 */
function decodePart(name: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = latin1.decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*?encoding=["']([A-Za-z0-9_-]{1,20})["']/.exec(head)?.[1];
  if (declared !== undefined && gbkNames.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  const bad = firstInvalidUtf8(bytes, 0, bytes.length);
  if (bad >= 0) {
    const from = Math.max(bytes.lastIndexOf(0x3e, bad) + 1, bad - 40);
    const excerpt = new TextDecoder('gb18030').decode(bytes.subarray(from, bad + 40)).split('<')[0] ?? '';
    throw new PartEncodingError(name, [...excerpt].slice(0, 20).join(''));
  }
  return utf8.decode(bytes);
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to the part that names it. */
function resolveTarget(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.replace(/^\//, '').split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.' && part !== '') base.push(part);
  }
  return base.join('/');
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(xml: string | undefined, from: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const rel of elements(xml ?? '', 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id === undefined || target === undefined || rel.get('TargetMode') === 'External') continue;
    out.set(id, { type: rel.get('Type') ?? '', target: resolveTarget(from, target) });
  }
  return out;
}

function readPackage(bytes: Uint8Array, limits: ReadLimits, options: ReadOptions): WorkbookReadResult {
  const entries = listEntries(bytes);
  const entry = (name: string) => entries.get(name.toLowerCase());
  const rootRels = entry('_rels/.rels');
  // Every part inflated counts against maxUnpackedBytes, checked before it is allocated.
  const unpacked: Unpacked = { bytes, used: 0, limit: limits.maxUnpackedBytes };
  const rootTargets = rootRels
    ? relationships(inflate(unpacked, [rootRels]).get(rootRels.name), '')
    : new Map();
  const officeDocument = [...rootTargets.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookEntry = entry(officeDocument?.target ?? 'xl/workbook.xml') ?? entry('xl/workbook.xml');
  if (!workbookEntry) return { failure: { reason: 'not-workbook', looksLike: 'zip' } };
  const workbookRelsEntry = entry(relsPath(workbookEntry.name));
  const head = inflate(unpacked, workbookRelsEntry ? [workbookEntry, workbookRelsEntry] : [workbookEntry]);
  const workbookXml = head.get(workbookEntry.name) ?? '';
  const rels = relationships(workbookRelsEntry ? head.get(workbookRelsEntry.name) : '', workbookEntry.name);

  const sheetRefs = elements(workbookXml, 'sheet').flatMap((sheet) => {
    const rel = rels.get(sheet.get('id') ?? '');
    if (!rel?.type.endsWith('/worksheet')) return [];
    const part = entry(rel.target);
    if (!part) return [];
    const state = sheet.get('state') ?? 'visible';
    return [{ name: sheet.get('name') ?? '', hidden: state !== 'visible', part }];
  });
  const partOfType = (suffix: string) =>
    [...rels.values()]
      .filter((rel) => rel.type.endsWith(suffix))
      .map((rel) => entry(rel.target))
      .find((part) => part !== undefined);
  const stringsEntry = partOfType('/sharedStrings');
  const stylesEntry = partOfType('/styles');
  const read = (ref: { hidden: boolean }) => !(options.skipHiddenSheets && ref.hidden);
  const wanted = [...sheetRefs.filter(read).map((ref) => ref.part), stringsEntry, stylesEntry].filter(
    (part): part is ZipEntry => part !== undefined && part !== workbookEntry,
  );
  const parts = inflate(unpacked, wanted);
  const strings = sharedStrings(stringsEntry ? parts.get(stringsEntry.name) : undefined, limits);
  const formats = cellFormats(stylesEntry ? parts.get(stylesEntry.name) : undefined);
  const date1904 = elements(workbookXml, 'workbookPr').some((pr) =>
    ['1', 'true'].includes(pr.get('date1904') ?? ''),
  );
  const budget: CellBudget = { cells: 0, chars: 0, limits };
  const sheets = sheetRefs.map((ref) => ({
    name: ref.name,
    hidden: ref.hidden,
    ...worksheet(ref.name, read(ref) ? (parts.get(ref.part.name) ?? '') : '', strings, formats, budget),
  }));
  return { workbook: { sheets, date1904 } };
}

/**
 * The text of `<t>` elements outside phonetic guides (`<rPh>`), from the tag after an item's
 * start to its end tag (`si` or `is`): rich text runs joined. The iterator is left after the
 * end tag; an item left open ends at the end of the part.
 */
function itemText(xml: string, iterator: Iterator<Tag>, endName: string): string {
  let out = '';
  let phonetic = 0;
  let textStart = -1;
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const tag = step.value;
    if (tag.kind === 'end' && tag.name === endName) break;
    if (tag.name === 'rPh') {
      if (tag.kind === 'start') phonetic += 1;
      else if (tag.kind === 'end') phonetic = Math.max(0, phonetic - 1);
      continue;
    }
    if (tag.name !== 't' || phonetic > 0) continue;
    if (tag.kind === 'start') textStart = tag.end;
    else if (tag.kind === 'end' && textStart >= 0) {
      out += decodeCellText(xml.slice(textStart, tag.start));
      textStart = -1;
    }
  }
  return out;
}

/** The shared string table; rich text runs joined, phonetic guides (rPh) left out. */
function sharedStrings(xml: string | undefined, limits: ReadLimits): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const iterator = tags(xml);
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const tag = step.value;
    if (tag.name !== 'si' || tag.kind === 'end') continue;
    if (out.length >= limits.maxCells)
      throw new LimitReached({ reason: 'too-many-strings', limit: limits.maxCells });
    out.push(tag.kind === 'empty' ? '' : itemText(xml, iterator, 'si'));
  }
  return out;
}

type FormatKind = 'date' | 'percent' | undefined;

/** Built-in number formats that show dates or times (including the Chinese-locale ones). */
const builtinDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * Whether a format code shows a date or time, or a percentage: y m d h s or % outside quotes,
 * escapes (`\x`) and brackets other than elapsed time ([h] [mm] [ss]). One pass over the code.
 */
export function formatCodeKind(code: string): FormatKind {
  let dated = false;
  let index = 0;
  while (index < code.length) {
    const char = code[index] as string;
    if (char === '"') {
      const close = code.indexOf('"', index + 1);
      index = close < 0 ? index + 1 : close + 1;
      continue;
    }
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '[') {
      const close = code.indexOf(']', index + 1);
      if (close < 0) {
        index += 1;
        continue;
      }
      const inside = code.slice(index + 1, close);
      if (inside !== '' && /^[hms]+$/i.test(inside)) dated = true;
      index = close + 1;
      continue;
    }
    if (char === '%') return 'percent';
    if ('ymdhsYMDHS'.includes(char)) dated = true;
    index += 1;
  }
  return dated ? 'date' : undefined;
}

/** The kind of each cell format (`s` attribute → date, percent or neither). */
function cellFormats(xml: string | undefined): FormatKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const out: FormatKind[] = [];
  let inCellXfs = false;
  let cellXfsDone = false;
  for (const tag of tags(xml)) {
    if (tag.name === 'numFmt' && tag.kind !== 'end') {
      const format = attributes(tag.attributeText);
      custom.set(Number(format.get('numFmtId')), format.get('formatCode') ?? '');
    } else if (tag.name === 'cellXfs' && !cellXfsDone) {
      if (tag.kind === 'start') inCellXfs = true;
      else {
        inCellXfs = false;
        cellXfsDone = true;
      }
    } else if (tag.name === 'xf' && inCellXfs && tag.kind !== 'end') {
      const id = Number(attributes(tag.attributeText).get('numFmtId') ?? 0);
      const code = custom.get(id);
      if (code !== undefined) out.push(formatCodeKind(code));
      else if (id === 9 || id === 10) out.push('percent');
      else out.push(builtinDateFormats.has(id) ? 'date' : undefined);
    }
  }
  return out;
}

function truthy(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Cells read so far over the workbook, against the caps. */
interface CellBudget {
  cells: number;
  chars: number;
  limits: ReadLimits;
}

function charge(budget: CellBudget, cells: number, sheet: string, row: number): void {
  budget.cells += cells;
  if (budget.cells > budget.limits.maxCells) {
    throw new LimitReached({ reason: 'too-many-cells', sheet, row, limit: budget.limits.maxCells });
  }
}

/** The pieces of one `<c>`, raw (not yet decoded). */
interface CellParts {
  formula?: string;
  value?: string;
  inline?: string;
}

/** The element text of `<f>` or `<v>` up to its end tag ('' for an empty element). */
function elementText(xml: string, open: Tag, iterator: Iterator<Tag>): string {
  if (open.kind === 'empty') return '';
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    if (step.value.kind === 'end' && step.value.name === open.name)
      return xml.slice(open.end, step.value.start);
  }
  return xml.slice(open.end);
}

/** The inside of a `<c>` start tag up to `</c>`: formula, value, inline string. */
function cellParts(xml: string, iterator: Iterator<Tag>): CellParts {
  const parts: CellParts = {};
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const tag = step.value;
    if (tag.kind === 'end') {
      if (tag.name === 'c') break;
      continue;
    }
    if (tag.name === 'f' && parts.formula === undefined) parts.formula = elementText(xml, tag, iterator);
    else if (tag.name === 'v' && parts.value === undefined) parts.value = elementText(xml, tag, iterator);
    else if (tag.name === 'is' && parts.inline === undefined) {
      parts.inline = tag.kind === 'empty' ? '' : itemText(xml, iterator, 'is');
    }
  }
  return parts;
}

function worksheet(
  sheet: string,
  xml: string,
  strings: readonly string[],
  formats: readonly FormatKind[],
  budget: CellBudget,
): Pick<ReadSheet, 'rows' | 'hiddenRows' | 'merges'> {
  const { limits } = budget;
  const rows = new Map<number, Map<number, SheetCell>>();
  const hiddenRows = new Set<number>();
  const merges: CellRange[] = [];
  let row = -1;
  let column = -1;
  let hiddenRow = -1;
  const iterator = tags(xml);
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const tag = step.value;
    if (tag.kind === 'end') continue;
    if (tag.name === 'row') {
      const attrs = attributes(tag.attributeText);
      // Rows and cells may omit their reference; they then follow the previous one.
      const r = Number(attrs.get('r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      column = -1;
      // Kept only once the row turns out to hold a cell: a million hidden empty rows cost nothing.
      hiddenRow = truthy(attrs.get('hidden')) ? row : -1;
      continue;
    }
    if (tag.name === 'mergeCell') {
      const attrs = attributes(tag.attributeText);
      const [from = '', to = from] = (attrs.get('ref') ?? '').split(':');
      const start = parseCellRef(from);
      const end = parseCellRef(to);
      if (start && end) {
        const range = {
          top: Math.min(start.row, end.row),
          left: Math.min(start.column, end.column),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.column, end.column),
        };
        // What src/sheet/grid.ts will spread the range over: rows (capped) by columns (capped).
        const height = Math.min(range.bottom - range.top + 1, limits.maxRows);
        const width = Math.min(range.right - range.left + 1, 1000);
        charge(budget, height * width, sheet, range.top);
        merges.push(range);
      }
      continue;
    }
    if (tag.name !== 'c') continue;
    const attrs = attributes(tag.attributeText);
    const parts = tag.kind === 'empty' ? {} : cellParts(xml, iterator);
    const ref = parseCellRef(attrs.get('r') ?? '');
    if (ref) {
      row = ref.row;
      column = ref.column;
    } else {
      row = Math.max(row, 0);
      column += 1;
    }
    const cell = readCell(parts, attrs, strings, formats);
    if (cell === undefined) continue;
    const text = cell.content?.kind === 'text' ? cell.content.text : (cell.formula ?? '');
    if (text.length > limits.maxCellChars) {
      throw new LimitReached({
        reason: 'cell-too-long',
        sheet,
        row,
        column,
        length: text.length,
        limit: limits.maxCellChars,
        text: text.slice(0, 200),
      });
    }
    let cells = rows.get(row);
    if (!cells) {
      if (rows.size >= limits.maxRows) {
        throw new LimitReached({ reason: 'too-many-rows', sheet, row, limit: limits.maxRows });
      }
      cells = new Map();
      rows.set(row, cells);
      if (row === hiddenRow) hiddenRows.add(row);
    }
    if (!cells.has(column)) charge(budget, 1, sheet, row);
    budget.chars += text.length;
    if (budget.chars > limits.maxTextChars) {
      throw new LimitReached({ reason: 'too-much-text', sheet, row, limit: limits.maxTextChars });
    }
    cells.set(column, cell);
  }
  return { rows, hiddenRows, merges };
}

/** One `<c>`; undefined when it holds nothing (a styled empty cell). */
function readCell(
  parts: CellParts,
  attrs: Map<string, string>,
  strings: readonly string[],
  formats: readonly FormatKind[],
): SheetCell | undefined {
  const type = attrs.get('t') ?? 'n';
  const raw = parts.value === undefined ? undefined : decodeXml(parts.value);
  let content: CellContent | undefined;
  if (type === 'inlineStr') {
    content = parts.inline === undefined ? undefined : { kind: 'text', text: parts.inline };
  } else if (raw !== undefined) {
    if (type === 's') content = { kind: 'text', text: strings[Number(raw)] ?? '' };
    else if (type === 'str' || type === 'd') content = { kind: 'text', text: decodeCellText(raw) };
    else if (type === 'b') content = { kind: 'boolean', value: truthy(raw.trim()) };
    else if (type === 'e') content = { kind: 'error', text: raw.trim() };
    else {
      const number = Number(raw.trim());
      content =
        raw.trim() !== '' && Number.isFinite(number)
          ? { kind: 'number', number }
          : { kind: 'text', text: raw };
    }
  }
  if (parts.formula === undefined && content === undefined) return undefined;
  const cell: SheetCell = { content };
  if (parts.formula !== undefined) cell.formula = decodeXml(parts.formula).trim();
  const format = type === 'd' ? 'date' : formats[Number(attrs.get('s') ?? 0)];
  if (format && (content?.kind === 'number' || type === 'd')) cell.format = format;
  return cell;
}
