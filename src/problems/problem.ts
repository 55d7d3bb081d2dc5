/**
 * Problems are data until the edge: every phase returns them in a list, nothing throws for
 * bad input, and only the CLI prints them. One shape for all, from the YAML parser to the
 * published-figure comparison.
 */

export type Severity = 'error' | 'warning';

/** A field path inside a data file, e.g. ['schools', 3, 'primary', 'students']. */
import type { FieldPath } from '../types/field-path.ts';

export type { FieldPath };

/** A problem found by a pure phase that knows the field but not yet the line. */
export interface DataIssue {
  severity: Severity;
  /** Name in the catalog (src/problems/catalog.ts). */
  code: string;
  path: FieldPath;
  /** What is wrong, in Chinese, naming the field's key where it helps. */
  message: string;
  /** What to do about it, in Chinese. */
  hint?: string;
}

/** A problem located in a file: what the clerk sees. */
export interface Problem extends DataIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
}

/** `data/counties/tongdao/2019.yaml:41:7  schools[3].primary.students：应为非负整数，实际为 "1,204"（请去掉千位分隔符）` */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const field = formatPath(problem.path);
  const hint = problem.hint ? `（${problem.hint}）` : '';
  const tag = problem.severity === 'warning' ? '［提示］' : '';
  return `${where}  ${tag}${field ? `${field}：` : ''}${problem.message}${hint}`;
}

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

export function hasErrors(problems: readonly { severity: Severity }[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Stable order for output: by file, then position, then path. */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      formatPath(a.path).localeCompare(formatPath(b.path)),
  );
}
