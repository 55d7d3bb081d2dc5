/**
 * What an import would change, in words a clerk checks before writing: schools added, removed
 * and changed (by id, field by field: old → new), the county's values, and the records of the
 * other lists (by position). Pure.
 */
import { choiceLabel, fieldLabel, type SheetField, type SheetTable, sheetTables } from './model.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path)
    current = isObject(current) || Array.isArray(current) ? (current as Json)[key as string] : undefined;
  return current;
}

/** A value as a clerk reads it: 空 for nothing, 是/否, strings unquoted, a choice by its label. */
function shown(value: unknown, field?: SheetField): string {
  if (value === undefined || value === null) return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && field?.kind === 'choice' && value !== '') return choiceLabel(field, value);
  if (typeof value === 'string') return value === '' ? '空' : value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** At most this many changed fields are listed for one record; the rest are counted. */
const fieldsShown = 8;

function fieldChanges(
  fields: readonly SheetField[],
  before: unknown,
  after: unknown,
  skipGroups = 0,
): string[] {
  const changes: string[] = [];
  for (const field of fields) {
    const old = valueAt(before, field.path);
    const next = valueAt(after, field.path);
    if (!same(old, next))
      changes.push(`${fieldLabel(field, skipGroups)} ${shown(old, field)} → ${shown(next, field)}`);
  }
  return changes;
}

function listed(changes: readonly string[]): string {
  const head = changes.slice(0, fieldsShown).join('；');
  return changes.length > fieldsShown ? `${head}；等 ${changes.length} 项` : head;
}

export interface ChangeReport {
  lines: string[];
  /** One line saying how much changed (or that nothing did). */
  summary: string;
  changed: boolean;
}

function schoolName(school: unknown): string {
  return `${shown(valueAt(school, ['name']))}（${shown(valueAt(school, ['id']))}）`;
}

function schoolChanges(
  table: SheetTable,
  before: unknown[],
  after: unknown[],
  counts: Map<string, number>,
): string[] {
  const lines: string[] = [];
  const oldById = new Map(before.map((school) => [valueAt(school, ['id']), school]));
  const newIds = new Set(after.map((school) => valueAt(school, ['id'])));
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const school of after) {
    const old = oldById.get(valueAt(school, ['id']));
    if (old === undefined) {
      lines.push(`新增学校 ${schoolName(school)}`);
      bump('新增');
      continue;
    }
    const changes = fieldChanges(table.fields, old, school);
    if (changes.length > 0) {
      lines.push(`修改 ${schoolName(school)}：${listed(changes)}`);
      bump('修改');
    }
  }
  for (const school of before) {
    if (!newIds.has(valueAt(school, ['id']))) {
      lines.push(`删除学校 ${schoolName(school)}`);
      bump('删除');
    }
  }
  const order = (list: unknown[]) =>
    list.map((school) => valueAt(school, ['id'])).filter((id) => oldById.has(id) && newIds.has(id));
  if (!same(order(before), order(after))) lines.push('学校的排列顺序有变动');
  return lines;
}

function recordText(table: SheetTable, record: unknown): string {
  return table.fields
    .map((field) => [valueAt(record, field.path), field] as const)
    .filter(([value]) => value !== undefined)
    .map(([value, field]) => shown(value, field))
    .join('，');
}

function recordChanges(table: SheetTable, before: unknown[], after: unknown[]): string[] {
  const lines: string[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
    const old = before[index];
    const next = after[index];
    const name = `${table.sheetName}第 ${index + 1} 项`;
    if (old === undefined) lines.push(`${table.sheetName}新增第 ${index + 1} 项：${recordText(table, next)}`);
    else if (next === undefined)
      lines.push(`${table.sheetName}删除第 ${index + 1} 项：${recordText(table, old)}`);
    else {
      const changes = fieldChanges(table.fields, old, next);
      if (changes.length > 0) lines.push(`${name}：${listed(changes)}`);
    }
  }
  return lines;
}

export function describeChanges(before: unknown, after: unknown): ChangeReport {
  const lines: string[] = [];
  const schoolCounts = new Map<string, number>();
  let others = 0;
  for (const table of sheetTables) {
    if (table.layout === 'keyValue') {
      const changes = fieldChanges(table.fields, before, after).map(
        (change) => `${table.sheetName}：${change}`,
      );
      for (const change of changes) lines.push(change);
      others += changes.length;
      continue;
    }
    const list = (value: unknown) => {
      const found = valueAt(value, table.path);
      return Array.isArray(found) ? found : [];
    };
    // Loops, not push(...changes): a list of thousands of rows is no call's arguments.
    if (table.id === 'schools') {
      for (const change of schoolChanges(table, list(before), list(after), schoolCounts)) lines.push(change);
    } else {
      const changes = recordChanges(table, list(before), list(after));
      for (const change of changes) lines.push(change);
      others += changes.length;
    }
  }
  if (lines.length === 0) return { lines, summary: '与现有数据相同，没有变动。', changed: false };
  const schools = ['新增', '删除', '修改']
    .filter((kind) => schoolCounts.has(kind))
    .map((kind) => `${kind} ${schoolCounts.get(kind)} 所`);
  const parts = [
    ...(schools.length ? [`学校${schools.join('、')}`] : []),
    ...(others ? [`其他 ${others} 处`] : []),
  ];
  return {
    lines,
    summary: parts.length ? `共有变动：${parts.join('；')}。` : '学校的排列顺序有变动。',
    changed: true,
  };
}
