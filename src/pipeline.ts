/**
 * The build as a pipeline of pure phases: raw files → validated dataset → one computed result
 * per county-year, with every problem of every phase located in its file. The CLIs in
 * src/cli/ are the only code that reads or writes the filesystem around it.
 */
import { acrossYears, type CountyYearRun } from './compute/assessment/across-years.ts';
import { computeCountyYear } from './compute/county-year.ts';
import type { ComputeFinding } from './compute/findings.ts';
import { comparePublished } from './figures/published.ts';
import type { RawFile } from './load/read-project.ts';
import { issue } from './problems/catalog.ts';
import { type DataIssue, hasErrors, type Problem, sortProblems } from './problems/problem.ts';
import type { CountyFile } from './types/generated/county.ts';
import type { ComputeResult } from './types/generated/result.ts';
import type { StandardFile } from './types/generated/standard.ts';
import { buildDataset, type Dataset, locateIssues } from './validate/dataset.ts';

export interface CountyYearOutput {
  county: string;
  year: number;
  /** The county-year file the result was computed from. */
  file: string;
  result: ComputeResult;
  countyFile: CountyFile;
  /** The standards the county applies, in the order county.yaml lists them. */
  standards: StandardFile[];
}

export interface ProjectRun {
  dataset: Dataset;
  /** Every problem, sorted by file and position. */
  problems: Problem[];
  /** Results of the county-years whose data has no error, by county then year. */
  outputs: CountyYearOutput[];
}

/** What the site and the narrative check need of a run: its results and its problems. */
export type RunOutcome = Pick<ProjectRun, 'problems' | 'outputs'>;

export function runProject(files: readonly RawFile[]): ProjectRun {
  const { dataset, problems } = buildDataset(files);
  const outputs: CountyYearOutput[] = [];
  const countyIds = [...dataset.counties.keys()].sort();
  for (const countyId of countyIds) {
    const record = dataset.counties.get(countyId);
    if (record === undefined) continue;
    const listed = record.county.data.standards;
    const standards = listed.flatMap((id) => {
      const source = dataset.standards.get(id);
      return source === undefined ? [] : [source];
    });
    // Local adjustments (data/standards/local/) the county lists beside its standards.
    const locals = listed.flatMap((id) => {
      const source = dataset.locals.get(id);
      return source === undefined ? [] : [source];
    });
    const inputFiles = new Set([
      record.county.file,
      ...standards.map((source) => source.file),
      ...locals.map((source) => source.file),
    ]);
    const localFiles = locals.map((source) => source.data);
    const runs: CountyYearRun[] = [];
    const countyOutputs: CountyYearOutput[] = [];
    for (const year of [...record.years.keys()].sort((a, b) => a - b)) {
      const source = record.years.get(year);
      if (source === undefined) continue;
      // A county-year with an error in its own files is not computed: its figures would mislead.
      const blocked = problems.some(
        (problem) =>
          problem.severity === 'error' && (problem.file === source.file || inputFiles.has(problem.file)),
      );
      if (blocked || standards.length + locals.length !== listed.length) continue;
      const standardFiles: StandardFile[] = standards.map((standard) => standard.data);
      const computed = computeCountyYear(record.county.data, source.data, standardFiles, localFiles);
      // Printed figures are compared with the computed ones by their stable keys.
      const printed = comparePublished(computed.result, source.data.published ?? []);
      const result: ComputeResult = { ...computed.result, published: printed.checks };
      const findings = [...computed.findings, ...printed.findings];
      problems.push(...locateIssues(source, findings.map(findingIssue)));
      runs.push({ year, data: source.data, result: computed.result });
      countyOutputs.push({
        county: countyId,
        year,
        file: source.file,
        result,
        countyFile: record.county.data,
        standards: standardFiles,
      });
    }
    // Monitoring and plan progress need the county's other years.
    const additions = acrossYears(
      record.county.data,
      standards.map((standard) => standard.data),
      runs,
    );
    for (const output of countyOutputs) {
      const added = additions.get(output.year);
      if (added !== undefined) output.result.assessment = { ...output.result.assessment, ...added };
      outputs.push(output);
    }
  }
  return { dataset, problems: sortProblems(problems), outputs };
}

/** The catalog's message for what the engine found: the engine has codes and data, the wording is here. */
export function findingIssue(found: ComputeFinding): DataIssue {
  switch (found.code) {
    case 'unitWithoutStudents':
      return issue(found.code, found.path, found.params);
    case 'schoolFieldMissing':
      return issue(found.code, found.path, found.params);
    case 'publishedKeyPositional':
      return issue(found.code, found.path, found.params);
    case 'publishedKeyUnknown':
      return issue(found.code, found.path, found.params);
    case 'publishedMismatch':
      return issue(found.code, found.path, found.params);
    case 'publishedNotComputable':
      return issue(found.code, found.path, found.params);
  }
}

export { hasErrors };
