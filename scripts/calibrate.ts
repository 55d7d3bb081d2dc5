/**
 * `npm run calibrate`: rewrites the illustrative county-year files of the example counties
 * from their specs (src/calibrate/specs/), then the later years of a county that follows a plan
 * (src/calibrate/progress.ts). Seeded: a re-run writes identical bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AssessedCountyYear } from '../src/calibrate/assessment.ts';
import { calibrateCounty } from '../src/calibrate/calibrate-county.ts';
import { progressYears } from '../src/calibrate/progress.ts';
import { exampleSpecs, illustrativeHeader, progressSpecs } from '../src/calibrate/specs/index.ts';
import { countyYearYaml } from '../src/calibrate/write-yaml.ts';
import type { CountyFile } from '../src/types/generated/county.ts';
import type { StandardFile } from '../src/types/generated/standard.ts';

const root = join(import.meta.dirname, '..');
const readYaml = async <T>(path: string): Promise<T> => parse(await readFile(join(root, path), 'utf8')) as T;

let failed = false;
const calibrated = new Map<string, AssessedCountyYear>();
for (const spec of exampleSpecs) {
  const county = await readYaml<CountyFile>(`data/counties/${spec.county}/county.yaml`);
  const standards = new Map<string, StandardFile>();
  for (const id of county.standards)
    standards.set(id, await readYaml<StandardFile>(`data/standards/${id}.yaml`));
  const started = performance.now();
  const { data, checks } = calibrateCounty(spec, county, standards);
  calibrated.set(spec.county, data);
  const path = `data/counties/${spec.county}/${spec.year}.yaml`;
  await writeFile(join(root, path), countyYearYaml(data, illustrativeHeader(spec)));
  const misses = checks.filter((check) => !check.ok);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${path}：${data.schools.length} 所学校，${checks.length} 项目标，${misses.length} 项未达，用时 ${seconds} 秒`,
  );
  for (const miss of misses) console.log(`  ${miss.target}：应为 ${miss.printed}，实为 ${miss.computed}`);
  failed ||= misses.length > 0;
}
for (const { base, progress, standard } of progressSpecs) {
  const data = calibrated.get(base.county);
  if (data === undefined) throw new Error(`${base.county} was not calibrated`);
  const years = progressYears(
    data,
    progress,
    await readYaml<StandardFile>(`data/standards/${standard}.yaml`),
  );
  for (const year of years) {
    const path = `data/counties/${year.county}/${year.year}.yaml`;
    await writeFile(join(root, path), countyYearYaml(year, progress.header));
    console.log(`${path}：${year.schools.length} 所学校（由 ${base.year} 年推演）`);
  }
}
process.exitCode = failed ? 1 : 0;
