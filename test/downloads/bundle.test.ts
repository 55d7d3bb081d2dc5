import fc from 'fast-check';
import { expect, test } from 'vitest';
import { packDownloads, unpackDownloads, type YearDownloads } from '../../src/downloads/bundle.ts';

const file = (name: string, text: string) => ({
  name,
  mediaType: 'text/csv; charset=utf-8',
  bytes: new TextEncoder().encode(text),
});
const years: YearDownloads[] = [
  { year: 2019, downloads: [file('a-2019-schools.csv', '校名\n一中\n'), file('a-2019.json', '{}\n')] },
  { year: 2020, downloads: [file('a-2020-schools.csv', ''), file('a-2020.json', '{"年":2020}\n')] },
];
const plain = (unpacked: ReturnType<typeof unpackDownloads>) =>
  unpacked === undefined
    ? undefined
    : [...unpacked].map(([year, list]) => ({
        year,
        downloads: list.map((item) => ({ ...item, bytes: [...item.bytes] })),
      }));
const plainYears = (list: YearDownloads[]) =>
  list.map(({ year, downloads }) => ({
    year,
    downloads: downloads.map((item) => ({ ...item, bytes: [...item.bytes] })),
  }));

test('a bundle gives back every year’s files, bytes and order kept', () => {
  expect(plain(unpackDownloads('k1', packDownloads('k1', years)))).toEqual(plainYears(years));
});

test('any files round-trip', () => {
  const bytes = fc.uint8Array({ maxLength: 64 });
  const yearFiles = fc.record({
    year: fc.integer({ min: 2000, max: 2100 }),
    downloads: fc.array(fc.record({ name: fc.string(), mediaType: fc.string(), bytes }), { maxLength: 4 }),
  });
  fc.assert(
    fc.property(fc.uniqueArray(yearFiles, { selector: (item) => item.year, maxLength: 5 }), (list) => {
      const kept = list.filter((item) => item.downloads.length > 0);
      expect(plain(unpackDownloads('k', packDownloads('k', list)))).toEqual(plainYears(kept));
    }),
  );
});

test('a bundle made under another key, cut short, or with bytes after its files is not used', () => {
  const bundle = packDownloads('k1', years);
  expect(unpackDownloads('k2', bundle)).toBeUndefined();
  expect(unpackDownloads('k1', bundle.subarray(0, bundle.length - 1))).toBeUndefined();
  expect(unpackDownloads('k1', new Uint8Array([...bundle, 0]))).toBeUndefined();
  expect(unpackDownloads('k1', new TextEncoder().encode('{"key":"k1"'))).toBeUndefined();
  expect(unpackDownloads('k1', new TextEncoder().encode('not json\n'))).toBeUndefined();
});
