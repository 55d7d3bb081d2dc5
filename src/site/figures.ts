/** Figures a narrative derives from a list in the data, e.g. a budget's total over years. */
import type { Measure } from '../compute/measure.ts';

/** The sum of `field` over the items of the list at `key`; undefined when there is no such list. */
export function sumOf(result: unknown, key: string, field: string): Measure | undefined {
  let node: unknown = result;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (!Array.isArray(node)) return undefined;
  let total = 0;
  for (const item of node) {
    const value = (item as Record<string, unknown> | null)?.[field];
    if (typeof value !== 'number') return { reason: 'missing-data' };
    total += value;
  }
  // Amounts are entered to the hundredth at most: keep float noise out of the printed total.
  return Math.round(total * 1e6) / 1e6;
}
