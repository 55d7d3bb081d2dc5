/**
 * The spreadsheet form of a county-year file, derived from its JSON Schema so a field added to
 * the schema gets a column at once: every list of records (schools, facts.investments,
 * published …) is a table with one row per record, and every other value (county, year,
 * totals, the single facts) is a row of one key-value table, 县级数据. Pure and built once.
 */
import { describeExpected, type ExpectedShape } from '../problems/catalog.ts';
import type { FieldPath } from '../problems/problem.ts';
import { unitFromDescription } from '../schema/fields.ts';
import { fieldInfo, propertyNamesAt, type SchemaNode } from '../validate/schema.ts';

export type FieldKind = 'integer' | 'number' | 'text' | 'boolean' | 'choice';

export interface Group {
  /** The property that holds the group, e.g. `primary`. */
  key: string;
  /** Its Chinese title, e.g. 小学段. */
  title: string;
}

export interface SheetField {
  /** Path from the table's record (or from the file's root, for 县级数据). */
  path: readonly string[];
  /** `path` joined with dots: what the hidden key row (or key column) holds. */
  key: string;
  /** The field's own Chinese title, e.g. 在校生数. */
  title: string;
  /** The objects between the record and the field, outermost first. */
  groups: readonly Group[];
  /** 人, 平方米, % …, read from the end of the schema's description. */
  unit?: string;
  kind: FieldKind;
  /** The allowed values of a `choice`. */
  choices?: readonly string[];
  /**
   * What a workbook shows for each choice, in the order of `choices`: the schema's
   * `enumDescriptions` (学校规划布局合理 for layoutPlan), or the choices themselves.
   */
  choiceLabels?: readonly string[];
  minimum?: number;
  maximum?: number;
  description?: string;
  /** Required whenever its parent object is there. */
  required: boolean;
  /** Required in every record (its parents are required too): a missing column is an error. */
  alwaysRequired: boolean;
  /** What the schema expects, in words (非负整数, 0～100 之间的数 …). */
  expected: string;
}

export type TableId =
  | 'schools'
  | 'county'
  | 'byYear'
  | 'investments'
  | 'assessmentScores'
  | 'teacherRecruitment'
  | 'teacherExchange'
  | 'published'
  | 'declarations'
  | 'vetoes'
  | 'evidence'
  | 'qualityMonitoring'
  | 'governmentScoreItems';

export interface SheetTable {
  id: TableId;
  /** The sheet's name in a template. */
  sheetName: string;
  /** Where the records live in the file (`['facts', 'investments']`); [] for 县级数据. */
  path: readonly string[];
  layout: 'rows' | 'keyValue';
  fields: readonly SheetField[];
  description: string;
}

const toFillKey = 'toFill';

/** The name of the key-value table; the schema has no title for the file's loose values. */
const countySheetName = '县级数据';
const countySheetDescription = '基本信息（县标识、年份）、县级合计和县级事实数据，每项一行。';

function typeOf(node: SchemaNode): string | undefined {
  return Array.isArray(node.type) ? node.type[0] : node.type;
}

function fieldKind(node: SchemaNode): FieldKind {
  if (node.enum) return 'choice';
  switch (typeOf(node)) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

function makeField(
  fullPath: FieldPath,
  path: readonly string[],
  groups: readonly Group[],
  required: boolean,
  alwaysRequired: boolean,
): SheetField {
  const info = fieldInfo('year', fullPath);
  if (!info) throw new Error(`no schema for ${fullPath.join('.')}`);
  const { node } = info;
  const field: SheetField = {
    path,
    key: path.join('.'),
    title: info.title,
    groups,
    kind: fieldKind(node),
    required,
    alwaysRequired,
    expected: describeExpected(node as ExpectedShape),
  };
  // Only numbers have units: 县属's description mentions （市、区）, which is not one.
  const unit =
    field.kind === 'integer' || field.kind === 'number' ? unitFromDescription(info.description) : undefined;
  if (unit) field.unit = unit;
  if (node.enum) {
    field.choices = node.enum.map(String);
    field.choiceLabels = node.enumDescriptions ?? field.choices;
  }
  if (node.minimum !== undefined) field.minimum = node.minimum;
  if (node.maximum !== undefined) field.maximum = node.maximum;
  if (info.description) field.description = info.description;
  return field;
}

/**
 * Walks an object of the schema: scalars become fields of the table being filled, lists of
 * records become tables of their own, objects are walked with their title as a group.
 */
function walk(
  fullPath: FieldPath,
  path: readonly string[],
  groups: readonly Group[],
  requiredChain: boolean,
  fields: SheetField[],
  tables: SheetTable[],
): void {
  const parent = fieldInfo('year', fullPath)?.node;
  for (const name of propertyNamesAt('year', fullPath)) {
    // The to-fill list is the clerk's to-do list, not data: the workbook leaves it out and an
    // import keeps the file's own.
    if (fullPath.length === 0 && name === toFillKey) continue;
    const childPath = [...fullPath, name];
    const info = fieldInfo('year', childPath);
    if (!info) continue;
    const required = parent?.required?.includes(name) ?? false;
    const type = typeOf(info.node);
    if (
      type === 'array' &&
      info.node.items &&
      typeOf(fieldInfo('year', [...childPath, 0])?.node ?? {}) === 'object'
    ) {
      tables.push(recordTable(childPath, info.title, info.description ?? ''));
    } else if (type === 'object') {
      const group = { key: name, title: info.title };
      walk(childPath, [...path, name], [...groups, group], requiredChain && required, fields, tables);
    } else if (type === 'array') {
      throw new Error(`lists of values have no spreadsheet form yet: ${childPath.join('.')}`);
    } else {
      fields.push(makeField(childPath, [...path, name], groups, required, requiredChain && required));
    }
  }
}

function recordTable(path: FieldPath, title: string, description: string): SheetTable {
  const fields: SheetField[] = [];
  const nested: SheetTable[] = [];
  walk([...path, 0], [], [], true, fields, nested);
  if (nested.length > 0) throw new Error(`lists inside records have no spreadsheet form: ${path.join('.')}`);
  const id = String(path[path.length - 1]) as TableId;
  return { id, sheetName: title, path: path.map(String), layout: 'rows', fields, description };
}

function buildModel(): SheetTable[] {
  const fields: SheetField[] = [];
  const tables: SheetTable[] = [];
  walk([], [], [], true, fields, tables);
  const county: SheetTable = {
    id: 'county',
    sheetName: countySheetName,
    path: [],
    layout: 'keyValue',
    fields,
    description: countySheetDescription,
  };
  // Schools first: it is what a clerk fills; then the county's values, then the other lists.
  const schools = tables.filter((table) => table.id === 'schools');
  return [...schools, county, ...tables.filter((table) => table.id !== 'schools')];
}

/** The tables of a county-year workbook, in sheet order. */
export const sheetTables: readonly SheetTable[] = buildModel();

/**
 * The field of a workbook that holds the value at a path of the file (`['declarations', 2,
 * 'item']`, `['numbers', 'teacherPay', 'teachers']`), or undefined.
 */
export function fieldAt(path: readonly (string | number)[]): SheetField | undefined {
  const parts = path.map(String);
  for (const table of sheetTables) {
    if (table.layout !== 'rows') continue;
    if (table.path.every((key, index) => parts[index] === key) && parts.length > table.path.length + 1) {
      const key = parts.slice(table.path.length + 1).join('.');
      return table.fields.find((field) => field.key === key);
    }
  }
  const key = parts.join('.');
  return sheetTables.find((table) => table.layout === 'keyValue')?.fields.find((field) => field.key === key);
}

/** `小学段·在校生数`: a field's name with its groups, as lists and messages show it. */
export function fieldLabel(field: SheetField, skipGroups = 0): string {
  return [...field.groups.slice(skipGroups).map((group) => group.title), field.title].join('·');
}

/** `在校生数（人）`. */
export function withUnit(label: string, unit: string | undefined): string {
  return unit ? `${label}（${unit}）` : label;
}

/** The template's sheet of instructions; never imported. */
export const instructionsSheetName = '填写说明';

/** The template's hidden sheet of long drop-down lists (Excel's own lists hold 255 characters); never imported. */
export const choicesSheetName = '选项';

/** The label a workbook shows for a choice (the choice itself when the schema names none). */
export function choiceLabel(field: SheetField, choice: string): string {
  const index = field.choices?.indexOf(choice) ?? -1;
  return index < 0 ? choice : (field.choiceLabels?.[index] ?? choice);
}

/** The choice a workbook's label stands for, or undefined. */
export function choiceOfLabel(field: SheetField, label: string): string | undefined {
  const index = field.choiceLabels?.indexOf(label) ?? -1;
  return index < 0 ? undefined : field.choices?.[index];
}
