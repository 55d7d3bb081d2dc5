/**
 * Problems of a spreadsheet import, located the way a clerk finds them in Excel:
 * `学校!D17：在校生数应为非负整数，实际为 "12,04"（请填写数字）`. A problem in the YAML that the
 * workbook did not replace keeps the `npm run check` form (file:line:column).
 */
import { issue, type MessageCode, type MessageParams } from '../problems/catalog.ts';
import { type DataIssue, formatProblem, type Problem } from '../problems/problem.ts';
import { cellRef } from '../xlsx/xml.ts';

/** Zero-based row and column; a row without column is the whole row, neither the whole sheet. */
export interface SheetPlace {
  sheet: string;
  row?: number;
  column?: number;
}

export type Where =
  | { kind: 'sheet'; place: SheetPlace }
  | { kind: 'file'; file: string; line: number; column: number }
  | { kind: 'none' };

export interface SheetProblem extends DataIssue {
  where: Where;
}

export function sheetProblem<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  place?: SheetPlace,
): SheetProblem {
  return { ...issue(code, [], params), where: place ? { kind: 'sheet', place } : { kind: 'none' } };
}

/** `学校`, or `'Sheet 1'` quoted as Excel writes a name with spaces or punctuation in a reference. */
export function sheetReference(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/** `学校!D17`, `学校!第 17 行`, or '' for the whole sheet (the message names it). */
export function formatPlace(place: SheetPlace): string {
  if (place.row === undefined) return '';
  const sheet = sheetReference(place.sheet);
  if (place.column === undefined) return `${sheet}!第 ${place.row + 1} 行`;
  return `${sheet}!${cellRef(place.row, place.column)}`;
}

export function formatSheetProblem(problem: SheetProblem): string {
  const { where } = problem;
  if (where.kind === 'file') {
    const located: Problem = { ...problem, file: where.file, line: where.line, column: where.column };
    return formatProblem(located);
  }
  const place = where.kind === 'sheet' ? formatPlace(where.place) : '';
  const tag = problem.severity === 'warning' ? '［提示］' : '';
  const hint = problem.hint ? `（${problem.hint}）` : '';
  return `${place ? `${place}：` : ''}${tag}${problem.message}${hint}`;
}

/**
 * Stable order: the workbook's own problems first, then by sheet (in workbook order), row and
 * column, then problems in YAML files as `npm run check` orders them.
 */
export function sortSheetProblems(
  problems: readonly SheetProblem[],
  sheetOrder: readonly string[],
): SheetProblem[] {
  const rank = (problem: SheetProblem): number[] => {
    const { where } = problem;
    if (where.kind === 'none') return [0];
    if (where.kind === 'file') return [2, where.line, where.column];
    const sheet = sheetOrder.indexOf(where.place.sheet);
    return [
      1,
      sheet < 0 ? sheetOrder.length : sheet,
      (where.place.row ?? -1) + 1,
      (where.place.column ?? -1) + 1,
    ];
  };
  const fileOf = (problem: SheetProblem) => (problem.where.kind === 'file' ? problem.where.file : '');
  return [...problems].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra[0] !== rb[0]) return (ra[0] ?? 0) - (rb[0] ?? 0);
    const byFile = fileOf(a).localeCompare(fileOf(b));
    if (byFile !== 0) return byFile;
    for (let index = 1; index < Math.max(ra.length, rb.length); index += 1) {
      const difference = (ra[index] ?? 0) - (rb[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}

/** The closing line: counts, and whether anything was written. */
export function problemCounts(problems: readonly SheetProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
