/**
 * The generated province of `npm run bench`: the example county-years with a report, copied to
 * 160 counties × 5 years (each county-year differing in a figure no published number depends on),
 * with their narratives. Also usable alone, to profile a build by hand:
 * `node scripts/bench/province.ts <folder>` writes one there.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const COUNTIES = 160;
export const YEARS = [2018, 2019, 2020, 2021, 2022];

interface Template {
  county: string;
  year: number;
  text: string;
  narrative?: string;
}

/** The example county-years (and their narratives), as templates for the generated province. */
async function templates(): Promise<Template[]> {
  const out: Template[] = [];
  for (const county of (await readdir(join(root, 'data/counties'))).sort()) {
    for (const file of (await readdir(join(root, 'data/counties', county))).sort()) {
      if (!/^\d{4}\.yaml$/.test(file)) continue;
      const year = Number(file.slice(0, 4));
      const template: Template = {
        county,
        year,
        text: await readFile(join(root, 'data/counties', county, file), 'utf8'),
      };
      const narrative = join(root, 'content/reports', county, `${year}.mdx`);
      try {
        template.narrative = await readFile(narrative, 'utf8');
      } catch {
        // Only the county-years with a report make the province (the five seed years), so it
        // stays the same shape as the example data grows later years without reports.
        continue;
      }
      out.push(template);
    }
  }
  return out;
}

/** Writes the province into `dir`; returns the bytes of its county-year files. */
export async function generateProvince(dir: string): Promise<number> {
  await mkdir(join(dir, 'data/standards'), { recursive: true });
  await cp(join(root, 'data/standards'), join(dir, 'data/standards'), { recursive: true });
  await mkdir(join(dir, 'content'), { recursive: true });
  await cp(join(root, 'content/site.yaml'), join(dir, 'content/site.yaml'));
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
      if (template.narrative !== undefined) {
        await mkdir(join(dir, 'content/reports', id), { recursive: true });
        // The text names the new year; figure keys keep the periods the copied facts hold.
        const narrative = template.narrative
          .split(/(k="[^"]*")/)
          .map((part) =>
            part.startsWith('k="') ? part : part.replaceAll(String(template.year), String(year)),
          )
          .join('');
        await writeFile(join(dir, 'content/reports', id, `${year}.mdx`), narrative);
      }
    }
  }
  return bytes;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: node scripts/bench/province.ts <folder>');
  const bytes = await generateProvince(dir);
  console.log(`${dir}: ${COUNTIES} counties × ${YEARS.length} years, ${(bytes / 1e6).toFixed(1)} MB of YAML`);
}
