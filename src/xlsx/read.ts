/**
 * A small, defensive reader of Office Open XML workbooks (.xlsx): every worksheet's cells as
 * Excel shows them (shared and inline strings, numbers, booleans, error values, the cached
 * result of each formula), merged ranges, hidden sheets and rows, the 1904 date system, and
 * which cells are formatted as dates or percentages. Pure: bytes in, cells or a reason out.
 *
 * Defensive because the file comes from outside:
 * - the file size is capped before anything is unzipped, and so is the total size the zip
 *   declares for the parts that are read; fflate inflates each part into a buffer of its
 *   declared size and never grows it, so a zip bomb cannot take more memory than declared;
 * - only the parts the workbook needs are inflated, looked up in Maps (an entry named
 *   `__proto__` is never a key of a plain object here);
 * - the XML is scanned with regular expressions for the few elements used: no DTD, no entity
 *   expansion beyond the five predefined entities and character references;
 * - an OLE compound file (D0 CF 11 E0: an encrypted workbook or an old .xls), a PDF, a web page
 *   saved as .xls and other look-alikes are named rather than misread.
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeCellText, decodeXml, parseCellRef } from './xml.ts';

export interface ReadLimits {
  /** The file itself, checked before unzipping. */
  maxFileBytes: number;
  /** The sum of the uncompressed sizes the zip declares for the parts that are read. */
  maxUnpackedBytes: number;
}

export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
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
  | { reason: 'damaged' };

export type WorkbookReadResult = { workbook: ReadWorkbook } | { failure: WorkbookFailure };

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

export function readWorkbook(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): WorkbookReadResult {
  if (bytes.length > limits.maxFileBytes) {
    return { failure: { reason: 'too-large', size: bytes.length, limit: limits.maxFileBytes } };
  }
  if (startsWith(bytes, cfbMagic)) return { failure: oleFailure(bytes) };
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { failure: lookalike(bytes) };
  }
  try {
    return readPackage(bytes, limits);
  } catch {
    // fflate throws on a truncated or corrupt archive; the XML scan itself does not throw.
    return { failure: { reason: 'damaged' } };
  }
}

interface Entry {
  name: string;
  originalSize: number;
}

/** The zip's entries by lower-cased name (some tools change the case of part names). */
function listEntries(bytes: Uint8Array): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  unzipSync(bytes, {
    filter: (file) => {
      entries.set(file.name.toLowerCase(), { name: file.name, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

function inflate(bytes: Uint8Array, wanted: readonly Entry[]): Map<string, string> {
  const names = new Set(wanted.map((entry) => entry.name));
  const files = unzipSync(bytes, { filter: (file) => names.has(file.name) });
  const out = new Map<string, string>();
  for (const name of names) {
    const data = Object.hasOwn(files, name) ? files[name] : undefined;
    if (data) out.set(name, strFromU8(data));
  }
  return out;
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

const anyPrefix = '(?:[A-Za-z_][\\w.-]*:)?';

function elements(xml: string, name: string): Map<string, string>[] {
  const pattern = new RegExp(`<${anyPrefix}${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => attributes(match[1] ?? ''));
}

/** Attributes by local name (`r:id` → `id`); values decoded. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] ?? '').replace(/^.*:/, '');
    if (!out.has(name)) out.set(name, decodeXml(match[2] ?? match[3] ?? ''));
  }
  return out;
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

function readPackage(bytes: Uint8Array, limits: ReadLimits): WorkbookReadResult {
  const entries = listEntries(bytes);
  const entry = (name: string) => entries.get(name.toLowerCase());
  const rootRels = entry('_rels/.rels');
  const rootTargets = rootRels ? relationships(inflate(bytes, [rootRels]).get(rootRels.name), '') : new Map();
  const officeDocument = [...rootTargets.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookEntry = entry(officeDocument?.target ?? 'xl/workbook.xml') ?? entry('xl/workbook.xml');
  if (!workbookEntry) return { failure: { reason: 'not-workbook', looksLike: 'zip' } };
  const workbookRelsEntry = entry(relsPath(workbookEntry.name));
  const head = inflate(bytes, workbookRelsEntry ? [workbookEntry, workbookRelsEntry] : [workbookEntry]);
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
  const wanted = [...sheetRefs.map((ref) => ref.part), stringsEntry, stylesEntry].filter(
    (part): part is Entry => part !== undefined,
  );
  const declared = [workbookEntry, ...wanted].reduce((sum, part) => sum + part.originalSize, 0);
  if (declared > limits.maxUnpackedBytes) {
    return { failure: { reason: 'unpacked-too-large', size: declared, limit: limits.maxUnpackedBytes } };
  }
  const parts = inflate(bytes, wanted);
  const strings = sharedStrings(stringsEntry ? parts.get(stringsEntry.name) : undefined);
  const formats = cellFormats(stylesEntry ? parts.get(stylesEntry.name) : undefined);
  const date1904 = elements(workbookXml, 'workbookPr').some((pr) =>
    ['1', 'true'].includes(pr.get('date1904') ?? ''),
  );
  const sheets = sheetRefs.map((ref) => ({
    name: ref.name,
    hidden: ref.hidden,
    ...worksheet(parts.get(ref.part.name) ?? '', strings, formats),
  }));
  return { workbook: { sheets, date1904 } };
}

/** The shared string table; rich text runs joined, phonetic guides (rPh) left out. */
function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const items = new RegExp(`<${anyPrefix}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${anyPrefix}si>)`, 'g');
  return [...xml.matchAll(items)].map((match) => runText(match[1] ?? ''));
}

const phonetic = new RegExp(`<${anyPrefix}rPh\\b[\\s\\S]*?</${anyPrefix}rPh>`, 'g');
const textRun = new RegExp(`<${anyPrefix}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${anyPrefix}t>)`, 'g');

/** The text of a string item or inline string: every `<t>` outside phonetic guides. */
function runText(xml: string): string {
  let out = '';
  for (const match of xml.replace(phonetic, '').matchAll(textRun)) out += decodeCellText(match[1] ?? '');
  return out;
}

type FormatKind = 'date' | 'percent' | undefined;

/** Built-in number formats that show dates or times (including the Chinese-locale ones). */
const builtinDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a format code shows a date or time, or a percentage: y m d h s or % outside quotes. */
export function formatCodeKind(code: string): FormatKind {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (bare.includes('%')) return 'percent';
  return /[ymdhs]/i.test(bare) ? 'date' : undefined;
}

/** The kind of each cell format (`s` attribute → date, percent or neither). */
function cellFormats(xml: string | undefined): FormatKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const format of elements(xml, 'numFmt')) {
    custom.set(Number(format.get('numFmtId')), format.get('formatCode') ?? '');
  }
  const section = new RegExp(`<${anyPrefix}cellXfs\\b[\\s\\S]*?</${anyPrefix}cellXfs>`).exec(xml)?.[0] ?? '';
  return elements(section, 'xf').map((xf) => {
    const id = Number(xf.get('numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined) return formatCodeKind(code);
    if (id === 9 || id === 10) return 'percent';
    return builtinDateFormats.has(id) ? 'date' : undefined;
  });
}

const sheetToken = new RegExp(`<${anyPrefix}(row|c|mergeCell)\\b((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>`, 'g');
const cellEnd = new RegExp(`</${anyPrefix}c>`, 'g');
const formulaElement = new RegExp(`<${anyPrefix}f\\b[^>]*?(?:/>|>([\\s\\S]*?)</${anyPrefix}f>)`);
const valueElement = new RegExp(`<${anyPrefix}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${anyPrefix}v>)`);
const inlineElement = new RegExp(`<${anyPrefix}is\\b[^>]*?(?:/>|>([\\s\\S]*?)</${anyPrefix}is>)`);

function truthy(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function worksheet(
  xml: string,
  strings: readonly string[],
  formats: readonly FormatKind[],
): Pick<ReadSheet, 'rows' | 'hiddenRows' | 'merges'> {
  const rows = new Map<number, Map<number, SheetCell>>();
  const hiddenRows = new Set<number>();
  const merges: CellRange[] = [];
  let row = -1;
  let column = -1;
  sheetToken.lastIndex = 0;
  for (let match = sheetToken.exec(xml); match !== null; match = sheetToken.exec(xml)) {
    const [, name, attributeText = '', selfClosing] = match;
    const attrs = attributes(attributeText);
    if (name === 'row') {
      // Rows and cells may omit their reference; they then follow the previous one.
      const r = Number(attrs.get('r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      column = -1;
      if (truthy(attrs.get('hidden'))) hiddenRows.add(row);
      continue;
    }
    if (name === 'mergeCell') {
      const [from = '', to = from] = (attrs.get('ref') ?? '').split(':');
      const start = parseCellRef(from);
      const end = parseCellRef(to);
      if (start && end) {
        merges.push({
          top: Math.min(start.row, end.row),
          left: Math.min(start.column, end.column),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.column, end.column),
        });
      }
      continue;
    }
    let inner = '';
    if (selfClosing !== '/') {
      cellEnd.lastIndex = sheetToken.lastIndex;
      const end = cellEnd.exec(xml);
      const stop = end ? end.index : xml.length;
      inner = xml.slice(sheetToken.lastIndex, stop);
      sheetToken.lastIndex = end ? cellEnd.lastIndex : xml.length;
    }
    const ref = parseCellRef(attrs.get('r') ?? '');
    if (ref) {
      row = ref.row;
      column = ref.column;
    } else {
      row = Math.max(row, 0);
      column += 1;
    }
    const cell = readCell(inner, attrs, strings, formats);
    if (cell === undefined) continue;
    let cells = rows.get(row);
    if (!cells) {
      cells = new Map();
      rows.set(row, cells);
    }
    cells.set(column, cell);
  }
  return { rows, hiddenRows, merges };
}

/** One `<c>`; undefined when it holds nothing (a styled empty cell). */
function readCell(
  inner: string,
  attrs: Map<string, string>,
  strings: readonly string[],
  formats: readonly FormatKind[],
): SheetCell | undefined {
  const type = attrs.get('t') ?? 'n';
  const formulaMatch = formulaElement.exec(inner);
  const valueMatch = valueElement.exec(inner);
  const raw = valueMatch ? decodeXml(valueMatch[1] ?? '') : undefined;
  let content: CellContent | undefined;
  if (type === 'inlineStr') {
    const inline = inlineElement.exec(inner);
    content = inline ? { kind: 'text', text: runText(inline[1] ?? '') } : undefined;
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
  if (!formulaMatch && content === undefined) return undefined;
  const cell: SheetCell = { content };
  if (formulaMatch) cell.formula = decodeXml(formulaMatch[1] ?? '').trim();
  const format = type === 'd' ? 'date' : formats[Number(attrs.get('s') ?? 0)];
  if (format && (content?.kind === 'number' || type === 'd')) cell.format = format;
  return cell;
}
