/**
 * `diffRuns`: two runs of the pipeline (an older commit's and a newer one's) and their
 * narratives in, the changes to the published figures out. Pure: the CLI reads both sides.
 */

import type { NarrativeFile } from '../load/read-narratives.ts';
import { checkNarratives } from '../narrative/check-all.ts';
import type { CountyYearOutput, ProjectRun } from '../pipeline.ts';
import { formatPath, hasErrors, type Problem, sortProblems } from '../problems/problem.ts';
import { compareAssessments } from './compare-assessment.ts';
import { compareNarrativeFigures, compareNarrativeTexts } from './compare-narratives.ts';
import { compareSchools, compareValues, compareVerdicts, type ResultSide } from './compare-results.ts';
import type { CountyYearChange, CountyYearRef, FigureDiff } from './figure-diff.ts';

export function diffRuns(
  oldRun: ProjectRun,
  newRun: ProjectRun,
  oldNarratives: readonly NarrativeFile[],
  newNarratives: readonly NarrativeFile[],
): FigureDiff {
  const old = byCountyYear(oldRun.outputs);
  const now = byCountyYear(newRun.outputs);
  const diff: FigureDiff = {
    countyYears: [],
    flips: [],
    assessment: [],
    values: [],
    schools: { added: [], removed: [], standings: [] },
    narratives: {
      figures: compareNarrativeFigures(newNarratives, resultsOf(old), resultsOf(now)),
      edits: compareNarrativeTexts(oldNarratives, newNarratives),
    },
    problems: { introduced: [], resolved: [], newSideHasErrors: false },
  };
  for (const key of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const before = old.get(key);
    const after = now.get(key);
    if (before === undefined || after === undefined) {
      diff.countyYears.push(presenceChange((after ?? before) as CountyYearOutput, before, oldRun, newRun));
      continue;
    }
    const ref: CountyYearRef = {
      county: after.county,
      year: after.year,
      countyName: after.result.countyName,
    };
    const [from, to] = [side(before), side(after)];
    diff.flips.push(...compareVerdicts(ref, from, to));
    diff.assessment.push(...compareAssessments(ref, before.result, after.result));
    diff.values.push(...compareValues(ref, from, to));
    const schools = compareSchools(ref, from, to);
    diff.schools.added.push(...schools.added);
    diff.schools.removed.push(...schools.removed);
    diff.schools.standings.push(...schools.standings);
  }
  const oldProblems = [...oldRun.problems, ...checkNarratives(oldRun, oldNarratives)];
  const newProblems = [...newRun.problems, ...checkNarratives(newRun, newNarratives)];
  // A county-year an error now stops is not checked further: its narrative's problems and the
  // engine's warnings on its data are not reported, which does not make them solved.
  const unchecked = new Set(
    diff.countyYears
      .filter((item) => item.change === 'not-computed')
      .flatMap((item) => [
        `data/counties/${item.county}/${item.year}.yaml`,
        `content/reports/${item.county}/${item.year}.mdx`,
      ]),
  );
  const solved = problemsOnlyIn(oldProblems, newProblems).filter(
    (problem) =>
      !unchecked.has(problem.file) || (problem.severity === 'error' && !problem.file.endsWith('.mdx')),
  );
  diff.problems = {
    introduced: sortProblems(problemsOnlyIn(newProblems, oldProblems)),
    resolved: sortProblems(solved),
    newSideHasErrors: hasErrors(newProblems),
  };
  return diff;
}

function byCountyYear(outputs: readonly CountyYearOutput[]): Map<string, CountyYearOutput> {
  return new Map(outputs.map((output) => [`${output.county}/${output.year}`, output]));
}

function resultsOf(outputs: ReadonlyMap<string, CountyYearOutput>) {
  return new Map([...outputs].map(([key, output]) => [key, output.result]));
}

function side(output: CountyYearOutput): ResultSide {
  return { result: output.result, standards: output.standards };
}

/** A county-year computed on one side only: its file came or went, or an error stops it. */
function presenceChange(
  output: CountyYearOutput,
  before: CountyYearOutput | undefined,
  oldRun: ProjectRun,
  newRun: ProjectRun,
): CountyYearChange {
  const ref = { county: output.county, year: output.year, countyName: output.result.countyName };
  const blockedIn = (run: ProjectRun) =>
    run.dataset.counties.get(output.county)?.years.has(output.year) === true ||
    run.problems.some((problem) => problem.severity === 'error' && problem.file === output.file);
  if (before === undefined) return { ...ref, change: blockedIn(oldRun) ? 'computed-again' : 'added' };
  return { ...ref, change: blockedIn(newRun) ? 'not-computed' : 'removed' };
}

/**
 * Problems of `these` that `those` do not have (as a multiset). Lines and columns are left out of
 * the comparison: a school added above a problem moves it without making it new.
 */
function problemsOnlyIn(these: readonly Problem[], those: readonly Problem[]): Problem[] {
  // Positions in lists are left out too: deleting a school renumbers the ones after it.
  const identity = (problem: Problem) =>
    [
      problem.severity,
      problem.file,
      problem.code,
      formatPath(problem.path.map((part) => (typeof part === 'number' ? '#' : part))),
      problem.message,
      problem.hint,
    ].join('\u0000');
  const counts = new Map<string, number>();
  for (const problem of those) counts.set(identity(problem), (counts.get(identity(problem)) ?? 0) + 1);
  return these.filter((problem) => {
    const left = counts.get(identity(problem)) ?? 0;
    if (left === 0) return true;
    counts.set(identity(problem), left - 1);
    return false;
  });
}
