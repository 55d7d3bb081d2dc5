/**
 * The content-layer loader over data/: runs the pipeline (read → validate → compute) and stores
 * one entry per county-year. Any data error stops the build with every problem listed; in
 * `npm run dev` an edit of a YAML file under data/ re-runs it, so the page shows the change.
 */
import { join, relative, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { problemReport } from '../cli/report-problems.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { hasErrors, type RunOutcome, runProject } from '../pipeline.ts';
import type { CountyYearEntry } from './entries.ts';

/**
 * The run `npm run build` made before starting Astro in the same process (src/cli/build.ts), so
 * the data is read and computed once per build. Astro loads this module through its own module
 * runner, hence a global rather than a shared import.
 */
const handoverKey = Symbol.for('junheng.projectRun');

export function handOverRun(root: string, run: RunOutcome): void {
  (globalThis as Record<symbol, unknown>)[handoverKey] = { root, run };
}

/**
 * In `npm run build` the pages read the build's own run (src/site/collections.ts) instead of
 * the content store: a province's results are large, and the store would copy and serialise
 * every one of them once more.
 */
const siteRunKey = Symbol.for('junheng.siteRun');

export function shareRunWithPages(run: RunOutcome): void {
  (globalThis as Record<symbol, unknown>)[siteRunKey] = run;
}

export function sharedRun(): RunOutcome | undefined {
  return (globalThis as Record<symbol, RunOutcome | undefined>)[siteRunKey];
}

/**
 * An incremental build renders the pages of some counties only (src/incremental/site-plan.ts)
 * and copies the others from the last build. Undefined: every county.
 */
const renderOnlyKey = Symbol.for('junheng.renderOnly');

export function renderOnlyCounties(counties: readonly string[] | undefined): void {
  (globalThis as Record<symbol, ReadonlySet<string> | undefined>)[renderOnlyKey] =
    counties === undefined ? undefined : new Set(counties);
}

/** Whether this build renders the pages of a county. */
export function rendersCounty(county: string): boolean {
  const only = (globalThis as Record<symbol, ReadonlySet<string> | undefined>)[renderOnlyKey];
  return only === undefined || only.has(county);
}

/** The counties this build renders, when it does not render all. */
export function countiesToRender(): readonly string[] | undefined {
  const only = (globalThis as Record<symbol, ReadonlySet<string> | undefined>)[renderOnlyKey];
  return only === undefined ? undefined : [...only].sort();
}

function takeHandover(root: string): RunOutcome | undefined {
  const global = globalThis as Record<symbol, { root: string; run: RunOutcome } | undefined>;
  const handover = global[handoverKey];
  global[handoverKey] = undefined;
  return handover?.root === root ? handover.run : undefined;
}

export function countyYearLoader(root: string): Loader {
  return {
    name: 'junheng-county-years',
    load: async ({ store, logger, watcher, generateDigest }) => {
      let handedOver = takeHandover(root);
      const sync = async () => {
        // `npm run build` has just run the pipeline on the same files: take its run, once.
        const run = handedOver ?? runProject(await readProjectFiles(root));
        handedOver = undefined;
        // `npm run build` has listed them already; in `npm run dev` this is where they show.
        const listed = process.env.JUNHENG_PROBLEMS_LISTED === '1';
        if (run.problems.length > 0 && !listed) logger.warn(`\n${problemReport(run.problems)}`);
        if (hasErrors(run.problems))
          throw new Error(`数据有错误，网站未构建。\n${problemReport(run.problems)}`);
        store.clear();
        // The build's pages read the shared run; only `npm run dev` needs the entries stored.
        if (sharedRun() === run) return;
        for (const output of run.outputs) {
          const data: CountyYearEntry = {
            result: output.result,
            county: output.countyFile,
            standards: output.standards,
          };
          const plain = data as unknown as Record<string, unknown>;
          store.set({ id: `${output.county}/${output.year}`, data: plain, digest: generateDigest(plain) });
        }
      };
      await sync();
      if (watcher !== undefined) {
        const dataDir = join(root, 'data');
        watcher.add(dataDir);
        const onChange = async (path: string) => {
          if (!relative(dataDir, path).startsWith(`..${sep}`)) {
            logger.info(`数据已修改：${relative(root, path)}`);
            try {
              await sync();
            } catch (error) {
              logger.error(String(error instanceof Error ? error.message : error));
            }
          }
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
