/**
 * The zip container of a workbook, read defensively. Pure: bytes in, entries and parts out.
 *
 * fflate's `unzipSync` inflates a part into a buffer of the size the zip declares and never
 * checks the CRC-32, so a forged size silently truncated a part. Here the central directory is
 * read directly and each part is inflated with fflate's streaming `Inflate`, fed a slice of the
 * compressed bytes at a time: inflation stops as soon as the output passes the declared size
 * (a zip bomb costs at most the declared size plus one slice's expansion), a part shorter or
 * longer than declared is refused, and the CRC-32 of every part read is compared with the
 * central directory's.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the zip declares. */
  originalSize: number;
  localOffset: number;
}

/** Why a part could not be taken from the zip. */
export type ZipPartFault = 'crc' | 'size' | 'method' | 'encrypted' | 'bounds';

export class ZipError extends Error {
  readonly part: string | undefined;
  readonly fault: ZipPartFault | 'directory';
  /** For `size`: what the zip declares and what the part holds (at least; inflation stops early). */
  readonly declared: number | undefined;
  readonly actual: number | undefined;

  constructor(
    fault: ZipPartFault | 'directory',
    part?: string,
    sizes?: { declared: number; actual: number },
  ) {
    super(`zip ${fault}${part === undefined ? '' : ` in ${part}`}`);
    this.fault = fault;
    this.part = part;
    this.declared = sizes?.declared;
    this.actual = sizes?.actual;
  }
}

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as zip uses it), unsigned. */
export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (crcTable[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipError('directory');
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipError('directory');
  return (
    ((bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24)) >>>
    0
  );
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

/** The end of central directory record: searched backwards over at most a comment's length. */
function endOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      return at;
    }
  }
  throw new ZipError('directory');
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The entries of the central directory, in order. Throws ZipError when it cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const end = endOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64: the locator sits right before the end record and points at the zip64 end record.
  if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const zip64End = u64(bytes, end - 12);
    if (u32(bytes, zip64End) === 0x06064b50) {
      count = u64(bytes, zip64End + 32);
      offset = u64(bytes, zip64End + 48);
    }
  }
  // Each central record takes at least 46 bytes: a count beyond that is forged.
  if (count > bytes.length / 46) throw new ZipError('directory');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipError('directory');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    let compressedSize = u32(bytes, at + 20);
    let originalSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw new ZipError('directory');
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // Zip64 extra field: the 64-bit values of the fields saturated at 0xFFFFFFFF, in this order.
    let extra = nameStart + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (originalSize === 0xffffffff) {
          originalSize = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, field);
      }
      extra += 4 + size;
    }
    entries.push({ name, method, flags, crc, compressedSize, originalSize, localOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Compressed bytes handed to the inflater at a time: bounds what one step can expand to. */
const inflateSlice = 16 * 1024;

/**
 * One part's bytes, exactly as many as declared and with the declared CRC-32; a ZipError
 * otherwise. Memory: the declared size, plus at most one slice's expansion.
 */
export function readZipPart(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipError('encrypted', entry.name);
  const local = entry.localOffset;
  if (u32(bytes, local) !== 0x04034b50) throw new ZipError('bounds', entry.name);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw new ZipError('bounds', entry.name);
  const compressed = bytes.subarray(start, stop);
  const declared = entry.originalSize;
  let out: Uint8Array;
  if (entry.method === 0) {
    if (compressed.length !== declared) {
      throw new ZipError('size', entry.name, { declared, actual: compressed.length });
    }
    out = compressed.slice();
  } else if (entry.method === 8) {
    out = new Uint8Array(declared);
    let written = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      if (over) return;
      if (written + chunk.length > declared) {
        over = true;
        written += chunk.length;
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    for (let at = 0; at < compressed.length && !over; at += inflateSlice) {
      const end = Math.min(at + inflateSlice, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (over || written !== declared) {
      throw new ZipError('size', entry.name, { declared, actual: written });
    }
  } else throw new ZipError('method', entry.name);
  if (crc32(out) !== entry.crc) throw new ZipError('crc', entry.name);
  return out;
}
