/**
 * The pipeline, county by county, reusing what an earlier build computed. A county's results
 * and problems depend only on its own folder (data/counties/<id>/) and on the standards (the local
 * files of data/standards/local/ included), so
 * each county is run on those files alone and stored under a key made of their contents and
 * the code's version. The other files (standards, anything misplaced) are checked once.
 *
 * The outcome is the one `runProject` gives on all files at once (a test holds the two equal),
 * without the dataset, which only the single-county CLIs need.
 */

import { unpackDownloads } from '../downloads/bundle.ts';
import type { Download } from '../downloads/downloads.ts';
import type { RawFile } from '../load/read-project.ts';
import { type CountyYearOutput, runProject } from '../pipeline.ts';
import { type Problem, sortProblems } from '../problems/problem.ts';
import { type CacheStore, contentKey } from './cache-store.ts';
import { computeCounties, computeCounty, type DownloadsSink } from './compute-county.ts';

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
/** Standards and the local files that adjust them (data/standards/local/): every county's input. */
const standardFile = /^data\/standards\/(local\/)?[^/]+\.yaml$/;

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

/**
 * What a county's entries hold: its problems and which county-years it computed (small, read by
 * every build), and its outputs without the standards, which every output would repeat (large,
 * read only when something is rendered or checked anew).
 */
interface CountySummary {
  problems: Problem[];
  countyYears: string[];
}
type CountyOutputs = Omit<CountyYearOutput, 'standards'>[];

export interface CachedRun {
  /** Every problem, sorted by file and position. */
  problems: Problem[];
  /** `county/year` of every computed county-year, by county then year. */
  countyYears: string[];
  /** Counties computed in this run (the others came from the store), and every county's key. */
  computed: string[];
  countyKeys: Map<string, string>;
  /** Every output, by county then year: read from the store on first use. */
  outputs(): CountyYearOutput[];
  /**
   * A county-year's downloads from the store, once the threads that build them are done;
   * undefined when the store has none (a store that keeps nothing, a damaged entry).
   */
  downloads(county: string, year: number): Promise<Download[] | undefined>;
  /** Settles when every computed county's downloads are stored (rejects if building them failed). */
  downloadsStored: Promise<void>;
}

export async function runProjectCached(
  files: readonly RawFile[],
  codeVersion: string,
  store: CacheStore,
): Promise<CachedRun> {
  const { shared, standards, counties } = partitionFiles(files, codeVersion);
  const sharedRun = runProject(shared);
  const summaries = new Map<string, CountySummary>();
  for (const group of counties) {
    const summary = store.read<CountySummary>('counties', group.key);
    if (summary !== undefined && store.has('outputs', group.key) && store.hasBytes('downloads', group.key))
      summaries.set(group.county, summary);
  }
  const jobOf = (group: CountyGroup) => ({
    county: group.county,
    key: group.key,
    files: [...standards, ...group.files],
  });
  const missing = counties.filter((group) => !summaries.has(group.county));
  const fresh = new Map<string, CountyOutputs>();
  const keyOf = new Map(counties.map((group) => [group.county, group.key]));
  const storeDownloads: DownloadsSink = (county, bundle) => {
    const key = keyOf.get(county);
    if (key !== undefined) store.writeBytes('downloads', key, bundle);
  };
  const { results, downloads: downloadsStored } = await computeCounties(missing.map(jobOf), storeDownloads);
  // Awaited by whoever reads the downloads; this keeps a failure from going unnoticed meanwhile.
  downloadsStored.catch(() => {});
  missing.forEach((group, index) => {
    const result = results[index];
    if (result === undefined) return;
    const summary = {
      problems: result.problems,
      countyYears: result.outputs.map((output) => `${output.county}/${output.year}`),
    };
    store.write('counties', group.key, summary);
    store.write('outputs', group.key, result.outputs);
    summaries.set(group.county, summary);
    fresh.set(group.county, result.outputs);
  });
  const problems: Problem[] = [...sharedRun.problems];
  const countyYears: string[] = [];
  const countyKeys = new Map<string, string>();
  for (const group of counties) {
    countyKeys.set(group.county, group.key);
    problems.push(...(summaries.get(group.county)?.problems ?? []));
    countyYears.push(...(summaries.get(group.county)?.countyYears ?? []));
  }
  const computed = missing.map((group) => group.county);
  // The standards as the engine read them: outputs refer to them by the county's list.
  const standardsById = new Map(
    [...sharedRun.dataset.standards].map(([id, source]) => [id, source.data] as const),
  );
  const computeOutputs = (group: CountyGroup): CountyOutputs => {
    const { outputs } = computeCounty(jobOf(group));
    store.write('outputs', group.key, outputs);
    return outputs;
  };
  let outputs: CountyYearOutput[] | undefined;
  const readOutputs = (): CountyYearOutput[] =>
    counties.flatMap((group) => {
      // An entry that no longer reads back (changed on disk since) is computed again.
      const own =
        fresh.get(group.county) ?? store.read<CountyOutputs>('outputs', group.key) ?? computeOutputs(group);
      return own.map((output) => ({
        ...output,
        standards: output.countyFile.standards.flatMap((id) => {
          const standard = standardsById.get(id);
          return standard === undefined ? [] : [standard];
        }),
      }));
    });
  // The pages ask county by county: the last county's bundle is kept, not every county's.
  let lastBundle: { county: string; years: Map<number, Download[]> | undefined } | undefined;
  const downloads = async (county: string, year: number) => {
    await downloadsStored;
    if (lastBundle?.county !== county) {
      const key = keyOf.get(county);
      const bytes = key === undefined ? undefined : store.readBytes('downloads', key);
      lastBundle = {
        county,
        years: key === undefined || bytes === undefined ? undefined : unpackDownloads(key, bytes),
      };
    }
    return lastBundle.years?.get(year);
  };
  return {
    problems: sortProblems(problems),
    countyYears,
    computed,
    countyKeys,
    outputs: () => {
      outputs ??= readOutputs();
      return outputs;
    },
    downloads,
    downloadsStored,
  };
}
