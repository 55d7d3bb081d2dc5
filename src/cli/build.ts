/**
 * `npm run build`: validates and computes every county-year, then writes the results as open
 * data to dist/data/<county>/<year>.json with an index. Stops, writing nothing, on any error.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readProjectFiles } from '../load/read-project.ts';
import { hasErrors, runProject } from '../pipeline.ts';
import { problemReport } from './report-problems.ts';
import { projectRoot } from './root.ts';

const root = projectRoot();
const started = performance.now();
const { problems, outputs } = runProject(await readProjectFiles(root));
if (problems.length > 0) console.error(problemReport(problems));
if (hasErrors(problems)) {
  console.error('构建未进行：数据有错误。');
  process.exit(1);
}

const outDir = join(root, 'dist', 'data');
await rm(outDir, { recursive: true, force: true });
const index = outputs.map(({ county, year, result }) => ({
  county,
  countyName: result.countyName,
  year,
  illustrative: result.illustrative,
  path: `${county}/${year}.json`,
}));
for (const { county, year, result } of outputs) {
  const path = join(outDir, county, `${year}.json`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`);
}
await writeFile(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`已测算并写出 ${outputs.length} 个县年度结果到 dist/data/（${seconds} 秒）。`);
