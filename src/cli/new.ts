/**
 * `npm run new -- <county> <year>`: scaffolds a county's data file and narrative for a new year
 * from its latest earlier year. Never overwrites.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../load/project-root.ts';
import { nextYearData, nextYearNarrative } from '../scaffold/next-year.ts';

const [county, yearText] = process.argv.slice(2);
if (county === undefined || yearText === undefined || !/^\d{4}$/.test(yearText)) {
  console.error('用法：npm run new -- <县标识> <年份>，例如 npm run new -- tongdao 2020');
  process.exit(2);
}
const year = Number(yearText);
const root = projectRoot();
const dataDir = join(root, 'data/counties', county);
if (!existsSync(join(dataDir, 'county.yaml'))) {
  console.error(`没有 data/counties/${county}/county.yaml：请先建立该县的基本信息文件。`);
  process.exit(1);
}
const years = (await readdir(dataDir))
  .flatMap((name) => (/^\d{4}\.yaml$/.test(name) ? [Number(name.slice(0, 4))] : []))
  .filter((candidate) => candidate < year)
  .sort((a, b) => a - b);
const from = years.at(-1);
const target = join(dataDir, `${year}.yaml`);
if (existsSync(target)) {
  console.error(`data/counties/${county}/${year}.yaml 已存在，未改动。`);
  process.exit(1);
}
if (from === undefined) {
  console.error(`${county} 没有早于 ${year} 年的数据文件可以复制。`);
  process.exit(1);
}
await writeFile(target, nextYearData(await readFile(join(dataDir, `${from}.yaml`), 'utf8'), from, year), {
  flag: 'wx',
});
console.log(`已建立 data/counties/${county}/${year}.yaml（复制自 ${from} 年）。`);
const previousNarrative = join(root, 'content/reports', county, `${from}.mdx`);
const narrative = join(root, 'content/reports', county, `${year}.mdx`);
if (existsSync(previousNarrative) && !existsSync(narrative)) {
  const today = new Date().toISOString().slice(0, 10);
  await mkdir(join(root, 'content/reports', county), { recursive: true });
  await writeFile(
    narrative,
    nextYearNarrative(await readFile(previousNarrative, 'utf8'), from, year, today),
    {
      flag: 'wx',
    },
  );
  console.log(`已建立 content/reports/${county}/${year}.mdx（复制自 ${from} 年）。`);
}
console.log('改好后运行 npm run check 检查，npm run dev 预览。');
