/**
 * In `npm run dev` a narrative with errors is not rendered: the page throws this error instead,
 * so Astro's overlay shows the same Chinese messages `npm run check` prints, located at the MDX
 * file's line and column (with the lines around it), not inside a component's source.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../load/project-root.ts';
import { MAX_NARRATIVE_BYTES } from '../load/read-narratives.ts';
import { checkNarrative, type NarrativeSubject } from '../narrative/check-narrative.ts';
import { formatProblem, type Problem } from '../problems/problem.ts';

/** What Astro's dev overlay reads from an error besides its message. */
export interface LocatedError extends Error {
  loc: { file: string; line: number; column: number };
  hint?: string;
}

/** An error for the overlay, or undefined when the problems hold no error. */
export function narrativeError(problems: readonly Problem[], absoluteFile: string): LocatedError | undefined {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const [first] = errors;
  if (first === undefined) return undefined;
  const error = new Error(
    `报告正文有 ${errors.length} 处错误，页面未生成：\n${errors.map(formatProblem).join('\n')}`,
  ) as LocatedError;
  error.name = '报告正文有误';
  // The place is the MDX line; the code path that found it is of no use to a writer.
  error.stack = `${error.name}: ${error.message}`;
  error.loc = { file: absoluteFile, line: Math.max(1, first.line), column: Math.max(1, first.column) };
  if (first.hint !== undefined) error.hint = first.hint;
  return error;
}

/** The narrative's file in the project (the data's folder, which may not be the code's). */
function narrativePath(county: string, year: string): string {
  return join(projectRoot(), 'content/reports', county, `${year}.mdx`);
}

/**
 * Checks the county-year's narrative against its data, and throws the overlay's error when it
 * has errors.
 */
export function assertNarrativeRenders(
  county: string,
  year: string,
  subject: NarrativeSubject,
  all: ReadonlyMap<string, NarrativeSubject>,
): void {
  const absolute = narrativePath(county, year);
  const label = `content/reports/${county}/${year}.mdx`;
  const problems = checkNarrative({ file: label, text: readFileSync(absolute, 'utf8') }, subject, all);
  const error = narrativeError(problems, absolute);
  if (error !== undefined) throw error;
}

/**
 * Whether the county-year's narrative is one the check reads (src/load/read-narratives.ts): a
 * plain file within the size limit. A link or an oversized file is never rendered unchecked.
 */
export function isCheckedNarrative(county: string, year: string): boolean {
  try {
    const found = lstatSync(narrativePath(county, year));
    return found.isFile() && found.size <= MAX_NARRATIVE_BYTES;
  } catch {
    return false;
  }
}
