/**
 * Text width for layout outside a browser. Vega measures text with a canvas when there is one;
 * in Node there is none and it estimates 0.8 em for every character, which is too wide for
 * Latin and too narrow for Chinese (labels overlap or are cut). This estimate counts CJK and
 * full-width characters as 1 em and Latin letters, digits and punctuation by Helvetica's
 * advance widths (the CJK fonts of the theme set their Latin glyphs at about these widths).
 */
import * as vega from 'vega';

/** Helvetica advance widths (1/1000 em) of the printable ASCII characters, from space (32) to ~ (126). */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Bold Latin runs about 6% wider; CJK glyphs stay 1 em. */
const BOLD_FACTOR = 1.06;

/** Characters set one em wide: CJK scripts and punctuation, full-width forms, symbols and shapes. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2026 && code <= 0x2026) || // … (full width in CJK fonts)
    (code >= 0x2190 && code <= 0x21ff) || // arrows
    (code >= 0x2460 && code <= 0x27bf) || // enclosed numbers, box drawing, shapes, symbols, dingbats (✓ ○ ✗)
    (code >= 0x2e80 && code <= 0x303f) || // CJK radicals, ideographic description, CJK symbols and punctuation
    (code >= 0x3040 && code <= 0x33ff) || // kana, bopomofo, Hangul compatibility, CJK compatibility (㎡)
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) || // emoji
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B and later
  );
}

/** Width in em of one character. */
export function charWidthEm(code: number): number {
  if (code >= 32 && code <= 126) return (ASCII_WIDTHS[code - 32] ?? 556) / 1000;
  if (isWide(code)) return 1;
  if (code === 0x00b7 || code === 0x2022) return 0.333; // · •
  if (code === 0x2014) return 1; // — (a Chinese dash is 1 em)
  if (code < 32 || (code >= 0x0300 && code <= 0x036f) || code === 0x200b || code === 0xfeff) return 0;
  return 0.6;
}

/** Width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let wide = 0;
  let narrow = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const em = charWidthEm(code);
    if (em === 1 && isWide(code)) wide += 1;
    else narrow += em;
  }
  return fontSize * (wide + narrow * (bold ? BOLD_FACTOR : 1));
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
  ellipsis?: string;
  dir?: string;
}

function itemFontSize(item: TextItem): number {
  return item.fontSize == null ? 11 : Number(item.fontSize) || 0;
}

function isBold(item: TextItem): boolean {
  const weight = item.fontWeight;
  if (weight === undefined) return false;
  if (typeof weight === 'number') return weight >= 600;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/**
 * What vega's `textMetrics.width(item, text)` must return: the width of the text as drawn,
 * after vega's own truncation to `item.limit` (with an ellipsis).
 */
export function itemTextWidth(item: TextItem, text: unknown): number {
  const size = itemFontSize(item);
  const bold = isBold(item);
  const value = text == null ? '' : String(text).trim();
  const full = textWidth(value, size, bold);
  const limit = Number(item.limit);
  if (!(limit > 0) || full < limit || value === '') return full;
  const ellipsis = item.ellipsis ?? '…';
  const room = limit - textWidth(ellipsis, size, bold);
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = 1 + ((lo + hi) >>> 1);
    if (textWidth(chars.slice(0, mid).join(''), size, bold) < room) lo = mid;
    else hi = mid - 1;
  }
  return textWidth(chars.slice(0, lo).join(''), size, bold) + textWidth(ellipsis, size, bold);
}

/** vega re-exports vega-scenegraph's `textMetrics`; its typings do not declare it. */
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
  estimateWidth: (item: TextItem, text: unknown) => number;
}

export function vegaTextMetrics(): TextMetrics {
  const metrics = (vega as unknown as { textMetrics?: TextMetrics }).textMetrics;
  if (metrics === undefined) throw new Error('vega no longer exports textMetrics');
  return metrics;
}

let installed = false;

/** Makes vega lay out text with `itemTextWidth` (in this thread; idempotent). */
export function installTextMetrics(): void {
  if (installed) return;
  vegaTextMetrics().width = itemTextWidth;
  installed = true;
}

/**
 * The em box of a line of text around its alphabetic baseline: CJK glyphs fill 0.88 em above and
 * 0.12 em below it, Latin descenders reach 0.2 em. What label placement keeps clear, and what the
 * tests measure a drawn text by.
 */
export const TEXT_ASCENT = 0.88;
export const TEXT_DESCENT = 0.2;

/**
 * Where vega puts the alphabetic baseline of a text, relative to its y, for each `baseline`
 * (vega-scenegraph's own offsets, rounded as it rounds them).
 */
export function baselineOffset(
  baseline: 'top' | 'middle' | 'bottom' | 'alphabetic',
  fontSize: number,
): number {
  if (baseline === 'top') return Math.round(0.79 * fontSize);
  if (baseline === 'middle') return Math.round(0.3 * fontSize);
  if (baseline === 'bottom') return Math.round(-0.21 * fontSize);
  return 0;
}
