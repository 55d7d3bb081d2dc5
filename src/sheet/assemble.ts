/**
 * Found tables → the county-year document they describe, with where each value came from.
 * Pure. The tables found in the workbook replace their part of the current file; a part the
 * workbook does not have (a sheet left out, or hidden) is kept as it is.
 *
 * Rows: an empty row is skipped; among schools, a 合计/小计/总计 row (or one beginning 其中) is
 * skipped with a 提示; a hidden row is read like the others, with a 提示. A school without an id takes the id
 * of the current file's school of the same name, when exactly one has it, and keeps the current
 * values of the fields the sheet has no column for.
 */
import type { FieldPath } from '../problems/problem.ts';
import { formatPath } from '../problems/problem.ts';
import { type CoerceContext, coerceCell, type Repair, type RepairKind } from './coerce.ts';
import type { FoundTable, KeyValueTable, RowsTable } from './find-tables.ts';
import { fieldLabel, type SheetTable } from './model.ts';
import { type SheetPlace, type SheetProblem, sheetProblem } from './problems.ts';

type Json = Record<string, unknown>;

/** Where a table's values are in the workbook, to point problems at cells. */
export type TablePlaces =
  | {
      layout: 'rows';
      table: SheetTable;
      sheet: string;
      headerRow: number;
      /** The sheet row of each record, in record order. */
      records: number[];
      /** Field key → column. */
      columns: Map<string, number>;
    }
  | { layout: 'keyValue'; table: SheetTable; sheet: string; rows: Map<string, number>; valueColumn: number };

export interface TableSummary {
  table: SheetTable;
  sheet: string;
  count: number;
  firstRow?: number;
  lastRow?: number;
}

export interface Assembled {
  data: Json;
  places: TablePlaces[];
  problems: SheetProblem[];
  /** Paths whose cell already has a problem: the schema's complaint about them adds nothing. */
  reported: Set<string>;
  summaries: TableSummary[];
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function setIn(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (isObject(next)) node = next;
    else {
      const created: Json = {};
      node[key] = created;
      node = created;
    }
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** Deletes a value and any object left empty above it. */
function deleteIn(target: Json, path: readonly string[]): void {
  const parents: Json[] = [target];
  for (const key of path.slice(0, -1)) {
    const next = parents[parents.length - 1]?.[key];
    if (!isObject(next)) return;
    parents.push(next);
  }
  for (let depth = path.length - 1; depth >= 0; depth -= 1) {
    const parent = parents[depth];
    const key = path[depth];
    if (parent === undefined || key === undefined) return;
    if (
      depth === path.length - 1 ||
      (isObject(parent[key]) && Object.keys(parent[key] as Json).length === 0)
    ) {
      delete parent[key];
    } else return;
  }
}

const subtotal = /^(合计|小计|总计|共计|总合计)$|.(合计|小计|总计)$|^其中/;

class RepairLog {
  readonly #byKind = new Map<
    RepairKind | 'idFromName',
    { count: number; place: SheetPlace; from: string; to: string }
  >();
  readonly hiddenRows: SheetPlace[] = [];

  add(kind: RepairKind | 'idFromName', place: SheetPlace, repair: Pick<Repair, 'from' | 'to'>): void {
    const known = this.#byKind.get(kind);
    if (known) known.count += 1;
    else this.#byKind.set(kind, { count: 1, place, from: repair.from, to: repair.to });
  }

  problems(): SheetProblem[] {
    const out = [...this.#byKind].map(([kind, { count, place, from, to }]) =>
      sheetProblem('sheetCellsRepaired', { kind, count, from, to }, place),
    );
    const [first] = this.hiddenRows;
    if (first) out.push(sheetProblem('sheetHiddenRows', { count: this.hiddenRows.length }, first));
    return out;
  }
}

interface Reading {
  context: CoerceContext;
  problems: SheetProblem[];
  repairs: RepairLog;
  reported: Set<string>;
}

function readCell(
  found: FoundTable,
  row: number,
  column: number,
  reading: Reading,
  path: FieldPath,
  record: Json,
) {
  const field = found.layout === 'rows' ? found.columns.get(column) : found.rows.get(row);
  if (!field) return;
  const place = { sheet: found.grid.name, row, column };
  const coerced = coerceCell(found.grid.cell(row, column), field, reading.context);
  for (const repair of coerced.repairs) reading.repairs.add(repair.kind, place, repair);
  if (coerced.issue) {
    reading.problems.push({ ...sheetProblem(coerced.issue.code, coerced.issue.params as never, place) });
    reading.reported.add(formatPath([...path, ...field.path]));
    return;
  }
  if (coerced.value !== undefined) setIn(record, field.path, coerced.value);
}

function isBlank(found: RowsTable, row: number): boolean {
  return [...found.columns.keys()].every((column) => {
    const cell = found.grid.cell(row, column);
    if (cell === undefined) return true;
    return cell.formula === undefined && cell.content?.kind === 'text' && cell.content.text.trim() === '';
  });
}

function subtotalText(found: RowsTable, row: number): string | undefined {
  for (const column of found.grid.columns(row)) {
    const text = found.grid.text(row, column).replace(/[\s\u3000]/g, '');
    if (subtotal.test(text)) return found.grid.text(row, column);
  }
  return undefined;
}

function readRows(found: RowsTable, reading: Reading): { records: Json[]; rows: number[] } {
  const records: Json[] = [];
  const rows: number[] = [];
  for (let row = found.firstDataRow; row <= found.grid.lastRow; row += 1) {
    if (isBlank(found, row)) continue;
    // Only among schools: other lists may hold a total as a record of its own (各类资金合计).
    const total = found.table.id === 'schools' ? subtotalText(found, row) : undefined;
    if (total !== undefined) {
      reading.problems.push(
        sheetProblem('sheetSubtotalRow', { text: total }, { sheet: found.grid.name, row }),
      );
      continue;
    }
    if (found.grid.isHiddenRow(row)) reading.repairs.hiddenRows.push({ sheet: found.grid.name, row });
    const record: Json = {};
    const path = [...found.table.path, records.length];
    for (const column of found.columns.keys()) readCell(found, row, column, reading, path, record);
    records.push(record);
    rows.push(row);
  }
  return { records, rows };
}

function readKeyValues(found: KeyValueTable, reading: Reading): Json {
  const values: Json = {};
  for (const row of found.rows.keys()) readCell(found, row, found.valueColumn, reading, [], values);
  return values;
}

/** Schools without an id take the current file's id for the same name (when exactly one). */
function idsFromNames(records: Json[], rows: number[], found: RowsTable, current: unknown, reading: Reading) {
  const currentSchools = isObject(current) && Array.isArray(current.schools) ? current.schools : [];
  const used = new Set(records.map((record) => record.id).filter((id) => typeof id === 'string'));
  const nameColumn = [...found.columns].find(([, field]) => field.key === 'name')?.[0];
  records.forEach((record, index) => {
    if (record.id !== undefined || typeof record.name !== 'string') return;
    const matches = currentSchools.filter((school) => isObject(school) && school.name === record.name);
    const id = isObject(matches[0]) ? matches[0].id : undefined;
    if (matches.length !== 1 || typeof id !== 'string' || used.has(id)) return;
    record.id = id;
    used.add(id);
    const place = { sheet: found.grid.name, row: rows[index] ?? 0, column: nameColumn ?? 0 };
    reading.repairs.add('idFromName', place, { from: JSON.stringify(record.name), to: id });
    // Keys in schema order: the id comes first.
    const { id: first, ...rest } = record;
    for (const key of Object.keys(record)) delete record[key];
    Object.assign(record, { id: first, ...rest });
  });
}

/**
 * A school's fields that have no column in the sheet keep their current values: a county's own
 * export rarely has every column, and importing it must not wipe what it does not hold.
 */
function keepUnmapped(records: Json[], found: RowsTable, current: unknown): void {
  const currentSchools = isObject(current) && Array.isArray(current.schools) ? current.schools : [];
  const byId = new Map(currentSchools.filter(isObject).map((school) => [school.id, school]));
  const mapped = new Set([...found.columns.values()].map((field) => field.key));
  const mappedGroups = new Set(
    [...found.columns.values()].flatMap((field) => field.groups.slice(0, 1).map((group) => group.key)),
  );
  const unmapped = found.table.fields.filter((field) => !mapped.has(field.key));
  if (unmapped.length === 0) return;
  for (const record of records) {
    const old = byId.get(record.id);
    if (!old) continue;
    for (const field of unmapped) {
      // A 学段 the sheet has columns for but left empty for this school stays empty.
      const group = field.groups[0]?.key;
      if (group !== undefined && mappedGroups.has(group) && !isObject(record[group])) continue;
      let value: unknown = old;
      for (const key of field.path) value = isObject(value) ? value[key] : undefined;
      if (value !== undefined) setIn(record, field.path, value);
    }
  }
}

/**
 * A field every record needs, with no column: one error for the sheet (not one per row), unless
 * every record has the value from the current file.
 */
function missingColumns(records: readonly Json[], found: RowsTable, reading: Reading): void {
  const mapped = new Set([...found.columns.values()].map((field) => field.key));
  for (const field of found.table.fields) {
    if (!field.alwaysRequired || mapped.has(field.key)) continue;
    const lacking = records.flatMap((record, index) => {
      let value: unknown = record;
      for (const key of field.path) value = isObject(value) ? value[key] : undefined;
      return value === undefined ? [index] : [];
    });
    if (lacking.length === 0 && records.length > 0) continue;
    reading.problems.push(
      sheetProblem(
        'sheetColumnMissing',
        { label: fieldLabel(field) },
        { sheet: found.grid.name, row: found.headerRow },
      ),
    );
    for (const index of lacking)
      reading.reported.add(formatPath([...found.table.path, index, ...field.path]));
  }
}

export interface AssembleTarget {
  county: string;
  year: number;
}

export function assemble(
  found: readonly FoundTable[],
  current: unknown,
  target: AssembleTarget,
  context: CoerceContext,
): Assembled {
  const reading: Reading = { context, problems: [], repairs: new RepairLog(), reported: new Set() };
  const data: Json = isObject(current)
    ? structuredClone(current)
    : { county: target.county, year: target.year, schools: [] };
  const places: TablePlaces[] = [];
  const summaries: TableSummary[] = [];
  for (const table of found) {
    const sheet = table.grid.name;
    if (table.layout === 'keyValue') {
      const values = readKeyValues(table, reading);
      for (const field of table.table.fields) deleteIn(data, field.path);
      for (const field of table.table.fields) {
        let value: unknown = values;
        for (const key of field.path) value = isObject(value) ? value[key] : undefined;
        if (value !== undefined) setIn(data, field.path, value);
      }
      const rows = new Map([...table.rows].map(([row, field]) => [field.key, row]));
      places.push({ layout: 'keyValue', table: table.table, sheet, rows, valueColumn: table.valueColumn });
      const count = table.table.fields.filter((field) => {
        let value: unknown = values;
        for (const key of field.path) value = isObject(value) ? value[key] : undefined;
        return value !== undefined;
      }).length;
      summaries.push({ table: table.table, sheet, count });
      continue;
    }
    const { records, rows } = readRows(table, reading);
    if (table.table.id === 'schools') {
      idsFromNames(records, rows, table, current, reading);
      keepUnmapped(records, table, current);
    }
    missingColumns(records, table, reading);
    if (records.length === 0 && table.table.id !== 'schools') deleteIn(data, table.table.path);
    else setIn(data, table.table.path, records);
    const columns = new Map([...table.columns].map(([column, field]) => [field.key, column]));
    places.push({
      layout: 'rows',
      table: table.table,
      sheet,
      headerRow: table.headerRow,
      records: rows,
      columns,
    });
    const summary: TableSummary = { table: table.table, sheet, count: records.length };
    if (rows.length > 0) {
      summary.firstRow = rows[0] ?? 0;
      summary.lastRow = rows[rows.length - 1] ?? 0;
    }
    summaries.push(summary);
  }
  return {
    data,
    places,
    problems: [...reading.problems, ...reading.repairs.problems()],
    reported: reading.reported,
    summaries,
  };
}

/** The cell (or row, or sheet) a field path of the assembled document came from. */
export function placeOf(path: FieldPath, places: readonly TablePlaces[]): SheetPlace | undefined {
  for (const place of places) {
    const { table } = place;
    if (place.layout === 'rows') {
      const prefix = table.path;
      if (!prefix.every((key, index) => path[index] === key)) continue;
      const index = path[prefix.length];
      if (typeof index !== 'number') return { sheet: place.sheet };
      const row = place.records[index];
      if (row === undefined) return { sheet: place.sheet };
      const rest = path.slice(prefix.length + 1).join('.');
      const column =
        place.columns.get(rest) ??
        [...place.columns].find(([key]) => rest !== '' && key.startsWith(`${rest}.`))?.[1];
      return column === undefined ? { sheet: place.sheet, row } : { sheet: place.sheet, row, column };
    }
    const key = path.join('.');
    const row =
      place.rows.get(key) ??
      [...place.rows].find(([candidate]) => key !== '' && candidate.startsWith(`${key}.`))?.[1];
    if (row !== undefined) return { sheet: place.sheet, row, column: place.valueColumn };
  }
  return undefined;
}
