/**
 * The narrative check, reusing an earlier build's verdict on an unchanged narrative. A
 * narrative's problems depend on its text, its county's data, the data of the county-years it
 * names with `of="…"`, and which county-years exist (for the suggestions of a wrong name).
 */

import type { NarrativeFile } from '../load/read-narratives.ts';
import { narrativeChecker } from '../narrative/check-all.ts';
import type { Problem } from '../problems/problem.ts';
import { type CacheStore, contentKey } from './cache-store.ts';
import type { CachedRun } from './run-cached.ts';
import { referencedCounties } from './site-plan.ts';

export function checkNarrativesCached(
  run: CachedRun,
  narratives: readonly NarrativeFile[],
  codeVersion: string,
  store: CacheStore,
): Problem[] {
  const directory = run.countyYears.join(',');
  // Built on the first narrative that is checked anew: the outputs are read only then.
  let check: ((narrative: NarrativeFile) => Problem[]) | undefined;
  return narratives.flatMap((narrative) => {
    const county = /^content\/reports\/([^/]+)\//.exec(narrative.file)?.[1] ?? '';
    const dataKeys = [county, ...referencedCounties(narrative.text)].map(
      (id) => `${id}=${run.countyKeys.get(id) ?? '<none>'}`,
    );
    const key = contentKey([codeVersion, narrative.file, narrative.text, directory, ...dataKeys]);
    const known = store.read<Problem[]>('narratives', key);
    if (known !== undefined) return known;
    check ??= narrativeChecker({ problems: run.problems, outputs: run.outputs() });
    const problems = check(narrative);
    store.write('narratives', key, problems);
    return problems;
  });
}
