/**
 * One county through the pipeline, on its own files and the standards: what a cache entry
 * holds. A build that must compute many counties (a cold build of a province) spreads them over
 * worker threads, the one phase before Astro that would otherwise leave a core idle.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawFile } from '../load/read-project.ts';
import { type CountyYearOutput, runProject } from '../pipeline.ts';
import type { Problem } from '../problems/problem.ts';

export interface CountyJob {
  county: string;
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

export function computeCounty(job: CountyJob): CountyResult {
  const run = runProject(job.files);
  const prefix = `data/counties/${job.county}/`;
  return {
    county: job.county,
    outputs: run.outputs.map(({ standards: _, ...output }) => output),
    problems: run.problems.filter((problem) => problem.file.startsWith(prefix)),
  };
}

/** Below this many counties, starting threads costs more than it saves. */
const WORKER_THRESHOLD = 8;

/** Computes the counties on every core; results in the order of the jobs. */
export async function computeCounties(jobs: readonly CountyJob[]): Promise<CountyResult[]> {
  const threads = Math.min(cpus().length, jobs.length);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return jobs.map(computeCounty);
  const results = new Map<string, CountyResult>();
  let next = 0;
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./compute-worker.ts', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const job = jobs[next];
              next += 1;
              if (job === undefined) resolve();
              else worker.postMessage(job);
            };
            worker.on('message', (result: CountyResult) => {
              results.set(result.county, result);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return jobs.map((job) => {
    const result = results.get(job.county);
    if (result === undefined) throw new Error(`no result for ${job.county}`);
    return result;
  });
}
