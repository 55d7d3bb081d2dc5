/**
 * The pipeline, county by county, reusing what an earlier build computed. A county's results
 * and problems depend only on its own folder (data/counties/<id>/) and on the standards, so
 * each county is run on those files alone and stored under a key made of their contents and
 * the code's version. The other files (standards, anything misplaced) are checked once.
 *
 * The outcome is the one `runProject` gives on all files at once (a test holds the two equal),
 * without the dataset, which only the single-county CLIs need.
 */

import type { RawFile } from '../load/read-project.ts';
import { type CountyYearOutput, type RunOutcome, runProject } from '../pipeline.ts';
import { type Problem, sortProblems } from '../problems/problem.ts';
import { type CacheStore, contentKey } from './cache-store.ts';

export interface CountyGroup {
  county: string;
  /** A hash of the code, the standards and every file of the county's folder. */
  key: string;
  files: RawFile[];
}

export interface PartitionedFiles {
  /** Standards and every file outside a county folder. */
  shared: RawFile[];
  standards: RawFile[];
  counties: CountyGroup[];
}

const countyFolder = /^data\/counties\/([^/]+)\//;
const standardFile = /^data\/standards\/[^/]+\.yaml$/;

const fileParts = (files: readonly RawFile[]): string[] =>
  files.flatMap((raw) => [raw.file, raw.text ?? `<${raw.size} bytes unread>`]);

export function partitionFiles(files: readonly RawFile[], codeVersion: string): PartitionedFiles {
  const shared: RawFile[] = [];
  const byCounty = new Map<string, RawFile[]>();
  for (const raw of files) {
    const county = countyFolder.exec(raw.file)?.[1];
    if (county === undefined) shared.push(raw);
    else byCounty.set(county, [...(byCounty.get(county) ?? []), raw]);
  }
  const byPath = (a: RawFile, b: RawFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const standards = shared.filter((raw) => standardFile.test(raw.file)).sort(byPath);
  const standardsParts = fileParts(standards);
  const counties = [...byCounty.keys()].sort().map((county) => {
    const own = (byCounty.get(county) ?? []).sort(byPath);
    return { county, files: own, key: contentKey([codeVersion, ...standardsParts, '--', ...fileParts(own)]) };
  });
  return { shared, standards, counties };
}

/** What a county's entry holds: its outputs without the standards, which every entry would repeat. */
interface CountyEntry {
  outputs: Omit<CountyYearOutput, 'standards'>[];
  problems: Problem[];
}

export interface CachedRun extends RunOutcome {
  /** Counties computed in this run (the others came from the store), and every county's key. */
  computed: string[];
  countyKeys: Map<string, string>;
}

export function runProjectCached(
  files: readonly RawFile[],
  codeVersion: string,
  store: CacheStore,
): CachedRun {
  const { shared, standards, counties } = partitionFiles(files, codeVersion);
  const sharedRun = runProject(shared);
  const problems: Problem[] = [...sharedRun.problems];
  const outputs: CountyYearOutput[] = [];
  const computed: string[] = [];
  const countyKeys = new Map<string, string>();
  // The standards as the engine read them: outputs refer to them by the county's list.
  const standardsById = new Map(
    [...sharedRun.dataset.standards].map(([id, source]) => [id, source.data] as const),
  );
  for (const group of counties) {
    countyKeys.set(group.county, group.key);
    let entry = store.read<CountyEntry>('counties', group.key);
    if (entry === undefined) {
      const run = runProject([...standards, ...group.files]);
      const prefix = `data/counties/${group.county}/`;
      entry = {
        outputs: run.outputs.map(({ standards: _, ...output }) => output),
        problems: run.problems.filter((problem) => problem.file.startsWith(prefix)),
      };
      store.write('counties', group.key, entry);
      computed.push(group.county);
    }
    problems.push(...entry.problems);
    for (const output of entry.outputs) {
      const applied = output.countyFile.standards.flatMap((id) => {
        const standard = standardsById.get(id);
        return standard === undefined ? [] : [standard];
      });
      outputs.push({ ...output, standards: applied });
    }
  }
  return { problems: sortProblems(problems), outputs, computed, countyKeys };
}
