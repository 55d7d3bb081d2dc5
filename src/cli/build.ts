/**
 * `npm run build`: checks every data file (all problems listed; any error stops here), then
 * builds the static site into dist/ with Astro: reports, data pages, downloads, charts.
 * With JUNHENG_ROOT, the data, narratives and dist/ are those of that folder (a county's own
 * repository); the code is this one.
 *
 * Builds are incremental: results, narrative checks, charts and the pages of each county are
 * kept in the cache folder (cacheRoot()), keyed by their inputs and the code's version, and a
 * build renders only the counties whose key changed. `--clean` ignores the cache.
 * `--timings` prints each phase's time; JUNHENG_ASTRO_LOG=info shows Astro's own log as well.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative, sep } from 'node:path';
import { contentKey } from '../incremental/cache-store.ts';
import { codeVersion } from '../incremental/code-version.ts';
import { openDiskStore } from '../incremental/disk-store.ts';
import { checkNarrativesCached, narrativeOutlinesCached } from '../incremental/narratives-cached.ts';
import { runProjectCached } from '../incremental/run-cached.ts';
import { countyPageKeys, planSite, siteParts } from '../incremental/site-plan.ts';
import {
  healOutput,
  intactParts,
  linkParts,
  matchesManifest,
  moveInto,
  readManifest,
  replaceFolder,
  saveSnapshot,
  stampInBackground,
} from '../incremental/site-snapshot.ts';
import { cacheRoot, projectRoot } from '../load/project-root.ts';
import { readNarratives } from '../load/read-narratives.ts';
import { readProjectFiles, readSiteConfigFile } from '../load/read-project.ts';
import { strayNarrativeProblems } from '../narrative/check-all.ts';
import { hasErrors } from '../pipeline.ts';
import { sortProblems } from '../problems/problem.ts';
import { problemReport } from '../problems/report.ts';
import { type BuildContext, rendersCounty, setBuildContext } from '../site/build-context.ts';
import type { ChartsUsed } from '../site/chart-cache.ts';
import { writeSearchIndex } from '../site/search-index.ts';
import { searchShards } from '../site/search-shards.ts';
import { fixedDecimal } from '../text/decimal.ts';
import { checkSiteConfig } from '../validate/site-config.ts';
import { acquireLock, withBuildLock } from './build-lock.ts';
import { installFatalHandler } from './fatal.ts';

installFatalHandler();
const clean = process.argv.includes('--clean');
const root = projectRoot();
const codeRoot = join(import.meta.dirname, '..', '..');
const started = performance.now();
// `--timings` prints how long each phase took (for `npm run bench` and for finding slow steps).
const timings = process.argv.includes('--timings');
let lapStarted = started;
const lap = (phase: string) => {
  const now = performance.now();
  if (timings) console.error(`  ${phase}：${fixedDecimal((now - lapStarted) / 1000, 2)} 秒`);
  lapStarted = now;
};
const cacheDir = cacheRoot();
// Builds of one project take turns: they share its cache folder.
const releaseProject = await acquireLock(join(cacheDir, 'build.lock'));
// `--clean`: the cache is moved aside at once and deleted in the background while the build runs
// (as is what an interrupted build left aside).
const cacheCleared = discardInBackground(cacheDir, (name) =>
  clean ? name !== 'build.lock' : name.startsWith('trash-'),
);
const store = openDiskStore(cacheDir);
const version = codeVersion(codeRoot);
const snapshotDir = join(cacheDir, 'site');
// A missing site.yaml is the site check's to report (below): until then it keys as empty.
const siteYaml = existsSync(join(root, 'content/site.yaml'))
  ? readFileSync(join(root, 'content/site.yaml'), 'utf8')
  : '';
const siteKey = contentKey([version, siteYaml]);
const manifest = readManifest(snapshotDir);
// The kept site, if this code made it, is hashed in a thread of its own while the data are
// checked and computed.
const snapshotStamped = manifest?.key === siteKey ? stampInBackground(snapshotDir) : Promise.resolve();

lap('代码版本');
const run = await runProjectCached(await readProjectFiles(root), version, store);
lap(`检查与测算（重新测算 ${run.computed.length} 个县）`);
const { narratives, strays } = await readNarratives(root);
const outlines = narrativeOutlinesCached(narratives, version, store);
const problems = sortProblems([
  ...run.problems,
  ...checkNarrativesCached(run, narratives, outlines, version, store),
  ...strayNarrativeProblems(strays),
  ...checkSiteConfig(readSiteConfigFile(root)),
]);
lap('检查报告正文');
if (problems.length > 0) console.error(problemReport(problems));
if (hasErrors(problems)) {
  console.error('构建未进行：数据有错误。');
  process.exit(1);
}
store.prune(['counties', 'outputs', 'narratives', 'outlines']);

// What to render: the parts whose inputs changed since the build kept in the cache.
const pageKeys = countyPageKeys(siteKey, run.countyKeys, narratives, outlines);
const shards = searchShards(pageKeys.keys());
const parts = siteParts(siteKey, pageKeys, shards);
const plan = planSite(manifest, siteKey, parts);
await snapshotStamped;
// The snapshot is checked before it is used: a part whose files are not as listed is rendered.
const reuse = manifest === undefined ? [] : intactParts(snapshotDir, manifest, parts, plan.reuse);
const render = parts.map((part) => part.name).filter((name) => !reuse.includes(name));
// Astro renders the shared pages whenever it runs: then they are never taken from the snapshot.
if (render.some((name) => name.startsWith('county/')) && !render.includes('shared')) {
  render.push('shared');
  const at = reuse.indexOf('shared');
  if (at >= 0) reuse.splice(at, 1);
}
const renderCounties = parts.filter((part) => render.includes(part.name) && part.name.startsWith('county/'));
const indexShards = shards.filter((shard) => render.includes(`search/${shard.folder}`));
lap('比对缓存');

const outDir = join(root, 'dist');
// Astro tells its output folder from its root by comparing the paths as text: a cache beside the
// code whose path merely begins with the code's (/srv/junheng-tongdao beside /srv/junheng) would
// break the paths of its prerendered chunks, so such a build stages inside the code's folder.
const besideCode = !isInside(cacheDir, codeRoot) && cacheDir.startsWith(codeRoot);
const stageDir = besideCode
  ? join(codeRoot, 'node_modules', '.cache', 'junheng', 'stage')
  : join(cacheDir, 'stage');
const nextDir = join(cacheDir, 'next');
rmSync(stageDir, { recursive: true, force: true });
rmSync(nextDir, { recursive: true, force: true });
// dist/ is all old or all new: the new site is assembled beside it, from the snapshot's verified
// parts and the pages rendered now, and swapped in at the end. A build that renders nothing
// keeps dist/ when it still is, byte for byte, what the last build wrote.
await healOutput(outDir);
const unchanged = render.length === 0 && manifest !== undefined && matchesManifest(outDir, manifest);
const workDir = nextDir;
if (!unchanged && manifest !== undefined) linkParts(snapshotDir, manifest, nextDir, reuse);
mkdirSync(workDir, { recursive: true });
lap('从缓存复制未改动的部分');

let pages = 0;
/** The charts the pages asked for, when Astro ran: a full build keeps only those in the cache. */
let chartsUsed: ChartsUsed | undefined;
if (render.includes('shared')) {
  // Loaded only when pages are rendered: a build that changes nothing never starts Astro.
  const { build } = await import('astro');
  const { createChartCache } = await import('../site/chart-cache.ts');
  const { createChartPool } = await import('../site/chart-pool.ts');
  const { chartsToPrepare } = await import('../site/page-charts.ts');
  // Charts are drawn in worker threads, one per core unless JUNHENG_CHART_WORKERS says (0: none).
  const asked = Number(process.env.JUNHENG_CHART_WORKERS ?? cpus().length);
  const threads = Number.isInteger(asked) && asked >= 0 ? asked : cpus().length;
  const pool = threads === 0 ? undefined : createChartPool(threads);
  const context: BuildContext = {
    root,
    run: { problems: run.problems, outputs: run.outputs() },
    downloads: run.downloads,
    renderOnly: plan.full ? undefined : new Set(renderCounties.flatMap((part) => part.folder ?? [])),
    charts: createChartCache(pool),
    pageCharts: new WeakMap(),
  };
  setBuildContext(context);
  // The chart threads start on the reports' charts while Astro starts and renders the pages
  // without charts; the pages then find them drawn or under way.
  const preparing = context.charts.prepare(chartsToPrepare(context.run.outputs, outlines, rendersCounty));
  // Astro's working state (.astro/ in the code's folder) is shared by every project built from
  // this checkout: builds take turns, and `force` starts the content cache afresh so entries of
  // another project's build never leak in.
  // Astro's prerendered chunks find their packages from the working directory: a county's
  // folder (the project) has none, so Astro runs in the code's folder whatever folder the
  // command was started in.
  const startedIn = process.cwd();
  await withBuildLock(codeRoot, async () => {
    try {
      process.chdir(codeRoot);
      await build({
        root: codeRoot,
        outDir: stageDir,
        logLevel: process.env.JUNHENG_ASTRO_LOG === 'info' ? 'info' : 'warn',
        force: true,
      });
    } finally {
      process.chdir(startedIn);
      await preparing;
      await pool?.close();
      setBuildContext(undefined);
    }
  });
  chartsUsed = context.charts.used();
  lap(`Astro 生成页面（${plan.full ? '全部' : `${renderCounties.length} 个县`}）`);
  moveInto(stageDir, workDir);
}
if (render.includes('shared') || indexShards.length > 0) {
  const main = render.includes('shared');
  const index = await writeSearchIndex(workDir, {
    main,
    shards: indexShards,
    counties: new Set(pageKeys.keys()),
    keep: join(cacheDir, 'search'),
  });
  pages = index.pages;
  const kept = index.reused.length > 0 ? `，其中 ${index.reused.length} 部分未改动、沿用` : '';
  lap(`搜索索引（${main ? '公共页面和' : ''}${indexShards.length} 组县${kept}）`);
}
if (unchanged) rmSync(workDir, { recursive: true, force: true });
const oldOutputRemoved = unchanged ? Promise.resolve() : replaceFolder(workDir, outDir);
// The downloads the compute threads made for the cache (all of them, read by the pages or not).
await run.downloadsStored;
store.prune(['downloads']);
lap('下载文件写入缓存');
// After a full build the chart cache keeps what this build used, nothing older: a cache that CI
// carries from run to run stays one build's size.
if (plan.full && chartsUsed !== undefined) pruneCharts(chartsUsed);
saveSnapshot(snapshotDir, outDir, siteKey, parts, render);
lap('保存网站快照');
await Promise.all([oldOutputRemoved, cacheCleared]);
releaseProject();
lap('清理');
const seconds = fixedDecimal((performance.now() - started) / 1000, 1);
const how = plan.full
  ? `、${pages} 个页面`
  : render.length === 0
    ? '，数据和正文均无改动，沿用上次构建'
    : `，重新生成 ${renderCounties.length} 个县的页面、沿用 ${pageKeys.size - renderCounties.length} 个县`;
console.log(`已构建网站：${run.countyYears.length} 个县年度${how}，写入 dist/（${seconds} 秒）。`);

/** Moves the entries of a folder that `discard` names into a trash folder, deleted in the background. */
function discardInBackground(dir: string, discard: (name: string) => boolean): Promise<void> {
  const names = readdirSync(dir).filter(discard);
  if (names.length === 0) return Promise.resolve();
  const trash = join(dir, `trash-${process.pid}-${Date.now()}`);
  mkdirSync(trash);
  for (const name of names) renameSync(join(dir, name), join(trash, name));
  return rm(trash, { recursive: true, force: true });
}

/** Deletes every cached chart but those of this build. */
function pruneCharts(used: ChartsUsed): void {
  const charts = join(used.folder, '..');
  for (const name of readdirSync(charts)) {
    if (join(charts, name) !== used.folder) rmSync(join(charts, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(used.folder)) {
    if (!used.ids.has(name.replace(/\.(svg|vl\.json)$/, '')))
      rmSync(join(used.folder, name), { force: true });
  }
}

/** Whether `path` is `folder` or inside it (by path segments, not by text). */
function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !rest.startsWith(sep));
}
