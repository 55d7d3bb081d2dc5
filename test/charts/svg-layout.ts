/**
 * Where things are in a drawn chart: every visible text's box and every mark's box or segments,
 * in the SVG's own coordinates, read from the markup vega writes (nested translate/rotate
 * transforms, <text> with <tspan> lines, <line>, and <path> made of M/L/H/V/A commands). Text
 * extents come from the same metrics the drawing used (src/charts/text-metrics.ts): the advance
 * width, and the em box from 0.88 em above the baseline to 0.2 em below it (CJK glyphs fill
 * 0.88/0.12; descenders of Latin letters reach 0.2).
 */
import { textWidth } from '../../src/charts/text-metrics.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextBox extends Box {
  text: string;
  /** The vega role of the mark it belongs to: axis-label, title-text, mark, legend-label … */
  role: string;
  fontSize: number;
}

export interface MarkShape {
  /** rect (a filled area), rule (a line or a thin rect), line (a polyline), symbol. */
  kind: 'rect' | 'rule' | 'line' | 'symbol';
  role: string;
  /** The mark's name (vega-lite layer name), e.g. backdrop_marks. */
  name: string;
  box: Box;
  /** For lines: the segments, each [x1, y1, x2, y2]. */
  segments: [number, number, number, number][];
}

export interface SvgLayout {
  width: number;
  height: number;
  texts: TextBox[];
  marks: MarkShape[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function parseTransform(text: string | undefined): Matrix {
  let matrix = IDENTITY;
  if (text === undefined) return matrix;
  for (const [, op, args] of text.matchAll(/(translate|rotate|scale)\(([^)]*)\)/g)) {
    const values = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (op === 'translate') matrix = multiply(matrix, [1, 0, 0, 1, values[0] ?? 0, values[1] ?? 0]);
    else if (op === 'scale')
      matrix = multiply(matrix, [values[0] ?? 1, 0, 0, values[1] ?? values[0] ?? 1, 0, 0]);
    else {
      const angle = ((values[0] ?? 0) * Math.PI) / 180;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      matrix = multiply(matrix, [cos, sin, -sin, cos, 0, 0]);
    }
  }
  return matrix;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function boxOf(m: Matrix, box: Box): Box {
  const corners = [
    apply(m, box.x1, box.y1),
    apply(m, box.x2, box.y1),
    apply(m, box.x1, box.y2),
    apply(m, box.x2, box.y2),
  ];
  return {
    x1: Math.min(...corners.map((c) => c[0])),
    y1: Math.min(...corners.map((c) => c[1])),
    x2: Math.max(...corners.map((c) => c[0])),
    y2: Math.max(...corners.map((c) => c[1])),
  };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
}

/** Points of a path in its own coordinates (arcs add their radius around their end points). */
function pathPoints(d: string): { points: [number, number][]; polyline: [number, number][][] } {
  const points: [number, number][] = [];
  const polyline: [number, number][][] = [];
  let current: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let index = 0;
  let command = '';
  const number = () => Number(tokens[index++]);
  const add = (px: number, py: number) => {
    x = px;
    y = py;
    points.push([x, y]);
    current.push([x, y]);
  };
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      index += 1;
      if (command === 'Z' || command === 'z') {
        add(startX, startY);
        continue;
      }
    }
    switch (command) {
      case 'M':
      case 'm': {
        const nx = number();
        const ny = number();
        if (current.length > 0) polyline.push(current);
        current = [];
        add(command === 'M' ? nx : x + nx, command === 'M' ? ny : y + ny);
        startX = x;
        startY = y;
        command = command === 'M' ? 'L' : 'l';
        break;
      }
      case 'L':
        add(number(), number());
        break;
      case 'l':
        add(x + number(), y + number());
        break;
      case 'H':
        add(number(), y);
        break;
      case 'h':
        add(x + number(), y);
        break;
      case 'V':
        add(x, number());
        break;
      case 'v':
        add(x, y + number());
        break;
      case 'A':
      case 'a': {
        const rx = number();
        const ry = number();
        index += 3;
        const ex = number();
        const ey = number();
        const [nx, ny] = command === 'A' ? [ex, ey] : [x + ex, y + ey];
        points.push([x - rx, y - ry], [x + rx, y + ry], [nx - rx, ny - ry], [nx + rx, ny + ry]);
        add(nx, ny);
        break;
      }
      case 'C':
      case 'c':
      case 'Q':
      case 'q':
      case 'S':
      case 's':
      case 'T':
      case 't': {
        const count = { C: 6, c: 6, Q: 4, q: 4, S: 4, s: 4, T: 2, t: 2 }[command] ?? 2;
        const values = Array.from({ length: count }, number);
        const relative = command === command.toLowerCase();
        for (let i = 0; i < count; i += 2)
          points.push([(relative ? x : 0) + (values[i] ?? 0), (relative ? y : 0) + (values[i + 1] ?? 0)]);
        const ex = values[count - 2] ?? 0;
        const ey = values[count - 1] ?? 0;
        add(relative ? x + ex : ex, relative ? y + ey : ey);
        break;
      }
      default:
        index += 1;
    }
  }
  if (current.length > 0) polyline.push(current);
  return { points, polyline };
}

function bounds(points: readonly [number, number][]): Box {
  return {
    x1: Math.min(...points.map((p) => p[0])),
    y1: Math.min(...points.map((p) => p[1])),
    x2: Math.max(...points.map((p) => p[0])),
    y2: Math.max(...points.map((p) => p[1])),
  };
}

function inflate(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

/** Ascent and descent of the em box around the alphabetic baseline, in em. */
export const ASCENT = 0.88;
export const DESCENT = 0.2;

interface Group {
  matrix: Matrix;
  role: string;
  name: string;
  /** The vega mark type of the nearest mark group: rect, rule, line, symbol, text … */
  type: string;
}

/** Reads the layout of an SVG drawn by src/charts/render-svg.ts. */
export function svgLayout(svg: string): SvgLayout {
  const rootTag = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const layout: SvgLayout = {
    width: Number(attribute(rootTag, 'width')),
    height: Number(attribute(rootTag, 'height')),
    texts: [],
    marks: [],
  };
  const outside: Group = { matrix: IDENTITY, role: '', name: '', type: '' };
  const stack: Group[] = [outside];
  const top = (): Group => stack[stack.length - 1] ?? outside;
  const tokens = svg.slice(rootTag.length).match(/<[^>]*>|[^<]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.startsWith('</g')) {
      stack.pop();
      continue;
    }
    if (token.startsWith('<title')) {
      // A mark's hover text or the chart's name: not drawn.
      while (i < tokens.length && !(tokens[i] ?? '').startsWith('</title')) i += 1;
      continue;
    }
    if (token.startsWith('<g')) {
      const parent = top();
      const className = attribute(token, 'class') ?? '';
      const role = /\brole-([a-z-]+)/.exec(className)?.[1] ?? parent.role;
      const name =
        /\b(\w+_marks)\b/.exec(className)?.[1] ?? (className.startsWith('mark-') ? '' : parent.name);
      stack.push({
        matrix: multiply(parent.matrix, parseTransform(attribute(token, 'transform'))),
        role,
        name,
        type: /\bmark-([a-z]+)/.exec(className)?.[1] ?? parent.type,
      });
      continue;
    }
    const group = top();
    const hidden = attribute(token, 'opacity') === '0' || attribute(token, 'display') === 'none';
    if (token.startsWith('<text')) {
      // The text and its tspans up to </text>.
      const lines: { text: string; dy: number; reset: boolean }[] = [];
      let line = { text: '', dy: 0, reset: false };
      let j = i + 1;
      for (; j < tokens.length && !(tokens[j] ?? '').startsWith('</text'); j++) {
        const inner = tokens[j] ?? '';
        if (inner.startsWith('<tspan')) {
          if (line.text !== '' || lines.length > 0) lines.push(line);
          line = {
            text: '',
            dy: Number.parseFloat(attribute(inner, 'dy') ?? '0'),
            reset: attribute(inner, 'x') !== undefined,
          };
        } else if (!inner.startsWith('<')) line.text += decodeEntities(inner);
      }
      lines.push(line);
      i = j;
      // A halo is the same text drawn again under it, stroked white: not a second text.
      if (hidden || attribute(token, 'stroke') === 'white') continue;
      const fontSize = Number.parseFloat(attribute(token, 'font-size') ?? '11');
      const bold = (attribute(token, 'font-weight') ?? '') === 'bold';
      const anchor = attribute(token, 'text-anchor') ?? 'start';
      const matrix = multiply(group.matrix, parseTransform(attribute(token, 'transform')));
      let y = 0;
      for (const item of lines) {
        y += item.dy;
        if (item.text.trim() === '') continue;
        const width = textWidth(item.text, fontSize, bold);
        const x1 = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
        layout.texts.push({
          text: item.text,
          role: group.role,
          fontSize,
          ...boxOf(matrix, { x1, y1: y - ASCENT * fontSize, x2: x1 + width, y2: y + DESCENT * fontSize }),
        });
      }
      continue;
    }
    if (hidden || token.startsWith('</') || group.role === '') continue;
    const matrix = multiply(group.matrix, parseTransform(attribute(token, 'transform')));
    const stroke = attribute(token, 'stroke');
    const strokeWidth =
      stroke === undefined || stroke === 'none' ? 0 : Number(attribute(token, 'stroke-width') ?? 1);
    if (token.startsWith('<line')) {
      const [x1, y1] = apply(
        matrix,
        Number(attribute(token, 'x1') ?? 0),
        Number(attribute(token, 'y1') ?? 0),
      );
      const [x2, y2] = apply(
        matrix,
        Number(attribute(token, 'x2') ?? 0),
        Number(attribute(token, 'y2') ?? 0),
      );
      layout.marks.push({
        kind: 'rule',
        role: group.role,
        name: group.name,
        box: inflate(
          bounds([
            [x1, y1],
            [x2, y2],
          ]),
          strokeWidth / 2,
        ),
        segments: [[x1, y1, x2, y2]],
      });
      continue;
    }
    if (token.startsWith('<path') && !/\sclass="(?:background|foreground)"/.test(token)) {
      const d = attribute(token, 'd') ?? '';
      if (d === '') continue;
      const { points, polyline } = pathPoints(d);
      if (points.length === 0) continue;
      const local = bounds(points);
      const box = inflate(boxOf(matrix, local), strokeWidth / 2);
      const isLine = group.type === 'line';
      const segments = polyline.flatMap((run) =>
        run.slice(1).map((point, k): [number, number, number, number] => {
          const [ax, ay] = apply(matrix, ...(run[k] ?? point));
          const [bx, by] = apply(matrix, ...point);
          return [ax, ay, bx, by];
        }),
      );
      const thin = box.x2 - box.x1 <= 4 || box.y2 - box.y1 <= 4;
      const kind = isLine
        ? 'line'
        : group.type === 'symbol' || /A/i.test(d)
          ? 'symbol'
          : thin
            ? 'rule'
            : 'rect';
      layout.marks.push({ kind, role: group.role, name: group.name, box, segments });
    }
  }
  return layout;
}

export function intersects(a: Box, b: Box, margin = 0): boolean {
  return a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;
}

/** Whether the segment crosses the box (Liang–Barsky clipping). */
export function segmentCrosses(segment: readonly [number, number, number, number], box: Box): boolean {
  const [x1, y1, x2, y2] = segment;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x1],
    [dx, box.x2 - x1],
    [-dy, y1 - box.y1],
    [dy, box.y2 - y1],
  ];
  for (const [p, q] of edges) {
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

export interface Collision {
  text: string;
  other: string;
}

const fmt = (box: Box) =>
  `${box.x1.toFixed(1)},${box.y1.toFixed(1)}–${box.x2.toFixed(1)},${box.y2.toFixed(1)}`;

/** Marks that sit behind text on purpose (a shaded band): named `backdrop` by the chart builders. */
const behindText = (mark: MarkShape) => mark.name.startsWith('backdrop') || mark.role === 'axis-grid';

/**
 * Every text that crosses another text, a rule, a line, a symbol, or overlaps a filled rect
 * without lying wholly inside it (a symbol written in its cell is fine; a label half on a bar is
 * not). Grid lines and backdrops are behind the texts by design and left out.
 */
export function collisions(layout: SvgLayout): Collision[] {
  const found: Collision[] = [];
  const { texts, marks } = layout;
  for (let a = 0; a < texts.length; a++) {
    const text = texts[a];
    if (text === undefined) continue;
    // Shrunk by a hair: boxes that only touch do not collide.
    const box = inflate(text, -0.25);
    for (let b = a + 1; b < texts.length; b++) {
      const other = texts[b];
      if (other !== undefined && intersects(box, other))
        found.push({ text: `${text.text} [${fmt(text)}]`, other: `text ${other.text} [${fmt(other)}]` });
    }
    for (const mark of marks) {
      if (behindText(mark) || !intersects(box, mark.box)) continue;
      if (mark.kind === 'rect' && contains(mark.box, box)) continue;
      if (mark.kind === 'line' && !mark.segments.some((segment) => segmentCrosses(segment, box))) continue;
      found.push({
        text: `${text.text} [${fmt(text)}]`,
        other: `${mark.kind} ${mark.role} ${mark.name} [${fmt(mark.box)}]`,
      });
    }
  }
  return found;
}
