/**
 * An edition as a Word document (.docx), laid out as a 公文 after GB/T 9704-2012: A4, 版心
 * 156 × 225 mm (天头 37 mm, 订口 28 mm), title 二号 小标宋, body 三号 仿宋 on a grid of 28
 * characters × 22 lines, headings 一、（黑体）（一）（楷体）1.（1）（仿宋）, page numbers 「— 1 —」
 * (odd pages right, even pages left, one character in), 附注 and 落款 at the end, the appendix
 * (附件) on its own pages. Tables have an explicit grid and a width on every cell (WPS collapses
 * tables that give only a total width), repeated header rows and right-aligned numbers; charts
 * are SVG pictures with a PNG fallback.
 *
 * Written with the `docx` package (docs/dependencies.md says why); its output is then made
 * reproducible: the dates it takes from the clock become the edition's own, its random
 * relationship ids become numbered ones, and the zip is written again by fflate with fixed entry
 * times. The font table names the CJK faces with fallbacks (no font is embedded). Pure.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { TableCell as CellModel, Edition, Part, TableModel } from './model.ts';

const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** The page: A4, margins so that the 版心 is 156 × 225 mm. */
export const page = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  textWidth: mm(156),
  textHeight: mm(225),
};

/** 22 lines on 225 mm. */
const linePitch = Math.floor(page.textHeight / 22);
/** 三号 (16 pt) in half-points. */
const bodySize = 32;
/**
 * 28 characters on 156 mm: 16 pt characters drawn 0.25 pt closer (in twentieths of a point).
 * Set on the runs rather than as a character grid, which LibreOffice and WPS read differently.
 */
const bodyCharacterSpacing = -5;

/** The faces a 公文 names, each with the faces Word, WPS and LibreOffice fall back to. */
export const fonts = {
  /** 仿宋: body text. */
  body: { name: '仿宋_GB2312', alt: 'FangSong', panose: '02010609060101010101', family: 'modern' },
  /** 小标宋: the title. */
  title: { name: '方正小标宋简体', alt: 'SimSun', panose: '02010600030101010101', family: 'auto' },
  /** 黑体: first-level headings, 附件. */
  hei: { name: '黑体', alt: 'SimHei', panose: '02010609060101010101', family: 'modern' },
  /** 楷体: second-level headings, the notice. */
  kai: { name: '楷体_GB2312', alt: 'KaiTi', panose: '02010609060101010101', family: 'modern' },
  /** Latin text and digits. */
  latin: {
    name: 'Times New Roman',
    alt: 'Liberation Serif',
    panose: '02020603050405020304',
    family: 'roman',
  },
} as const;

type Face = keyof typeof fonts;

const runFont = (face: Face) => ({
  ascii: fonts.latin.name,
  hAnsi: fonts.latin.name,
  cs: fonts.latin.name,
  eastAsia: fonts[face].name,
});

interface RunStyle {
  face?: Face;
  size?: number;
  bold?: boolean;
}

function textRun(text: string, style: RunStyle = {}): TextRun {
  const lines = text.split('\n');
  return new TextRun({
    children: lines.flatMap((line, index) =>
      index === 0 ? [line] : [new TextRun({ break: 1 }), line],
    ) as never,
    font: runFont(style.face ?? 'body'),
    size: style.size ?? bodySize,
    ...((style.size ?? bodySize) === bodySize ? { characterSpacing: bodyCharacterSpacing } : {}),
    ...(style.bold ? { bold: true } : {}),
  });
}

const exact = { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(
  children: TextRun[],
  options: { indent?: boolean; align?: 'left' | 'right' | 'center' } = {},
) {
  return new Paragraph({
    children,
    spacing: exact,
    alignment:
      options.align === 'right'
        ? AlignmentType.RIGHT
        : options.align === 'center'
          ? AlignmentType.CENTER
          : AlignmentType.JUSTIFIED,
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
  });
}

const blank = () => bodyParagraph([textRun('')]);

function heading(level: number, number: string, text: string): Paragraph {
  const face: Face = level === 1 ? 'hei' : level === 2 ? 'kai' : 'body';
  return new Paragraph({
    children: [textRun(`${number}${text}`, { face, bold: level === 3 })],
    spacing: exact,
    indent: { firstLine: 640 },
    keepNext: true,
    outlineLevel: level - 1,
  });
}

// --- Tables -----------------------------------------------------------------------------------

/** 小四 (12 pt) in tables: a 公文 table of seven columns still reads on 156 mm. */
const tableSize = 24;
/** 五号 (10.5 pt) and 小五 (9 pt), for a table whose figures do not fit in 小四 (a plan's years). */
const smallerTableSizes = [21, 18];

/** A text's width in characters of the table's size: CJK one, Latin and digits about half. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text)
    units += (char.codePointAt(0) ?? 0) < 0x300 || /[\u2000-\u206f]/.test(char) ? 0.62 : 1;
  return units;
}

/**
 * The widest run a line cannot break inside, in characters: a number with its decimals (190.67),
 * a Latin word; CJK text breaks between any two characters.
 */
export function unbreakableUnits(text: string): number {
  const runs = text.split(/\s+|(?=[\u2e80-\u9fff\uf900-\uffef])|(?<=[\u2e80-\u9fff\uf900-\uffef])/u);
  return Math.max(0, ...runs.map(textUnits));
}

/** The text width in characters of a type size in half-points (a character of n is 10n twips). */
const roomAt = (size: number) => page.textWidth / (size * 10);

/**
 * What each column wants (its widest cell, bounded) and the least it takes, in characters: its
 * longest run that cannot break (a figure is never split across lines), and three characters for
 * a column of text, so that a wide table's names stay legible.
 */
function columnNeeds(table: TableModel): { wants: number[]; least: number[]; numeric: boolean[] } {
  const grid = layoutGrid([...table.header, ...table.body, ...(table.foot ?? [])]);
  const columns = Math.max(1, ...grid.map((row) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)));
  const wants = new Array<number>(columns).fill(2);
  const least = new Array<number>(columns).fill(1);
  const numeric = new Array<boolean>(columns).fill(false);
  grid.forEach((row, index) => {
    for (const cell of row) {
      if ((cell.colSpan ?? 1) !== 1 || cell.column === undefined || cell.continued) continue;
      wants[cell.column] = Math.max(wants[cell.column] ?? 2, Math.min(11, textUnits(cell.text) + 1.2));
      // The cell's margins (120 twips) and a digit wider than estimated: a character more. A long
      // path or link may still break.
      least[cell.column] = Math.max(least[cell.column] ?? 1, Math.min(8, unbreakableUnits(cell.text) + 1));
      if (cell.num && index >= table.header.length) numeric[cell.column] = true;
    }
  });
  numeric.forEach((isNumeric, column) => {
    if (!isNumeric) least[column] = Math.max(least[column] ?? 1, Math.min(wants[column] ?? 2, 3));
  });
  return { wants, least, numeric };
}

/** The table's type size in half-points: 小四, or the first smaller size its figures fit in. */
export function tableFontSize(table: TableModel): number {
  const { least } = columnNeeds(table);
  const total = least.reduce((sum, value) => sum + value, 0);
  const sizes = [tableSize, ...smallerTableSizes];
  return sizes.find((size) => total <= roomAt(size)) ?? (sizes.at(-1) as number);
}

/**
 * Column widths in twips, summing to the text width: each column by what it wants, and none
 * below its least while the text width allows (the others share what is left).
 */
export function columnWidths(table: TableModel): number[] {
  const { wants, least, numeric } = columnNeeds(table);
  const columns = wants.length;
  const room = roomAt(tableFontSize(table));
  // Short of room, a column of figures takes only its least (its figures whole) and the columns
  // of text the rest.
  const short = wants.reduce((sum, want) => sum + want, 0) > room;
  const units = wants.map((want, column) =>
    short && numeric[column] ? (least[column] ?? 1) : Math.max(want, least[column] ?? 1),
  );
  const unitTotal = units.reduce((sum, value) => sum + value, 0);
  let shares = units.map((value) => (value / unitTotal) * room);
  if (least.reduce((sum, value) => sum + value, 0) <= room) {
    const fixed = new Array<boolean>(columns).fill(false);
    for (;;) {
      const below = shares.map((share, column) => !fixed[column] && share < (least[column] ?? 1) - 1e-9);
      if (!below.some(Boolean)) break;
      below.forEach((isBelow, column) => {
        if (isBelow) fixed[column] = true;
      });
      const taken = least.reduce((sum, value, column) => sum + (fixed[column] ? value : 0), 0);
      const free = units.reduce((sum, value, column) => sum + (fixed[column] ? 0 : value), 0);
      shares = units.map((value, column) =>
        fixed[column] ? (least[column] ?? 1) : free === 0 ? 0 : (value / free) * (room - taken),
      );
    }
  }
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * page.textWidth));
  // The last column takes the rounding, so the grid is exactly the text width.
  widths[widths.length - 1] =
    (widths[widths.length - 1] ?? 0) + page.textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

interface PlacedCell extends CellModel {
  column?: number;
  /** A cell that only continues a vertical merge from the row above. */
  continued?: boolean;
}

/** Each row's cells with their grid column, vertical merges made explicit (Word has no rowspan). */
export function layoutGrid(rows: readonly CellModel[][]): PlacedCell[][] {
  const pending = new Map<number, { left: number; colSpan: number; num?: boolean }>();
  return rows.map((row) => {
    const placed: PlacedCell[] = [];
    let column = 0;
    const fillPending = () => {
      for (let merged = pending.get(column); merged !== undefined; merged = pending.get(column)) {
        placed.push({ text: '', column, continued: true, colSpan: merged.colSpan });
        merged.left--;
        if (merged.left === 0) pending.delete(column);
        column += merged.colSpan;
      }
    };
    for (const cell of row) {
      fillPending();
      placed.push({ ...cell, column });
      if ((cell.rowSpan ?? 1) > 1)
        pending.set(column, { left: (cell.rowSpan ?? 1) - 1, colSpan: cell.colSpan ?? 1 });
      column += cell.colSpan ?? 1;
    }
    fillPending();
    return placed;
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function wordTable(table: TableModel): Table {
  const widths = columnWidths(table);
  const size = tableFontSize(table);
  const header = layoutGrid([...table.header, ...table.body, ...(table.foot ?? [])]);
  const headerRows = table.header.length;
  const rows = header.map(
    (cells, index) =>
      new TableRow({
        tableHeader: index < headerRows,
        cantSplit: true,
        height: { value: 400, rule: HeightRule.ATLEAST },
        children: cells.map((cell) => {
          const column = cell.column ?? 0;
          const span = cell.colSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...((cell.rowSpan ?? 1) > 1
              ? { verticalMerge: VerticalMergeType.RESTART }
              : cell.continued
                ? { verticalMerge: VerticalMergeType.CONTINUE }
                : {}),
            verticalAlign: VerticalAlignTable.CENTER,
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            children: [
              new Paragraph({
                children: [
                  textRun(cell.text, {
                    size,
                    // The header, and a heading across the whole table (a part of the 一览表), bold.
                    bold: index < headerRows || (cell.head === true && span === widths.length),
                  }),
                ],
                alignment:
                  index < headerRows
                    ? AlignmentType.CENTER
                    : cell.num
                      ? AlignmentType.RIGHT
                      : AlignmentType.LEFT,
                spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
              }),
            ],
          });
        }),
      }),
  );
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: page.textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

function tableBlock(table: TableModel): FileChild[] {
  return [
    new Paragraph({
      children: [textRun(table.caption, { face: 'hei', size: 28 })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120, line: 360, lineRule: LineRuleType.AUTO },
      keepNext: true,
    }),
    wordTable(table),
    blank(),
  ];
}

// --- Charts ------------------------------------------------------------------------------------

/** The widest a picture is drawn: the text width, in CSS pixels. */
const maxPictureWidth = Math.floor((156 / 25.4) * 96);

function chartBlock(part: Extract<Part, { kind: 'chart' }>): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      children: [textRun(part.caption, { face: 'hei', size: 28 })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120, line: 360, lineRule: LineRuleType.AUTO },
      keepNext: true,
    }),
  ];
  const image = part.image;
  if (image !== undefined) {
    const scale = Math.min(1, maxPictureWidth / image.width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(image.svg),
            fallback: { type: 'png', data: image.png },
            transformation: {
              width: Math.round(image.width * scale),
              height: Math.round(image.height * scale),
            },
            altText: { name: part.caption, title: part.caption, description: part.description },
          }),
        ],
      }),
    );
  }
  out.push(bodyParagraph([textRun(part.description, { face: 'kai' })], { indent: true }));
  return out;
}

// --- The document ------------------------------------------------------------------------------

function partBlocks(part: Part): FileChild[] {
  switch (part.kind) {
    case 'heading':
      return [heading(part.level, part.number, part.text)];
    case 'paragraph':
      return [
        bodyParagraph(
          part.runs.map((run) => textRun(run.text, { bold: run.strong === true })),
          { indent: part.indent !== false },
        ),
      ];
    case 'table':
      return tableBlock(part.table);
    case 'chart':
      return chartBlock(part);
    case 'note':
      return [bodyParagraph([textRun(part.text, { face: 'kai' })], { indent: true })];
  }
}

function pageNumberFooter(align: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' },
            size: 28,
          }),
        ],
      }),
    ],
  });
}

function bodyChildren(edition: Edition): FileChild[] {
  const children: FileChild[] = [
    new Paragraph({
      children: [textRun(edition.title, { face: 'title', size: 44 })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: Math.round(linePitch * 1.2), lineRule: LineRuleType.AT_LEAST },
    }),
    ...edition.subtitle.map((line) => bodyParagraph([textRun(line, { face: 'kai' })], { align: 'center' })),
    blank(),
  ];
  if (edition.notice)
    children.push(bodyParagraph([textRun(edition.notice, { face: 'kai' })], { indent: true }));
  for (const part of edition.parts) children.push(...partBlocks(part));
  children.push(blank());
  if (edition.appendix !== undefined && edition.appendix.tables.length > 0)
    children.push(bodyParagraph([textRun(`附件：${edition.appendix.title}`)], { indent: true }), blank());
  // 落款: 右空四字.
  const signature = (text: string) =>
    new Paragraph({
      children: [textRun(text)],
      alignment: AlignmentType.RIGHT,
      indent: { right: 4 * 320 },
      spacing: exact,
    });
  children.push(blank(), signature(edition.publisher), signature(edition.date));
  if (edition.appendix !== undefined && edition.appendix.tables.length > 0) {
    children.push(
      new Paragraph({ children: [new PageBreak()] }),
      bodyParagraph([textRun('附件', { face: 'hei' })]),
      blank(),
      new Paragraph({
        children: [textRun(edition.appendix.title, { face: 'title', size: 44 })],
        alignment: AlignmentType.CENTER,
        spacing: {
          before: 0,
          after: 240,
          line: Math.round(linePitch * 1.2),
          lineRule: LineRuleType.AT_LEAST,
        },
      }),
    );
    for (const table of edition.appendix.tables) children.push(...tableBlock(table));
  }
  return children;
}

/** The docx package's document for an edition (before the bytes are made reproducible). */
export function wordDocument(edition: Edition): Document {
  return new Document({
    creator: edition.publisher,
    lastModifiedBy: edition.publisher,
    title: edition.title,
    description: edition.notice ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont('body'), size: bodySize, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exact },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.top,
              bottom: page.bottom,
              left: page.left,
              right: page.right,
              header: mm(15),
              footer: mm(20),
              gutter: 0,
            },
          },
          grid: { type: 'lines', linePitch },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: bodyChildren(edition),
      },
    ],
  });
}

// --- Reproducible bytes -----------------------------------------------------------------------

/** DOS time of the zip entries: the edition's date, at noon (no time zone moves it a day). */
function entryTime(isoDate: string): Date {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12, 0, 0);
}

function fontEntry(font: { name: string; alt: string; panose: string; family: string }): string {
  const charset = font.family === 'roman' ? '00' : '86';
  return `<w:font w:name="${font.name}"><w:altName w:val="${font.alt}"/><w:panose1 w:val="${font.panose}"/><w:charset w:val="${charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`;
}

/** The font table: every face the document names, each with its fallback. */
export function fontTableXml(): string {
  const faces = [
    ...Object.values(fonts),
    { name: '宋体', alt: 'SimSun', panose: '02010600030101010101', family: 'auto' },
    { name: 'SimSun', alt: '宋体', panose: '02010600030101010101', family: 'auto' },
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${faces.map(fontEntry).join('')}</w:fonts>`;
}

const fontTableRel =
  '<Relationship Id="rIdFontTable" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>';

/** Makes the docx package's output reproducible, and adds the font table. */
export function reproducible(bytes: Uint8Array, isoDate: string): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort();
  // Random relationship ids (21 characters of nanoid) become numbered ones, in order of appearance.
  const ids = new Map<string, string>();
  for (const name of names.filter((file) => file.endsWith('.rels'))) {
    for (const match of strFromU8(files[name] as Uint8Array).matchAll(/Id="([^"]+)"/g)) {
      const id = match[1] as string;
      if (/^[a-z0-9_-]{21}$/.test(id) && !ids.has(id)) ids.set(id, `rIdN${ids.size + 1}`);
    }
  }
  const out: Zippable = {};
  const mtime = entryTime(isoDate);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  for (const name of names) {
    let data = files[name] as Uint8Array;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = text(name);
      for (const [random, numbered] of ids) xml = xml.split(`"${random}"`).join(`"${numbered}"`);
      if (name === 'docProps/core.xml')
        xml = xml.replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
          `$1${isoDate}$2`,
        );
      if (name === 'word/document.xml') {
        // Paragraphs in their own line height (tables, captions, pictures) do not snap to the
        // 22-line grid (the docx package has no option for it; it goes before w:spacing).
        xml = xml.replace(
          /<w:spacing [^>]*w:lineRule="auto"[^>]*\/>/g,
          (spacing) => `<w:snapToGrid w:val="0"/>${spacing}`,
        );
        let docPr = 0;
        xml = xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++docPr}"`);
      }
      if (name === 'word/_rels/document.xml.rels' && !xml.includes('fontTable.xml'))
        xml = xml.replace('</Relationships>', `${fontTableRel}</Relationships>`);
      if (name === '[Content_Types].xml' && !xml.includes('/word/fontTable.xml'))
        xml = xml.replace(
          '</Types>',
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/></Types>',
        );
      data = strToU8(xml);
    }
    out[name] = [data, { mtime, level: 9 }];
  }
  out['word/fontTable.xml'] = [strToU8(fontTableXml()), { mtime, level: 9 }];
  return zipSync(out, { mtime });
}

/** The edition as .docx bytes: same edition, same bytes. */
export async function docxBytes(edition: Edition): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(wordDocument(edition));
  return reproducible(new Uint8Array(packed), edition.isoDate);
}
