/** Checks every narrative against the county-year it belongs to (by its path). Pure. */

import type { NarrativeFile, StrayNarrative } from '../load/read-narratives.ts';
import type { RunOutcome } from '../pipeline.ts';
import { issue } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { checkNarrative, type NarrativeSubject } from './check-narrative.ts';

export function checkNarratives(run: RunOutcome, narratives: readonly NarrativeFile[]): Problem[] {
  return narratives.flatMap(narrativeChecker(run));
}

/** One narrative at a time, against the run's county-years (built once). */
export function narrativeChecker(run: RunOutcome): (narrative: NarrativeFile) => Problem[] {
  const subjects = new Map<string, NarrativeSubject>();
  for (const output of run.outputs) {
    subjects.set(`${output.county}/${output.year}`, {
      result: output.result,
      county: output.countyFile,
      standards: output.standards,
    });
  }
  return (narrative) => {
    const match = /^content\/reports\/([^/]+)\/(\d{4})\.mdx$/.exec(narrative.file);
    if (match === null) return [];
    const [, county = '', year = ''] = match;
    const subject = subjects.get(`${county}/${year}`);
    if (subject !== undefined) return checkNarrative(narrative, subject, subjects);
    // A county-year whose data has errors is reported there; only a missing one is news here.
    const dataFile = `data/counties/${county}/${year}.yaml`;
    if (run.problems.some((problem) => problem.file === dataFile)) return [];
    return [
      {
        ...issue('narrativeWithoutData', [], { county, year: Number(year) }),
        file: narrative.file,
        line: 0,
        column: 0,
      },
    ];
  };
}

/**
 * Entries under content/reports that are not read as narratives: a warning each, saying what
 * name a report must have (a report under another name is not published).
 */
export function strayNarrativeProblems(strays: readonly StrayNarrative[]): Problem[] {
  return strays.map(({ file, reason }) => {
    const name = file.split('/').at(-1) ?? '';
    const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name)?.[1];
    const suggestion = reason === 'name' && year !== undefined ? `${year}.mdx` : undefined;
    const params = suggestion === undefined ? { reason } : { reason, suggestion };
    return { ...issue('narrativeStray', [], params), file, line: 0, column: 0 };
  });
}
