/**
 * `npm run bench`: measures the validate-and-compute pipeline on the example data and on a
 * generated province (160 counties × 5 years, built from the example files with a fixed plan),
 * cold, in this process. Prints wall time per phase, throughput and peak memory.
 * Figures are recorded by hand in docs/benchmarks.md with the command that produced them.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFiles } from '../src/load/read-project.ts';
import { runProject } from '../src/pipeline.ts';

const root = join(import.meta.dirname, '..');
const COUNTIES = 160;
const YEARS = [2018, 2019, 2020, 2021, 2022];

/** The example county-years, as templates for the generated province. */
async function templates(): Promise<{ county: string; text: string }[]> {
  const out: { county: string; text: string }[] = [];
  for (const county of (await readdir(join(root, 'data/counties'))).sort()) {
    for (const file of (await readdir(join(root, 'data/counties', county))).sort()) {
      if (/^\d{4}\.yaml$/.test(file))
        out.push({ county, text: await readFile(join(root, 'data/counties', county, file), 'utf8') });
    }
  }
  return out;
}

async function generateProvince(dir: string): Promise<number> {
  await mkdir(join(dir, 'data/standards'), { recursive: true });
  for (const file of await readdir(join(root, 'data/standards'))) {
    await writeFile(join(dir, 'data/standards', file), await readFile(join(root, 'data/standards', file)));
  }
  const sources = await templates();
  let bytes = 0;
  for (let k = 0; k < COUNTIES; k++) {
    const id = `county-${String(k + 1).padStart(3, '0')}`;
    const template = sources[k % sources.length];
    if (template === undefined) throw new Error('no example data');
    const countyYaml = (await readFile(join(root, 'data/counties', template.county, 'county.yaml'), 'utf8'))
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^name: .*$/m, `name: 示例县${k + 1}`);
    await mkdir(join(dir, 'data/counties', id), { recursive: true });
    await writeFile(join(dir, 'data/counties', id, 'county.yaml'), countyYaml);
    for (const year of YEARS) {
      // Each county-year differs in a figure no published number depends on.
      const text = template.text
        .replace(/^county: .*$/m, `county: ${id}`)
        .replace(/^year: .*$/m, `year: ${year}`)
        .replace(/largestClass: (\d+)/, (_, n: string) => `largestClass: ${Number(n) + year - 2018}`);
      bytes += Buffer.byteLength(text);
      await writeFile(join(dir, 'data/counties', id, `${year}.yaml`), text);
    }
  }
  return bytes;
}

async function measure(label: string, dir: string): Promise<void> {
  const t0 = performance.now();
  const files = await readProjectFiles(dir);
  const t1 = performance.now();
  const { outputs, problems } = runProject(files);
  const t2 = performance.now();
  const json = outputs.map((output) => JSON.stringify(output.result, null, 2));
  const t3 = performance.now();
  const jsonBytes = json.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${label}`);
  console.log(`  文件 ${files.length} 个，县年度 ${outputs.length} 个，问题 ${problems.length} 条`);
  console.log(
    `  读取 ${seconds(t1 - t0)} 秒；检查与测算 ${seconds(t2 - t1)} 秒；序列化 ${seconds(t3 - t2)} 秒`,
  );
  console.log(
    `  每秒 ${(outputs.length / ((t2 - t1) / 1000)).toFixed(1)} 个县年度；结果 JSON 共 ${(jsonBytes / 1e6).toFixed(1)} MB`,
  );
}

await measure('示例数据（data/）', root);
const dir = await mkdtemp(join(tmpdir(), 'junheng-bench-'));
try {
  const bytes = await generateProvince(dir);
  await measure(
    `生成的省（${COUNTIES} 县 × ${YEARS.length} 年，YAML 共 ${(bytes / 1e6).toFixed(1)} MB）`,
    dir,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
const peak = process.resourceUsage().maxRSS / 1024;
console.log(
  `峰值内存 ${peak.toFixed(0)} MB；Node ${process.version}；${(await import('node:os')).cpus().length} 核`,
);
