/**
 * The content-layer loader over data/: runs the pipeline (read → validate → compute) and stores
 * one entry per county-year. Any data error stops the build with every problem listed; in
 * `npm run dev` an edit of a YAML file under data/ re-runs it, so the page shows the change.
 */
import { join, relative, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readProjectFiles } from '../load/read-project.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { problemReport } from '../problems/report.ts';
import { buildContext } from './build-context.ts';
import type { CountyYearEntry } from './entries.ts';

export function countyYearLoader(root: string): Loader {
  return {
    name: 'junheng-county-years',
    load: async ({ store, logger, watcher, generateDigest }) => {
      const build = buildContext();
      let handedOver = build?.root === root ? build.run : undefined;
      const sync = async () => {
        // `npm run build` has just run the pipeline on the same files: take its run, once.
        const run = handedOver ?? runProject(await readProjectFiles(root));
        const fromBuild = run === handedOver;
        handedOver = undefined;
        // `npm run build` has listed them already; in `npm run dev` this is where they show.
        if (run.problems.length > 0 && !fromBuild) logger.warn(`\n${problemReport(run.problems)}`);
        if (hasErrors(run.problems))
          throw new Error(`数据有错误，网站未构建。\n${problemReport(run.problems)}`);
        store.clear();
        // The build's pages read its run (src/site/collections.ts): a province's results are
        // large, and the store would copy and serialise every one once more. Only `npm run dev`
        // needs the entries stored.
        if (fromBuild) return;
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
