/**
 * One county through the pipeline, on its own files and the standards: what a cache entry
 * holds. A build that must compute many counties (a cold build of a province) spreads them over
 * worker threads, the one phase before Astro that would otherwise leave a core idle.
 *
 * The same threads then build the counties' downloads (CSV, XLSX, JSON), after every result is
 * in: the build goes on with the narratives and Astro's start while they work, and the pages
 * find the files ready instead of making them on the thread that renders.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packDownloads } from '../downloads/bundle.ts';
import { downloadsFor } from '../downloads/downloads.ts';
import type { RawFile } from '../load/read-project.ts';
import { type CountyYearOutput, runProject } from '../pipeline.ts';
import type { Problem } from '../problems/problem.ts';

export interface CountyJob {
  county: string;
  /** The county's cache key, which its downloads bundle repeats. */
  key: string;
  /** The standards, then the county's own files. */
  files: RawFile[];
}

export interface CountyResult {
  county: string;
  /** Outputs without the standards, which every output would repeat. */
  outputs: Omit<CountyYearOutput, 'standards'>[];
  /** The problems of the county's own files (the standards' are reported once, elsewhere). */
  problems: Problem[];
}

/** A county's result, and its outputs as the pipeline gave them (with the standards). */
export function runCounty(job: CountyJob): { result: CountyResult; outputs: CountyYearOutput[] } {
  const run = runProject(job.files);
  const prefix = `data/counties/${job.county}/`;
  return {
    result: {
      county: job.county,
      outputs: run.outputs.map(({ standards: _, ...output }) => output),
      problems: run.problems.filter((problem) => problem.file.startsWith(prefix)),
    },
    outputs: run.outputs,
  };
}

export function computeCounty(job: CountyJob): CountyResult {
  return runCounty(job).result;
}

/** Every download of a county's years, packed as one cache entry (src/downloads/bundle.ts). */
export function countyDownloads(key: string, outputs: readonly CountyYearOutput[]): Uint8Array {
  return packDownloads(
    key,
    outputs.map((output) => ({
      year: output.year,
      downloads: downloadsFor(output.result, output.standards),
    })),
  );
}

/** Receives a county's downloads bundle. */
export type DownloadsSink = (county: string, bundle: Uint8Array) => void;

export interface CountyComputation {
  /** In the order of the jobs. */
  results: CountyResult[];
  /** Settles once every county's downloads went to the sink (at once when run in this thread). */
  downloads: Promise<void>;
}

/** Messages between `computeCounties` and its threads (src/incremental/compute-worker.ts). */
export type ToWorker = { type: 'compute'; job: CountyJob; keep: boolean } | { type: 'downloads' };
export type FromWorker =
  | { type: 'result'; result: CountyResult }
  | { type: 'downloads'; county: string; bundle: Uint8Array }
  | { type: 'done' };

/** Below this many counties, starting threads costs more than it saves. */
const WORKER_THRESHOLD = 8;

/**
 * Computes the counties on every core. With a sink, the threads build each county's downloads
 * once all results are in; `downloads` settles when they are delivered.
 */
export async function computeCounties(
  jobs: readonly CountyJob[],
  sink?: DownloadsSink,
): Promise<CountyComputation> {
  const threads = Math.min(cpus().length, jobs.length);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) {
    const results = jobs.map((job) => {
      const { result, outputs } = runCounty(job);
      sink?.(job.county, countyDownloads(job.key, outputs));
      return result;
    });
    return { results, downloads: Promise.resolve() };
  }
  const results = new Map<string, CountyResult>();
  let next = 0;
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./compute-worker.ts', import.meta.url)),
  );
  const send = (worker: Worker, message: ToWorker) => worker.postMessage(message);
  let allResults: () => void = () => {};
  const resultsIn = new Promise<void>((resolve) => {
    allResults = resolve;
  });
  const finished = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const feed = () => {
            const job = jobs[next];
            next += 1;
            if (job !== undefined) send(worker, { type: 'compute', job, keep: sink !== undefined });
            else if (sink === undefined) resolve();
            else send(worker, { type: 'downloads' });
          };
          worker.on('message', (message: FromWorker) => {
            if (message.type === 'result') {
              results.set(message.result.county, message.result);
              if (results.size === jobs.length) allResults();
              feed();
            } else if (message.type === 'downloads') sink?.(message.county, message.bundle);
            else resolve();
          });
          worker.on('error', reject);
          feed();
        }),
    ),
  ).finally(() => Promise.all(workers.map((worker) => worker.terminate())));
  // Results are needed now; downloads only when the pages ask. A thread that fails fails both.
  await Promise.race([resultsIn, finished]);
  return {
    results: jobs.map((job) => {
      const result = results.get(job.county);
      if (result === undefined) throw new Error(`no result for ${job.county}`);
      return result;
    }),
    downloads: finished.then(() => undefined),
  };
}
