/**
 * Text in the wrong encoding is found (a field half GBK, half UTF-8; a cell that is already
 * mojibake) and real names, rare characters included, are never taken for it (seeded names).
 */
import { expect, test } from 'vitest';
import { firstInvalidUtf8, mixedField, mojibake } from '../../src/text/encoding.ts';
import { gb18030 } from '../sheet/gb18030.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const asGbk = (bytes: Uint8Array) => new TextDecoder('gb18030').decode(bytes);

/** Seeded school-like names from all of GB2312's hanzi, common and rare (xorshift). */
function seededNames(count: number, seed0 = 20261130): string[] {
  const decoder = new TextDecoder('gb18030');
  const hanzi: string[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char !== '\ufffd') hanzi.push(char);
    }
  }
  let seed = seed0;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const suffixes = ['小学', '中学', '教学点', '九年一贯制学校', ''];
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(next() * 6);
    const stem = Array.from({ length }, () => hanzi[Math.floor(next() * hanzi.length)]).join('');
    return stem + (suffixes[Math.floor(next() * suffixes.length)] ?? '');
  });
}

test('where UTF-8 goes wrong', () => {
  expect(firstInvalidUtf8(utf8('城关小学'), 0, 12)).toBe(-1);
  expect(firstInvalidUtf8(new Uint8Array([...utf8('ab'), ...gb18030('城关')]), 0, 6)).toBe(2);
  // A character cut at the end, an overlong form, a surrogate.
  expect(firstInvalidUtf8(utf8('城').subarray(0, 2), 0, 2)).toBe(0);
  expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]), 0, 3)).toBe(1);
  expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]), 0, 3)).toBe(0);
});

test('a field half GBK, half UTF-8 reads with each part in its own encoding', () => {
  const field = new Uint8Array([...gb18030('城关镇'), ...utf8('第一小学'), ...gb18030('（分校）')]);
  expect(mixedField(field)).toBe('城关镇第一小学（分校）');
  expect(mixedField(gb18030('城关镇第一小学'))).toBeUndefined();
  // All UTF-8 is no mixture (the file's encoding decides it), nor is ASCII.
  expect(mixedField(utf8('第一小学'))).toBeUndefined();
  expect(mixedField(utf8('No. 1'))).toBeUndefined();
});

test('GBK names are never taken for a mixture, and UTF-8 pasted into them is found (seeded)', () => {
  const names = seededNames(20_000);
  expect(names.filter((name) => mixedField(gb18030(name)) !== undefined)).toEqual([]);
  let found = 0;
  const pasted = names.slice(0, 2000);
  for (const [index, name] of pasted.entries()) {
    const prefix = index % 2 === 0 ? '城关镇' : '示例县';
    const field = new Uint8Array([...gb18030(prefix), ...utf8(name)]);
    if (mixedField(field) === `${prefix}${name}`) found += 1;
  }
  // Names made only of rare characters read as well either way round now and then.
  expect(found / pasted.length).toBeGreaterThan(0.9);
});

test('mojibake: GBK or UTF-8 read as Latin-1, UTF-8 read as GBK, each with the text it was', () => {
  expect(mojibake(latin1(gb18030('城关小学')))).toEqual({
    intended: '城关小学',
    was: 'GBK',
    readAs: 'Latin-1',
  });
  expect(mojibake(latin1(utf8('城关小学')))).toEqual({
    intended: '城关小学',
    was: 'UTF-8',
    readAs: 'Latin-1',
  });
  expect(mojibake(asGbk(utf8('城关第一小学')))).toEqual({
    intended: '城关第一小学',
    was: 'UTF-8',
    readAs: 'GBK',
  });
  // Text as it should be, Latin letters with accents, short values: left alone.
  for (const text of ['城关小学', '乡村第十教学点', '芙蓉中学', 'Café Zürich', 'é', '123', '']) {
    expect(mojibake(text), text).toBeUndefined();
  }
});

test('real names are never mojibake; their mojibake is found (seeded)', () => {
  const names = seededNames(20_000, 7);
  expect(names.filter((name) => mojibake(name) !== undefined)).toEqual([]);
  const sample = names.slice(0, 2000);
  /** The share of garbled names found; each guess given is the name. */
  const found = (garble: (name: string) => string) => {
    const results = sample.map((name) => ({ name, result: mojibake(garble(name)) }));
    for (const { name, result } of results)
      if (result?.intended !== undefined) expect(result.intended).toBe(name);
    return results.filter(({ result }) => result !== undefined).length / sample.length;
  };
  expect(found((name) => latin1(gb18030(name)))).toBe(1);
  expect(found((name) => latin1(utf8(name)))).toBe(1);
  expect(found((name) => asGbk(utf8(name)))).toBeGreaterThan(0.9);
});
