/**
 * Text in the wrong encoding, found and named rather than imported as mojibake. Pure.
 *
 * - A CSV field whose bytes are partly GBK and partly UTF-8 (a name pasted from a web page into
 *   a GBK export): `mixedField` finds the UTF-8 runs that read as Chinese better than as GBK.
 * - A cell that is already mojibake when it reaches us (a GBK or UTF-8 file once opened as
 *   Latin-1 and saved into the workbook, 城关小学 → ³Ç¹ØÐ¡Ñ§; or UTF-8 read as GBK, 城关 → 鍩庡叧):
 *   `mojibake` gives the text it most likely was.
 *
 * Both decide by how much a reading looks like Chinese text (`chineseScore`), so a real name made
 * of rare characters is not taken for mojibake (tested on seeded names).
 */

const utf8Decoder = new TextDecoder('utf-8');
const gbDecoder = new TextDecoder('gb18030');

/**
 * Where bytes[start, end) stop being well-formed UTF-8 (no overlongs, surrogates or code points
 * past U+10FFFF): the offset of the first bad character, or −1 when they are well-formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = lead === 0xe0 ? 0xa0 : 0x80;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = lead === 0xf0 ? 0x90 : 0x80;
      if (lead === 0xf4) max = 0x8f;
    } else return index;
    if (index + length > end) return index;
    const second = bytes[index + 1] as number;
    if (second < min || second > max) return index;
    for (let next = 2; next < length; next += 1) {
      const byte = bytes[index + next] as number;
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

let gb2312: { common: Set<string>; all: Set<string> } | undefined;

/** The characters of GB2312: its 3,755 common hanzi (level 1), and all of it (symbols, level 2). */
function gb2312Sets(): { common: Set<string>; all: Set<string> } {
  if (gb2312) return gb2312;
  const common = new Set<string>();
  const all = new Set<string>();
  for (let lead = 0xa1; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const char = gbDecoder.decode(new Uint8Array([lead, trail]));
      if (char === '\ufffd') continue;
      all.add(char);
      if (lead >= 0xb0 && lead <= 0xd7) common.add(char);
    }
  }
  gb2312 = { common, all };
  return gb2312;
}

/**
 * How much a reading of a field looks like Chinese text: +1 for each common hanzi, 0 for other
 * GB2312 characters, −1 for anything else outside ASCII. Mojibake scores low either way round:
 * a name's UTF-8 bytes read as GBK give GBK's extension and symbol rows, and GBK bytes that
 * happen to be valid UTF-8 give rare or non-Chinese characters.
 */
export function chineseScore(text: string): number {
  const { common, all } = gb2312Sets();
  let score = 0;
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) < 0x80) continue;
    if (common.has(char)) score += 1;
    else if (!all.has(char)) score -= 1;
  }
  return score;
}

/** Two or more characters past ASCII, every one of them in GB2312 (a Chinese text, rare hanzi and all). */
function allGb2312(text: string): boolean {
  const { all } = gb2312Sets();
  let count = 0;
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) < 0x80) continue;
    if (!all.has(char)) return false;
    count += 1;
  }
  return count >= 2;
}

const continuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Bytes of consecutive three-byte UTF-8 characters (U+3000–U+9FFF: CJK and its punctuation) at `at`. */
function utf8RunAt(bytes: Uint8Array, at: number): number {
  let end = at;
  for (;;) {
    const lead = bytes[end];
    if (lead === undefined || lead < 0xe3 || lead > 0xe9) break;
    if (!continuation(bytes[end + 1]) || !continuation(bytes[end + 2])) break;
    end += 3;
  }
  return end - at;
}

/** A run this long (two characters) at least before a field is called mixed. */
const shortestRun = 6;

/**
 * The field as it reads with each part in its own encoding, when its bytes are GBK with UTF-8
 * runs inside (both kinds of non-ASCII text present); undefined for a field in one encoding.
 */
export function mixedField(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let gbkFrom = 0;
  let gbkText = false;
  let utf8Found = false;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const run = utf8RunAt(bytes, index);
    if (run >= shortestRun) {
      // The run against the same bytes read as GBK (one byte more when it ends inside a pair).
      const asUtf8 = utf8Decoder.decode(bytes.subarray(index, index + run));
      const asGbk = gbDecoder.decode(bytes.subarray(index, index + run + (run % 2)));
      if (chineseScore(asUtf8) > chineseScore(asGbk) + 1) {
        parts.push(gbDecoder.decode(bytes.subarray(gbkFrom, index)), asUtf8);
        utf8Found = true;
        index += run;
        gbkFrom = index;
        continue;
      }
    }
    gbkText = true;
    // GB18030: two bytes, or four when the second is a digit.
    const second = bytes[index + 1];
    index += second !== undefined && second >= 0x30 && second <= 0x39 ? 4 : 2;
  }
  if (!utf8Found || !gbkText) return undefined;
  parts.push(gbDecoder.decode(bytes.subarray(gbkFrom)));
  return parts.join('');
}

let gbkBytes: Map<string, number[]> | undefined;
/** Characters GB18030 reads from more than one pair (A1A1 and A3A0 are both U+3000). */
const ambiguous = new Set<string>();

/** GBK bytes of a character, from the decoder's own table (Node has no GBK encoder). */
function gbkOf(char: string): number[] | undefined {
  if (!gbkBytes) {
    const decoder = new TextDecoder('gb18030', { fatal: true });
    gbkBytes = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        try {
          const decoded = decoder.decode(new Uint8Array([lead, trail]));
          if (gbkBytes.has(decoded)) ambiguous.add(decoded);
          else gbkBytes.set(decoded, [lead, trail]);
        } catch {}
      }
    }
  }
  return gbkBytes.get(char);
}

export interface Mojibake {
  /** What the text most likely was (absent when bytes were lost on the wrong reading). */
  intended?: string;
  /** The encoding its bytes were in, and the one they were wrongly read as. */
  was: 'GBK' | 'UTF-8';
  readAs: 'Latin-1' | 'GBK';
}

/** Whether a text reads far better re-decoded: then it is mojibake, and this is the text it was. */
export function mojibake(text: string): Mojibake | undefined {
  if (text.length < 2) return undefined;
  const score = chineseScore(text);
  // Latin-1 mojibake: only characters up to U+00FF, some of them past ASCII.
  if ([...text].every((char) => char.charCodeAt(0) <= 0xff)) {
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    if (bytes.filter((byte) => byte >= 0x80).length < 4) return undefined;
    const asUtf8 = new TextDecoder('utf-8', { fatal: true });
    for (const [was, decode] of [
      ['UTF-8', () => asUtf8.decode(bytes)],
      ['GBK', () => new TextDecoder('gb18030', { fatal: true }).decode(bytes)],
    ] as const) {
      let intended: string;
      try {
        intended = decode();
      } catch {
        continue;
      }
      if (allGb2312(intended)) return { intended, was, readAs: 'Latin-1' };
    }
    return undefined;
  }
  // UTF-8 read as GBK: the GBK bytes of the text are UTF-8 that reads as Chinese. A byte GBK
  // could not read (U+FFFD, often the last of an odd count) is lost: the text is still named as
  // mojibake, without a guess at what it was.
  const bytes: number[] = [];
  let lost = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (char === '\ufffd') lost = true;
    else if (char === '€') bytes.push(0x80);
    else {
      const pair = gbkOf(char);
      if (pair === undefined) return undefined;
      if (ambiguous.has(char)) lost = true;
      bytes.push(...pair);
    }
  }
  const reread = utf8Decoder.decode(Uint8Array.from(bytes));
  if (reread === text) return undefined;
  const better = chineseScore(reread.replaceAll('\ufffd', ''));
  if (better < 2 || better <= score + 2) return undefined;
  return lost || reread.includes('\ufffd')
    ? { was: 'UTF-8', readAs: 'GBK' }
    : { intended: reread, was: 'UTF-8', readAs: 'GBK' };
}
