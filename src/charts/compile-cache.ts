/**
 * Vega-Lite's compile, once per chart shape. A province's two thousand charts come in a handful
 * of shapes: the same spec but for its data and its description. Compiling is a third of a
 * chart's cost, so the compiled Vega spec of a shape is kept and the next chart of that shape
 * gets a copy with its own data and description put in.
 *
 * Only where that is plainly safe: each distinct data array of the Vega-Lite spec (layers often
 * repeat one, and Vega-Lite then keeps one dataset) must turn up, as it is, in exactly one Vega
 * dataset, and which arrays repeat is part of the shape. A shape where that does not hold is
 * compiled every time. A test compiles every example chart both ways and compares.
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

/** Every `values` array of inline data in the spec, in document order. */
function dataArrays(spec: unknown): unknown[][] {
  const found: unknown[][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'values' && Array.isArray(value)) found.push(value);
      else walk(value);
    }
  };
  walk(spec);
  return found;
}

/** The spec without its data and its description. */
function shapeOf(spec: TopLevelSpec): string {
  const { description: _, ...rest } = spec as TopLevelSpec & { description?: string };
  return JSON.stringify(rest, (key, value) => (key === 'values' && Array.isArray(value) ? 0 : value));
}

export function shapeCompiler(compile: (spec: TopLevelSpec) => vega.Spec): (spec: TopLevelSpec) => vega.Spec {
  const shapes = new Map<string, CompiledShape | null>();
  return (spec) => {
    const { distinct, pattern } = distinctArrays(dataArrays(spec));
    const key = `${pattern.join(',')}|${shapeOf(spec)}`;
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
    const description = (spec as { description?: string }).description;
    if (description === undefined) delete copy.description;
    else copy.description = description;
    return copy;
  };
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
