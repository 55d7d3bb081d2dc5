/**
 * `npm run bench`: measures, on this machine, cold and in order:
 *   1. validate + compute of the example data and of a generated province (160 counties ×
 *      5 years, built from the example files with a fixed plan), in this process;
 *   2. the whole site build (`npm run build -- --clean`) of the example data and of the
 *      province, as a child process: wall time, pages and charts per second, peak memory; then,
 *      for the province, rebuilds from the cache: no change, one county-year file edited, one
 *      narrative edited;
 *   3. the bytes of a report page as served (gzip and brotli), with all it loads; the Tongdao
 *      and Fengqiu reports and the home page with every file they load (both drawings of each
 *      chart included); the search index's size and the time to index every page from nothing,
 *      on the example and on the province;
 *   4. `npm run editions` (Word and PDF of every report) on the example build, cold (no chart
 *      PNG cached) and again, with each file's size; on the province, for two counties (10
 *      reports and their plans), the time per report.
 * Figures are recorded by hand in docs/benchmarks.md with the command that produced them.
 * `npm run bench -- --quick` skips the province site build.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readProjectFiles } from '../src/load/read-project.ts';
import { runProject } from '../src/pipeline.ts';
import { pageWeight } from './bench/page-weight.ts';
import { COUNTIES, generateProvince, YEARS } from './bench/province.ts';
import { timeSearchIndex } from './bench/search-cost.ts';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');

async function measurePipeline(label: string, dir: string): Promise<void> {
  const t0 = performance.now();
  const files = await readProjectFiles(dir);
  const t1 = performance.now();
  const { outputs, problems } = runProject(files);
  const t2 = performance.now();
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${label}：检查与测算`);
  console.log(`  文件 ${files.length} 个，县年度 ${outputs.length} 个，问题 ${problems.length} 条`);
  console.log(
    `  读取 ${seconds(t1 - t0)} 秒；检查与测算 ${seconds(t2 - t1)} 秒（每秒 ${(outputs.length / ((t2 - t1) / 1000)).toFixed(1)} 个县年度）`,
  );
}

/**
 * Runs `npm run build` for a project folder; wall time and the peak memory of the process. The
 * cold build passes --clean (no cache at all, every chart drawn); a rebuild uses the cache the
 * builds before it left.
 */
async function measureBuild(
  label: string,
  dir: string,
  what = '网站构建（冷，--clean）',
  args = ['--clean'],
) {
  const started = performance.now();
  let peakKb = 0;
  const child = spawn(process.execPath, [join(root, 'src/cli/build.ts'), ...args], {
    env: { ...process.env, JUNHENG_ROOT: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const poll = setInterval(async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (hwm?.[1]) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // The process has ended.
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.log(output);
    throw new Error(`${label}：构建失败`);
  }
  const site = await siteStats(join(dir, 'dist'));
  console.log(`${label}：${what}`);
  console.log(`  ${output.trim().split('\n').at(-1)}`);
  // With --timings, where the time went (the build's own phases).
  for (const line of output.split('\n')) if (/^ {2}\S.*：[\d.]+ 秒$/.test(line)) console.log(`  ${line}`);
  console.log(
    `  ${seconds.toFixed(1)} 秒；页面 ${site.pages} 个（每秒 ${(site.pages / seconds).toFixed(1)} 个）；图表 ${site.charts} 幅（每秒 ${(site.charts / seconds).toFixed(1)} 幅）；dist/ 共 ${(site.bytes / 1e6).toFixed(1)} MB；峰值内存 ${(peakKb / 1024).toFixed(0)} MB`,
  );
}

/** Runs `npm run editions` on a built project: wall time, reports, and the size of each file. */
async function measureEditions(label: string, dir: string, what: string, args: string[] = []): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'src/cli/editions.ts'), '--timings', ...args], {
    env: { ...process.env, JUNHENG_ROOT: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.log(output);
    throw new Error(`${label}：生成 Word 和 PDF 版失败`);
  }
  const reports = Number(/（(\d+) 份报告/.exec(output)?.[1] ?? 0);
  console.log(`${label}：Word 和 PDF 版（npm run editions ${args.join(' ')}）：${what}`);
  for (const line of output.trim().split('\n')) console.log(`  ${line.trim()}`);
  console.log(
    `  ${seconds.toFixed(1)} 秒；${reports} 份报告，每份 ${(seconds / Math.max(1, reports)).toFixed(2)} 秒`,
  );
  const files: { name: string; size: number }[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(docx|pdf)$/.test(entry.name))
        files.push({ name: path.slice(join(dir, 'dist').length + 1), size: (await stat(path)).size });
    }
  };
  await walk(join(dir, 'dist'));
  for (const kind of ['docx', 'pdf']) {
    const sizes = files
      .filter((file) => file.name.endsWith(kind))
      .map((file) => file.size)
      .sort((a, b) => a - b);
    if (sizes.length === 0) continue;
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `  .${kind}：${sizes.length} 个，最小 ${kb(sizes[0] ?? 0)}，中位 ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)}，最大 ${kb(sizes.at(-1) ?? 0)}`,
    );
  }
  if (files.length <= 12)
    for (const file of files.sort((a, b) => a.name.localeCompare(b.name)))
      console.log(`    ${file.name}：${(file.size / 1024).toFixed(0)} KB`);
}

async function siteStats(dist: string): Promise<{ pages: number; charts: number; bytes: number }> {
  let pages = 0;
  let charts = 0;
  let bytes = 0;
  const walk = async (current: string) => {
    for (const name of await readdir(current)) {
      const path = join(current, name);
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else {
        bytes += info.size;
        if (name.endsWith('.html')) {
          pages += 1;
          charts += ((await readFile(path, 'utf8')).match(/<figure class="chart"/g) ?? []).length;
        }
      }
    }
  };
  await walk(dist);
  return { pages, charts, bytes };
}

/**
 * A report page with everything it loads (CSS inline, no script), and the same page drawn in
 * the browser instead: each inline SVG replaced by its Vega-Lite spec, plus vega, vega-lite and
 * vega-embed. Sizes as served, gzip and brotli.
 */
async function reportPageBytes(project: string, page: string): Promise<void> {
  const html = await readFile(join(project, 'dist', page), 'utf8');
  const loads = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => !url.startsWith('data:'));
  const served = (bytes: Buffer) => ({
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  });
  const ours = served(Buffer.from(html));
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `报告页 ${page}：${kb(Buffer.byteLength(html))} KB，gzip ${kb(ours.gzip)} KB，brotli ${kb(ours.brotli)} KB；另载入 ${loads.length} 个文件；无需 JavaScript`,
  );

  const cacheRoot = join(project, '.junheng-cache/charts');
  const folders = await readdir(cacheRoot);
  const specOf = async (id: string) => {
    for (const folder of folders) {
      try {
        return await readFile(join(cacheRoot, folder, `${id}.vl.json`), 'utf8');
      } catch {
        // Not in this renderer's folder.
      }
    }
    throw new Error(`no spec for ${id}`);
  };
  let index = 0;
  let baseline = '';
  let rest = html;
  for (;;) {
    const match =
      /<figure class="chart" data-chart="([^"]+)">([\s\S]*?)<div class="chart-image no-search"><svg[\s\S]*?<\/svg><\/div>/.exec(
        rest,
      );
    if (match === null) break;
    const spec = await specOf(match[1] ?? '');
    baseline += rest.slice(0, match.index);
    baseline += `<figure class="chart" data-chart="${match[1]}">${match[2]}<div class="chart-image" id="chart-${index}"></div><script type="application/json" id="spec-${index}">${spec}</script>`;
    rest = rest.slice(match.index + match[0].length);
    index += 1;
  }
  baseline += rest.replace(
    '</body>',
    `<script src="vega.min.js"></script><script src="vega-lite.min.js"></script><script src="vega-embed.min.js"></script><script src="embed-charts.js"></script></body>`,
  );
  const bundles = [
    'vega/build/vega.min.js',
    'vega-lite/build/vega-lite.min.js',
    'vega-embed/build/vega-embed.min.js',
  ];
  const embedScript = Buffer.from(
    'document.querySelectorAll("script[id^=spec-]").forEach((s,i)=>vegaEmbed("#chart-"+i,JSON.parse(s.textContent),{actions:false}));',
  );
  const parts = [
    Buffer.from(baseline),
    embedScript,
    ...(await Promise.all(bundles.map((path) => readFile(join(root, 'node_modules', path))))),
  ];
  const theirs = parts
    .map(served)
    .reduce((sum, size) => ({ gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }));
  console.log(
    `同一页改用浏览器端 vega-embed 画 ${index} 幅图（页面 + vega、vega-lite、vega-embed）：gzip ${kb(theirs.gzip)} KB，brotli ${kb(theirs.brotli)} KB；约为本站的 ${(theirs.gzip / ours.gzip).toFixed(1)} 倍（gzip）、${(theirs.brotli / ours.brotli).toFixed(1)} 倍（brotli），且需要 JavaScript`,
  );
}

/** A page with everything it loads (scripts/bench/page-weight.ts), against the 25 KB gzip target. */
function reportPageWeight(project: string, page: string): void {
  const weight = pageWeight(join(project, 'dist'), page);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `页面 ${page} 连同载入的全部文件（${weight.files.length} 个，含两种宽度的图表）：${kb(weight.bytes)} KB，gzip ${kb(weight.gzip)} KB（目标 ≤ 25 KB）`,
  );
}

/** The search index: its size as built, and the time to index every page from nothing. */
async function reportSearchIndex(label: string, project: string): Promise<void> {
  const cost = await timeSearchIndex(join(project, 'dist'));
  console.log(
    `${label}：搜索索引 ${cost.parts} 部分、${cost.files} 个文件、${(cost.bytes / 1e6).toFixed(2)} MB；从头索引 ${cost.pages} 个页面 ${cost.seconds.toFixed(1)} 秒`,
  );
}

console.log(`Node ${process.version}；${cpus().length} 核`);
await measurePipeline('示例数据', root);
const example = await mkdtemp(join(tmpdir(), 'junheng-bench-example-'));
const province = await mkdtemp(join(tmpdir(), 'junheng-bench-province-'));
try {
  await cp(join(root, 'data'), join(example, 'data'), { recursive: true });
  await cp(join(root, 'content'), join(example, 'content'), { recursive: true });
  await measureBuild('示例数据', example);
  await reportPageBytes(example, 'tongdao/2019/index.html');
  for (const page of ['tongdao/2019/index.html', 'fengqiu/2020/index.html', 'index.html'])
    reportPageWeight(example, page);
  await reportSearchIndex('示例数据', example);
  await measureEditions('示例数据', example, '冷（图表的 PNG 未缓存）');
  await measureEditions('示例数据', example, '再次运行（PNG 已缓存）');
  const bytes = await generateProvince(province);
  const label = `生成的省（${COUNTIES} 县 × ${YEARS.length} 年，YAML 共 ${(bytes / 1e6).toFixed(1)} MB）`;
  await measurePipeline(label, province);
  if (!quick) {
    await measureBuild(label, province);
    await reportSearchIndex(label, province);
    await measureBuild(label, province, '重建：无改动', ['--timings']);
    // One school's largest class in one county-year file: the county's results change.
    const yearFile = join(province, 'data/counties/county-042/2020.yaml');
    const text = await readFile(yearFile, 'utf8');
    await writeFile(
      yearFile,
      text.replace(/largestClass: (\d+)/, (_, n: string) => `largestClass: ${Number(n) + 1}`),
    );
    await measureBuild(label, province, '重建：改一个县年度数据文件', ['--timings']);
    const narrative = join(province, 'content/reports/county-077/2021.mdx');
    await writeFile(narrative, `${await readFile(narrative, 'utf8')}\n本年度各项数据已逐校核对。\n`);
    await measureBuild(label, province, '重建：改一篇报告正文', ['--timings']);
    await measureEditions(label, province, '两个县，冷', ['--only=county-001,county-002']);
  }
} finally {
  await rm(example, { recursive: true, force: true });
  if (process.env.BENCH_KEEP === undefined) await rm(province, { recursive: true, force: true });
  else console.log(`生成的省保留在 ${province}`);
}
