/**
 * A test-side .xlsx builder that writes what other programs write and ours never does:
 * formulas with and without cached results, inline strings, error values, booleans, date and
 * percentage formats, the 1904 date system, merged cells, hidden sheets and rows, cells
 * without references, namespace prefixes. Fixtures are built from code so no binary is
 * committed; the parts are plain OOXML zipped with fflate.
 */
import { zipSync } from 'fflate';
import { columnName, xmlText } from '../../src/xlsx/xml.ts';

export type FixtureCell =
  | string
  | number
  | null
  | { inline: string }
  | { formula: string; cached?: number | string }
  | { error: string }
  | { bool: boolean }
  | { number: number; format: string };

export interface FixtureSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  rows: FixtureCell[][];
  merges?: string[];
  hiddenRows?: number[];
  /** Leave out the r="A1" references, as some generators do. */
  omitRefs?: boolean;
}

export interface FixtureWorkbook {
  sheets: FixtureSheet[];
  date1904?: boolean;
  /** Write every element with an `x:` prefix, as the .NET Open XML SDK may. */
  prefixed?: boolean;
}

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const builtinFormats = new Map([
  ['0%', 9],
  ['0.00%', 10],
  ['yyyy-mm-dd', 14],
  ['General', 0],
]);

export function buildWorkbook(spec: FixtureWorkbook): Uint8Array {
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    const known = strings.indexOf(text);
    if (known >= 0) return known;
    strings.push(text);
    return strings.length - 1;
  };
  const formats: string[] = [];
  const styleIndex = (format: string) => {
    const known = formats.indexOf(format);
    if (known >= 0) return known + 1;
    formats.push(format);
    return formats.length;
  };
  const p = spec.prefixed ? 'x:' : '';
  const ns = spec.prefixed ? `xmlns:x="${mainNs}"` : `xmlns="${mainNs}"`;

  const cellXml = (cell: FixtureCell, ref: string): string => {
    const r = ref ? ` r="${ref}"` : '';
    if (cell === null) return '';
    if (typeof cell === 'string') return `<${p}c${r} t="s"><${p}v>${stringIndex(cell)}</${p}v></${p}c>`;
    if (typeof cell === 'number') return `<${p}c${r}><${p}v>${cell}</${p}v></${p}c>`;
    if ('inline' in cell)
      return `<${p}c${r} t="inlineStr"><${p}is><${p}t>${xmlText(cell.inline)}</${p}t></${p}is></${p}c>`;
    if ('formula' in cell) {
      const f = `<${p}f>${xmlText(cell.formula)}</${p}f>`;
      if (cell.cached === undefined) return `<${p}c${r}>${f}</${p}c>`;
      if (typeof cell.cached === 'string')
        return `<${p}c${r} t="str">${f}<${p}v>${xmlText(cell.cached)}</${p}v></${p}c>`;
      return `<${p}c${r}>${f}<${p}v>${cell.cached}</${p}v></${p}c>`;
    }
    if ('error' in cell) return `<${p}c${r} t="e"><${p}v>${xmlText(cell.error)}</${p}v></${p}c>`;
    if ('bool' in cell) return `<${p}c${r} t="b"><${p}v>${cell.bool ? 1 : 0}</${p}v></${p}c>`;
    return `<${p}c${r} s="${styleIndex(cell.format)}"><${p}v>${cell.number}</${p}v></${p}c>`;
  };

  const sheetXml = spec.sheets.map((sheet) => {
    const rows = sheet.rows
      .map((cells, index) => {
        const hidden = sheet.hiddenRows?.includes(index) ? ' hidden="1"' : '';
        const r = sheet.omitRefs ? '' : ` r="${index + 1}"`;
        const body = cells.map((cell, column) =>
          cellXml(cell, sheet.omitRefs ? '' : `${columnName(column)}${index + 1}`),
        );
        return `<${p}row${r}${hidden}>${body.join('')}</${p}row>`;
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('')}</${p}mergeCells>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${relNs}"><${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`;
  });

  const numFmts = formats
    .map((code, index) => ({ code, id: builtinFormats.get(code) ?? 164 + index }))
    .filter(({ id }) => id >= 164);
  const styles =
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}styleSheet ${ns}>` +
    (numFmts.length
      ? `<${p}numFmts count="${numFmts.length}">${numFmts.map(({ code, id }) => `<${p}numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join('')}</${p}numFmts>`
      : '') +
    `<${p}cellXfs count="${formats.length + 1}"><${p}xf numFmtId="0"/>${formats
      .map(
        (code, index) =>
          `<${p}xf numFmtId="${builtinFormats.get(code) ?? 164 + index}" applyNumberFormat="1"/>`,
      )
      .join('')}</${p}cellXfs></${p}styleSheet>`;
  const shared = `<?xml version="1.0" encoding="UTF-8"?>\n<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((text) => `<${p}si><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}si>`)
    .join('')}</${p}sst>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}workbook ${ns} xmlns:r="${relNs}">` +
    (spec.date1904 ? `<${p}workbookPr date1904="1"/>` : '') +
    `<${p}sheets>${spec.sheets
      .map(
        (sheet, index) =>
          `<${p}sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
      )
      .join('')}</${p}sheets></${p}workbook>`;
  const count = spec.sheets.length;
  const rels =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    spec.sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${relNs}/worksheet" Target="/xl/worksheets/sheet${index + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${count + 1}" Type="${relNs}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const encoder = new TextEncoder();
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': encoder.encode(rootRels),
    'xl/workbook.xml': encoder.encode(workbook),
    'xl/_rels/workbook.xml.rels': encoder.encode(rels),
    'xl/styles.xml': encoder.encode(styles),
    'xl/sharedStrings.xml': encoder.encode(shared),
  };
  sheetXml.forEach((xml, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = encoder.encode(xml);
  });
  return zipSync(parts, { level: 6, mtime: new Date(1980, 0, 1) });
}

/**
 * An OLE compound file (CFB) with the given stream names in its directory: the container of
 * an encrypted workbook (EncryptionInfo, EncryptedPackage) or of an old .xls (Workbook).
 * Only the signature and the names matter to the reader; the rest is zeros.
 */
export function oleFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let offset = 1024;
  for (const name of ['Root Entry', ...streams]) {
    const encoded = new Uint8Array(Buffer.from(name, 'utf16le'));
    bytes.set(encoded, offset);
    offset += 128;
  }
  return bytes;
}
