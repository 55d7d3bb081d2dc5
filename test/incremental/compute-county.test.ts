/**
 * The county threads: a province-sized run (more counties than the in-thread threshold) gives
 * the results and downloads the calling thread gives.
 */
import { expect, test } from 'vitest';
import { unpackDownloads } from '../../src/downloads/bundle.ts';
import { downloadsFor } from '../../src/downloads/downloads.ts';
import { type CountyJob, computeCounties, runCounty } from '../../src/incremental/compute-county.ts';
import { partitionFiles } from '../../src/incremental/run-cached.ts';
import { readProjectFiles } from '../../src/load/read-project.ts';
import { root } from '../helpers/fixtures.ts';

/** The example counties twice over, the copies under ids of their own. */
async function jobs(): Promise<CountyJob[]> {
  const { standards, counties } = partitionFiles(await readProjectFiles(root), 'v1');
  return [0, 1].flatMap((copy) =>
    counties.map((group) => {
      const county = copy === 0 ? group.county : `${group.county}-copy`;
      const files = group.files.map((raw) => ({
        ...raw,
        file: raw.file.replace(`data/counties/${group.county}/`, `data/counties/${county}/`),
        // county.yaml's `id` and each year's `county` name the folder.
        text: raw.text?.replace(new RegExp(`^(id|county): ${group.county}$`, 'gm'), `$1: ${county}`) ?? null,
      }));
      return { county, key: `${group.key}-${copy}`, files: [...standards, ...files] };
    }),
  );
}

test('threads give the results and downloads of the calling thread', { timeout: 60_000 }, async () => {
  const list = await jobs();
  expect(list.length).toBeGreaterThanOrEqual(8);
  const bundles = new Map<string, Uint8Array>();
  const { results, downloads } = await computeCounties(list, (county, bundle) => bundles.set(county, bundle));
  await downloads;
  expect(results.map((result) => result.county)).toEqual(list.map((job) => job.county));
  for (const [index, job] of list.entries()) {
    const here = runCounty(job);
    expect(results[index]).toEqual(here.result);
    expect(here.result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const bundle = bundles.get(job.county);
    expect(bundle, job.county).toBeDefined();
    const unpacked = unpackDownloads(job.key, bundle ?? new Uint8Array());
    for (const output of here.outputs) {
      const expected = downloadsFor(output.result, output.standards);
      expect(
        unpacked?.get(output.year)?.map((file) => [file.name, Buffer.from(file.bytes).toString('base64')]),
      ).toEqual(expected.map((file) => [file.name, Buffer.from(file.bytes).toString('base64')]));
    }
  }
});
