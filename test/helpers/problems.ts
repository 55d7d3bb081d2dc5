/** Checks on lists of located problems shared by the tests. */
import { formatPath, formatProblem, type Problem } from '../../src/problems/problem.ts';

/**
 * Problems reported more than once (same file, place, field and code), formatted: each
 * mistake must be said once, at its source, not filtered out of the output afterwards.
 */
export function repeated(problems: readonly Problem[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const problem of problems) {
    const key = [problem.file, problem.line, problem.column, formatPath(problem.path), problem.code].join(
      ' ',
    );
    if (seen.has(key)) twice.push(formatProblem(problem));
    seen.add(key);
  }
  return twice;
}
