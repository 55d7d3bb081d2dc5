import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { contentKey } from '../../src/incremental/cache-store.ts';
import { openDiskStore } from '../../src/incremental/disk-store.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'junheng-store-'));
  return dir;
};

test('an entry written is read back under its key', () => {
  const store = openDiskStore(fresh());
  store.write('counties', 'k1', { a: [1, 2] });
  expect(openDiskStore(dir).read('counties', 'k1')).toEqual({ a: [1, 2] });
  expect(openDiskStore(dir).read('counties', 'k2')).toBeUndefined();
});

test('an entry whose inner key differs, or that does not parse, is ignored', () => {
  const store = openDiskStore(fresh());
  store.write('counties', 'k1', 'value');
  // Copied under another name (a stale or tampered entry): the key inside says otherwise.
  writeFileSync(join(dir, 'counties', 'k2.json'), JSON.stringify({ key: 'k1', value: 'value' }));
  writeFileSync(join(dir, 'counties', 'k3.json'), '{"key": "k3", "value": ');
  expect(store.read('counties', 'k2')).toBeUndefined();
  expect(store.read('counties', 'k3')).toBeUndefined();
});

test('prune keeps only what the build used', () => {
  const first = openDiskStore(fresh());
  first.write('counties', 'old', 1);
  first.write('counties', 'kept', 2);
  const second = openDiskStore(dir);
  second.read('counties', 'kept');
  second.write('counties', 'new', 3);
  second.prune(['counties']);
  expect(readdirSync(join(dir, 'counties')).sort()).toEqual(['kept.json', 'new.json']);
});

test('content keys separate their parts', () => {
  expect(contentKey(['ab', 'c'])).not.toBe(contentKey(['a', 'bc']));
  expect(contentKey(['a'])).toBe(contentKey(['a']));
});

test('binary entries are read back as written and pruned like the others', () => {
  const first = openDiskStore(fresh());
  first.writeBytes('downloads', 'old', new Uint8Array([1]));
  first.writeBytes('downloads', 'kept', new Uint8Array([2, 3]));
  const second = openDiskStore(dir);
  expect(second.hasBytes('downloads', 'kept')).toBe(true);
  expect([...(second.readBytes('downloads', 'kept') ?? [])]).toEqual([2, 3]);
  expect(second.readBytes('downloads', 'missing')).toBeUndefined();
  second.prune(['downloads']);
  expect(readdirSync(join(dir, 'downloads'))).toEqual(['kept.bin']);
});
