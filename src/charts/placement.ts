/**
 * Where labels go so that nothing crosses them: a value label after its bar moves past any rule
 * in its way, a plot's value domain grows until every label fits inside it, titles wrap to the
 * width they have, and a point's label takes the first side of the point where it meets no line,
 * point or other label. Everything here is in pixels of the plot, measured with the metrics the
 * drawing uses (src/charts/text-metrics.ts); the builders turn the results into data positions.
 */
import { roundDecimal } from '../text/decimal.ts';
import { TEXT_ASCENT, TEXT_DESCENT, textWidth } from './text-metrics.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A vertical rule across a label's row: its x and half its stroke (px). */
export interface RuleAt {
  at: number;
  half: number;
}

/** Space kept between a label and a rule, a bar end or another label (px). */
export const LABEL_GAP = 4;

/**
 * The x where a label that would start at `start` and is `width` wide starts so that it crosses
 * none of the rules: past each rule in its way, in order.
 */
export function labelStart(start: number, width: number, rules: readonly RuleAt[], gap = LABEL_GAP): number {
  let x = start;
  for (const rule of [...rules].sort((a, b) => a.at - b.at)) {
    if (x < rule.at + rule.half + gap && x + width > rule.at - rule.half - gap) x = rule.at + rule.half + gap;
  }
  return x;
}

/** Round numbers an axis can end at: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number at least `value` (> 0); a tenth of a unit and up. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const exponent = Math.floor(Math.log10(value));
  const power = 10 ** exponent;
  for (const mantissa of MANTISSAS) {
    // A mantissa has one decimal at most: the product rounded to its own decimals, float noise gone.
    const candidate = roundDecimal(mantissa * power, Math.max(0, 1 - exponent));
    if (candidate >= value - power * 1e-9) return candidate;
  }
  return 10 * power;
}

/** The next round number above `value`. */
export function niceAbove(value: number): number {
  return niceCeil(value * 1.0001 + Number.EPSILON);
}

/**
 * The smallest round domain end, from `from` up, for which `fits` holds (labels inside the plot);
 * after 30 round numbers, the last tried.
 */
export function fitDomain(from: number, fits: (max: number) => boolean): number {
  let max = niceCeil(from);
  for (let tries = 0; tries < 30 && !fits(max); tries++) max = niceAbove(max);
  return max;
}

/** A run that never breaks: Latin letters, digits and the punctuation inside numbers. */
const UNBREAKABLE = /[0-9A-Za-z.%:/\-—~]/;

/**
 * `text` in lines no wider than `maxWidth` px: broken before an opening bracket or after a space
 * or a Chinese comma when one is near, else between any two CJK characters, never inside a
 * number or a Latin word. A line that cannot be broken may stay wider.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  if (textWidth(text, fontSize, bold) <= maxWidth) return [text];
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let preferred = -1;
    let allowed = -1;
    while (
      end < chars.length &&
      textWidth(chars.slice(start, end + 1).join(''), fontSize, bold) <= maxWidth
    ) {
      end += 1;
      const before = chars[end - 1] ?? '';
      const after = chars[end] ?? '';
      if (end < chars.length) {
        if (after === '（' || after === '(' || /[\s、，,·]/.test(before)) preferred = end;
        if (!(UNBREAKABLE.test(before) && UNBREAKABLE.test(after))) allowed = end;
      }
    }
    if (end >= chars.length) {
      lines.push(chars.slice(start).join('').trim());
      break;
    }
    // Break at a preferred place in the second half of the line, else where allowed, else past the run.
    let cut = preferred > start + (end - start) / 2 ? preferred : allowed > start ? allowed : end;
    if (cut <= start) {
      cut = end + 1;
      while (
        cut < chars.length &&
        UNBREAKABLE.test(chars[cut - 1] ?? '') &&
        UNBREAKABLE.test(chars[cut] ?? '')
      )
        cut += 1;
    }
    lines.push(chars.slice(start, cut).join('').trim());
    start = cut;
  }
  return lines.filter((line) => line !== '');
}

/**
 * `text` in as few lines as fit `maxWidth` px, of about equal length (城区第一九年 / 一贯制学校
 * rather than 城区第一九年一 / 贯制学校), never broken inside a number or a Latin word.
 */
export function balancedLines(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const full = textWidth(text, fontSize, bold);
  if (full <= maxWidth) return [text];
  const chars = [...text];
  const count = Math.ceil(full / maxWidth);
  for (let lines = count; lines <= chars.length; lines++) {
    const target = full / lines;
    const out: string[] = [];
    let start = 0;
    for (let line = 1; line < lines && start < chars.length; line++) {
      // The break nearest the line's share of the width that splits no run.
      let best = -1;
      for (let cut = start + 1; cut < chars.length; cut++) {
        if (UNBREAKABLE.test(chars[cut - 1] ?? '') && UNBREAKABLE.test(chars[cut] ?? '')) continue;
        const width = textWidth(chars.slice(start, cut).join(''), fontSize, bold);
        if (width > maxWidth) break;
        if (
          best < 0 ||
          Math.abs(width - target) <
            Math.abs(textWidth(chars.slice(start, best).join(''), fontSize, bold) - target)
        )
          best = cut;
      }
      if (best < 0) break;
      out.push(chars.slice(start, best).join(''));
      start = best;
    }
    out.push(chars.slice(start).join(''));
    if (out.every((line) => textWidth(line, fontSize, bold) <= maxWidth)) return out;
  }
  return wrapText(text, fontSize, maxWidth, bold);
}

/** The widest of some texts (px). */
export function widest(texts: Iterable<string>, fontSize: number, bold = false): number {
  let width = 0;
  for (const text of texts) width = Math.max(width, textWidth(text, fontSize, bold));
  return width;
}

/** Height of one line's em box (px). */
export function lineBoxHeight(fontSize: number): number {
  return (TEXT_ASCENT + TEXT_DESCENT) * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether the segment [x1, y1, x2, y2] passes through the box. */
export function crosses(segment: readonly [number, number, number, number], box: Box): boolean {
  const [x1, y1, x2, y2] = segment;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - box.x1],
    [dx, box.x2 - x1],
    [-dy, y1 - box.y1],
    [dy, box.y2 - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export interface PointLabel {
  /** The point (px). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The side tried first. */
  prefer: 'above' | 'below';
}

export interface Obstacles {
  boxes: Box[];
  segments: (readonly [number, number, number, number])[];
}

/**
 * The centre of each point's label: the first of above, below, right, left and the four corners
 * (the preferred side first) whose box, grown by the gap, stays inside `area` and meets no
 * obstacle and no label placed before it. Undefined for a label with no free place.
 */
export function placePointLabels(
  labels: readonly PointLabel[],
  obstacles: Obstacles,
  area: Box,
  gap = LABEL_GAP,
  distance = 8,
): ({ x: number; y: number } | undefined)[] {
  const placed: Box[] = [];
  return labels.map((label) => {
    const { x, y, width, height } = label;
    const up = y - distance - height / 2;
    const down = y + distance + height / 2;
    const right = x + distance + width / 2;
    const left = x - distance - width / 2;
    const vertical = label.prefer === 'above' ? [up, down] : [down, up];
    const candidates: [number, number][] = [
      [x, vertical[0] ?? up],
      [x, vertical[1] ?? down],
      [right, y],
      [left, y],
      [right, vertical[0] ?? up],
      [left, vertical[0] ?? up],
      [right, vertical[1] ?? down],
      [left, vertical[1] ?? down],
    ];
    for (const [cx, cy] of candidates) {
      const box = { x1: cx - width / 2, y1: cy - height / 2, x2: cx + width / 2, y2: cy + height / 2 };
      const grown = { x1: box.x1 - gap, y1: box.y1 - gap, x2: box.x2 + gap, y2: box.y2 + gap };
      if (box.x1 < area.x1 || box.x2 > area.x2 || box.y1 < area.y1 || box.y2 > area.y2) continue;
      if (obstacles.boxes.some((other) => overlaps(grown, other))) continue;
      if (placed.some((other) => overlaps(grown, other))) continue;
      if (obstacles.segments.some((segment) => crosses(segment, grown))) continue;
      placed.push(box);
      return { x: cx, y: cy };
    }
    return undefined;
  });
}
