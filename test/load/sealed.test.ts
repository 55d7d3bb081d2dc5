/** Cache files carry their own digest: a change after writing makes the entry missing, not wrong. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { openDiskStore } from '../../src/incremental/disk-store.ts';
import { seal, unseal } from '../../src/load/sealed.ts';

const dir = mkdtempSync(join(tmpdir(), 'junheng-sealed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('sealed bytes give back their payload; any changed byte, a cut or an unsealed file gives none', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), (payload, at) => {
      const sealed = seal(payload);
      expect(unseal(sealed)).toEqual(Buffer.from(payload));
      const flipped = Buffer.from(sealed);
      const index = at % flipped.length;
      flipped[index] = (flipped[index] ?? 0) ^ 0x01;
      expect(unseal(flipped)).toBeUndefined();
      expect(unseal(sealed.subarray(0, sealed.length - 1))).toBeUndefined();
    }),
  );
  expect(unseal(Buffer.from('{"key":"k","value":1}'))).toBeUndefined();
});

test('a cached result with one digit changed (still valid JSON, key intact) is read as missing', () => {
  const store = openDiskStore(dir);
  store.write('outputs', 'k1', { students: 16539 });
  expect(store.read('outputs', 'k1')).toEqual({ students: 16539 });
  const [name = ''] = readdirSync(join(dir, 'outputs'));
  const path = join(dir, 'outputs', name);
  writeFileSync(path, readFileSync(path, 'utf8').replace('16539', '16538'));
  expect(openDiskStore(dir).read('outputs', 'k1')).toBeUndefined();
  store.writeBytes('downloads', 'k2', Uint8Array.from([1, 2, 3]));
  const bin = join(dir, 'downloads', 'k2.bin');
  writeFileSync(bin, Buffer.concat([readFileSync(bin).subarray(0, -1), Buffer.from([4])]));
  expect(openDiskStore(dir).readBytes('downloads', 'k2')).toBeUndefined();
});
