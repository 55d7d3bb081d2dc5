/**
 * How headers, sheet names and choice values may be spelt in a clerk's workbook: the schema's
 * titles (what the template writes) plus the spellings users register in
 * data/sheet-headers.yaml. Pure: the file's text in, lookups and located problems out.
 *
 * Comparison ignores what a clerk's table varies in without meaning anything: spaces, full- and
 * half-width forms, punctuation, and a unit in brackets, so 在校生数（人）, 在校生数(人) and
 * ＂在校 生数＂ are one spelling.
 */
import type { RawFile } from '../load/read-project.ts';
import { parseYamlFile } from '../parse/yaml.ts';
import { issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath, Problem } from '../problems/problem.ts';
import { closestMatch } from '../text/nearest.ts';
import type { SheetHeadersFile } from '../types/generated/sheet-headers.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import { type SheetTable, sheetTables, type TableId } from './model.ts';

export const spellingsFile = 'data/sheet-headers.yaml';

const opening = '(（[【〔';
const closing = ')）]】〕';

/**
 * Bracketed parts taken out (`在校生数（人）` → `在校生数`): from an opening bracket to the next
 * closing one. One pass: a run of opening brackets never closed is kept as it is, without
 * searching to the end again from each of them.
 */
function withoutBrackets(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (!opening.includes(char)) {
      out += char;
      index += 1;
      continue;
    }
    let close = index + 1;
    while (close < text.length && !closing.includes(text[close] as string)) close += 1;
    if (close >= text.length) return out + text.slice(index);
    index = close + 1;
  }
  return out;
}

/** A header as compared: NFKC, lower case, no brackets, spaces or punctuation. */
export function normalizeLabel(text: string): string {
  return withoutBrackets(text.normalize('NFKC').toLowerCase()).replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A choice value as compared: NFKC, no spaces. */
export function normalizeValue(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

export interface Spellings {
  /** Other names of a table's sheet, normalized. */
  sheetNames(table: TableId): readonly string[];
  /** Other names of a group (by its property, e.g. `primary`). */
  groupNames(property: string): readonly string[];
  /** Other names of a table's field (by its last property, e.g. `students`). */
  fieldNames(table: TableId, property: string): readonly string[];
  /** The choice a registered spelling stands for, e.g. 完全小学 → 小学 for `type`. */
  choiceFor(property: string, text: string): string | undefined;
  /** Whether a header names a column that is never imported (序号, 备注 …). */
  ignored(header: string): boolean;
}

function lookupList(map: Map<string, string[]>, key: string): readonly string[] {
  return map.get(key) ?? [];
}

/** Spellings from the parsed file (already schema-checked). */
export function spellingsFrom(file: SheetHeadersFile): Spellings {
  const sheets = new Map<string, string[]>();
  for (const [table, names] of Object.entries(file.sheets ?? {})) sheets.set(table, names ?? []);
  const groups = new Map<string, string[]>();
  for (const [group, names] of Object.entries(file.groups ?? {})) groups.set(group, names ?? []);
  const fields = new Map<string, string[]>();
  for (const [table, byField] of Object.entries(file.fields ?? {})) {
    for (const [field, names] of Object.entries(byField ?? {})) fields.set(`${table}.${field}`, names ?? []);
  }
  const choices = new Map<string, string>();
  for (const [field, byChoice] of Object.entries(file.values ?? {})) {
    for (const [choice, names] of Object.entries(byChoice ?? {})) {
      for (const name of names ?? []) choices.set(`${field}\u0000${normalizeValue(name)}`, choice);
    }
  }
  const ignored = new Set((file.ignore ?? []).map(normalizeLabel));
  return {
    sheetNames: (table) => lookupList(sheets, table).map(normalizeLabel),
    groupNames: (property) => lookupList(groups, property),
    fieldNames: (table, property) => lookupList(fields, `${table}.${property}`),
    choiceFor: (property, text) => choices.get(`${property}\u0000${normalizeValue(text)}`),
    ignored: (header) => ignored.has(normalizeLabel(header)),
  };
}

export const noSpellings: Spellings = spellingsFrom({});

/** Field properties (last path part) of a table, group properties, choice fields with their choices. */
function namesOf(table: SheetTable) {
  return [...new Set(table.fields.map((field) => field.path[field.path.length - 1] ?? ''))];
}

const allGroups = [
  ...new Set(
    sheetTables.flatMap((table) => table.fields.flatMap((field) => field.groups.map((group) => group.key))),
  ),
];

const choiceFields = new Map<string, readonly string[]>();
for (const table of sheetTables) {
  for (const field of table.fields) {
    if (field.choices) choiceFields.set(field.path[field.path.length - 1] ?? '', field.choices);
  }
}

/** Names the file uses that the model does not have, and one spelling given to two things. */
function checkNames(file: SheetHeadersFile): DataIssue[] {
  const issues: DataIssue[] = [];
  const unknown = (path: FieldPath, what: string, name: string, allowed: readonly string[]) => {
    const suggestion = closestMatch(name, allowed);
    issues.push(
      issue(
        'sheetHeadersUnknownName',
        path,
        suggestion ? { what, name, suggestion, allowed } : { what, name, allowed },
      ),
    );
  };
  const ambiguous = (path: FieldPath, seen: Map<string, string>, spelling: string, owner: string) => {
    const key = normalizeLabel(spelling);
    const first = seen.get(key);
    if (first !== undefined && first !== owner) {
      issues.push(issue('sheetHeadersAmbiguous', path, { spelling, first, second: owner }));
    } else seen.set(key, owner);
  };
  const groupSeen = new Map<string, string>();
  for (const [group, names] of Object.entries(file.groups ?? {})) {
    if (!allGroups.includes(group)) unknown(['groups', group], '分组', group, allGroups);
    (names ?? []).forEach((name, index) => {
      ambiguous(['groups', group, index], groupSeen, name, group);
    });
  }
  for (const [tableId, byField] of Object.entries(file.fields ?? {})) {
    const table = sheetTables.find((candidate) => candidate.id === tableId);
    if (!table) continue;
    const allowed = namesOf(table);
    const seen = new Map<string, string>();
    for (const [field, names] of Object.entries(byField ?? {})) {
      if (!allowed.includes(field))
        unknown(['fields', tableId, field], `${table.sheetName}表的字段`, field, allowed);
      (names ?? []).forEach((name, index) => {
        ambiguous(['fields', tableId, field, index], seen, name, field);
      });
    }
  }
  for (const [field, byChoice] of Object.entries(file.values ?? {})) {
    const choices = choiceFields.get(field);
    if (!choices) {
      unknown(['values', field], '选项字段', field, [...choiceFields.keys()]);
      continue;
    }
    const seen = new Map<string, string>();
    for (const [choice, names] of Object.entries(byChoice ?? {})) {
      if (!choices.includes(choice)) unknown(['values', field, choice], `${field} 的取值`, choice, choices);
      (names ?? []).forEach((name, index) => {
        ambiguous(['values', field, choice, index], seen, name, choice);
      });
    }
  }
  return issues;
}

/**
 * Reads data/sheet-headers.yaml. With problems (located in the file) the import stops; without
 * the file, only the template's own spellings are known.
 */
export function readSpellings(raw: RawFile | undefined): { spellings: Spellings; problems: Problem[] } {
  if (raw === undefined) return { spellings: noSpellings, problems: [] };
  const parsed = parseYamlFile(raw);
  const problems: Problem[] = [...parsed.issues];
  if (parsed.value === undefined) return { spellings: noSpellings, problems };
  const schemaIssues = validateAgainstSchema('sheetHeaders', parsed.value);
  const issues = schemaIssues.length > 0 ? schemaIssues : checkNames(parsed.value as SheetHeadersFile);
  for (const found of issues) {
    const at = parsed.locate(found.path, found.code === 'sheetHeadersUnknownName' ? 'key' : 'value');
    problems.push({ ...found, file: raw.file, line: at.line, column: at.column });
  }
  if (problems.some((problem) => problem.severity === 'error')) return { spellings: noSpellings, problems };
  return { spellings: spellingsFrom(parsed.value as SheetHeadersFile), problems };
}
