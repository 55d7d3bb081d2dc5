/**
 * Raw files → the typed dataset the engine computes on, with every problem of every file
 * collected in one run and located (file, line, column). Pure.
 *
 * What enters the dataset: a file that parsed without errors and has the shape its schema
 * gives (it may break the schema's rules between fields, see schemaRuleCodes). A file with
 * other errors is left out, but all its problems are reported. Rule problems (ids, totals,
 * levels …) are reported without leaving the file out: the data is well-typed, and the caller
 * decides with `hasErrors` whether to go on. A year file joins its county only when the
 * county's county.yaml is in the dataset.
 */

import { classifyDataFile, type RawFile } from '../load/read-project.ts';
import { type LocateTarget, type Position, parseYamlFile } from '../parse/yaml.ts';
import { anchorOf, issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath, Problem } from '../problems/problem.ts';
import { formatPath, hasErrors, sortProblems } from '../problems/problem.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { CountyYearFile } from '../types/generated/county-year.ts';
import type { LocalStandardFile } from '../types/generated/local-standard.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { checkLocalFile, countyLocals } from './assessment-rules.ts';
import { hiddenCharacterIssues } from './hidden-characters.ts';
import { checkCountyFile, checkCountyYearFile, checkStandardFile, type StandardsOnDisk } from './rules.ts';
import { schemaRuleCodes, validateAgainstSchema } from './schema.ts';

export interface SourceFile<T> {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  /** Line and column of a field (see parseYamlFile); `key` points at the field's key. */
  locate(path: FieldPath, target?: LocateTarget): Position;
}

export interface CountyRecord {
  county: SourceFile<CountyFile>;
  years: Map<number, SourceFile<CountyYearFile>>;
}

export interface Dataset {
  counties: Map<string, CountyRecord>;
  standards: Map<string, SourceFile<StandardFile>>;
  /** Local adjustments of a standard (data/standards/local/<id>.yaml), by id. */
  locals: Map<string, SourceFile<LocalStandardFile>>;
}

/** Locates issues found on a file's data (by rules here, by the engine later) in that file. */
export function locateIssues(source: SourceFile<unknown>, issues: readonly DataIssue[]): Problem[] {
  return issues.map((found) => {
    const anchor = anchorOf(found.code);
    const at =
      anchor === 'file'
        ? { line: 0, column: 0 }
        : source.locate(found.path, anchor === 'key' ? 'key' : 'value');
    return { ...found, file: source.file, line: at.line, column: at.column };
  });
}

export function buildDataset(files: readonly RawFile[]): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const counties = new Map<string, SourceFile<CountyFile>>();
  const years: { folder: string; year: number; source: SourceFile<CountyYearFile> }[] = [];
  const standards = new Map<string, SourceFile<StandardFile>>();
  const standardIds = new Set<string>();
  const locals = new Map<string, SourceFile<LocalStandardFile>>();
  const localIds = new Set<string>();
  const countyFolders = new Set<string>();

  for (const raw of files) {
    if (raw.link) {
      problems.push({ ...issue('dataFileIsLink', [], {}), file: raw.file, line: 0, column: 0 });
      continue;
    }
    const role = classifyDataFile(raw.file);
    if (role.role === 'misnamed' || role.role === 'unrecognised') {
      const found =
        role.role === 'unrecognised'
          ? issue('unrecognisedFile', [], {})
          : issue('misnamedDataFile', [], role.suggestedName ? { suggestedName: role.suggestedName } : {});
      problems.push({ ...found, file: raw.file, line: 0, column: 0 });
      continue;
    }
    if (role.role === 'standard') standardIds.add(role.id);
    if (role.role === 'local') localIds.add(role.id);
    if (role.role === 'county') countyFolders.add(role.county);
    const source = readSource(raw, role.role, problems);
    if (!source) continue;
    if (role.role === 'county') counties.set(role.county, source as SourceFile<CountyFile>);
    if (role.role === 'standard') standards.set(role.id, source as SourceFile<StandardFile>);
    if (role.role === 'local') locals.set(role.id, source as SourceFile<LocalStandardFile>);
    if (role.role === 'year') {
      years.push({ folder: role.county, year: role.year, source: source as SourceFile<CountyYearFile> });
    }
  }

  for (const [id, source] of standards) {
    problems.push(...locateIssues(source, checkStandardFile(source.data, id)));
  }
  const standardsById = {
    ids: standardIds,
    get: (id: string) => standards.get(id)?.data,
  };
  for (const [id, source] of locals) {
    problems.push(...locateIssues(source, checkLocalFile(source.data, id, standardsById)));
  }
  // A county lists local files among its standards, by id.
  const onDisk: StandardsOnDisk = {
    ids: new Set([...standardIds, ...localIds]),
    kinds: new Map([...standards].map(([id, source]) => [id, source.data.kind])),
  };
  const localExtends = new Map([...locals].map(([id, source]) => [id, source.data] as const));
  const records = new Map<string, CountyRecord>();
  for (const [folder, source] of counties) {
    problems.push(...locateIssues(source, checkCountyFile(source.data, folder, onDisk)));
    problems.push(...locateIssues(source, countyLocals(source.data, localExtends)));
    records.set(folder, { county: source, years: new Map() });
  }
  for (const { folder, year, source } of years) {
    problems.push(...locateIssues(source, checkCountyYearFile(source.data, { folder, fileYear: year })));
    if (!countyFolders.has(folder)) {
      problems.push(...locateIssues(source, [issue('yearWithoutCounty', [], { folder })]));
    }
    records.get(folder)?.years.set(year, source);
  }
  for (const record of records.values()) problems.push(...schoolsCopiedFromPreviousYear(record));

  return { dataset: { counties: records, standards, locals }, problems: sortProblems(problems) };
}

/**
 * Parses and schema-checks one file, adding its problems; returns it when it may enter the
 * dataset. Schema problems at a field the parser already complained about (`.nan`,
 * `__proto__`) are dropped: one line per mistake.
 */
function readSource(
  raw: RawFile,
  kind: 'county' | 'year' | 'standard' | 'local',
  problems: Problem[],
): SourceFile<unknown> | undefined {
  const parsed = parseYamlFile(raw);
  problems.push(...parsed.issues);
  if (parsed.value === undefined) return undefined;
  const source: SourceFile<unknown> = { file: raw.file, data: parsed.value, locate: parsed.locate };
  const seen = new Set(parsed.issues.map((found) => formatPath(found.path)));
  const schemaIssues = validateAgainstSchema(kind, parsed.value).filter(
    (found) => found.path.length === 0 || !seen.has(formatPath(found.path)),
  );
  problems.push(...locateIssues(source, schemaIssues));
  const shapeIssues = schemaIssues.filter((found) => !schemaRuleCodes.has(found.code));
  if (shapeIssues.length > 0 || hasErrors(parsed.issues)) return undefined;
  const hiddenIssues = hiddenCharacterIssues(parsed.value);
  problems.push(...locateIssues(source, hiddenIssues));
  if (hiddenIssues.length > 0) return undefined;
  return source;
}

/**
 * A year file whose school rows are exactly those of the county's previous year file (the
 * latest earlier one): copied by npm run new and not yet updated. Compared as data, so comments,
 * layout and the order of keys do not matter.
 */
function schoolsCopiedFromPreviousYear(record: CountyRecord): Problem[] {
  const years = [...record.years.keys()].sort((a, b) => a - b);
  return years.slice(1).flatMap((year, index) => {
    const source = record.years.get(year);
    const previous = record.years.get(years[index] ?? year);
    if (source === undefined || previous === undefined || source.data.schools.length === 0) return [];
    if (canonical(source.data.schools) !== canonical(previous.data.schools)) return [];
    return locateIssues(source, [
      issue('schoolsSameAsPreviousYear', ['schools'], {
        file: source.file,
        previousFile: previous.file,
        count: source.data.schools.length,
      }),
    ]);
  });
}

/** JSON with object keys sorted: equal for equal data whatever the order of keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    node !== null && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : node,
  );
}
