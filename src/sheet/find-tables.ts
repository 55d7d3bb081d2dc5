/**
 * Which sheet holds which table, and which column (or row, in 县级数据) holds which field.
 *
 * A template is recognised by its hidden key row (or key column), so renamed headers and moved
 * columns still import. Other sheets are recognised by name (学校, or a spelling from
 * data/sheet-headers.yaml) or by their headers alone, looked for in the first 20 rows: a title
 * row above the headers, two-row headers with merged group cells, a units row (（人）) or a
 * column-numbering row (甲 乙 1 2 3 …) below them are all usual in statistical forms.
 * Hidden sheets are not read.
 */
import type { ReadSheet } from '../xlsx/read.ts';
import { cellRef } from '../xlsx/xml.ts';
import { Grid } from './grid.ts';
import { type HeaderLookup, headerLookup } from './headers.ts';
import {
  choicesSheetName,
  fieldLabel,
  instructionsSheetName,
  type SheetField,
  type SheetTable,
  sheetTables,
} from './model.ts';
import { type SheetProblem, sheetProblem } from './problems.ts';
import { normalizeLabel, type Spellings } from './spellings.ts';

export interface RowsTable {
  layout: 'rows';
  table: SheetTable;
  grid: Grid;
  /** Column → field. */
  columns: Map<number, SheetField>;
  /** The row that names the fields (for a missing column). */
  headerRow: number;
  firstDataRow: number;
}

export interface KeyValueTable {
  layout: 'keyValue';
  table: SheetTable;
  grid: Grid;
  /** Sheet row → field. */
  rows: Map<number, SheetField>;
  valueColumn: number;
}

export type FoundTable = RowsTable | KeyValueTable;

const headerSearchRows = 20;

const rowTables = sheetTables.filter((table) => table.layout === 'rows');
const countyTable = sheetTables.find((table) => table.layout === 'keyValue');

function tableByName(name: string, spellings: Spellings): SheetTable | undefined {
  const normalized = normalizeLabel(name);
  return sheetTables.find(
    (table) =>
      normalizeLabel(table.sheetName) === normalized || spellings.sheetNames(table.id).includes(normalized),
  );
}

/** The template's hidden key row: most of its cells are field keys of one table. */
function keyRow(grid: Grid): { table: SheetTable; row: number } | undefined {
  for (let row = 0; row <= Math.min(grid.lastRow, headerSearchRows); row += 1) {
    const texts = grid
      .columns(row)
      .map((column) => grid.text(row, column))
      .filter((text) => text !== '');
    let best: { table: SheetTable; hits: number } | undefined;
    for (const table of rowTables) {
      const keys = new Set(table.fields.map((field) => field.key));
      const hits = texts.filter((text) => keys.has(text)).length;
      if (hits >= 2 && hits * 2 >= texts.length && hits > (best?.hits ?? 0)) best = { table, hits };
    }
    if (best) return { table: best.table, row };
  }
  return undefined;
}

/** 县级数据's hidden key column, and the value column (headed 数值). */
function keyColumn(grid: Grid, table: SheetTable): KeyValueTable | undefined {
  const keys = new Map(table.fields.map((field) => [field.key, field]));
  for (let column = 0; column < 5; column += 1) {
    const rows = new Map<number, SheetField>();
    for (let row = 0; row <= grid.lastRow; row += 1) {
      const field = keys.get(grid.text(row, column));
      if (field) rows.set(row, field);
    }
    if (rows.size < 2) continue;
    let firstRow = Number.POSITIVE_INFINITY;
    for (const row of rows.keys()) if (row < firstRow) firstRow = row;
    const headerRow = firstRow - 1;
    const valueColumn =
      grid
        .columns(headerRow)
        .find((candidate) => normalizeLabel(grid.text(headerRow, candidate)) === '数值') ?? column + 3;
    return { layout: 'keyValue', table, grid, rows, valueColumn };
  }
  return undefined;
}

/** 县级数据 without its key column: the 分类 and 项目 cells name the field; the value is right of them. */
function labelColumn(grid: Grid, lookup: HeaderLookup): KeyValueTable | undefined {
  let best: KeyValueTable | undefined;
  for (let column = 0; column < 4; column += 1) {
    const rows = new Map<number, SheetField>();
    for (let row = 0; row <= grid.lastRow; row += 1) {
      const stack =
        column > 0 ? [grid.text(row, column - 1), grid.text(row, column)] : [grid.text(row, column)];
      const field = grid.text(row, column) === '' ? undefined : lookup.match(stack);
      if (field) rows.set(row, field);
    }
    if (rows.size >= 2 && rows.size > (best?.rows.size ?? 0)) {
      best = { layout: 'keyValue', table: lookup.table, grid, rows, valueColumn: column + 1 };
    }
  }
  return best;
}

interface HeaderMatch {
  row: number;
  columns: Map<number, SheetField>;
  score: number;
}

function headerStack(grid: Grid, row: number, column: number): string[] {
  const stack: string[] = [];
  for (let above = Math.max(0, row - 2); above <= row; above += 1) stack.push(grid.text(above, column));
  return stack;
}

/** The row (of the first 20) whose headers name most fields of the table. */
function detectHeader(grid: Grid, lookup: HeaderLookup): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  for (let row = 0; row <= Math.min(grid.lastRow, headerSearchRows); row += 1) {
    const columns = new Map<number, SheetField>();
    for (const column of grid.columns(row)) {
      if (grid.text(row, column) === '') continue;
      const field = lookup.match(headerStack(grid, row, column));
      if (field) columns.set(column, field);
    }
    const score = new Set(columns.values()).size;
    if (score > 0 && score >= (best?.score ?? 0)) best = { row, columns, score };
  }
  return best;
}

/** A units row (（人） （个）…) or a numbering row (甲 乙 1 2 3 …) right under the headers. */
function isDecorationRow(grid: Grid, row: number): boolean {
  const texts = grid
    .columns(row)
    .map((column) => grid.text(row, column))
    .filter((text) => text !== '');
  if (texts.length < 2) return false;
  if (texts.every((text) => /^[(（][^()（）]*[)）]$/.test(text))) return true;
  const numbers = texts.filter((text) => !/^[甲乙丙丁戊己庚辛]$/.test(text));
  return numbers.every(
    (text, index) => /^\d+$/.test(text) && (index === 0 || Number(text) === Number(numbers[index - 1]) + 1),
  );
}

function firstDataRow(grid: Grid, headerRow: number): number {
  let row = headerRow + 1;
  while (row <= headerRow + 2 && isDecorationRow(grid, row)) row += 1;
  return row;
}

/** Columns of a header row: fields found, unknown headers reported, repeats refused. */
function mapColumns(
  grid: Grid,
  row: number,
  fieldAt: (column: number) => SheetField | undefined,
  spellings: Spellings,
  problems: SheetProblem[],
): Map<number, SheetField> {
  const columns = new Map<number, SheetField>();
  const seen = new Map<string, number>();
  for (const column of grid.columns(row)) {
    const header = grid.text(row, column);
    if (header === '' || grid.origin(row, column).column !== column) continue;
    const field = fieldAt(column);
    const place = { sheet: grid.name, row, column };
    if (!field) {
      if (!spellings.ignored(header))
        problems.push(sheetProblem('sheetColumnUnrecognised', { header }, place));
      continue;
    }
    const other = seen.get(field.key);
    if (other !== undefined) {
      const label = fieldLabel(field);
      problems.push(
        sheetProblem('sheetColumnRepeated', { label, other: cellRef(row, other).replace(/\d+$/, '') }, place),
      );
      continue;
    }
    seen.set(field.key, column);
    columns.set(column, field);
  }
  return columns;
}

function findInSheet(grid: Grid, spellings: Spellings, problems: SheetProblem[]): FoundTable | undefined {
  const keyed = keyRow(grid);
  if (keyed) {
    const lookup = headerLookup(keyed.table, spellings);
    const columns = mapColumns(
      grid,
      keyed.row,
      (column) => lookup.byKey(grid.text(keyed.row, column)),
      spellings,
      problems,
    );
    // The key row is hidden; a missing column is pointed at the visible headers above it.
    const headerRow = Math.max(keyed.row - 1, 0);
    return { layout: 'rows', table: keyed.table, grid, columns, headerRow, firstDataRow: keyed.row + 1 };
  }
  const named = tableByName(grid.name, spellings);
  if (countyTable && (named === undefined || named === countyTable)) {
    const byKeys = keyColumn(grid, countyTable);
    if (byKeys) return byKeys;
    if (named === countyTable) return labelColumn(grid, headerLookup(countyTable, spellings));
  }
  const candidates = named && named.layout === 'rows' ? [named] : rowTables;
  let best: { table: SheetTable; lookup: HeaderLookup; match: HeaderMatch } | undefined;
  for (const table of candidates) {
    const lookup = headerLookup(table, spellings);
    const match = detectHeader(grid, lookup);
    if (match && match.score > (best?.match.score ?? 0)) best = { table, lookup, match };
  }
  if (!best) return undefined;
  const enough = named !== undefined || best.match.score >= Math.min(3, best.table.fields.length - 1);
  if (!enough) return undefined;
  const { row } = best.match;
  const lookup = best.lookup;
  const columns = mapColumns(
    grid,
    row,
    (column) => lookup.match(headerStack(grid, row, column)),
    spellings,
    problems,
  );
  return {
    layout: 'rows',
    table: best.table,
    grid,
    columns,
    headerRow: row,
    firstDataRow: firstDataRow(grid, row),
  };
}

export function findTables(
  sheets: readonly ReadSheet[],
  spellings: Spellings,
): { found: FoundTable[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const found: FoundTable[] = [];
  for (const sheet of sheets) {
    // The template's own lists of choices: what the drop-downs offer, not data.
    if (normalizeLabel(sheet.name) === normalizeLabel(choicesSheetName)) continue;
    if (sheet.hidden) {
      const table = tableByName(sheet.name, spellings);
      problems.push(
        sheetProblem(
          'sheetHidden',
          table ? { sheet: sheet.name, table: table.sheetName } : { sheet: sheet.name },
          {
            sheet: sheet.name,
          },
        ),
      );
      continue;
    }
    if (normalizeLabel(sheet.name) === normalizeLabel(instructionsSheetName)) continue;
    const grid = new Grid(sheet);
    const sheetProblems: SheetProblem[] = [];
    const table = findInSheet(grid, spellings, sheetProblems);
    if (!table) {
      if (grid.lastRow >= 0)
        problems.push(sheetProblem('sheetUnrecognised', { sheet: sheet.name }, { sheet: sheet.name }));
      continue;
    }
    const earlier = found.find((candidate) => candidate.table.id === table.table.id);
    if (earlier) {
      problems.push(
        sheetProblem(
          'sheetTableRepeated',
          { sheet: sheet.name, other: earlier.grid.name, table: table.table.sheetName },
          { sheet: sheet.name },
        ),
      );
      continue;
    }
    for (const problem of sheetProblems) problems.push(problem);
    found.push(table);
  }
  if (found.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    problems.push(sheetProblem('sheetNoTable', {}));
  }
  return { found, problems };
}
