/**
 * The narrative check, reusing an earlier build's verdict on an unchanged narrative. A
 * narrative's problems depend on its text, its county's data, the data of the county-years it
 * names with `of="…"`, and which county-years exist (for the suggestions of a wrong name).
 */

import type { NarrativeFile } from '../load/read-narratives.ts';
import { narrativeChecker } from '../narrative/check-all.ts';
import { type NarrativeOutline, narrativeDocument, narrativeOutline } from '../narrative/document.ts';
import type { Problem } from '../problems/problem.ts';
import { type CacheStore, contentKey } from './cache-store.ts';
import type { CachedRun } from './run-cached.ts';

/**
 * Each narrative's outline (the counties it cites, the charts it uses) by file: read from the
 * cache for a text seen before, otherwise from the narrative's parsed document, which the check
 * then shares.
 */
export function narrativeOutlinesCached(
  narratives: readonly NarrativeFile[],
  codeVersion: string,
  store: CacheStore,
): Map<string, NarrativeOutline> {
  const outlines = new Map<string, NarrativeOutline>();
  for (const narrative of narratives) {
    const key = contentKey([codeVersion, narrative.text]);
    let outline = store.read<NarrativeOutline>('outlines', key);
    if (outline === undefined) {
      outline = narrativeOutline(narrativeDocument(narrative));
      store.write('outlines', key, outline);
    }
    outlines.set(narrative.file, outline);
  }
  return outlines;
}

export function checkNarrativesCached(
  run: CachedRun,
  narratives: readonly NarrativeFile[],
  outlines: ReadonlyMap<string, NarrativeOutline>,
  codeVersion: string,
  store: CacheStore,
): Problem[] {
  const directory = run.countyYears.join(',');
  // Built on the first narrative that is checked anew: the outputs are read only then.
  let check: ((narrative: NarrativeFile) => Problem[]) | undefined;
  return narratives.flatMap((narrative) => {
    const county = /^content\/reports\/([^/]+)\//.exec(narrative.file)?.[1] ?? '';
    const dataKeys = [county, ...(outlines.get(narrative.file)?.counties ?? [])].map(
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
