/**
 * Reading back what src/downloads/xlsx.ts writes, for tests: unzip with fflate, a small XML
 * well-formedness check (Node has no DOMParser, and the parts are simple enough that a
 * tokenizer checking tags, attributes, entities and characters is a real check), and the
 * cell grid of each sheet with shared strings resolved and escapes decoded, numbers with the
 * decimals their cell's number format (styles.xml) shows.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Cell } from '../../src/downloads/table.ts';
import { printedDecimals } from '../../src/text/decimal.ts';

export function unzipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const nameChars = '[A-Za-z_][\\w:.-]*';
const startTag = new RegExp(`^<(${nameChars})((?:\\s+${nameChars}="[^"<]*")*)\\s*(/?)>$`);
const endTag = new RegExp(`^</(${nameChars})\\s*>$`);
const attribute = new RegExp(`(${nameChars})="([^"<]*)"`, 'g');
const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

function badCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!ok) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

/** Why a document is not well-formed XML 1.0; empty when it is. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n?/.exec(xml);
  const body = declaration === null ? xml : xml.slice(declaration[0].length);
  const stack: string[] = [];
  let roots = 0;
  for (const [token] of body.matchAll(/<[^<>]*>|[^<]+|</g)) {
    const bad = badCharacter(token);
    if (bad !== undefined) problems.push(`character ${bad} is not allowed`);
    if (token === '<') {
      problems.push('unclosed <');
    } else if (token.startsWith('</')) {
      const name = endTag.exec(token)?.[1];
      const open = stack.pop();
      if (name === undefined || name !== open) problems.push(`${token} closes ${open ?? 'nothing'}`);
    } else if (token.startsWith('<')) {
      const match = startTag.exec(token);
      if (match === null) {
        problems.push(`malformed tag ${token}`);
        continue;
      }
      const names = new Set<string>();
      for (const [, name = '', value = ''] of (match[2] ?? '').matchAll(attribute)) {
        if (names.has(name)) problems.push(`duplicate attribute ${name} in ${token}`);
        names.add(name);
        if (badAmpersand.test(value)) problems.push(`bare & in attribute ${name}`);
      }
      if (stack.length === 0) roots += 1;
      if (match[3] !== '/') stack.push(match[1] ?? '');
    } else {
      if (stack.length === 0 && token.trim() !== '') problems.push('text outside the root element');
      if (badAmpersand.test(token)) problems.push(`bare & in text ${token.slice(0, 40)}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** XML entities, then OOXML `_xHHHH_` escapes. */
export function decodeText(text: string): string {
  const xml = text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
  return xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/g)].map(([, text = '']) =>
    decodeText(text),
  );
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export interface SheetCell {
  row: number;
  column: number;
  style: number;
  value: Cell;
}

/** The number formats Excel knows by id that the writer uses. */
const builtinFormats: Readonly<Record<number, string>> = { 0: 'General', 1: '0', 2: '0.00', 49: '@' };

/** The number format code of each cell format (cellXfs, by index) of a styles.xml part. */
export function cellFormats(stylesXml: string): string[] {
  const custom = new Map(
    [...stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map(([, id, code]) => [
      Number(id),
      decodeText(code ?? ''),
    ]),
  );
  const xfs = /<cellXfs count="\d+">(.*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf numFmtId="(\d+)"/g)].map(([, id]) => {
    const numFmtId = Number(id);
    return custom.get(numFmtId) ?? builtinFormats[numFmtId] ?? `#${numFmtId}`;
  });
}

/** Decimals a number format shows: 0 → 0, 0.000 → 3; undefined for General and others. */
export function formatDecimals(code: string): number | undefined {
  const match = /^0(?:\.(0+))?$/.exec(code);
  return match === null ? undefined : (match[1]?.length ?? 0);
}

/**
 * Every written cell of a worksheet part, strings resolved, numbers parsed with the decimals
 * their format shows (as entered when the format is General).
 */
export function sheetCells(
  xml: string,
  strings: readonly string[],
  formats: readonly string[] = [],
): SheetCell[] {
  const cells: SheetCell[] = [];
  const pattern = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?><v>([^<]*)<\/v><\/c>/g;
  for (const [, letters = '', row = '', style = '0', type, value = ''] of xml.matchAll(pattern)) {
    const number = Number(value);
    const decimals = formatDecimals(formats[Number(style)] ?? 'General') ?? printedDecimals(number);
    const cell: Cell = type === 's' ? (strings[Number(value)] ?? null) : { value: number, decimals };
    cells.push({ row: Number(row) - 1, column: columnIndex(letters), style: Number(style), value: cell });
  }
  return cells;
}

/** A worksheet as a grid of `width` columns; unwritten cells are null. */
export function sheetGrid(
  xml: string,
  strings: readonly string[],
  width: number,
  formats: readonly string[] = [],
): Cell[][] {
  const grid: Cell[][] = [];
  for (const cell of sheetCells(xml, strings, formats)) {
    while (grid.length <= cell.row) grid.push(Array.from({ length: width }, () => null));
    const row = grid[cell.row];
    if (row !== undefined) row[cell.column] = cell.value;
  }
  return grid;
}

export interface WorkbookSheet {
  name: string;
  part: string;
}

/** Sheet names and their parts, in workbook order. */
export function workbookSheets(parts: ReadonlyMap<string, string>): WorkbookSheet[] {
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship Id="(\w+)" Type="[^"]*" Target="([^"]*)"\/>/g)].map(([, id, target]) => [
      id,
      `xl/${target}`,
    ]),
  );
  return [...workbook.matchAll(/<sheet name="([^"]*)" sheetId="\d+" r:id="(\w+)"\/>/g)].map(
    ([, name, id]) => ({
      name: decodeText(name ?? ''),
      part: targets.get(id ?? '') ?? '',
    }),
  );
}
