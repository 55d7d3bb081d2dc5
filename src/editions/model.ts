/**
 * An edition as plain data, between the report (narrative, results) and its file format: the
 * document's title, its parts in reading order, its 落款 and appendix. src/editions/docx.ts
 * writes it as WordprocessingML; the tests read figures and tables from it.
 */

export interface TableCell {
  text: string;
  /** A number (right-aligned, so that digits line up). */
  num?: boolean;
  /** A header cell (bold). */
  head?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableModel {
  caption: string;
  /** Header rows, repeated on every page the table runs over. */
  header: TableCell[][];
  body: TableCell[][];
  /** The table's last rows (totals, conclusions). */
  foot?: TableCell[][];
  /** The table is only a placeholder: nothing to show (e.g. no printed figures). */
  empty?: boolean;
}

export interface ChartImage {
  svg: string;
  png: Uint8Array;
  /** The drawing's size in CSS pixels (the PNG is rasterised at a multiple of it). */
  width: number;
  height: number;
}

/** A run of text within a paragraph. */
export interface Run {
  text: string;
  strong?: boolean;
  /** A figure from the results, printed as the page prints it. */
  figure?: boolean;
  /** Text still to write (［待补充］). */
  todo?: boolean;
}

export type Part =
  | { kind: 'heading'; level: number; number: string; text: string }
  | { kind: 'paragraph'; runs: Run[]; indent?: boolean }
  | { kind: 'table'; table: TableModel }
  | { kind: 'chart'; caption: string; description: string; image: ChartImage | undefined }
  | { kind: 'note'; text: string };

export interface Edition {
  title: string;
  /** Lines under the title (e.g. 资料来源). */
  subtitle: string[];
  /** The 示例数据 notice, when the figures are illustrative. */
  notice: string | undefined;
  parts: Part[];
  /** 落款: who issues it, and when (e.g. 2021年8月18日). */
  publisher: string;
  date: string;
  /** The date as ISO 8601 (the file's creation and change date: from the data, never the clock). */
  isoDate: string;
  /** 附件: the county-year's data tables. */
  appendix: { title: string; tables: TableModel[] } | undefined;
}
