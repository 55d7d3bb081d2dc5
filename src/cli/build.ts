/**
 * `npm run build`: checks every data file (all problems listed; any error stops here), then
 * builds the static site into dist/ with Astro: reports, data pages, downloads, charts.
 * With JUNHENG_ROOT, the data, narratives and dist/ are those of that folder (a county's own
 * repository); the code is this one.
 */
import { join } from 'node:path';
import { build } from 'astro';
import { readNarrativeFiles } from '../load/read-narratives.ts';
import { readProjectFiles } from '../load/read-project.ts';
import { checkNarratives } from '../narrative/check-all.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { sortProblems } from '../problems/problem.ts';
import { closeChartPool } from '../site/chart-pool.ts';
import { handOverRun, shareRunWithPages } from '../site/loader.ts';
import { writeSearchIndex } from '../site/search-index.ts';
import { withBuildLock } from './build-lock.ts';
import { problemReport } from './report-problems.ts';
import { projectRoot } from './root.ts';

const root = projectRoot();
const codeRoot = join(import.meta.dirname, '..', '..');
const started = performance.now();
const run = runProject(await readProjectFiles(root));
const problems = sortProblems([...run.problems, ...checkNarratives(run, await readNarrativeFiles(root))]);
const { outputs } = run;
if (problems.length > 0) console.error(problemReport(problems));
if (hasErrors(problems)) {
  console.error('构建未进行：数据有错误。');
  process.exit(1);
}
process.env.JUNHENG_PROBLEMS_LISTED = '1';
// Charts are drawn in worker threads started from the sources (src/site/chart-pool.ts).
process.env.JUNHENG_CODE_ROOT = codeRoot;
handOverRun(root, run);
shareRunWithPages(run);
const outDir = join(root, 'dist');
// Astro's working state (.astro/ in the code's folder) is shared by every project built from
// this checkout: builds take turns, and `force` starts the content cache afresh so entries of
// another project's build never leak in.
const pages = await withBuildLock(codeRoot, async () => {
  try {
    await build({ root: codeRoot, outDir, logLevel: 'warn', force: true });
  } finally {
    await closeChartPool();
  }
  return writeSearchIndex(outDir);
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`已构建网站：${outputs.length} 个县年度、${pages} 个页面，写入 dist/（${seconds} 秒）。`);
