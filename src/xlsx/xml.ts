/**
 * The text rules of Office Open XML parts, both ways: what the writer escapes and what the
 * reader decodes. Text is plain text: XML-escaped (& < > " and CR as a character reference),
 * characters XML 1.0 cannot hold written as OOXML `_xHHHH_` escapes, and a literal `_xHHHH_`
 * protected as `_x005F_xHHHH_` so a spreadsheet does not decode it.
 */

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

const namedEntities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The code point of a character reference, or undefined when it names no character. */
function referencedCode(entity: string): number | undefined {
  const code = entity.startsWith('#x')
    ? Number.parseInt(entity.slice(2), 16)
    : entity.startsWith('#')
      ? Number(entity.slice(1))
      : Number.NaN;
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? code : undefined;
}

/** XML entities and character references of an attribute value or element text. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, entity: string) => {
    const named = namedEntities.get(entity);
    if (named !== undefined) return named;
    const code = referencedCode(entity);
    return code === undefined ? whole : String.fromCodePoint(code);
  });
}

/** Cell text as a spreadsheet shows it: XML decoded, then OOXML `_xHHHH_` escapes. */
export function decodeCellText(text: string): string {
  return decodeXml(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** A, B, …, Z, AA, AB, … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** `D17` for zero-based row 16, column 3. */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** Zero-based row and column of an A1 reference (`$` allowed), or undefined. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return undefined;
  return { row: row - 1, column: column - 1 };
}
