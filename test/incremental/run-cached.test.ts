import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Download, downloadsFor } from '../../src/downloads/downloads.ts';
import { type CacheStore, noCache } from '../../src/incremental/cache-store.ts';
import { partitionFiles, runProjectCached } from '../../src/incremental/run-cached.ts';
import { type RawFile, readProjectFiles } from '../../src/load/read-project.ts';
import { runProject } from '../../src/pipeline.ts';
import { root } from '../helpers/fixtures.ts';

/** A store in memory that counts what it was asked. */
function memoryStore(): CacheStore & { entries: Map<string, unknown>; reads: number } {
  const entries = new Map<string, unknown>();
  const store = {
    entries,
    reads: 0,
    read<T>(kind: string, key: string): T | undefined {
      store.reads += 1;
      const value = entries.get(`${kind}/${key}`);
      // As on disk: JSON, which drops undefined fields.
      return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
    },
    has(kind: string, key: string): boolean {
      return entries.has(`${kind}/${key}`);
    },
    write(kind: string, key: string, value: unknown): void {
      entries.set(`${kind}/${key}`, structuredClone(value));
    },
    readBytes(kind: string, key: string): Uint8Array | undefined {
      const value = entries.get(`${kind}/${key}`);
      return value instanceof Uint8Array ? value : undefined;
    },
    hasBytes(kind: string, key: string): boolean {
      return entries.get(`${kind}/${key}`) instanceof Uint8Array;
    },
    writeBytes(kind: string, key: string, bytes: Uint8Array): void {
      entries.set(`${kind}/${key}`, bytes.slice());
    },
  };
  return store;
}

const projects = {
  'the example data': root,
  'a layout with misplaced and broken files': join(root, 'test/fixtures/validate/layout'),
};

describe.each(Object.entries(projects))('runProjectCached on %s', (_, dir) => {
  test('gives what runProject gives on all files at once, cold and warm', async () => {
    const files = await readProjectFiles(dir);
    const whole = runProject(files);
    const store = memoryStore();
    const cold = await runProjectCached(files, 'v1', store);
    const warm = await runProjectCached(files, 'v1', store);
    for (const outcome of [cold, warm]) {
      expect(outcome.problems).toEqual(whole.problems);
      expect(outcome.outputs()).toEqual(whole.outputs);
      expect(outcome.countyYears).toEqual(whole.outputs.map((output) => `${output.county}/${output.year}`));
    }
    expect(warm.computed).toEqual([]);
    // A warm run reads the large outputs only when asked.
    const reads = store.reads;
    const lazy = await runProjectCached(files, 'v1', store);
    expect(store.reads - reads).toBe(lazy.countyKeys.size);
    expect(lazy.outputs()).toEqual(whole.outputs);
    expect(cold.computed).toEqual([...cold.countyKeys.keys()]);
  });
});

describe('cache keys', () => {
  const file = (path: string, text: string): RawFile => ({ file: path, text, size: text.length });
  const files = [
    file('data/standards/basic.yaml', 'id: basic'),
    file('data/counties/a/county.yaml', 'id: a'),
    file('data/counties/a/2019.yaml', 'year: 2019'),
    file('data/counties/b/county.yaml', 'id: b'),
  ];
  const keys = (list: RawFile[], version = 'v1') =>
    new Map(partitionFiles(list, version).counties.map((group) => [group.county, group.key]));

  test('an edit in one county changes that county’s key only', () => {
    const before = keys(files);
    const after = keys(
      files.map((raw) => (raw.file.endsWith('2019.yaml') ? file(raw.file, 'year: 2020') : raw)),
    );
    expect(after.get('a')).not.toBe(before.get('a'));
    expect(after.get('b')).toBe(before.get('b'));
  });

  test('a standard or the code version changes every key', () => {
    const before = keys(files);
    const standard = keys(
      files.map((raw) => (raw.file.includes('standards') ? file(raw.file, 'id: basic2') : raw)),
    );
    const code = keys(files, 'v2');
    for (const county of ['a', 'b']) {
      expect(standard.get(county)).not.toBe(before.get(county));
      expect(code.get(county)).not.toBe(before.get(county));
    }
  });

  test('a local adjustment file changes every key, as a standard does', () => {
    const local = file('data/standards/local/city.yaml', 'id: city');
    const before = keys([...files, local]);
    const after = keys([...files, file(local.file, 'id: city\nenabled: true')]);
    expect(partitionFiles([...files, local], 'v1').standards.map((raw) => raw.file)).toContain(local.file);
    for (const county of ['a', 'b']) expect(after.get(county)).not.toBe(before.get(county));
  });

  test('a cold run with no store computes every county', async () => {
    const run = await runProjectCached(await readProjectFiles(root), 'v1', noCache);
    expect(run.computed.length).toBe(run.countyKeys.size);
  });
});

describe('a county that applies a local file', () => {
  const localFile = 'data/standards/local/city-quality-illustrative.yaml';
  const withLocal = async (enable: boolean): Promise<RawFile[]> =>
    (await readProjectFiles(root)).map((raw) => {
      if (raw.text === null) return raw;
      let text = raw.text;
      if (raw.file === 'data/counties/longting/county.yaml')
        text = text.replace(/^standards: \[(.*)\]$/m, 'standards: [$1, city-quality-illustrative]');
      if (raw.file === localFile && enable)
        text = text.replace(/(id: larger-nine-year-schools[\s\S]*?enabled: )false/, '$1true');
      return text === raw.text ? raw : { ...raw, text, size: Buffer.byteLength(text) };
    });
  const adjustments = (outputs: ReturnType<typeof runProject>['outputs']) =>
    outputs
      .filter((output) => output.county === 'longting')
      .map((output) => output.result.assessment?.quality?.adjustments?.map((item) => item.id));

  test('is recomputed when the local file changes, and equals runProject cold and warm', async () => {
    const store = memoryStore();
    const off = await withLocal(false);
    const first = await runProjectCached(off, 'v1', store);
    expect(first.outputs()).toEqual(runProject(off).outputs);
    expect(adjustments(first.outputs())[0]).toEqual(['g11-rotation-share']);
    const on = await withLocal(true);
    const second = await runProjectCached(on, 'v1', store);
    expect(second.computed).toEqual([...second.countyKeys.keys()]);
    expect(second.outputs()).toEqual(runProject(on).outputs);
    expect(adjustments(second.outputs())[0]).toEqual(['larger-nine-year-schools', 'g11-rotation-share']);
    const warm = await runProjectCached(on, 'v1', store);
    expect(warm.computed).toEqual([]);
    expect(warm.outputs()).toEqual(second.outputs());
  });
});

describe('downloads', () => {
  const bytesOf = (files: readonly Download[] | undefined) =>
    files?.map((file) => [file.name, file.mediaType, Buffer.from(file.bytes).toString('base64')]);

  test('a run stores every county-year’s downloads, and a warm run reads them back', async () => {
    const files = await readProjectFiles(root);
    const whole = runProject(files);
    const store = memoryStore();
    const cold = await runProjectCached(files, 'v1', store);
    await cold.downloadsStored;
    const warm = await runProjectCached(files, 'v1', store);
    expect(warm.computed).toEqual([]);
    for (const output of whole.outputs) {
      const expected = bytesOf(downloadsFor(output.result, output.standards));
      expect(bytesOf(await cold.downloads(output.county, output.year))).toEqual(expected);
      expect(bytesOf(await warm.downloads(output.county, output.year))).toEqual(expected);
    }
  });

  test('a county whose downloads are missing from the store is computed again', async () => {
    const files = await readProjectFiles(root);
    const store = memoryStore();
    const cold = await runProjectCached(files, 'v1', store);
    const [county, key] = [...cold.countyKeys][0] ?? [];
    store.entries.delete(`downloads/${key}`);
    const warm = await runProjectCached(files, 'v1', store);
    expect(warm.computed).toEqual([county]);
  });

  test('a store that keeps nothing has no downloads to give', async () => {
    const run = await runProjectCached(await readProjectFiles(root), 'v1', noCache);
    expect(await run.downloads('tongdao', 2019)).toBeUndefined();
  });
});
