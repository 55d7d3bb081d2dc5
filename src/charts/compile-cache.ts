/**
 * Vega-Lite's compile and Vega's parse, once per chart shape. A province's two thousand charts
 * come in a handful of shapes: the same spec but for its data and its description. Compiling is
 * a third of a chart's cost and parsing the Vega spec into a dataflow description another
 * quarter, so both results of a shape are kept and the next chart of that shape gets a copy with
 * its own data and description put in.
 *
 * Only where that is plainly safe: each distinct data array of the Vega-Lite spec (layers often
 * repeat one, and Vega-Lite then keeps one dataset) must turn up, as it is, in exactly one Vega
 * dataset (and, parsed, in exactly one place of the dataflow description), and which arrays
 * repeat is part of the shape. A shape where that does not hold is compiled (or parsed) every
 * time. A test compiles and draws every example chart both ways and compares.
 */
import type * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

interface CompiledShape {
  vega: vega.Spec;
  /** For each distinct data array of the Vega-Lite spec, in order, the index of its Vega dataset. */
  slots: number[];
}

/** The distinct data arrays, and for each array the index of its first equal. */
function distinctArrays(arrays: readonly unknown[][]): { distinct: unknown[][]; pattern: number[] } {
  const texts = arrays.map((array) => JSON.stringify(array));
  const distinct: unknown[][] = [];
  const seen = new Map<string, number>();
  const pattern = texts.map((text, index) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, distinct.length);
    distinct.push(arrays[index] ?? []);
    return distinct.length - 1;
  });
  return { distinct, pattern };
}

/**
 * The spec with every array of inline data (`data: { values: [...] }`, at any depth) replaced by
 * 0, and those arrays in document order. Other `values` (an axis's tick values, a legend's) are
 * part of the shape.
 */
function withoutData(spec: unknown): { body: unknown; arrays: unknown[][] } {
  const arrays: unknown[][] = [];
  const walk = (node: unknown, key: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, undefined));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node)) {
      if (key === 'data' && name === 'values' && Array.isArray(value)) {
        arrays.push(value);
        out[name] = 0;
      } else out[name] = walk(value, name);
    }
    return out;
  };
  return { body: walk(spec, undefined), arrays };
}

const descriptionOf = (spec: TopLevelSpec) => (spec as { description?: string }).description;

/**
 * The spec without its data and its description (whether it has one is kept: without one, Vega
 * falls back to its default), with the pattern of repeated arrays; and the distinct arrays.
 */
function shapeOf(spec: TopLevelSpec): { key: string; distinct: unknown[][] } {
  const { description, ...rest } = spec as TopLevelSpec & { description?: string };
  const { body, arrays } = withoutData(rest);
  const { distinct, pattern } = distinctArrays(arrays);
  return { key: `${pattern.join(',')}|${description ? 'described' : ''}|${JSON.stringify(body)}`, distinct };
}

export function shapeCompiler(compile: (spec: TopLevelSpec) => vega.Spec): (spec: TopLevelSpec) => vega.Spec {
  const shapes = new Map<string, CompiledShape | null>();
  return (spec) => {
    const { key, distinct } = shapeOf(spec);
    const known = shapes.get(key);
    if (known === undefined) {
      const compiled = compile(spec);
      shapes.set(key, slotsOf(compiled, distinct));
      return compiled;
    }
    if (known === null) return compile(spec);
    const copy = structuredClone(known.vega);
    known.slots.forEach((slot, index) => {
      const dataset = copy.data?.[slot] as { values?: unknown } | undefined;
      if (dataset !== undefined) dataset.values = structuredClone(distinct[index]);
    });
    const description = descriptionOf(spec);
    if (description === undefined) delete copy.description;
    else copy.description = description;
    return copy;
  };
}

interface ParsedShape {
  /** A fresh copy of the shape's dataflow description, its data arrays empty. */
  copy(): vega.Runtime;
  /** For each distinct data array, where the parsed description holds it. */
  paths: (string | number)[][];
}

/**
 * The parsed dataflow description of a spec (`parse(compile(spec))`), reusing its shape's:
 * Vega's parser only passes each dataset's values through, to the one operator that ingests them.
 */
export function shapeParser(
  compile: (spec: TopLevelSpec) => vega.Spec,
  parse: (spec: vega.Spec) => vega.Runtime,
): (spec: TopLevelSpec) => vega.Runtime {
  const compileByShape = shapeCompiler(compile);
  const shapes = new Map<string, ParsedShape | null>();
  return (spec) => {
    const { key, distinct } = shapeOf(spec);
    const known = shapes.get(key);
    if (known === undefined) {
      const compiled = compileByShape(spec);
      const runtime = parse(compiled);
      shapes.set(key, parsedShape(runtime, compiled, distinct));
      return runtime;
    }
    if (known === null) return parse(compileByShape(spec));
    const copy = known.copy();
    for (const [index, path] of known.paths.entries()) setAt(copy, path, structuredClone(distinct[index]));
    const description = descriptionOf(spec);
    if (description) copy.description = description;
    return copy;
  };
}

function parsedShape(
  runtime: vega.Runtime,
  compiled: vega.Spec,
  distinct: readonly unknown[][],
): ParsedShape | null {
  const slots = slotsOf(compiled, distinct)?.slots;
  if (slots === undefined) return null;
  const arrays = slots.map((slot) => (compiled.data?.[slot] as { values?: unknown } | undefined)?.values);
  const found = arrays.map(() => [] as (string | number)[][]);
  const seen = new Set<object>();
  const walk = (node: unknown, path: (string | number)[]) => {
    const at = arrays.indexOf(node);
    if (at >= 0) {
      found[at]?.push(path);
      return;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [name, value] of Object.entries(node))
      walk(value, [...path, Array.isArray(node) ? Number(name) : name]);
  };
  walk(runtime, []);
  if (found.some((paths) => paths.length !== 1)) return null;
  // Kept apart from the runtime handed to the view, which may change it, and without the first
  // chart's data, which each chart replaces.
  const paths = found.map((list) => list[0] ?? []);
  const kept = structuredClone(runtime);
  for (const path of paths) setAt(kept, path, []);
  const copy = isPlainData(kept) ? () => copyPlain(kept) as vega.Runtime : () => structuredClone(kept);
  return { copy, paths };
}

/**
 * Whether a value is made of plain objects, arrays and primitives only, without cycles. (The
 * parser shares a few constant objects, such as `{ modifies: true }`; a copy has them twice.)
 */
function isPlainData(value: unknown, ancestors: object[] = []): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (value === null || typeof value !== 'object') return true;
  if (ancestors.includes(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  ancestors.push(value);
  const plain = Object.values(value).every((item) => isPlainData(item, ancestors));
  ancestors.pop();
  return plain;
}

/**
 * A deep copy of plain data (objects, arrays, primitives; keys with undefined kept), which is
 * what Vega's parser returns: quicker than structuredClone on it.
 */
function copyPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out;
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

function slotsOf(compiled: vega.Spec, arrays: readonly unknown[][]): CompiledShape | null {
  const texts = arrays.map((array) => JSON.stringify(array));
  const datasets = (compiled.data ?? []).map((dataset) =>
    'values' in dataset && Array.isArray(dataset.values) ? JSON.stringify(dataset.values) : undefined,
  );
  if (datasets.filter((text) => text !== undefined).length !== arrays.length) return null;
  const slots = texts.map((text) => datasets.indexOf(text));
  if (slots.some((slot) => slot < 0) || new Set(slots).size !== slots.length) return null;
  return { vega: structuredClone(compiled), slots };
}
