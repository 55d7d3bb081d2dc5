/**
 * `npm run import`, without the filesystem: a workbook (or CSV) and the project's files in,
 * the new text of the county-year file, every problem located in the workbook, and what would
 * change out. The new text is checked by the same pipeline as `npm run check` (runProject), so
 * an import accepts exactly what check accepts; nothing is to be written when any error is found.
 */
import type { RawFile } from '../load/read-project.ts';
import { parseYamlFile } from '../parse/yaml.ts';
import { type ProjectRun, runProject } from '../pipeline.ts';
import { issue, type MessageCode, sheetHints } from '../problems/catalog.ts';
import { formatPath, hasErrors, type Problem } from '../problems/problem.ts';
import { closestMatch } from '../text/nearest.ts';
import type { ReadLimits } from '../xlsx/read.ts';
import { type Assembled, assemble, placeOf, type TablePlaces, type TableSummary } from './assemble.ts';
import { type ChangeReport, describeChanges } from './diff.ts';
import { findTables } from './find-tables.ts';
import { choiceLabel, choiceOfLabel, fieldAt } from './model.ts';
import { type SheetPlace, type SheetProblem, sheetProblem, sortSheetProblems } from './problems.ts';
import { readSource, type SourceSheets, sourceLimits } from './read-source.ts';
import type { Spellings } from './spellings.ts';
import { updatedYaml } from './update-yaml.ts';

export interface ImportRequest {
  /** The file's name as given (for CSV: its sheet name; for a new YAML file: the header note). */
  fileName: string;
  bytes: Uint8Array;
  county: string;
  year: number;
  /** The project's data files (readProjectFiles). */
  projectFiles: readonly RawFile[];
  spellings: Spellings;
  limits?: Partial<ReadLimits>;
}

export interface ImportResult {
  /** data/counties/<county>/<year>.yaml */
  target: string;
  /** Sorted: the workbook's, then by sheet, row and column, then YAML files'. */
  problems: SheetProblem[];
  source?: Omit<SourceSheets, 'sheets'>;
  summaries: TableSummary[];
  /** The file's current text, when it exists. */
  current?: string;
  /** The new text; absent when the workbook could not be read. */
  text?: string;
  /** What would change; absent when there are errors. */
  changes?: ChangeReport;
  /** The check run on the new text (for its computed result). */
  run?: ProjectRun;
}

function fileProblem(problem: Problem): SheetProblem {
  const { file, line, column, ...rest } = problem;
  return { ...rest, where: { kind: 'file', file, line, column } };
}

/** The standards, the county's county.yaml, and the candidate year file: what check needs for it. */
/**
 * What the new text is checked with: the standards and the county's files, its other years
 * included (the result compares a year with the last one and follows a plan across years).
 */
function filesForCheck(files: readonly RawFile[], county: string, target: string, text: string): RawFile[] {
  const kept = files.filter(
    (raw) =>
      raw.file !== target &&
      (raw.file.startsWith('data/standards/') || raw.file.startsWith(`data/counties/${county}/`)),
  );
  return [...kept, { file: target, text, size: new TextEncoder().encode(text).length }];
}

/** Problems of the county's other year files are theirs, not the import's. */
const otherYearOf = (county: string, target: string) => (problem: Problem) =>
  problem.file !== target &&
  problem.file.startsWith(`data/counties/${county}/`) &&
  problem.file !== `data/counties/${county}/county.yaml`;

/** A check problem in the workbook's terms: a hint for a cell, a row number for a duplicate id. */
function inSheet(
  problem: Problem,
  place: SheetPlace,
  places: readonly TablePlaces[],
  data: unknown,
): SheetProblem {
  const { file: _file, line: _line, column: _column, ...rest } = problem;
  if (problem.code === 'duplicateSchoolId') {
    const schools = (data as { schools?: { id?: unknown }[] }).schools ?? [];
    const id = schools[Number(problem.path[1])]?.id;
    const first = schools.findIndex((school) => school.id === id);
    const row = placeOf(['schools', first], places)?.row;
    if (typeof id === 'string' && row !== undefined) {
      return { ...sheetProblem('sheetDuplicateId', { id, row: row + 1 }, place), path: problem.path };
    }
  }
  if (problem.code === 'itemDeclaredTwice') {
    const list = String(problem.path[0]);
    const items = ((data as Record<string, { item?: unknown }[] | undefined>)[list] ?? []).map(
      (entry) => entry.item,
    );
    const item = items[Number(problem.path[1])];
    const row = placeOf([list, items.indexOf(item)], places)?.row;
    const field = fieldAt(problem.path);
    if (typeof item === 'string' && row !== undefined && field) {
      const label = choiceLabel(field, item);
      return { ...sheetProblem('sheetItemRepeated', { label, row: row + 1 }, place), path: problem.path };
    }
  }
  const choices = labelledChoices(problem, data);
  if (choices) return { ...choices, where: { kind: 'sheet', place } };
  const located: SheetProblem = { ...rest, where: { kind: 'sheet', place } };
  const hint = sheetHints[problem.code as MessageCode];
  if (hint) located.hint = place.column === undefined ? hint.row : hint.cell;
  return located;
}

/**
 * A value outside a choice whose drop-down shows labels: the allowed values as the workbook
 * shows them (学校规划布局合理 …), not the codes the file holds.
 */
function labelledChoices(problem: Problem, data: unknown) {
  if (problem.code !== 'notInEnum') return undefined;
  const field = fieldAt(problem.path);
  const labels = field?.choiceLabels;
  if (!field || !labels || labels.every((label, index) => label === field.choices?.[index])) return undefined;
  let actual: unknown = data;
  for (const key of problem.path) actual = (actual as Record<string | number, unknown> | undefined)?.[key];
  const nearest = typeof actual === 'string' ? closestMatch(actual, labels) : undefined;
  const suggestion = nearest === undefined ? undefined : `「${nearest}」`;
  // Labels may hold 、 themselves (城乡学校建设、编制…): each is quoted.
  const params = { title: field.title, allowed: labels.map((label) => `「${label}」`), actual };
  const reworded = issue('notInEnum', problem.path, suggestion ? { ...params, suggestion } : params);
  // A label typed for a code is never a problem: the import reads it (choiceOfLabel).
  return typeof actual === 'string' && choiceOfLabel(field, actual) ? undefined : reworded;
}

function locate(problems: readonly Problem[], target: string, assembled: Assembled): SheetProblem[] {
  return problems.flatMap((problem): SheetProblem[] => {
    if (problem.file !== target) return [fileProblem(problem)];
    const place = problem.path.length > 0 ? placeOf(problem.path, assembled.places) : undefined;
    if (!place) return [fileProblem(problem)];
    if (assembled.reported.has(formatPath(problem.path))) return [];
    return [inSheet(problem, place, assembled.places, assembled.data)];
  });
}

export function importSpreadsheet(request: ImportRequest): ImportResult {
  const target = `data/counties/${request.county}/${request.year}.yaml`;
  const read = readSource(request.bytes, request.fileName, request.limits ?? sourceLimits);
  if ('problem' in read) return { target, problems: [read.problem], summaries: [] };
  const { sheets, ...source } = read.source;
  const sheetOrder = sheets.map((sheet) => sheet.name);
  const found = findTables(sheets, request.spellings);

  const raw = request.projectFiles.find((candidate) => candidate.file === target);
  const current = raw?.text ?? undefined;
  let currentData: unknown;
  if (raw) {
    const parsed = parseYamlFile(raw);
    if (parsed.value === undefined) {
      // A file that does not parse cannot be updated; its own problems say why.
      const problems = [...found.problems, ...parsed.issues.map(fileProblem)];
      const result: ImportResult = {
        target,
        problems: sortSheetProblems(problems, sheetOrder),
        source,
        summaries: [],
      };
      if (current !== undefined) result.current = current;
      return result;
    }
    currentData = parsed.value;
  }

  const assembled = assemble(found.found, currentData, request, {
    date1904: read.source.date1904,
    spellings: request.spellings,
  });
  const note = [`由 npm run import 从 ${request.fileName.split(/[\\/]/).pop() ?? request.fileName} 导入。`];
  const text = updatedYaml(current, assembled.data, note);
  const run = runProject(filesForCheck(request.projectFiles, request.county, target, text));
  const problems = sortSheetProblems(
    [
      ...found.problems,
      ...assembled.problems,
      ...locate(
        run.problems.filter((problem) => !otherYearOf(request.county, target)(problem)),
        target,
        assembled,
      ),
    ],
    sheetOrder,
  );
  const result: ImportResult = { target, problems, source, summaries: assembled.summaries, text, run };
  if (current !== undefined) result.current = current;
  if (!hasErrors(problems)) result.changes = describeChanges(currentData, assembled.data);
  return result;
}
