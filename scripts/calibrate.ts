/**
 * `npm run calibrate`: rewrites the illustrative county-year files of the example counties
 * from their specs (src/calibrate/specs/). Seeded: a re-run writes identical bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { calibrateCounty } from '../src/calibrate/calibrate-county.ts';
import { exampleSpecs, illustrativeHeader } from '../src/calibrate/specs/index.ts';
import { countyYearYaml } from '../src/calibrate/write-yaml.ts';
import type { CountyFile } from '../src/types/generated/county.ts';
import type { StandardFile } from '../src/types/generated/standard.ts';

const root = join(import.meta.dirname, '..');
const readYaml = async <T>(path: string): Promise<T> => parse(await readFile(join(root, path), 'utf8')) as T;

let failed = false;
for (const spec of exampleSpecs) {
  const county = await readYaml<CountyFile>(`data/counties/${spec.county}/county.yaml`);
  const standards = new Map<string, StandardFile>();
  for (const id of county.standards)
    standards.set(id, await readYaml<StandardFile>(`data/standards/${id}.yaml`));
  const started = performance.now();
  const { data, checks } = calibrateCounty(spec, county, standards);
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
process.exitCode = failed ? 1 : 0;
