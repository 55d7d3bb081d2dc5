/**
 * Hostile workbooks, built from code: malformed XML parts that made the old regular-expression
 * reader search to the end of a part once per tag (each took well over a minute there), a
 * sheet of 1,048,576 rows, and zips whose declared sizes or CRC-32 are forged.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildWorkbook } from '../sheet/build-workbook.ts';

/** A small valid workbook whose parts are replaced (by name) with the given texts. */
export function withParts(parts: Record<string, string>): Uint8Array {
  const base = unzipSync(buildWorkbook({ sheets: [{ name: '学校', rows: [['学校名称', '学校类型']] }] }));
  for (const [name, text] of Object.entries(parts)) base[name] = strToU8(text);
  return zipSync(base, { level: 1, mtime: new Date(1980, 0, 1) });
}

const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** How many times the malformed tag is repeated: enough for minutes of the old reader. */
export const repeats = 300_000;

/** A shared string table whose `<si>` items are never closed. */
export function unclosedSharedStrings(): Uint8Array {
  return withParts({
    'xl/sharedStrings.xml': `${head}<sst ${main}><si><t>学校名称</t></si><si><t>学校类型</t></si>${'<si>'.repeat(repeats)}</sst>`,
  });
}

/** A sheet where `<c ` never meets its `>`: no `>` follows to the end of the part. */
export function cellWithoutEnd(): Uint8Array {
  return withParts({
    'xl/worksheets/sheet1.xml': `${head}<worksheet ${main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>${'<c r="B1" '.repeat(repeats)}`,
  });
}

/** A cell whose `<f>` is never closed, many times over. */
export function formulaWithoutEnd(): Uint8Array {
  return withParts({
    'xl/worksheets/sheet1.xml': `${head}<worksheet ${main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1">${'<f>'.repeat(repeats)}</c></row></sheetData></worksheet>`,
  });
}

/**
 * A sheet with a value in every one of Excel's 1,048,576 rows (rows and cells without
 * references, as some generators write them: each follows the one before).
 */
export function millionRows(): Uint8Array {
  const rows = '<row><c><v>1</v></c></row>'.repeat(1_048_576);
  return withParts({
    'xl/worksheets/sheet1.xml': `${head}<worksheet ${main}><sheetData>${rows}</sheetData></worksheet>`,
  });
}

/** The offset of a central directory record by the name of its entry. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const wanted = strToU8(name);
  for (let at = bytes.length - 46; at >= 0; at -= 1) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x01 || bytes[at + 3] !== 0x02)
      continue;
    const length = (bytes[at + 28] as number) | ((bytes[at + 29] as number) << 8);
    if (length !== wanted.length) continue;
    if (wanted.every((byte, index) => bytes[at + 46 + index] === byte)) return at;
  }
  throw new Error(`no central record for ${name}`);
}

function readU32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value >>> 0, true);
}

/** A copy of the zip with the declared uncompressed size of one part changed (central directory and local header). */
export function forgedSize(bytes: Uint8Array, name: string, change: (size: number) => number): Uint8Array {
  const out = bytes.slice();
  const record = centralRecord(out, name);
  const size = readU32(out, record + 24);
  writeU32(out, record + 24, change(size));
  const local = readU32(out, record + 42);
  writeU32(out, local + 22, change(size));
  return out;
}

/** A copy of the zip with the declared CRC-32 of one part changed. */
export function forgedCrc(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const record = centralRecord(out, name);
  writeU32(out, record + 16, readU32(out, record + 16) ^ 0x1);
  return out;
}

/** A workbook whose sheet is stored uncompressed, so one of its bytes can be flipped in place. */
export function storedWorkbook(): { bytes: Uint8Array; sheetText: string } {
  const base = unzipSync(
    buildWorkbook({
      sheets: [
        {
          name: '学校',
          rows: [
            ['学校名称', '学校类型'],
            ['城关小学', '小学'],
          ],
        },
      ],
    }),
  );
  const sheet = base['xl/worksheets/sheet1.xml'] as Uint8Array;
  const parts: Record<string, [Uint8Array, { level: 0 }] | Uint8Array> = { ...base };
  parts['xl/worksheets/sheet1.xml'] = [sheet, { level: 0 }];
  return {
    bytes: zipSync(parts, { level: 6, mtime: new Date(1980, 0, 1) }),
    sheetText: new TextDecoder().decode(sheet),
  };
}
