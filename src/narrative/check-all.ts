/** Checks every narrative against the county-year it belongs to (by its path). Pure. */

import type { ProjectRun } from '../pipeline.ts';
import { issue } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { checkNarrative, type NarrativeFile, type NarrativeSubject } from './check-narrative.ts';

export function checkNarratives(run: ProjectRun, narratives: readonly NarrativeFile[]): Problem[] {
  const subjects = new Map<string, NarrativeSubject>();
  for (const output of run.outputs) {
    subjects.set(`${output.county}/${output.year}`, {
      result: output.result,
      county: output.countyFile,
      standards: output.standards,
    });
  }
  const problems: Problem[] = [];
  for (const narrative of narratives) {
    const match = /^content\/reports\/([^/]+)\/(\d{4})\.mdx$/.exec(narrative.file);
    if (match === null) continue;
    const [, county = '', year = ''] = match;
    const subject = subjects.get(`${county}/${year}`);
    if (subject === undefined) {
      // A county-year whose data has errors is reported there; only a missing one is news here.
      const dataFile = `data/counties/${county}/${year}.yaml`;
      if (!run.problems.some((problem) => problem.file === dataFile)) {
        problems.push({
          ...issue('narrativeWithoutData', [], { county, year: Number(year) }),
          file: narrative.file,
          line: 0,
          column: 0,
        });
      }
      continue;
    }
    problems.push(...checkNarrative(narrative, subject, subjects));
  }
  return problems;
}
