/**
 * A county's downloads as one binary entry of the build cache: a JSON header line naming the
 * files (with the cache key they were made under), then their bytes one after another. Built in
 * the worker that computed the county, so the files are ready before the pages ask for them.
 *
 * Like every cache entry it is checked before use: a header that does not parse, names another
 * key, or lists more bytes than follow makes the entry count as missing.
 */
import type { Download } from './downloads.ts';

interface BundleHeader {
  key: string;
  files: { year: number; name: string; mediaType: string; length: number }[];
}

export interface YearDownloads {
  year: number;
  downloads: Download[];
}

const NEWLINE = 0x0a;

export function packDownloads(key: string, years: readonly YearDownloads[]): Uint8Array {
  const files = years.flatMap(({ year, downloads }) => downloads.map((file) => ({ year, file })));
  const header: BundleHeader = {
    key,
    files: files.map(({ year, file }) => ({
      year,
      name: file.name,
      mediaType: file.mediaType,
      length: file.bytes.length,
    })),
  };
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const out = new Uint8Array(head.length + files.reduce((sum, { file }) => sum + file.bytes.length, 0));
  out.set(head, 0);
  let at = head.length;
  for (const { file } of files) {
    out.set(file.bytes, at);
    at += file.bytes.length;
  }
  return out;
}

/** The downloads of each year in a bundle made under `key`; undefined when it is not one. */
export function unpackDownloads(key: string, bundle: Uint8Array): Map<number, Download[]> | undefined {
  const end = bundle.indexOf(NEWLINE);
  if (end < 0) return undefined;
  let header: BundleHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bundle.subarray(0, end))) as BundleHeader;
  } catch {
    return undefined;
  }
  if (header?.key !== key || !Array.isArray(header.files)) return undefined;
  const byYear = new Map<number, Download[]>();
  let at = end + 1;
  for (const file of header.files) {
    if (!Number.isInteger(file.length) || file.length < 0 || at + file.length > bundle.length)
      return undefined;
    const list = byYear.get(file.year) ?? [];
    list.push({ name: file.name, mediaType: file.mediaType, bytes: bundle.subarray(at, at + file.length) });
    byYear.set(file.year, list);
    at += file.length;
  }
  return at === bundle.length ? byYear : undefined;
}
